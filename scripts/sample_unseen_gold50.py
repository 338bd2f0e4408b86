"""Seeded sample of a fiftieth held-out half (`heldout50`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout51`; this half takes **no treaty of any
kind**: national constitutions' chapters and statutes, a Commission implementing regulation not
taken from `statengeneraal/laws-markdown`, and a judgment):

- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Six, Leadership and
  Integrity (Articles 73-80; its Chapters Four and Five are in `heldout31` and `heldout48`);
- a national constitution's chapter: the Constitution of the Federative Republic of Brazil, 1988,
  Title VIII (Social Order), Chapter III, Section I, Education (Articles 205-214; its Title II is
  `br-constitution-1988-t2`);
- a national constitution's parts: the Constitution of India, Part IV (Directive Principles of
  State Policy, Articles 36-51) and Part IVA (Fundamental Duties, Article 51A) (its Part III is
  `in-constitution-part3`);
- a national constitution's chapter: the Constitution of the Socialist Republic of Viet Nam, 2013,
  Chapter III (Economy, Society, Culture, Education, Science, Technology and Environment,
  Articles 50-63; its Chapter II is `vn-constitution-2013-ch2`);
- a national statute: Canada's Pay Equity Act (S.C. 2018, c. 27, s. 416), consolidated;
- a national statute: 15 U.S.C. ch. 41, subch. IV, Equal Credit Opportunity (§§ 1691-1691f);
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2024/2977 on
  person identification data and electronic attestations of attributes issued to European Digital
  Identity Wallets, with its recitals;
- a judgment: Court of Justice of the European Union, C-340/21 Natsionalna agentsia za
  prihodite (14 December 2023), from its legal context to its operative part.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`) for the EU act, the judgment and the
four constitutions' texts (each written once as Markdown into the source folder: the three
pantrypoints pages without their front matter, the Brazilian "Section 1: Education" line and the
Indian "**Article N. …**" lines made headings, the Indian page's printed footnotes ("1. Ins. by
the Constitution (…) Act …") and bare page numbers dropped; the Kenyan chapter from its
TypeScript data file, as sampler 31 wrote Chapter Four), through `gold_readers`; for the
Canadian Act through sampler 33's `canada_markdown`; and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight
documents were chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS50` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u7600 … u7727, in the
order printed (`FIRST_ID`; `heldout51`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold50.py /tmp/src50
(/tmp/src50 holds the files named below, copied from the repositories listed in the README;
us-ecoa-15usc1691.md is chunks 4083-4129 of chuncks/title-15, concatenated in order;
ca-pay-equity-2018.md, ke-constitution-2010-ch6.md, br-constitution-1988-t8-ch3.md,
in-constitution-part4.md and vn-constitution-2013-ch3.md are written there from
ca-pay-equity-act.md, chapter6.ts (through chapter6-part.ts) and the three "-source.md" pages on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, kenya_markdown, markdown,  # noqa: E402
                          pantrypoints_page, source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout50-v1"
N = 16
FIRST_ID = 7600
SRC = source_folder(__file__)
_md = markdown(SRC)

_BR_SECTION = re.compile(r"^Section (\d+): (.+)$", re.M)
_IN_ARTICLE = re.compile(r"^\*\*Article (\w+)\. (.+)\*\*$", re.M)
_IN_FOOTNOTE = re.compile(r"^\d+\. (?:Ins\.|Subs\.|Art\. \d+ renumbered) .*$\n?", re.M)
_PAGE_NUMBER = re.compile(r"^\d+$\n?", re.M)


def _brazil(text: str) -> str:
    return _BR_SECTION.sub(r"## Section \1 - \2", text)


def _india(text: str) -> str:
    text = _IN_FOOTNOTE.sub("", _PAGE_NUMBER.sub("", text))
    return _IN_ARTICLE.sub(r"### Article \1 - \2", text)


def kenya_chapter6() -> list[tuple[str, str]]:
    """Chapter Six of the Constitution of Kenya, as sampler 31 wrote Chapter Four
    (`gold_readers.kenya_markdown`), from a copy of its TypeScript data file without the empty
    title of its one part (`title: '',`), which that reader would take for an article."""
    ts = SRC / "chapter6-part.ts"
    if not ts.exists():
        ts.write_text(re.sub(r"title: '',\s*\n", "", (SRC / "chapter6.ts").read_text(
            encoding="utf-8"), count=1), encoding="utf-8")
    return kenya_markdown(SRC, "chapter6-part.ts", "ke-constitution-2010-ch6.md",
                          "CHAPTER SIX — LEADERSHIP AND INTEGRITY")()


def ecoa() -> list[tuple[str, str]]:
    """15 U.S.C. ch. 41 subch. IV, one passage per subsection (chunks 4083-4129, concatenated)."""
    return us_code_sections(SRC / "us-ecoa-15usc1691.md", 15)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS50: dict[str, tuple[Reader, str, str, str]] = {
    "ke-constitution-2010-ch6": (kenya_chapter6, "constitution", "binding", "Republic of Kenya"),
    "br-constitution-1988-t8-ch3": (
        pantrypoints_page(SRC, "br-1988-title-08-chapter-03-source.md",
                          "br-constitution-1988-t8-ch3.md",
                          "TITLE VIII — SOCIAL ORDER, CHAPTER III — EDUCATION, CULTURE AND SPORTS",
                          _brazil),
        "constitution", "binding", "Federative Republic of Brazil"),
    "in-constitution-part4": (
        pantrypoints_page(SRC, "in-part-04-source.md", "in-constitution-part4.md",
                          "PART IV — DIRECTIVE PRINCIPLES OF STATE POLICY", _india),
        "constitution", "binding", "Republic of India"),
    "vn-constitution-2013-ch3": (
        pantrypoints_page(SRC, "vn-chapter-3-source.md", "vn-constitution-2013-ch3.md",
                          "CHAPTER III — ECONOMY, SOCIETY, CULTURE, EDUCATION, SCIENCE, "
                          "TECHNOLOGY, ENVIRONMENT"),
        "constitution", "binding", "Socialist Republic of Viet Nam"),
    "ca-pay-equity-2018": (canada_markdown("ca-pay-equity-act.md", "ca-pay-equity-2018.md"),
                           "statute", "binding", "Parliament of Canada"),
    "us-ecoa-15usc1691": (ecoa, "statute", "binding", "United States Congress"),
    "eu-impl-reg-2024-2977": (_md("eu-impl-reg-2024-2977.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c340-21": (cjeu_judgment(SRC, "cjeu-c340-21.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS50.items()}, units34, N)


if __name__ == "__main__":
    main()
