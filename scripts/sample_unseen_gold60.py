"""Seeded sample of a sixtieth held-out half (`heldout60`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout61`; this half takes **no treaty of any
kind**: two national statutes, four national constitutions' chapters, a municipal by-law and a
Commission implementing regulation):

- a national statute: the Official Languages Act (R.S.C. 1985, c. 31 (4th Supp.)) of Canada,
  consolidated;
- a national statute: the Voting Rights Act as codified in 52 U.S.C. ch. 103, Enforcement of
  Voting Rights (§§ 10301-10314);
- a national constitution's chapter: the Constitution of Malta, 1964, Chapter IX, Finance;
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Five, Representation of the People;
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Thirteen, The
  Public Service;
- a national constitution's chapter: the Constitution of the Federal Republic of Nigeria, 1999,
  Chapter VII, The Judicature;
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), By-law relating to
  Informal Trading, 2009, in Laws.Africa's Akoma Ntoso HTML;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/2530 on
  requirements for qualified trust service providers, with its recitals.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`): the Canadian Act through sampler 33's
`canada_markdown`; the US Code chunks concatenated in order, their first subsections printed as
"###### (a) text" made headings (`sample_unseen_gold4.first_subsections`), one passage per
subsection (sampler 58's `us_code_text_sections58`); the Kenyan chapter through
`gold_readers.kenya_markdown`; the Maltese, Ugandan and Nigerian chapters and the EU regulation as
the repositories print them; the by-law's Akoma Ntoso HTML through sampler 56's
`openbylaws_page`. Units are cut by sampler 34's `units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen
before the draw was printed; nothing was cut from them.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS60` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u9600 … u9727,
in the order printed (`FIRST_ID`; `heldout61`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold60.py /tmp/src60
(/tmp/src60 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import first_subsections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold58 import us_code_text_sections58  # noqa: E402

SEED = "issue14-heldout60-v1"
N = 16
FIRST_ID = 9600
SRC = source_folder(__file__)
_md = markdown(SRC)


def voting_rights() -> list[tuple[str, str]]:
    """52 U.S.C. ch. 103, one passage per subsection (chunks 9-50, concatenated)."""
    text = first_subsections((SRC / "us-vra-52usc103.md").read_text(encoding="utf-8"))
    return us_code_text_sections58(text, 52)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS60: dict[str, tuple[Reader, str, str, str]] = {
    "ca-official-languages-act-1985": (
        canada_markdown("ca-official-languages-act-source.md",
                        "ca-official-languages-act-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-vra-52usc103": (voting_rights, "statute", "binding", "United States Congress"),
    "mt-constitution-1964-ch9": (_md("mt-constitution-1964-ch9.md"), "constitution", "binding",
                                 "Republic of Malta"),
    "ug-constitution-1995-ch5": (_md("ug-constitution-1995-ch5.md"), "constitution", "binding",
                                 "Republic of Uganda"),
    "ke-constitution-2010-ch13": (
        kenya_markdown(SRC, "chapter13.ts", "ke-constitution-2010-ch13.md",
                       "CHAPTER THIRTEEN — THE PUBLIC SERVICE"),
        "constitution", "binding", "Republic of Kenya"),
    "ng-constitution-1999-ch7": (_md("ng-constitution-1999-ch7.md"), "constitution", "binding",
                                 "Federal Republic of Nigeria"),
    "za-bergrivier-informal-trading-by-law-2009": (
        openbylaws_page("za-wc013-informal-trading-by-law-2009-source.md",
                        "za-bergrivier-informal-trading-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Informal Trading"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-impl-reg-2025-2530": (_md("eu-impl-reg-2025-2530.md"), "regulation", "binding",
                              "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS60.items()}, units34, N)


if __name__ == "__main__":
    main()
