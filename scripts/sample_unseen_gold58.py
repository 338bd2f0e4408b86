"""Seeded sample of a fifty-eighth held-out half (`heldout58`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout59`; this half takes **no treaty of any
kind**: two national statutes, four national constitutions' parts, a municipal by-law and a
Commission implementing regulation):

- a national statute: the Canadian Human Rights Act (R.S.C. 1985, c. H-6), consolidated;
- a national statute: the Civil Rights of Institutionalized Persons Act, 42 U.S.C. ch. 21,
  subch. I-A (§§ 1997-1997j);
- a national constitution's chapter: the Basic Law for the Federal Republic of Germany, Chapter
  VIII, The Execution of Federal Laws and the Federal Administration (Articles 83-91);
- a national constitution's part: the Constitution of India, Part XVI, Special Provisions
  relating to certain Classes (Articles 330-342A);
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Fifteen, Land and Environment (articles 237-245);
- a national constitution's chapter: the Constitution of the Federal Republic of Nigeria, 1999,
  Chapter I, General Provisions (ss. 1-12);
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), By-law relating to
  Public Amenities, 2009, in Laws.Africa's Akoma Ntoso HTML;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/846 of
  6 May 2025 on cross-border identity matching of natural persons, with its recitals.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`): the Canadian Act through sampler 33's
`canada_markdown`; the US Code chunks concatenated in order, their first subsections printed as
"###### (a) text" made headings (`sample_unseen_gold4.first_subsections`), one passage per
subsection (`us_code_text_sections58`, which reads section numbers such as "§ 1997a–1."); the German and Indian pages of pantrypoints/sp through
`gold_readers.pantrypoints_page`, their article lines made headings (sampler 54's cleaning, with
the German title line allowed after a blank line and the Indian "Article 330. title" lines made
headings too); the Ugandan and Nigerian chapters and the EU regulation as the repositories print
them; the by-law's Akoma Ntoso HTML through sampler 56's `openbylaws_page`. Units are cut by
sampler 34's `units34`; N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The eight documents were chosen before the draw was printed; nothing
was cut from them.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS58` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u9200 … u9327,
in the order printed (`FIRST_ID`; `heldout59`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold58.py /tmp/src58
(/tmp/src58 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _clean, _india  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402

SEED = "issue14-heldout58-v1"
N = 16
FIRST_ID = 9200
SRC = source_folder(__file__)
_md = markdown(SRC)

# Germany: "Article 83" with "[title]" on the next line, or after a blank line
_DE_ARTICLE58 = re.compile(r"^Article (\d+[a-z]?)\n\n?\[([^\]\n]+)\]$", re.M)
# India: "Article 330. Reservation of seats …" (a title line without the bold of Part XVII)
_IN_ARTICLE_LINE = re.compile(r"^Article (\d+[A-Z]?)\. (.+)$", re.M)


def _germany58(text: str) -> str:
    return _DE_ARTICLE58.sub(r"### Article \1 - \2", _clean(text))


def _india58(text: str) -> str:
    return _india(_IN_ARTICLE_LINE.sub(r"### Article \1 - \2", text))


def us_code_text_sections58(text: str, title: int) -> list[tuple[str, str]]:
    """`sample_unseen_gold4.us_code_text_sections`, reading section numbers that carry a letter
    and a dash ("§ 1997a–1."): its default pattern reads only "§ 1997.", so every later section
    of the subchapter kept the locator "§ 1997" and the cutter gave their passages the lead-in of the
    definitions section as a chapeau (seen in the first draw, before any unit was labelled)."""
    return us_code_text_sections(text, title, section=r"\d+[a-z]?(?:–\d+)?")


def cripa() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 21 subch. I-A, one passage per subsection (chunks 10563-10588,
    concatenated)."""
    text = first_subsections((SRC / "us-cripa-42usc1997.md").read_text(encoding="utf-8"))
    return us_code_text_sections58(text, 42)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS58: dict[str, tuple[Reader, str, str, str]] = {
    "ca-human-rights-act-1985": (
        canada_markdown("ca-human-rights-act-source.md", "ca-human-rights-act-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-cripa-42usc1997": (cripa, "statute", "binding", "United States Congress"),
    "de-basic-law-ch8": (
        pantrypoints_page(SRC, "de-chapter-08-source.md", "de-basic-law-ch8.md",
                          "VIII. THE EXECUTION OF FEDERAL LAWS AND THE FEDERAL ADMINISTRATION",
                          _germany58),
        "constitution", "binding", "Federal Republic of Germany"),
    "in-constitution-part16": (
        pantrypoints_page(SRC, "in-part-16-source.md", "in-constitution-part16.md",
                          "PART XVI — SPECIAL PROVISIONS RELATING TO CERTAIN CLASSES", _india58),
        "constitution", "binding", "Republic of India"),
    "ug-constitution-1995-ch15": (_md("ug-constitution-1995-ch15.md"), "constitution", "binding",
                                  "Republic of Uganda"),
    "ng-constitution-1999-ch1": (_md("ng-constitution-1999-ch1.md"), "constitution", "binding",
                                 "Federal Republic of Nigeria"),
    "za-bergrivier-public-amenities-by-law-2009": (
        openbylaws_page("za-wc013-public-amenities-by-law-2009-source.md",
                        "za-bergrivier-public-amenities-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Public Amenities"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-impl-reg-2025-846": (_md("eu-impl-reg-2025-846.md"), "regulation", "binding",
                             "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS58.items()}, units34, N)


if __name__ == "__main__":
    main()
