"""Seeded sample of a hundred-and-twelfth held-out half (`heldout112`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout114` (another helper, also no treaty) and `heldout113` and `heldout115` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly resolution: Resolution 1803 (XVII) of 14 December 1962, Permanent
  Sovereignty over Natural Resources, whole as mediaprophet/Webizen-Charter's file holds it (its
  preambular paragraphs, which the reader locates "¶ N" and does not mark as a preamble, and the
  eight declared paragraphs);
- an EU act: Commission Implementing Regulation (EU) 2025/1946 of 29 September 2025 (reference
  standards for qualified preservation services for qualified electronic signatures and seals;
  the repository files it under "Wallet_Reference_Issuer"), the repository's metadata line, its
  citations, recitals and two articles, without its Annex (the list of standards:
  `before("Annex")`, as the other eIDAS samplers cut);
- a court judgment: CJEU, C-383/23 ILVA (Fifth Chamber, 13 February 2025; the "undertaking" of
  Article 83 GDPR in the calculation of fines), from its legal context to its operative part
  (`gold_readers.cjeu_judgment`);
- a national statute: Canada's Canadian Sustainable Jobs Act (S.C. 2024, c. 13), as
  XYOca/laws-lois-markdown prints the consolidation, read by sampler 33's `canada_markdown`;
- a national constitution's article: the Constitution of the Philippines, 1987, Article X (Local
  Government), whole as pantrypoints/sp prints it (front matter off, a title heading on);
- a municipal by-law: the Swimming Bath By-law of the Municipal Council of Piketberg (1998), as
  laws-africa/openbylaws.org.za publishes it among Bergrivier's by-laws, whole, through sampler
  56's `openbylaws_page`;
- a government strategy as its fact sheet gives it: The White House's "Fact Sheet: Release of the
  2023 Women, Peace and Security Strategy and National Action Plan" (31 October 2023), without
  the page's front matter, through `gold_readers.pantrypoints_page` as sampler 110 reads another
  White House fact sheet;
- a department's strategy: the Department for Work and Pensions' Open Data Strategy (June 2012),
  the PDF read by corpus-tool's own PDF reader, from its first numbered paragraph ("1. The
  Department for Work and Pensions (DWP) has an ambitious …") up to the table of Annex A ("List of
  data to be released for the first time …", left out with everything after it: a table of data
  releases), by sampler 84's `_between`, since the reader locates the whole text "Annex A, …".

Three documents first claimed were replaced before the draw was printed, because another helper
(`heldout114`) had claimed them first (seen in the list of claims when this helper appended its
lines): CESCR General Comment No. 1 (1989) (replaced by the DWP strategy: the other treaty-body
texts not yet in the gold are too short for 16 units), Implementing Regulation (EU) 2025/849
(replaced by 2025/1946) and CJEU C-456/22 (replaced by C-383/23).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the resolution, `gold_readers.before` over the plain reader
for the regulation, `gold_readers.cjeu_judgment` for the judgment, sampler 33's `canada_markdown`
for the Act, `gold_readers.pantrypoints_page` for the constitution's article and the fact sheet,
sampler 56's `openbylaws_page` for the by-law and sampler 84's `_between` over the plain reader
for the strategy. No reader was added. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS112` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u20000 … u20127, in the
order printed (FIRST_ID 20000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold112.py /tmp/src112
(/tmp/src112 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout112-v1"
N = 16
FIRST_ID = 20000
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS112: dict[str, tuple[Reader, str, str, str]] = {
    "un-natural-resources-sovereignty-1962": (
        webizen_n3("general-assembly-resolution-1803-xvii-14-december-1962-permanent.n3",
                   "un-natural-resources-sovereignty-1962.md",
                   "Permanent Sovereignty over Natural Resources", "Paragraph"),
        "resolution", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1946": (before("Annex", _md("eu-impl-reg-2025-1946.md")),
                              "regulation", "binding", "European Commission"),
    "cjeu-c383-23": (cjeu_judgment(SRC, "cjeu-c383-23.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "ca-sustainable-jobs-act-2024": (
        canada_markdown("ca-sustainable-jobs-source.md", "ca-sustainable-jobs-act-2024.md"),
        "statute", "binding", "Parliament of Canada"),
    "ph-constitution-1987-art10": (
        pantrypoints_page(SRC, "ph-1987-article-10-source.md", "ph-constitution-1987-art10.md",
                          "Constitution of the Republic of the Philippines, 1987 — Article X, "
                          "Local Government"),
        "constitution", "binding", "Republic of the Philippines"),
    "za-piketberg-swimming-bath-by-law-1998": (
        openbylaws_page("za-wc013-swimming-bath-by-law-1998-source.md",
                        "za-piketberg-swimming-bath-by-law-1998.md",
                        "Municipal Council of Piketberg: Swimming Bath By-law"),
        "by-law", "binding", "Municipal Council of Piketberg"),
    "us-wh-wps-strategy-2023": (
        pantrypoints_page(SRC, "us-wh-wps-strategy-2023-source.md", "us-wh-wps-strategy-2023.md",
                          "FACT SHEET: Release of the 2023 Women, Peace and Security Strategy "
                          "and National Action Plan"),
        "fact sheet", "non-binding", "The White House"),
    "uk-dwp-open-data-strategy-2012": (
        _between("1. The Department for Work and Pensions (DWP) has an ambitious",
                 "List of data to be released for the first time",
                 _md("uk-dwp-open-data-strategy-2012.pdf")),
        "strategy", "non-binding",
        "Department for Work and Pensions"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS112.items()}, units34, N)


if __name__ == "__main__":
    main()
