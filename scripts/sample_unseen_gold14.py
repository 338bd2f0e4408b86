"""Seeded sample of a fourteenth held-out half (`heldout14`) for
tests/data/statements_gold_unseen.jsonl.

`heldout13` is labelled and waits for its measurement in session 13; a further fresh half is
drawn from eight documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 104 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from seven different issuers, in genres the halves hold little or none
of, with no general comment or concluding observations, labelled under the protocol in the
README beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a government's fact sheet: the White House's "How the Biden-Harris Administration Is Advancing
  Educational Equity" (23 July 2021);
- a government's press briefing: Press Secretary Jen Psaki and Secretary of Education Miguel
  Cardona (5 August 2021), questions and answers;
- a joint statement of two heads of State: the United States and Colombia (20 April 2023);
- an environmental convention: the UNECE Aarhus Convention on access to information, public
  participation and access to justice in environmental matters (1998);
- a Council of Europe convention on political participation: the Convention on the
  Participation of Foreigners in Public Life at Local Level (ETS 144, 1992);
- a host-country agreement: the Netherlands and the United Nations University on the UNU
  Institute for New Technologies (1989);
- a national statute on labour: the Family and Medical Leave Act, 29 U.S.C. ch. 28;
- a court judgment: CJEU, C-154/21 Österreichische Post (right of access to recipients, 12
  January 2023), from the legal context to the operative part.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), except the US Code chunks (`sample_unseen_gold4.us_code_sections`). The White
House pages' YAML front matter is dropped before they are read; the treaties' Dutch text is
dropped by the reader. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS14` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold14.py /tmp/src14
(/tmp/src14 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold7 import starting_at, units7  # noqa: E402
# sampler 12's reader of a Markdown page without its front matter (its SRC is this argv too)
from sample_unseen_gold12 import _markdown as white_house  # noqa: E402

SEED = "issue14-heldout14-v1"
N = 16
if len(sys.argv) < 2:
    sys.exit("usage: PYTHONPATH=. python scripts/sample_unseen_gold14.py /tmp/src14")
SRC = Path(sys.argv[1])


def cjeu_c154() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in starting_at(english(SRC / "cjeu-c154-21.md"), "Legal context")
            if t not in ("[Signatures]", "…") and not t.startswith("( *")]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS14 = {
    "us-wh-fact-sheet-equity-2021": (
        lambda: white_house("us-wh-fact-sheet-educational-equity-2021.md"), "fact sheet",
        "non-binding", "The White House"),
    "us-wh-press-briefing-2021-08-05": (
        lambda: white_house("us-wh-press-briefing-2021-08-05.md"), "press briefing",
        "non-binding", "The White House"),
    "us-colombia-joint-statement-2023": (
        lambda: white_house("us-colombia-joint-statement-2023.md"), "joint statement",
        "non-binding", "United States; Colombia"),
    "unece-aarhus-1998": (lambda: english(SRC / "unece-aarhus-1998.md"), "convention", "binding",
                          "UN Economic Commission for Europe"),
    "coe-ets144-1992": (lambda: english(SRC / "coe-ets144-1992.md"), "convention", "binding",
                        "Council of Europe"),
    "nl-unu-intech-1989": (lambda: english(SRC / "nl-unu-intech-agreement.md"), "treaty",
                           "binding", "Kingdom of the Netherlands; United Nations University"),
    "us-fmla-29usc28": (lambda: us_code_sections(SRC / "us-fmla-29usc28.md", 29), "statute",
                        "binding", "United States Congress"),
    "cjeu-c154-21": (cjeu_c154, "judgment", "binding", "Court of Justice of the European Union"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS14.items()}, units7, N)


if __name__ == "__main__":
    main()
