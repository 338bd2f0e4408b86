"""Seeded sample of a hundred-and-fourth held-out half (`heldout104`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 29 in parallel with
`heldout106` (another helper, also no treaty) and `heldout105` and `heldout107` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the United Nations Millennium Declaration (A/RES/55/2,
  8 September 2000), as the repository's file holds it (sampler 68's `webizen_n3`, with the
  heading word "Article": with "Paragraph" the reader locates every unit in a preamble; fixed
  before the draw);
- a treaty body's general recommendation: CERD General Recommendation No. 32 (2009), the
  meaning and scope of special measures in the Convention, whole;
- an EU act: Commission Implementing Regulation (EU) 2024/2982 of 28 November 2024 (protocols
  and interfaces to be supported by the European Digital Identity Framework), its citations,
  recitals and articles, without its annex (a list of technical specifications:
  `before("Annex")`);
- a court judgment: X-FAB Dresden, C-453/21 (Court of Justice of the European Union,
  9 February 2023: a data protection officer's conflict of interest and dismissal under the
  GDPR), from its legal context to its operative part (`gold_readers.cjeu_judgment`);
- a national statute: the United States' Electronic Signatures in Global and National Commerce
  Act (E-SIGN), as codified in 15 U.S.C. ch. 96 (§§ 7001-7031), whole
  (`gold_readers.us_code_chapter`);
- a national constitution's chapter: the Constitution of the Republic of South Africa, 1996,
  Chapter 9 (State Institutions Supporting Constitutional Democracy, ss 181-194), whole;
- a municipal by-law: Bergrivier Municipality, By-law relating to the Management and Use of the
  Berg River Estuary, 2019, its body without the page's contents and notices (sampler 56's
  `openbylaws_page`);
- a government strategy: "Place Matters: the Location Strategy for the United Kingdom"
  (Geographic Information Panel, 2008), as the PDF prints it, whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.treaty_body` for the
recommendation, `gold_readers.before` over the plain reader for the implementing regulation,
`gold_readers.cjeu_judgment` for the judgment, `gold_readers.us_code_chapter` for the Act, the
plain reader (`gold_readers.markdown`) for the constitution's chapter and the PDF, and sampler
56's `openbylaws_page` for the by-law. No reader was added. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped as footnotes); N
units per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS104` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u18400 … u18527, in the
order printed (FIRST_ID 18400, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold104.py /tmp/src104
(/tmp/src104 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, cjeu_judgment, markdown, source_folder,  # noqa: E402
                          treaty_body, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout104-v1"
N = 16
FIRST_ID = 18400
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS104: dict[str, tuple[Reader, str, str, str]] = {
    "un-millennium-declaration-2000": (
        webizen_n3("united-nations-millennium-declaration.n3",
                   "un-millennium-declaration-2000.md",
                   "United Nations Millennium Declaration", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "cerd-gr32-2009": (_tb("CERD-GR32-special-measures.json"), "general recommendation",
                       "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "eu-impl-reg-2024-2982": (before("Annex", _md("eu-impl-reg-2024-2982.md")),
                              "regulation", "binding", "European Commission"),
    "cjeu-c453-21": (cjeu_judgment(SRC, "cjeu-c453-21.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "us-esign-15usc96": (us_code_chapter(SRC, "us-esign-15usc96.md", 15), "statute",
                         "binding", "United States Congress"),
    "za-constitution-1996-ch9": (_md("za-constitution-1996-ch9.md"), "constitution", "binding",
                                 "Republic of South Africa"),
    "za-bergrivier-berg-river-estuary-by-law-2019": (
        openbylaws_page("za-wc013-berg-river-estuary-by-law-2019-source.md",
                        "za-bergrivier-berg-river-estuary-by-law-2019.md",
                        "Bergrivier Municipality: By-law relating to the Management and Use of "
                        "the Berg River Estuary"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uk-location-strategy-2008": (_md("uk-location-strategy-2008.pdf"), "strategy",
                                  "non-binding", "Geographic Information Panel"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS104.items()}, units34, N)


if __name__ == "__main__":
    main()
