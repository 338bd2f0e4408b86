"""Seeded sample of a hundred-and-fourteenth held-out half (`heldout114`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout112` (another helper, also no treaty) and `heldout113` and `heldout115` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Principles relating to the Status of National
  Institutions (the Paris Principles, annexed to A/RES/48/134, 1993), whole as the repository's
  file holds it. It replaces the Beijing Rules (A/RES/40/33, 1985), first claimed and set aside
  before the draw: the file runs rules and commentary together under headings made of whole
  paragraphs;
- a treaty body's general comment: CESCR General Comment No. 1 (1989), reporting by States
  parties, its numbered paragraphs;
- an EU act: Commission Implementing Regulation (EU) 2025/849 of 6 May 2025 (submission of
  information by Member States for the list of certified European Digital Identity Wallets), its
  citations, recitals and four articles, without its annex (`before("Annex")`);
- a court judgment: CJEU, C-456/22 Gemeinde Ummendorf (14 December 2023; non-material damage
  under Article 82(1) GDPR), from its legal context to its operative part
  (`gold_readers.cjeu_judgment`);
- a national statute: Canada's Non-smokers' Health Act (R.S.C. 1985, c. 15 (4th Supp.)), from its
  short title to its coming-into-force section (sampler 84's `_between`, by the text): the
  consolidation's "Amendments not in force" after it are left out;
- a national constitution's chapter: the Constitution of the Republic of South Africa, 1996,
  Chapter 7 (Local Government), whole as electricbookworks/constitution prints it;
- a municipal by-law: the Municipal Council of Piketberg's Keeping of Bees By-law (1998), as
  laws-africa/openbylaws.org.za publishes it (za-wc013), whole;
- a summit's action plan: the G7 Clean Energy Economy Action Plan (Hiroshima, 20 May 2023), as
  the White House published it, without the page's front matter.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Principles, `gold_readers.treaty_body` for the general
comment, `gold_readers.before` over the plain reader for the regulation,
`gold_readers.cjeu_judgment` for the judgment, sampler 33's `canada_markdown` inside sampler 84's
`_between` for the Act, the
plain reader (`gold_readers.markdown`) for the chapter (as sampler 104 reads Chapter 9), sampler
56's `openbylaws_page` for the by-law, and `gold_readers.pantrypoints_page` (front matter off, a
title heading on, `_dedent` below as its `clean`) for the action plan. No reader was added to
`gold_readers`. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the
footnote filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" are
not dropped as footnotes); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the draw was
printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS114` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u20400 … u20527, in the
order printed (FIRST_ID 20400, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold114.py /tmp/src114
(/tmp/src114 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder, treaty_body)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout114-v1"
N = 16
FIRST_ID = 20400
SRC = source_folder(__file__)
_md = markdown(SRC)
_tb = treaty_body(SRC)


def _dedent(text: str) -> str:
    """The fact sheet's paragraphs, which the page indents (four spaces or more, read otherwise
    as a code block), each line's leading blanks dropped."""
    return re.sub(r"(?m)^[ \t]+", "", text)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS114: dict[str, tuple[Reader, str, str, str]] = {
    "un-paris-principles-1993": (
        webizen_n3("paris-principles.n3", "un-paris-principles-1993.md",
                   "Principles relating to the Status of National Institutions (The Paris "
                   "Principles)", "Principle"),
        "guidelines", "non-binding", "UN General Assembly"),
    "cescr-gc1-1989": (_tb("ESCR-GC1-GenCom.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "eu-impl-reg-2025-849": (before("Annex", _md("eu-impl-reg-2025-849.md")), "regulation",
                             "binding", "European Commission"),
    "cjeu-c456-22": (cjeu_judgment(SRC, "cjeu-c456-22.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "ca-non-smokers-health-1985": (
        _between("This Act may be cited as the", "Subsection 7(1) is amended by adding",
                 canada_markdown("ca-non-smokers-health-source.md",
                                 "ca-non-smokers-health-1985.md")),
        "statute", "binding", "Parliament of Canada"),
    "za-constitution-1996-ch7": (_md("za-constitution-1996-ch7.md"), "constitution", "binding",
                                 "Republic of South Africa"),
    "za-piketberg-keeping-of-bees-by-law-1998": (
        openbylaws_page("za-wc013-keeping-of-bees-by-law-1998-source.md",
                        "za-piketberg-keeping-of-bees-by-law-1998.md",
                        "Municipal Council of Piketberg: Keeping of Bees By-law"),
        "by-law", "binding", "Piketberg Municipality"),
    "g7-clean-energy-economy-action-plan-2023": (
        pantrypoints_page(SRC, "g7-clean-energy-economy-action-plan-2023-source.md",
                          "g7-clean-energy-economy-action-plan-2023.md",
                          "G7 Clean Energy Economy Action Plan", _dedent),
        "action plan", "non-binding", "G7"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS114.items()}, units34, N)


if __name__ == "__main__":
    main()
