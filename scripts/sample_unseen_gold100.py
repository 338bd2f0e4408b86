"""Seeded sample of a hundredth held-out half (`heldout100`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 29 in parallel with
`heldout102` (another helper, also no treaty) and `heldout101` and `heldout103` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on Social Progress and Development
  (A/RES/2542 (XXIV), 1969), whole (its preamble included);
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/1566
  (eIDAS: the verification of the identity and attributes of the person to whom a qualified
  certificate or attestation is issued; the repository's folder is named "Registered_Delivery"),
  its header, citations, recitals, articles and signature, without its Annex (`before("Annex")`);
- a court judgment: Yap Boon Fong Yvonne v Wong Kok Mun Alvin and another and another appeal
  [2018] SGCA 80 (Court of Appeal of Singapore, 26 November 2018: the assessment of damages
  after a road accident), whole as the law report's Markdown prints it;
- a national statute: Canada's Federal Sustainable Development Act (S.C. 2008, c. 33), its
  consolidation, without its Schedule of related provisions (`before("Schedule")`);
- a national constitution's chapter: the Constitution of the Socialist Republic of Viet Nam
  (2013), Chapter VIII (People's Courts and People's Procuracies), whole;
- a municipal by-law: the City of Ottawa's Tree Protection By-law No. 2020-340, without its
  schedules (maps of the lands subject to it: `before("Schedule")`);
- a government's strategy: The White House, "Fact Sheet: Biden-Harris Administration Announces
  National Cybersecurity Strategy" (2 March 2023), whole;
- a government department's strategy: HM Revenue and Customs' Open Data Strategy (2012), whole
  as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, sampler 33's `canada_markdown` for the Act,
`gold_readers.pantrypoints_page` with sampler 54's `_viet_nam` for the chapter and without a
cleaner for the fact sheet (its front matter dropped), and the plain reader
(`gold_readers.markdown`) for the regulation, the judgment, the by-law and the PDF. No reader was
added. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote
filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped
as footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the draw was
printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS100` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u17600 … u17727, in the
order printed (FIRST_ID 17600, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold100.py /tmp/src100
(/tmp/src100 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _viet_nam  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout100-v1"
N = 16
FIRST_ID = 17600
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS100: dict[str, tuple[Reader, str, str, str]] = {
    "un-social-progress-declaration-1969": (
        webizen_n3("declaration-social-progress-and-development.n3",
                   "un-social-progress-declaration-1969.md",
                   "Declaration on Social Progress and Development", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1566": (before("Annex", _md("eu-impl-reg-2025-1566.md")), "regulation",
                              "binding", "European Commission"),
    "sgca-2018-80": (_md("sgca-2018-80.md"), "judgment", "binding",
                     "Court of Appeal of Singapore"),
    "ca-federal-sustainable-development-2008": (
        before("Schedule", canada_markdown("ca-federal-sustainable-development-source.md",
                                           "ca-federal-sustainable-development-2008.md")),
        "statute", "binding", "Parliament of Canada"),
    "vn-constitution-2013-ch8": (
        pantrypoints_page(SRC, "vn-chapter-8-source.md", "vn-constitution-2013-ch8.md",
                          "CHAPTER VIII — PEOPLE'S COURTS AND PEOPLE'S PROCURACIES", _viet_nam),
        "constitution", "binding", "Socialist Republic of Viet Nam"),
    "ca-ottawa-tree-protection-by-law-2020-340": (
        before("Schedule", _md("ottawa-tree-protection-by-law-2020-340.md")), "by-law", "binding",
        "City of Ottawa"),
    "us-wh-cybersecurity-strategy-fact-sheet-2023": (
        pantrypoints_page(SRC, "us-wh-cybersecurity-strategy-fact-sheet-2023-source.md",
                          "us-wh-cybersecurity-strategy-fact-sheet-2023.md",
                          "FACT SHEET: Biden-Harris Administration Announces National "
                          "Cybersecurity Strategy"),
        "fact sheet", "non-binding", "The White House"),
    "uk-hmrc-open-data-strategy-2012": (_md("uk-hmrc-open-data-strategy-2012.pdf"), "strategy",
                                        "non-binding", "HM Revenue and Customs"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS100.items()}, units34, N)


if __name__ == "__main__":
    main()
