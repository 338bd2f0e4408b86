"""Seeded sample of a forty-eighth held-out half (`heldout48`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout49`; this half takes **no treaty of any
kind**: a treaty body's general comment, national constitutions' chapters and statutes, EU acts
not taken from `statengeneraal/laws-markdown`, and a judgment):

- Human Rights Committee General Comment No. 24 (1994), issues relating to reservations made
  upon ratification or accession to the Covenant or the Optional Protocols thereto, or in
  relation to declarations under article 41 of the Covenant;
- a national constitution's article: the Constitution of the Republic of the Philippines, 1987,
  Article XIII, Social Justice and Human Rights (its Article III is
  tests/data/unseen/docs/ph-constitution-1987-art3.md; this article is in no half);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Five, Land and
  Environment (its Chapter Four is `ke-constitution-2010-ch4` of `heldout31`; this chapter is in
  no half);
- a national statute: Canada's Accessible Canada Act (S.C. 2019, c. 10), consolidated;
- a national statute: 52 U.S.C. ch. 205, National Voter Registration (§§ 20501-20511);
- an EU regulation of the European Parliament and the Council: Regulation (EU) 2022/2554 on
  digital operational resilience for the financial sector (DORA), with its recitals;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2015/1501 on the
  interoperability framework pursuant to Article 12(8) of Regulation (EU) No 910/2014, with its
  recitals and annex;
- a judgment: Court of Justice of the European Union, C-487/21 Österreichische
  Datenschutzbehörde and CRIF (4 May 2023), from its legal context to its operative part.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`) for the EU acts, the judgment and the
two constitutions' texts (each written once as Markdown into the source folder: the Philippine
article without its front matter, its "Section N" lines and its subject lines made headings; the
Kenyan chapter from its TypeScript data file, as sampler 31 wrote Chapter Four), through
`gold_readers`; from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`); for the
Canadian Act through sampler 33's `canada_markdown`; and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight
documents were chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS48` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u7200 … u7327, in the
order printed (`FIRST_ID`; `heldout49`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold48.py /tmp/src48
(/tmp/src48 holds the files named below, copied from the repositories listed in the README;
us-nvra-52usc205.md is chunks 133-170 of chuncks/title-52, concatenated in order;
ca-accessible-canada-2019.md, ph-constitution-1987-art13.md and ke-constitution-2010-ch5.md are
written there from ca-accessible-canada-act.md, ph-1987-article-13-source.md and chapter5.ts on
the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, kenya_markdown, markdown, source_folder,  # noqa: E402
                          treaty_body)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout48-v1"
N = 16
FIRST_ID = 7200
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_PH_SECTION = re.compile(r"^Section (\d+)\.?\s*(.*)$")


def philippine_article() -> list[tuple[str, str]]:
    """Article XIII of the 1987 Philippine Constitution (pantrypoints/sp), written once as
    Markdown without its front matter: each "Section N" (alone on its line or opening its first
    paragraph) made a heading "### Section N", each subject line without final punctuation
    ("Health", "Agrarian and Natural Resources Reform") a heading "## …", so that neither is
    read as a passage."""
    md = SRC / "ph-constitution-1987-art13.md"
    if not md.exists():
        text = _FRONT_MATTER.sub("", (SRC / "ph-1987-article-13-source.md")
                                 .read_text(encoding="utf-8"), count=1)
        out = ["# ARTICLE XIII — SOCIAL JUSTICE AND HUMAN RIGHTS", ""]
        for line in text.splitlines():
            line = line.strip()
            if m := _PH_SECTION.match(line):
                out += [f"### Section {m.group(1)}", ""]
                if m.group(2):
                    out += [m.group(2), ""]
            elif (line and not line.startswith(("#", "(")) and len(line) < 60
                  and not line.endswith((".", ":", ";"))):
                out += [f"## {line}", ""]
            else:
                out += [line] if line else [""]
        md.write_text(re.sub(r"\n{3,}", "\n\n", "\n".join(out)), encoding="utf-8")
    return english(md)


def nvra() -> list[tuple[str, str]]:
    """52 U.S.C. ch. 205, one passage per subsection (chunks 133-170, concatenated)."""
    return us_code_sections(SRC / "us-nvra-52usc205.md", 52)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS48: dict[str, tuple[Reader, str, str, str]] = {
    "ccpr-gc24-1994": (_tb("CCPR_GC24_reservations.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "ph-constitution-1987-art13": (philippine_article, "constitution", "binding",
                                   "Republic of the Philippines"),
    "ke-constitution-2010-ch5": (kenya_markdown(SRC, "chapter5.ts", "ke-constitution-2010-ch5.md",
                                                 "CHAPTER FIVE — LAND AND ENVIRONMENT"),
                                 "constitution", "binding", "Republic of Kenya"),
    "ca-accessible-canada-2019": (
        canada_markdown("ca-accessible-canada-act.md", "ca-accessible-canada-2019.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-nvra-52usc205": (nvra, "statute", "binding", "United States Congress"),
    "eu-reg-2022-2554": (_md("eu-reg-2022-2554.md"), "regulation", "binding",
                         "European Parliament and Council of the European Union"),
    "eu-impl-reg-2015-1501": (_md("eu-impl-reg-2015-1501.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c487-21": (cjeu_judgment(SRC, "cjeu-c487-21.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS48.items()}, units34, N)


if __name__ == "__main__":
    main()
