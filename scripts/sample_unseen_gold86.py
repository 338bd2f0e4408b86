"""Seeded sample of an eighty-sixth held-out half (`heldout86`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout84` (another helper, also no treaty) and `heldout85` and `heldout87` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the United Nations Rules for the Treatment of
  Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules,
  A/RES/65/229, 2010), whole;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/2160
  (reference standards, specifications and procedures for the management of risks to the
  provision of non-qualified trust services, under Regulation (EU) No 910/2014), whole (its
  citations, recitals, articles and annex);
- a court judgment: Supreme Court of Appeal of South Africa, MEC for Health and Social
  Development, Gauteng Provincial Government v M (272/2022) [2024] ZASCA 21, 5 March 2024
  (medical negligence at birth), whole as the PDF prints it (cover page, order, judgment,
  signatures and appearances);
- a national statute: the US Emergency Planning and Community Right-To-Know Act as codified in
  42 U.S.C. ch. 116 (§§ 11001-11050), whole (`gold_readers.us_code_chapter`);
- a national constitution's article: the Constitution of the Philippines, 1987, Article XI
  (Accountability of Public Officers), whole, as one page of pantrypoints/sp prints it (its
  "Section N" lines made headings: `_ph_sections`);
- a municipal by-law: City of Ottawa, Code of Conduct for Members of Council By-law No.
  2025-99, whole;
- a government department's strategy: Department of Health (England), "The power of
  information: Putting all of us in control of the health and care information we need" (May
  2012), whole as the PDF prints it (its cover sheet of the DH's publication details included);
- a report with hedged language: the UK Location Council's Annual Report 2011-12, whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Bangkok Rules of mediaprophet/Webizen-Charter,
`gold_readers.us_code_chapter` for the Act, `gold_readers.pantrypoints_page` for the
Philippine article, and the plain reader (`gold_readers.markdown`) for the EU regulation, the
by-law's Markdown and the three PDFs. No shared reader was changed or added. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" of the statute, the constitution
and the by-law are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed (none: every document is read whole), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS86` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u14800 … u14927, in the
order printed (FIRST_ID 14800, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold86.py /tmp/src86
(/tmp/src86 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (markdown, pantrypoints_page, source_folder,  # noqa: E402
                          us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout86-v1"
N = 16
FIRST_ID = 14800
SRC = source_folder(__file__)
_md = markdown(SRC)


def _ph_sections(text: str) -> str:
    """The page's "Section N" (alone on its line, or opening its first paragraph as "Section 4.
    The present …") made headings "### Section N", so that they are not read as passages; the
    text unchanged."""
    return re.sub(r"^Section (\d+)\.?[ \t]*", r"### Section \1\n\n", text, flags=re.M)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS86: dict[str, tuple[Reader, str, str, str]] = {
    "un-bangkok-rules-2010": (
        webizen_n3("united-nations-rules-treatment-women-prisoners-and-non-custodial.n3",
                   "un-bangkok-rules-2010.md",
                   "United Nations Rules for the Treatment of Women Prisoners and Non-custodial "
                   "Measures for Women Offenders (the Bangkok Rules)", "Rule"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-2160": (_md("eu-impl-reg-2025-2160.md"), "regulation", "binding",
                              "European Commission"),
    "zasca-2024-21": (_md("zasca-2024-21.pdf"), "judgment", "binding",
                      "Supreme Court of Appeal of South Africa"),
    "us-epcra-42usc116": (us_code_chapter(SRC, "us-epcra-42usc116.md", 42), "statute",
                          "binding", "United States Congress"),
    "ph-constitution-1987-art11": (
        pantrypoints_page(SRC, "ph-1987-article-11-source.md", "ph-constitution-1987-art11.md",
                          "THE 1987 CONSTITUTION OF THE REPUBLIC OF THE PHILIPPINES — ARTICLE XI, "
                          "ACCOUNTABILITY OF PUBLIC OFFICERS", _ph_sections),
        "constitution", "binding", "Republic of the Philippines"),
    "ca-ottawa-council-code-of-conduct-by-law-2025-99": (
        _md("ottawa-code-of-conduct-council-by-law-2025-99.md"), "by-law", "binding",
        "City of Ottawa"),
    "uk-dh-power-of-information-2012": (_md("uk-dh-power-of-information-2012.pdf"), "strategy",
                                        "non-binding", "Department of Health"),
    "uk-location-council-annual-report-2011-12": (
        _md("uk-location-council-annual-report-2011-12.pdf"), "report", "non-binding",
        "UK Location Council"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS86.items()}, units34, N)


if __name__ == "__main__":
    main()
