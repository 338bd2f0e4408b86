"""Seeded sample of a fifty-second held-out half (`heldout52`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout53`; this half takes **no treaty of any
kind**: national constitutions' chapters and statutes, an EU directive and a Commission
implementing regulation not taken from `statengeneraal/laws-markdown`, and a judgment):

- a national constitution's chapter: the Constitution of the People's Republic of China, 1982
  (as amended in 2018), Chapter II, Fundamental Rights and Obligations of Citizens (Articles
  33-56);
- a national constitution's chapters: the Constitution of the Republic of Indonesia, 1945 (as
  amended), Chapter X, Citizens and Residents, Chapter XA, Human Rights, and Chapter XI, Religion
  (Articles 26-29), printed on one page;
- a national constitution's chapter: the Constitution of the Federative Republic of Brazil, 1988,
  Title VIII (Social Order), Chapter VII, Family, Children, Adolescents and the Elderly (Articles
  226-230; its Title II and Title VIII Chapter III are `br-constitution-1988-t2` and
  `br-constitution-1988-t8-ch3`);
- a national statute: Canada's Indigenous Languages Act (S.C. 2019, c. 23), consolidated;
- a national statute: 20 U.S.C. §§ 1232g-1232h (Family educational and privacy rights; Protection
  of pupil rights);
- an EU directive: Directive (EU) 2015/2366 of the European Parliament and of the Council on
  payment services in the internal market (PSD2), with its recitals and annexes (the list of
  payment services and the correlation table);
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2024/2979 on the
  integrity and core functionalities of European Digital Identity Wallets, with its recitals and
  annexes;
- a judgment: Court of Justice of the European Union, C-579/21 Pankki S (22 June 2023), from its
  legal context to its operative part.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`) for the two EU acts, the judgment and the
three constitutions' texts (each written once as Markdown into the source folder: the three
pantrypoints pages without their front matter and without the site's HTML comments ("<!-- Rights
of children -->"), their "Article N" lines (bare, run into the article's first sentence, or
"Article N." before it) made headings "### Article N"), through `gold_readers`; for the Canadian
Act through sampler 33's `canada_markdown`; and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight
documents were chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS52` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u8000 … u8127, in the
order printed (`FIRST_ID`; `heldout53`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold52.py /tmp/src52
(/tmp/src52 holds the files named below, copied from the repositories listed in the README;
us-ferpa-ppra-20usc1232g.md is chunks 2380-2398 of chuncks/title-20, concatenated in order;
ca-indigenous-languages-2019.md, cn-constitution-1982-ch2.md, id-constitution-1945-ch10-11.md and
br-constitution-1988-t8-ch7.md are written there from ca-indigenous-languages-act.md and the three
"-source.md" pages on the first run.)
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

SEED = "issue14-heldout52-v1"
N = 16
FIRST_ID = 8000
SRC = source_folder(__file__)
_md = markdown(SRC)

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# "Article 34" alone on a line, "### Article 28C Human dignity", "Article 48 Women in …" and
# "Article 226. The family …": the article's number becomes a heading, its text a paragraph
_ARTICLE = re.compile(r"^(?:#+\s*)?Article (\d+[A-J]?)\b\.?[ \t]*(.*)$", re.M)


def _articles(text: str) -> str:
    def head(m: re.Match) -> str:
        rest = m.group(2).strip()
        # a heading's own title ("Human dignity") stays in the heading; a sentence is text
        if rest and (rest.endswith((".", ",", ";", ":")) or len(rest.split()) > 4):
            return f"### Article {m.group(1)}\n\n{rest}"
        return f"### Article {m.group(1)}" + (f" - {rest}" if rest else "")
    return _ARTICLE.sub(head, text)


def _page(text: str) -> str:
    """A page without its HTML comments, its articles made headings."""
    return _articles(_HTML_COMMENT.sub("", text))


def ferpa() -> list[tuple[str, str]]:
    """20 U.S.C. §§ 1232g-1232h, one passage per subsection (chunks 2380-2398, concatenated)."""
    return us_code_sections(SRC / "us-ferpa-ppra-20usc1232g.md", 20)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS52: dict[str, tuple[Reader, str, str, str]] = {
    "cn-constitution-1982-ch2": (
        pantrypoints_page(SRC, "cn-chapter-2-source.md", "cn-constitution-1982-ch2.md",
                          "CHAPTER II — FUNDAMENTAL RIGHTS AND OBLIGATIONS OF CITIZENS", _page),
        "constitution", "binding", "People's Republic of China"),
    "id-constitution-1945-ch10-11": (
        pantrypoints_page(SRC, "id-chapter-10-source.md", "id-constitution-1945-ch10-11.md",
                          "CHAPTER X — CITIZENS AND RESIDENTS", _page),
        "constitution", "binding", "Republic of Indonesia"),
    "br-constitution-1988-t8-ch7": (
        pantrypoints_page(SRC, "br-1988-title-08-chapter-07-source.md",
                          "br-constitution-1988-t8-ch7.md",
                          "TITLE VIII — SOCIAL ORDER, CHAPTER VII — FAMILY, CHILDREN, "
                          "ADOLESCENTS AND THE ELDERLY", _page),
        "constitution", "binding", "Federative Republic of Brazil"),
    "ca-indigenous-languages-2019": (
        canada_markdown("ca-indigenous-languages-act.md", "ca-indigenous-languages-2019.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-ferpa-20usc1232g": (ferpa, "statute", "binding", "United States Congress"),
    "eu-dir-2015-2366": (_md("eu-dir-2015-2366.md"), "directive", "binding",
                         "European Parliament and Council of the European Union"),
    "eu-impl-reg-2024-2979": (_md("eu-impl-reg-2024-2979.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c579-21": (cjeu_judgment(SRC, "cjeu-c579-21.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS52.items()}, units34, N)


if __name__ == "__main__":
    main()
