"""Seeded sample of an eighty-second held-out half (`heldout82`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 27 in parallel with
`heldout80` (another helper, also no treaty) and `heldout81` and `heldout83` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the United Nations Standard Minimum Rules for
  Non-custodial Measures (the Tokyo Rules, A/RES/45/110, 1990), whole;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/2531
  (reference standards and specifications for qualified electronic ledgers, under Regulation
  (EU) No 910/2014), whole (its citations, recitals, articles and annex);
- a court judgment: Court of Justice of the European Union, C-534/20 Leistritz, 22 June 2022
  (the dismissal of a data protection officer), from its legal context to its operative part
  (`gold_readers.cjeu_judgment`);
- a national statute: Canada's Access to Information Act (R.S.C. 1985, c. A-1), consolidated,
  without its Schedules I and II (lists of government institutions and of the statutory
  provisions that restrict disclosure: tables, not text);
- a national constitution's chapters: the Constitution of Japan, 1946, Chapter II (Renunciation
  of War) and Chapter III (Rights and Duties of the People), as one page of pantrypoints/sp
  prints them, whole (its Articles 37-40, printed "Article 38. No person …" on lines of their
  own, made headings: `_jp_articles`);
- a municipal by-law: Bergrivier Municipality, By-law relating to Fences and Walls, 2009, whole;
- a government's strategy: The White House, "Executive Summary: Biden-Harris Administration
  National Strategy on Hunger, Nutrition, and Health" (27 September 2022), whole;
- a report with hedged language: the Activity Report of the Pan-African Parliament, July 2016
  to June 2017 (laws-africa/peachjam's document fixture), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
Tokyo Rules of mediaprophet/Webizen-Charter, `gold_readers.cjeu_judgment`, sampler 33's
`canada_markdown`, `gold_readers.pantrypoints_page`, sampler 56's `openbylaws_page`, sampler
34's `akn_markdown` for the report, and the plain Markdown reader for the EU regulation and the
White House's page. No shared reader was changed or added. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" of the statute and the by-law are
not dropped as footnotes; as samplers 70, 74 and 78 for the same kinds of document); N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The
documents were chosen, and their cuts fixed (the Act's Schedules left out by
`gold_readers.before`; every other document read whole, the judgment as `cjeu_judgment` gives
it), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS82` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u14000 … u14127, in the
order printed (FIRST_ID 14000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold82.py /tmp/src82
(/tmp/src82 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import re

from gold_readers import (before, cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import akn_markdown, units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout82-v1"
N = 16
FIRST_ID = 14000
SRC = source_folder(__file__)
_md = markdown(SRC)


def _jp_articles(text: str) -> str:
    """The page's last articles, printed "Article 38. No person …" on a line of their own, made
    headings "### Article 38" as the page's earlier ones are; the text unchanged."""
    return re.sub(r"^Article (\d+)\. ", r"### Article \1\n\n", text, flags=re.M)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS82: dict[str, tuple[Reader, str, str, str]] = {
    "un-tokyo-rules-1990": (
        webizen_n3("united-nations-standard-minimum-rules-non-custodial-measures.n3",
                   "un-tokyo-rules-1990.md",
                   "United Nations Standard Minimum Rules for Non-custodial Measures (The Tokyo "
                   "Rules)", "Rule"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-2531": (_md("eu-impl-reg-2025-2531.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c534-20": (cjeu_judgment(SRC, "cjeu-c534-20.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "ca-access-to-information-1985": (
        before("Schedule", canada_markdown("ca-access-to-information-source.md",
                                           "ca-access-to-information-1985.md")),
        "statute", "binding", "Parliament of Canada"),
    "jp-constitution-1946-ch2-3": (
        pantrypoints_page(SRC, "jp-chapter-2-source.md", "jp-constitution-1946-ch2-3.md",
                          "THE CONSTITUTION OF JAPAN — CHAPTER II, RENUNCIATION OF WAR, AND "
                          "CHAPTER III, RIGHTS AND DUTIES OF THE PEOPLE", _jp_articles),
        "constitution", "binding", "Japan"),
    "za-bergrivier-fences-walls-by-law-2009": (
        openbylaws_page("za-wc013-fences-and-walls-by-law-2009-source.md",
                        "za-bergrivier-fences-walls-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Fences and Walls"),
        "by-law", "binding", "Bergrivier Municipality"),
    "us-hunger-nutrition-health-strategy-2022": (
        _md("us-hunger-nutrition-health-strategy-2022.md"), "strategy", "non-binding",
        "The White House"),
    "pap-activity-report-2016-2017": (
        akn_markdown("peachjam-sample-documents-1bd15db.json", 5389,
                     "pap-activity-report-2016-2017.md",
                     "Activity Report of the Pan-African Parliament, July 2016 to June 2017"),
        "report", "non-binding", "Pan-African Parliament"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS82.items()}, units34, N)


if __name__ == "__main__":
    main()
