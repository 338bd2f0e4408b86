"""Seeded sample of a hundred-and-sixth held-out half (`heldout106`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 29 in parallel with
`heldout104` (another helper, also no treaty) and `heldout105` and `heldout107` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the United Nations Principles for Older Persons
  (annex to A/RES/46/91, 1991), whole as the repository's file holds it (the resolution's
  preambular paragraphs and the eighteen principles); the Declaration of Commitment on HIV/AIDS
  (A/RES/S-26/2, 2001), first chosen, was set aside before the draw was printed, because the
  reader located the whole of it in its preamble;
- an EU act: Commission Implementing Regulation (EU) 2025/1942 of 29 September 2025 (reference
  standards and specifications for qualified validation services for qualified electronic
  signatures and seals under Regulation (EU) No 910/2014), its citations, recitals and articles,
  without its annex (the list of standards: `before("Annex")`);
- a court judgment: Arris Solutions, Inc and others v Asian Broadcasting Network (M) Sdn Bhd
  [2017] SGHC(I) 1 (Singapore International Commercial Court, 8 February 2017), whole as the
  repository's report prints it;
- a national statute: the Canadian Net-Zero Emissions Accountability Act (S.C. 2021, c. 22),
  the consolidation whole (sampler 33's `canada_markdown`);
- a national constitution's article: the Constitution of the United States, Article I (the
  Legislative Branch), Sections 1-6, as the page `article-1.md` of pantrypoints/sp holds them in
  its modernised paraphrase (`gold_readers.pantrypoints_page`; Sections 7-10 are on another page,
  not taken);
- a municipal by-law: Bergrivier Municipality, Electricity Supply By-law, 2009, whole as
  openbylaws prints it (its Akoma Ntoso page, without the portal's front matter and cover);
- a government strategy: "Vision and Strategy for Transparency and Government Open Data", paper
  TB(4)3 of the Public Sector Transparency Board (11 January 2011), as the PDF prints it;
- a report with hedged language: the Open Data User Group's "The Benefits of an Open National
  Address Dataset" (5 February 2013), as the PDF prints it.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Principles, `gold_readers.before` over the plain reader
for the implementing regulation, sampler 33's `canada_markdown` for the Act,
`gold_readers.pantrypoints_page` for the Article, sampler 56's `openbylaws_page` for the by-law,
and the plain reader (`gold_readers.markdown`) for the judgment and the two PDFs. No reader was
added. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote
filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped
as footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS106` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u18800 … u18927, in the
order printed (FIRST_ID 18800, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold106.py /tmp/src106
(/tmp/src106 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout106-v1"
N = 16
FIRST_ID = 18800
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS106: dict[str, tuple[Reader, str, str, str]] = {
    "un-older-persons-principles-1991": (
        webizen_n3("united-nations-principles-older-persons.n3",
                   "un-older-persons-principles-1991.md",
                   "United Nations Principles for Older Persons", "Principle"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1942": (before("Annex", _md("eu-impl-reg-2025-1942.md")), "regulation",
                              "binding", "European Commission"),
    "sghci-2017-1": (_md("sghci-2017-1.md"), "judgment", "binding",
                     "Singapore International Commercial Court"),
    "ca-net-zero-accountability-2021": (
        canada_markdown("ca-net-zero-source.md", "ca-net-zero-accountability-2021.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-constitution-art1": (
        pantrypoints_page(SRC, "us-article-1-source.md", "us-constitution-art1.md",
                          "Constitution of the United States — Article I"),
        "constitution", "binding", "United States of America"),
    "za-bergrivier-electricity-supply-by-law-2009": (
        openbylaws_page("za-wc013-electricity-supply-by-law-2009-source.md",
                        "za-bergrivier-electricity-supply-by-law-2009.md",
                        "Bergrivier Municipality: Electricity Supply By-law, 2009"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uk-transparency-vision-strategy-2011": (
        _md("uk-transparency-vision-strategy-2011.pdf"), "strategy", "non-binding",
        "Public Sector Transparency Board"),
    "uk-odug-open-address-dataset-2013": (
        _md("uk-odug-open-address-2013.pdf"), "report", "non-binding", "Open Data User Group"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS106.items()}, units34, N)


if __name__ == "__main__":
    main()
