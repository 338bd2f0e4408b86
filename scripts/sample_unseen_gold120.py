"""Seeded sample of a hundred-and-twentieth held-out half (`heldout120`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout122` (another helper, also no treaty) and `heldout121` and `heldout123` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a declaration of a UN conference: the World Food Conference's Universal Declaration on the
  Eradication of Hunger and Malnutrition (16 November 1974; endorsed by the General Assembly in
  resolution 3348 (XXIX)), whole as mediaprophet/Webizen-Charter's file holds it;
- a court judgment: CJEU, C-46/23 Újpest (Fifth Chamber, 14 March 2024; the supervisory
  authority's power to order erasure of its own motion, GDPR Article 58(2)(d) and (g)), from its
  legal context to its operative part (`gold_readers.cjeu_judgment`);
- a national statute: Canada's Physical Activity and Sport Act (S.C. 2003, c. 2), consolidated,
  whole (sampler 33's `canada_markdown`);
- a national constitution's chapter: the Basic Law for the Federal Republic of Germany, Chapter
  IX (The Judiciary, Articles 92-104), whole as pantrypoints/sp prints it (sampler 54's
  `_germany` makes its article lines headings, as sampler 108 reads Chapter VII);
- a municipal by-law: the City of Ottawa's Open Air Fire By-law No. 2004-163 (as amended), as
  maruel/citygpt holds the city's page, from its definitions ("In this by-law, …") to its
  enacting line: the page's own summary before it (the city's bullets, not the by-law's text)
  and Schedule 2's list of campgrounds after it are left out (sampler 84's `_between`);
- a government department's strategy: the Department for Culture, Media and Sport's Open Data
  Strategy (2012), from its overview ("The DCMS Open Data Strategy defines our approach …") up
  to its section 3, the table of data to be released, left out with the annexes after it (case
  study, alignment table, lists of data; sampler 84's `_between`, as sampler 112 cuts the DWP
  strategy);
- a national statute of another country: the US Privacy Protection Act of 1980 as codified in
  42 U.S.C. ch. 21A (§§ 2000aa-2000aa-12), whole (`gold_readers.us_code_chapter`, its section
  numbers "2000aa", "2000aa–6" given as the pattern);
- a White House fact sheet of an action plan: "FACT SHEET: The Biden-Harris Electric Vehicle
  Charging Action Plan" (13 December 2021), whole as brian14708/wh-briefings holds the page
  (`gold_readers.pantrypoints_page` without its front matter, with sampler 114's `_dedent`, as
  sampler 116 reads its fact sheet).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.cjeu_judgment` for the
judgment, sampler 33's `canada_markdown` for the Canadian Act, `gold_readers.pantrypoints_page`
for the chapter and the fact sheet, the plain reader (`gold_readers.markdown`) cut by sampler
84's `_between` for the by-law and the strategy's PDF, `gold_readers.us_code_chapter` for the US
Act. No reader was added to `gold_readers`. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS120` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u21600 … u21727, in the
order printed (FIRST_ID 21600, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold120.py /tmp/src120
(/tmp/src120 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _germany  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402
from sample_unseen_gold114 import _dedent  # noqa: E402

SEED = "issue14-heldout120-v1"
N = 16
FIRST_ID = 21600
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS120: dict[str, tuple[Reader, str, str, str]] = {
    "wfc-hunger-declaration-1974": (
        webizen_n3("universal-declaration-eradication-hunger-and-malnutrition.n3",
                   "wfc-hunger-declaration-1974.md",
                   "Universal Declaration on the Eradication of Hunger and Malnutrition",
                   "Paragraph"),
        "declaration", "non-binding", "World Food Conference"),
    "cjeu-c46-23": (cjeu_judgment(SRC, "cjeu-c46-23.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
    "ca-physical-activity-sport-act-2003": (
        canada_markdown("ca-physical-activity-sport-source.md",
                        "ca-physical-activity-sport-act-2003.md"),
        "statute", "binding", "Parliament of Canada"),
    "de-basic-law-ch9": (
        pantrypoints_page(SRC, "de-chapter-09-source.md", "de-basic-law-ch9.md",
                          "IX. THE JUDICIARY", _germany),
        "constitution", "binding", "Federal Republic of Germany"),
    "ca-ottawa-open-air-fire-by-law-2004-163": (
        _between("In this by-law,", "Ottawa-Nepean Tent and Trailer Park",
                 _md("ca-ottawa-open-air-fire-by-law-2004-163.md")),
        "by-law", "binding", "City of Ottawa"),
    "uk-dcms-open-data-strategy-2012": (
        _between("The DCMS Open Data Strategy defines our approach",
                 "3. List of data to be released for first time,",
                 _md("uk-dcms-open-data-strategy-2012.pdf")),
        "strategy", "non-binding",
        "Department for Culture, Media and Sport"),
    "us-privacy-protection-act-42usc21a": (
        us_code_chapter(SRC, "us-privacy-protection-act-42usc21a.md", 42, r"2000aa(?:–\d+)?"),
        "statute", "binding",
        "United States Congress"),
    "us-wh-ev-charging-action-plan-2021": (
        pantrypoints_page(SRC, "us-wh-ev-charging-action-plan-2021.md",
                          "us-wh-ev-charging-action-plan-2021-page.md",
                          "FACT SHEET: The Biden-Harris Electric Vehicle Charging Action Plan",
                          _dedent),
        "fact sheet", "non-binding", "The White House"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS120.items()}, units34, N)


if __name__ == "__main__":
    main()
