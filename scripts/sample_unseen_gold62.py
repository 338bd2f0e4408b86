"""Seeded sample of a sixty-second held-out half (`heldout62`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout63`; this half takes **no treaty of any
kind**: two national statutes, four national constitutions' chapters or parts, a municipal by-law
and a Commission delegated regulation):

- a national statute: the Canada Health Act (R.S.C. 1985, c. C-6), consolidated;
- a national statute: Title VII of the Civil Rights Act of 1964 as codified in 42 U.S.C. ch. 21,
  subch. VI, Equal Employment Opportunities (§§ 2000e-2000e-17);
- a national constitution's chapter: the Constitution of Zimbabwe, 2013, Chapter 2, National
  Objectives (sections 8-34);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Fourteen, National
  Security (Articles 238-247);
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Three, Citizenship (articles 9-19);
- a national constitution's part: the Constitution of India, Part IX, The Panchayats (Articles
  243-243O);
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), By-law relating to the
  Prevention of Public Nuisances and Public Nuisances arising from the Keeping of Animals, 2009,
  in Laws.Africa's Akoma Ntoso HTML;
- a Commission delegated regulation: Commission Delegated Regulation (EU) 2018/389, regulatory
  technical standards for strong customer authentication and common and secure open standards of
  communication, with its recitals.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`): the Canadian Act through sampler 33's
`canada_markdown`; the US Code chunks concatenated in order, their first subsections made
headings (`sample_unseen_gold4.first_subsections`), one passage per subsection
(`sample_unseen_gold4.us_code_text_sections` with the letter-and-dash section pattern); the
Zimbabwean chapter's Dart data through `zimbabwe_markdown62` (sampler 32's reader with the
chapter's own heading); the Kenyan chapter's TypeScript data through `gold_readers.kenya_markdown`;
the Indian Part through `gold_readers.pantrypoints_page` with `_india62` (its article lines made
headings); the Ugandan chapter and the EU regulation as the repositories print them; the by-law's
Akoma Ntoso HTML through sampler 56's `openbylaws_page`. Units are cut by sampler 34's `units34`;
N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The eight documents were chosen before the draw was printed; nothing
was cut from them.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS62` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u10000 …
u10127, in the order printed (`FIRST_ID`; `heldout63`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold62.py /tmp/src62
(/tmp/src62 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english, first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _clean  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402

SEED = "issue14-heldout62-v1"
N = 16
FIRST_ID = 10000
SRC = source_folder(__file__)
_md = markdown(SRC)

# Zimbabwe (thanatoscries/conapp_claude, lib/content/chapter2.dart): entries of a title
# "NN\tTitle" (the last one behind a template's "4 National ") and a text
_DART_ITEM = re.compile(r"'title':\s*(?:'''(.*?)'''|'([^']*)'),\s*'route':\s*'[^']*',\s*"
                        r"'content':\s*'''(.*?)'''", re.S)
_ZW_SECTION = re.compile(r"(\d{1,2})\s+([A-Z][^\d]*)$")
# India: "**Article 243. Definitions**", "243A. Gram Sabha" on a line of its own, and
# "243C. Composition of Panchayats.—(1) Subject to …" run into its text
_IN_ARTICLE_BOLD = re.compile(r"^\*\*Article (243[A-Z]?)\. (.+?)\*\*$", re.M)
_IN_ARTICLE_RUN = re.compile(r"^(?:Article )?(243(?:-?[A-Z])?)\. ([^\n—]+?)\.?—\s*", re.M)
_IN_ARTICLE_LINE = re.compile(r"^(243[A-Z]?)\. ([^\n—.]+)$", re.M)
_PAGE_NUMBER = re.compile(r"^\d+$\n?", re.M)


def zimbabwe_markdown62(dart_name: str, md_name: str, title: str) -> Reader:
    """Sampler 32's reader of a Zimbabwean chapter, with the chapter's own heading: its Dart data
    file (sections with a title "NN\\tTitle" and the text) written out once as Markdown in the
    source folder, then read as the treaties are. The last entry's title carries a template's
    "4 National " before the section's number; the number and title are read after it."""
    def read() -> list[tuple[str, str]]:
        md = SRC / md_name
        if not md.exists():
            out = [f"# {title}", ""]
            for m in _DART_ITEM.finditer((SRC / dart_name).read_text(encoding="utf-8")):
                head = (m.group(1) or m.group(2)).replace("\t", " ").strip()
                sec = _ZW_SECTION.search(head)
                out += [f"### Section {sec.group(1)} - {sec.group(2).strip()}", ""]
                for line in m.group(3).strip().split("\n"):
                    if line.strip():
                        out += [re.sub(r"\s+", " ", line.replace("\t", " ")).strip(), ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


def _india62(text: str) -> str:
    text = _IN_ARTICLE_BOLD.sub(r"### Article \1 - \2", _PAGE_NUMBER.sub("", _clean(text)))
    text = _IN_ARTICLE_RUN.sub(r"### Article \1 - \2\n\n", text)
    return _IN_ARTICLE_LINE.sub(r"### Article \1 - \2", text)


def title_vii() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 21 subch. VI, one passage per subsection (chunks 10633-10715,
    concatenated); section numbers carry a dash and a letter ("§ 2000e–16a.")."""
    text = first_subsections((SRC / "us-title-vii-42usc2000e.md").read_text(encoding="utf-8"))
    return us_code_text_sections(text, 42, section=r"\d+[a-z]?(?:–\d+[a-z]?)?")


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS62: dict[str, tuple[Reader, str, str, str]] = {
    "ca-canada-health-act-1985": (
        canada_markdown("ca-canada-health-act-source.md", "ca-canada-health-act-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-title-vii-42usc2000e": (title_vii, "statute", "binding", "United States Congress"),
    "zw-constitution-2013-ch2": (
        zimbabwe_markdown62("chapter2.dart", "zw-constitution-2013-ch2.md",
                            "CHAPTER 2 — NATIONAL OBJECTIVES"),
        "constitution", "binding", "Republic of Zimbabwe"),
    "ke-constitution-2010-ch14": (
        kenya_markdown(SRC, "chapter14.ts", "ke-constitution-2010-ch14.md",
                       "CHAPTER FOURTEEN — NATIONAL SECURITY"),
        "constitution", "binding", "Republic of Kenya"),
    "ug-constitution-1995-ch3": (_md("ug-constitution-1995-ch3.md"), "constitution", "binding",
                                 "Republic of Uganda"),
    "in-constitution-part9": (
        pantrypoints_page(SRC, "in-part-09-source.md", "in-constitution-part9.md",
                          "PART IX — THE PANCHAYATS", _india62),
        "constitution", "binding", "Republic of India"),
    "za-bergrivier-public-nuisances-by-law-2009": (
        openbylaws_page("za-wc013-public-nuisances-by-law-2009-source.md",
                        "za-bergrivier-public-nuisances-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to the Prevention of Public "
                        "Nuisances and Public Nuisances arising from the Keeping of Animals"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-del-reg-2018-389": (_md("eu-del-reg-2018-389.md"), "regulation", "binding",
                            "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS62.items()}, units34, N)


if __name__ == "__main__":
    main()
