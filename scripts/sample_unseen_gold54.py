"""Seeded sample of a fifty-fourth held-out half (`heldout54`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout55`; this half takes **no treaty of any
kind**: national constitutions' parts, a national statute and a US Code chapter, a Commission
communication and a judgment):

- a national constitution's part: the Constitution of India, Part XVII, Official Language
  (Articles 343-351; its Parts III and IV are `in-constitution-part3` and `in-constitution-part4`);
- a national constitution's chapter: the Basic Law for the Federal Republic of Germany, Chapter
  II, The Federation and the Länder (Articles 20-37; its Chapter I is shipped as
  `tests/data/unseen/docs/de-basic-law-ch1.md`);
- a national constitution's chapters: the Constitution of the Federative Republic of Brazil, 1988,
  Title VIII (Social Order), Chapter I (General Provision, Article 193) and Chapter II (Social
  Welfare: general provisions, health, social security, social assistance, Articles 194-204),
  printed on three pages of the site, joined in order;
- a national constitution's chapter: the Constitution of the Socialist Republic of Viet Nam, 2013,
  Chapter I, The Political Regime (its Chapters II and III are `vn-constitution-2013-ch2` and
  `vn-constitution-2013-ch3`);
- a national statute: the Canadian Victims Bill of Rights (S.C. 2015, c. 13, s. 2), consolidated;
- a national statute: 42 U.S.C. ch. 114, Protection and Advocacy for Individuals with Mental
  Illness (§§ 10801-10851);
- a Commission communication: Communication from the Commission, Shaping Europe's Digital Future
  (COM(2020) 67 final, 19 February 2020), with its key actions;
- a judgment: Court of Justice of the European Union (Grand Chamber), C-673/17 Planet49
  (1 October 2019), from its legal context to its operative part.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`) for the communication, the judgment
(`gold_readers.cjeu_judgment`) and the four constitutions' texts (each written once as Markdown
into the source folder through `gold_readers.pantrypoints_page`: without front matter, without
the site's HTML comments and its superscript shortcodes ("{{< s v="2">}}", a paragraph's
number), each article's number made a heading "### Article N"); for the Canadian Act through
sampler 33's `canada_markdown`; and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight
documents were chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS54` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u8400 … u8527, in the
order printed (`FIRST_ID`; `heldout55`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold54.py /tmp/src54
(/tmp/src54 holds the files named below, copied from the repositories listed in the README;
us-paimi-42usc114.md is chunks 18797-18828 of chuncks/title-42, concatenated in order;
ca-victims-bill-of-rights-2015.md and the four constitutions' Markdown files are written there
from ca-victims-bill-of-rights.md and the "-source.md" pages on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout54-v1"
N = 16
FIRST_ID = 8400
SRC = source_folder(__file__)
_md = markdown(SRC)

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SHORTCODE = re.compile(r"\{\{<[^>]*>\}\}\s*")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# India: "**Article 343. Official language of the Union**" and "345. Official language or
# languages of a State.—Subject to …" (the article's title run into its first sentence)
_IN_ARTICLE_BOLD = re.compile(r"^\*\*Article (\d+[A-Z]?)\. (.+?)\*\*$", re.M)
_IN_ARTICLE_RUN = re.compile(r"^(3\d\d[A-Z]?)\. ([^\n—]+?)\.?—\s*", re.M)
# Germany: "### Article 20: title" and "Article 20a" with "[title]" on the next line
_DE_ARTICLE_HEAD = re.compile(r"^### Article (\d+[a-z]?): (.+)$", re.M)
_DE_ARTICLE = re.compile(r"^Article (\d+[a-z]?)\n\[([^\]\n]+)\]$", re.M)
# Brazil: "Article 194.  Social welfare …"; Viet Nam: "### Article 4. title", "### Article 10: title"
_BR_ARTICLE = re.compile(r"^Article (\d+)\.[ \t]*(.*)$", re.M)
_VN_ARTICLE = re.compile(r"^### Article (\d+)[.:] (.+)$", re.M)
_PAGE_NUMBER = re.compile(r"^\d+$\n?", re.M)


def _clean(text: str) -> str:
    return _SHORTCODE.sub("", _HTML_COMMENT.sub("", text))


def _india(text: str) -> str:
    text = _IN_ARTICLE_BOLD.sub(r"### Article \1 - \2", _PAGE_NUMBER.sub("", _clean(text)))
    return _IN_ARTICLE_RUN.sub(r"### Article \1 - \2\n\n", text)


def _germany(text: str) -> str:
    text = _DE_ARTICLE_HEAD.sub(r"### Article \1 - \2", _clean(text))
    return _DE_ARTICLE.sub(r"### Article \1 - \2", text)


def _brazil(text: str) -> str:
    return _BR_ARTICLE.sub(lambda m: f"### Article {m.group(1)}"
                           + (f"\n\n{m.group(2).strip()}" if m.group(2).strip() else ""),
                           _clean(text))


def _viet_nam(text: str) -> str:
    return _VN_ARTICLE.sub(r"### Article \1 - \2", _clean(text))


def brazil_pages() -> list[tuple[str, str]]:
    """Title VIII, Chapters I-II of the Brazilian Constitution: the site's three pages (01a,
    01b, 01c), each without its front matter, joined in order into one source page."""
    joined = SRC / "br-1988-title-08-chapters-01-02-source.md"
    if not joined.exists():
        pages = [_FRONT_MATTER.sub("", (SRC / f"br-1988-title-08-chapter-01{p}-source.md")
                                   .read_text(encoding="utf-8"), count=1) for p in "abc"]
        joined.write_text("\n\n".join(pages), encoding="utf-8")
    return pantrypoints_page(SRC, joined.name, "br-constitution-1988-t8-ch1-2.md",
                             "TITLE VIII — SOCIAL ORDER, CHAPTER I — GENERAL PROVISION, "
                             "CHAPTER II — SOCIAL WELFARE", _brazil)()


def paimi() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 114, one passage per subsection (chunks 18797-18828, concatenated)."""
    return us_code_sections(SRC / "us-paimi-42usc114.md", 42)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS54: dict[str, tuple[Reader, str, str, str]] = {
    "in-constitution-part17": (
        pantrypoints_page(SRC, "in-part-17-source.md", "in-constitution-part17.md",
                          "PART XVII — OFFICIAL LANGUAGE", _india),
        "constitution", "binding", "Republic of India"),
    "de-basic-law-ch2": (
        pantrypoints_page(SRC, "de-chapter-02-source.md", "de-basic-law-ch2.md",
                          "II. THE FEDERATION AND THE LÄNDER", _germany),
        "constitution", "binding", "Federal Republic of Germany"),
    "br-constitution-1988-t8-ch1-2": (brazil_pages, "constitution", "binding",
                                      "Federative Republic of Brazil"),
    "vn-constitution-2013-ch1": (
        pantrypoints_page(SRC, "vn-chapter-1-source.md", "vn-constitution-2013-ch1.md",
                          "CHAPTER I — THE POLITICAL REGIME", _viet_nam),
        "constitution", "binding", "Socialist Republic of Viet Nam"),
    "ca-victims-bill-of-rights-2015": (
        canada_markdown("ca-victims-bill-of-rights.md", "ca-victims-bill-of-rights-2015.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-paimi-42usc114": (paimi, "statute", "binding", "United States Congress"),
    "eu-com-2020-67": (_md("eu-com-2020-67.md"), "communication", "non-binding",
                       "European Commission"),
    "cjeu-c673-17": (cjeu_judgment(SRC, "cjeu-c673-17.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS54.items()}, units34, N)


if __name__ == "__main__":
    main()
