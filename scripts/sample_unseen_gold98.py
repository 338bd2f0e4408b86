"""Seeded sample of a ninety-eighth held-out half (`heldout98`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout96` (another helper, also no treaty) and `heldout97` and `heldout99` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Elimination of All Forms of
  Intolerance and of Discrimination Based on Religion or Belief (A/RES/36/55, 1981), whole (its
  preamble included);
- a treaty body's general recommendation: CEDAW General Recommendation No. 24 (1999), article 12
  of the Convention (women and health), whole;
- an EU directive: Directive (EU) 2019/770 of the European Parliament and of the Council of 20
  May 2019 on certain aspects concerning contracts for the supply of digital content and digital
  services, its citations, recitals and articles as stalev/from-jus-to-algorithm holds them;
- a court judgment: Deutsche Bank AG v Sebastian Holdings Inc and Vik [2022] EWHC 1599 (Comm)
  (High Court of England and Wales, Commercial Court, 24 June 2022: a committal application for
  contempt), the judgment's body as The National Archives publish it (sampler 34's
  `judgment_markdown`);
- a national statute: New Zealand's Smoke-free Environments Act 1990 (Br3nda/legislation's
  reprint), its body without its schedules (`gold_readers.nz_act_xml`);
- a national constitution's chapter: the Constitution of the Bolivarian Republic of Venezuela
  (1999), Title IV, Chapter IV (Municipal Public Power), whole;
- a municipal by-law: Bergrivier Municipality, By-law relating to Commonage (2009), whole as
  sampler 56's `openbylaws_page` reads it;
- a government department's strategy: the Department for Transport's Open Data Strategy (2012),
  whole as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.treaty_body` for the general
recommendation, `gold_readers.jus_to_algorithm_eu` for the directive, sampler 34's
`judgment_markdown` for the judgment, `gold_readers.nz_act_xml` for the Act,
`gold_readers.pantrypoints_page` with sampler 66's `_page` for the chapter, sampler 56's
`openbylaws_page` for the by-law and the plain reader (`gold_readers.markdown`) for the PDF. No
reader was added. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the
footnote filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" are
not dropped as footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the draw was
printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS98` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u17200 … u17327, in the
order printed (FIRST_ID 17200, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold98.py /tmp/src98
(/tmp/src98 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (jus_to_algorithm_eu, markdown, nz_act_xml,  # noqa: E402
                          pantrypoints_page, source_folder, treaty_body)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold66 import _page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout98-v1"
N = 16
FIRST_ID = 17200
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS98: dict[str, tuple[Reader, str, str, str]] = {
    "un-religion-intolerance-declaration-1981": (
        webizen_n3("declaration-elimination-all-forms-intolerance-and-discrimination.n3",
                   "un-religion-intolerance-declaration-1981.md",
                   "Declaration on the Elimination of All Forms of Intolerance and of "
                   "Discrimination Based on Religion or Belief", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "cedaw-gr24-1999": (_tb("CEDAW-GR24-health.json"), "general recommendation", "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "eu-dir-2019-770": (
        jus_to_algorithm_eu(SRC, "from-jus-to-algorithm-eu.json", "Directive (EU) 2019/770",
                            "eu-dir-2019-770.md",
                            "DIRECTIVE (EU) 2019/770 OF THE EUROPEAN PARLIAMENT AND OF THE "
                            "COUNCIL of 20 May 2019 on certain aspects concerning contracts for "
                            "the supply of digital content and digital services"),
        "directive", "binding", "European Parliament and Council of the European Union"),
    "ewhc-comm-2022-1599": (
        judgment_markdown("ewhc-comm-2022-1599.xml", "ewhc-comm-2022-1599.md",
                          "Deutsche Bank AG v Sebastian Holdings Inc and Vik [2022] EWHC 1599 "
                          "(Comm)", SRC),
        "judgment", "binding", "High Court of Justice of England and Wales"),
    "nz-smokefree-environments-act-1990": (
        nz_act_xml(SRC, "nz-smokefree-environments-act-1990.xml",
                   "nz-smokefree-environments-act-1990.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "ve-constitution-1999-t4-ch4": (
        pantrypoints_page(SRC, "ve-title-4-chapter-4-source.md", "ve-constitution-1999-t4-ch4.md",
                          "TITLE IV — PUBLIC POWER, CHAPTER IV — MUNICIPAL PUBLIC POWER", _page),
        "constitution", "binding", "Bolivarian Republic of Venezuela"),
    "za-bergrivier-commonage-by-law-2009": (
        openbylaws_page("za-wc013-commonage-by-law-2009-source.md",
                        "za-bergrivier-commonage-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Commonage"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uk-dft-open-data-strategy-2012": (_md("uk-dft-open-data-strategy-2012.pdf"), "strategy",
                                       "non-binding", "Department for Transport"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS98.items()}, units34, N)


if __name__ == "__main__":
    main()
