"""Seeded sample of a tenth held-out half (`heldout10`) for tests/data/statements_gold_unseen.jsonl.

`heldout9` was measured, reported and its failures read; a fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 72 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, of genres a user brings and earlier halves hold little or none of,
labelled under the protocol in the README beside the gold file, with its amendment of 2 Dec 2026
for a government's own strategy, action plan or programme (`statements evaluate --structure` is
the figure of record):

- a national action plan in full text: the UK's Open Government Partnership National Action
  Plan 2013-15 (Cabinet Office, October 2013, PDF), commitments of the issuing government;
- a ministry's strategy in full text: the Department for Education's Open Data Strategy (2012,
  PDF);
- a government's response to an independent review: the UK Government response to the
  Shakespeare Review of Public Sector Information (May 2013, PDF);
- a national secondary law of a country not yet sampled: the UK INSPIRE Regulations 2009 (SI
  2009/3157), informal consolidated text with the 2012 amendments (PDF);
- a city's executive order: Chicago Open Data Executive Order No. 2012-2 (recitals, then the
  Mayor's order);
- a city's administrative policy written as questions and answers and sections: the City of
  Boston Open and Protected Data Policy (2015);
- a city department's policy printed as one block: the City of Seattle Open Data Policy OD-1
  (2016);
- a US state statute: the Illinois Open Operating Standards Act (Public Act 098-0627, 2014).

No treaty body's concluding observations, Council of Europe monitoring report, regional court
judgment (Inter-American, African), OECD or World Bank report, UN resolution or further EU
directive was found in full text in a stored repository (see the README).

Passages come from corpus-tool's own readers (`corpus.extract_document`: ingest only, no
statements stage). The Sunlight Foundation's copies of the three city policies and the state act
are Markdown files with YAML front matter and HTML markup (`<p>`, `<h2>`, annotation `<span>`s);
`_sunlight` drops the front matter and the markup (`<h2>` becomes a Markdown heading, `</p>` a
paragraph break) and writes the text to a temporary Markdown file for the reader. The Seattle
policy is one HTML paragraph (its PDF flattened): its running heads ("Open Data Policy V1.0
February 1, 2016 3") are dropped, and a paragraph break is put before each heading the PDF had
("Section 4: …", "Purpose", "Definitions", …) and a line break before each lettered item ("A. …",
"a. …"), so that each section is a passage and each item a line, as in the PDF. Units are cut by
`sample_unseen_gold7.units7`. N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of
each unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS10` below), and `preamble`, true where the reader's locator or
the source marks the passage as a recital or preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold10.py /tmp/src10
(/tmp/src10 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import html
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout10-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src10")

SEATTLE_HEAD = re.compile(r"\s*Open Data Policy V1\.0 February 1, 2016 \d\s*")
SEATTLE_SECTIONS = re.compile(
    r"\s+(?=Section \d+:|(?:Purpose The City|Definitions City of|Policy The City|"
    r"Open Data Program Goals|Roles and Responsibilities|Scope This policy|Document Control)\b)")
SEATTLE_ITEMS = re.compile(r"\s+(?=(?:[A-N]|[a-f])\. [A-Z])")


def _sunlight(name: str, seattle: bool = False) -> list[tuple[str, str]]:
    """A Sunlight Foundation copy of a policy: front matter, HTML markup and annotation spans
    dropped, read by corpus-tool's Markdown reader."""
    text = (SRC / name).read_text(encoding="utf-8").split("---", 2)[2]
    text = re.sub(r"<h2>(.*?)</h2>", r"\n\n## \1\n\n", text, flags=re.S)
    text = re.sub(r"</p>|<br\s*/?>", "\n\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\u00a0", " ")
    if seattle:
        text = SEATTLE_HEAD.sub(" ", text.strip())
        text = text.replace("City of Seattle Open Data Policy OD-1 V1.0 February 1, 2016 ", "")
        text = SEATTLE_ITEMS.sub("\n", SEATTLE_SECTIONS.sub("\n\n", text))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        return english(path)


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest, the legal force the manifest's default for that type unless the text is a law or an
# order that binds (statute, executive order)
DOCS10 = {
    "uk-ogp-nap-2013": (lambda: english(SRC / "uk-ogp-nap-2013.pdf"), "action plan",
                        "non-binding"),
    "uk-dfe-open-data-strategy-2012": (lambda: english(SRC / "DfE_Open_Data_Strategy_0_10.pdf"),
                                       "strategy", "non-binding"),
    "uk-psi-review-response-2013": (
        lambda: english(SRC / "130529_Government_Response_to_Shakespeare_Review_of_Public_Sector_"
                              "Information_v6_1.pdf"), "policy", "non-binding"),
    "uk-inspire-regulations-2009": (
        lambda: english(SRC / "INFORMAL_CONSOLIDATED_TEXT_OF_THE_INSPIRE_REGULATIONS_10.pdf"),
        "statute", "binding"),
    "chicago-open-data-eo-2012": (lambda: _sunlight("chicago-il-2012-12-10.md"),
                                  "executive order", "binding"),
    "boston-data-policy-2015": (lambda: _sunlight("boston-ma-2015-07-30.md"), "policy",
                                "non-binding"),
    "seattle-open-data-policy-2016": (lambda: _sunlight("seattle-wa-2016-02-01.md", True),
                                      "policy", "non-binding"),
    "il-open-operating-standards-2014": (lambda: _sunlight("il-2014-03-07.md"), "statute",
                                         "binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS10.items()}, units7, N)


if __name__ == "__main__":
    main()
