"""Seeded sample of a seventy-eighth held-out half (`heldout78`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 26 in parallel with
`heldout76` (another helper, also no treaty) and `heldout77` and `heldout79` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the United Nations Rules for the Protection of
  Juveniles Deprived of their Liberty (A/RES/45/113, 1990), whole (the resolution's preamble and
  Rules 1-87);
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/1929 (rules
  for the application of Regulation (EU) No 910/2014 as regards qualified electronic time
  stamps), whole (its citations, recitals, articles and annex);
- a court judgment: Court of Justice of the European Union, C-252/21 Meta Platforms and Others
  (General terms of use of a social network), 4 July 2023, from its legal context to its
  operative part (`gold_readers.cjeu_judgment`);
- a national statute: Canada's Youth Criminal Justice Act (S.C. 2002, c. 1), consolidated, whole;
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Twelve (Public
  Finance), whole;
- a municipal by-law: Bergrivier Municipality, Stormwater Management By-law, 2009, whole;
- a government's strategy: The White House, "The U.S. National Strategy to Counter
  Antisemitism: Key Actions by Pillar" (2 June 2023), whole;
- a national statute: the Children's Online Privacy Protection Act as codified in 15 U.S.C.
  ch. 91 (§§ 6501-6506), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
UN instrument of mediaprophet/Webizen-Charter, `gold_readers.cjeu_judgment`, sampler 33's
`canada_markdown`, `gold_readers.kenya_markdown`, sampler 56's `openbylaws_page`, sampler 4's
`us_code_text_sections` (first subsections made headings by `first_subsections`), and the plain
Markdown reader for the EU regulation and the White House's page. No shared reader was changed
or added. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the
footnote filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" of
the statutes and the by-law are not dropped as footnotes; as samplers 70 and 74 for the same
kinds of document); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed (none: each is read
whole, the judgment as `cjeu_judgment` gives it), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS78` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u13200 … u13327, in the
order printed (FIRST_ID 13200, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold78.py /tmp/src78
(/tmp/src78 holds the files named below, copied from the repositories listed in the README;
the US chapter's file is chunks 6329-6347 of title 15, concatenated in order.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (  # noqa: E402
    cjeu_judgment, kenya_markdown, markdown, source_folder, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout78-v1"
N = 16
FIRST_ID = 13200
SRC = source_folder(__file__)
_md = markdown(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS78: dict[str, tuple[Reader, str, str, str]] = {
    "un-juveniles-deprived-liberty-rules-1990": (
        webizen_n3("united-nations-rules-protection-juveniles-deprived-their-liberty.n3",
                   "un-juveniles-deprived-liberty-rules-1990.md",
                   "United Nations Rules for the Protection of Juveniles Deprived of their "
                   "Liberty", "Rule"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1929": (_md("eu-impl-reg-2025-1929.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c252-21": (cjeu_judgment(SRC, "cjeu-c252-21.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "ca-youth-criminal-justice-2002": (
        canada_markdown("ca-youth-criminal-justice-source.md",
                        "ca-youth-criminal-justice-2002.md"),
        "statute", "binding", "Parliament of Canada"),
    "ke-constitution-2010-ch12": (
        kenya_markdown(SRC, "chapter12.ts", "ke-constitution-2010-ch12.md",
                       "CHAPTER TWELVE — PUBLIC FINANCE"),
        "constitution", "binding", "Republic of Kenya"),
    "za-bergrivier-stormwater-by-law-2009": (
        openbylaws_page("za-wc013-stormwater-management-by-law-2009-source.md",
                        "za-bergrivier-stormwater-by-law-2009.md",
                        "Bergrivier Municipality: Stormwater Management By-law"),
        "by-law", "binding", "Bergrivier Municipality"),
    "us-antisemitism-strategy-actions-2023": (
        _md("us-antisemitism-strategy-key-actions-2023.md"), "strategy", "non-binding",
        "The White House"),
    # 15 U.S.C. ch. 91, §§ 6501-6506, one passage per subsection (chunks 6329-6347, concatenated;
    # first subsections printed "###### (a) text" made headings).
    "us-coppa-15usc91": (
        us_code_chapter(SRC, "us-coppa-15usc91.md", 15),
        "statute", "binding", "United States Congress"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS78.items()}, units34, N)


if __name__ == "__main__":
    main()
