"""Seeded sample of a fortieth held-out half (`heldout40`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout41`; this half takes its general
comments only from the CESCR, CERD, CEDAW or CCPR, at most two, and at least four documents from
national laws or constitutions or EU acts):

- CERD General Recommendation No. 15 (1993), organized violence based on ethnic origin
  (article 4);
- an ILO convention: the Part-Time Work Convention, 1994 (No. 175);
- a Council of Europe convention: the European Landscape Convention (ETS 176, Florence, 2000);
- a United Nations convention: the Supplementary Convention on the Abolition of Slavery, the
  Slave Trade, and Institutions and Practices Similar to Slavery (Geneva, 1956);
- an EU act: Directive (EU) 2022/2555 on measures for a high common level of cybersecurity
  across the Union (NIS 2 Directive), with its recitals and annexes;
- a national statute: Canada's Employment Equity Act (S.C. 1995, c. 44), consolidated;
- a national constitution: the Constitution of the Republic of Uganda, 1995, Chapter Four
  (protection and promotion of fundamental and other human rights and freedoms, articles 20-58);
- a national statute: 42 U.S.C. ch. 76, Age Discrimination in Federally Assisted Programs (the
  Age Discrimination Act of 1975, §§ 6101-6107).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`; from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`); for the
Canadian Act through sampler 33's `canada_markdown` (front matter, historical notes, repealed
placeholders and French terms dropped, marginal notes made headings, sections written "Section
N", subsection numbers left to the locator); and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`; as in samplers 36 and 38, a chunk's opening "######"
subsection line is given back its text, and a line of seven or more "#" that opens a chunk in
the middle of a paragraph (a subparagraph "(A) …") is given back as a line of text). Units are
cut by sampler 34's `units34` (`sample_unseen_gold7.units7` with the footnote filter narrowed to
EUR-Lex's footnote calls, so that the Canadian, Ugandan and US numbered subsections "(1) …" are
not dropped as footnotes); N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py). The eight documents were chosen, with no annex, appendix or
recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS40` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u5600 … u5727, in the
order printed (`FIRST_ID`; `heldout41`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold40.py /tmp/src40
(/tmp/src40 holds the files named below, copied from the repositories listed in the README;
us-age-discrimination-42usc76.md is chunks 14261-14283 of chuncks/title-42, concatenated in
order; ca-employment-equity-1995.md is written there from ca-employment-equity-act.md on the
first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout40-v1"
N = 16
FIRST_ID = 5600
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def age_discrimination() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 76: a "###### (a) text" line (a chunk's first subsection) becomes a
    heading and a line of text (`first_subsections`); a line of seven or more "#" (a chunk that
    opens inside a paragraph, "######## (A) The Secretary shall not …") becomes a line of text."""
    text = (SRC / "us-age-discrimination-42usc76.md").read_text(encoding="utf-8")
    text = re.sub(r"^#{7,}\s+(.+)$", r"\1", text, flags=re.M)
    return us_code_text_sections(first_subsections(text), 42)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS40 = {
    "cerd-gr15-1993": (_tb("CERD_GR15_article4.json"), "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "ilo-c175-1994": (_md("ilo-c175-1994.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets176-2000": (_md("coe-ets176-2000.md"), "convention", "binding", "Council of Europe"),
    "un-slavery-supplementary-1956": (_md("un-slavery-supplementary-1956.md"), "convention",
                                      "binding", "United Nations"),
    "eu-nis2-2022-2555": (_md("eu-nis2-2022-2555.md"), "directive", "binding",
                          "European Parliament and Council of the European Union"),
    "ca-employment-equity-1995": (canada_markdown("ca-employment-equity-act.md",
                                                  "ca-employment-equity-1995.md"),
                                  "statute", "binding", "Parliament of Canada"),
    "ug-constitution-1995-ch4": (_md("ug-constitution-1995-ch4.md"), "constitution", "binding",
                                 "Republic of Uganda"),
    "us-age-discrimination-42usc76": (age_discrimination, "statute", "binding",
                                      "United States Congress"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS40.items()}, units34, N)


if __name__ == "__main__":
    main()
