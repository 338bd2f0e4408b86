"""Seeded sample of a hundred-and-fortieth held-out half (`heldout140`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout139`
(treaty bodies' views and decisions); the documents were claimed in the session's shared list of
claims before the draw, so that no two halves take the same one. This half takes **judgments of
courts only** (no treaty, statute, EU act, treaty-body text or soft law), of eight courts. Within
each repository's pool of unused judgments the document was picked with
random.Random("issue14-heldout140-docs-v1"), not for its text:

- a judgment of the Court of Justice of the European Union: A v Patērētāju tiesību aizsardzības
  centrs, C-507/23 (4 October 2024; Article 82 GDPR, compensation for non-material damage by an
  apology), as mnov88/gdpred holds it, from its legal context to its operative part
  (`gold_readers.cjeu_judgment`), without the footnote on the language of the case (sampler
  125's `_without_language_note`);
- a judgment of the Supreme Court of the United Kingdom: Sharp Corp Ltd v Viterra BV [2024] UKSC
  14 (8 May 2024), the judgment's body as The National Archives publish it (sampler 34's
  `judgment_markdown`, the header with court, parties and counsel left out), from
  nationalarchives/tna-judgments-parser's test data;
- a judgment of the Judicial Committee of the Privy Council: Sheikh Mohamed Ali Alhamrani and
  others v Sheikh Abdullah Ali Alhamrani [2014] UKPC 37 (10 November 2014), the same way;
- a judgment of the Court of Appeal of England and Wales: R (Public and Commercial Services
  Union) v Secretary of State for the Home Department [2022] EWCA Civ 840 (13 June 2022), the
  same way;
- a judgment of the Court of Protection: Sunderland City Council v Lioubov Macpherson [2023]
  EWCOP 3 (20 January 2023), the same way;
- a judgment of the Court of Appeal of Singapore: NTUC Foodfare Co-operative Ltd v SIA
  Engineering Co Ltd and another [2018] SGCA 56 (5 September 2018; costs after an offer to
  settle), whole as opendocsg/slw-judgments-backfill holds it (its header of case number, date,
  court, coram and counsel included, as samplers 92 and 106 read that repository);
- a judgment of the High Court of Singapore: Nippon Paint (Singapore) Co Pte Ltd v ICI Paint
  (Singapore) Pte Ltd [2000] SGHC 218 (31 October 2000; passing off), whole, the same way;
- a judgment of the High Court of South Africa, Gauteng Local Division, Johannesburg: S v
  Vincenzo Pietropaolo (case SS076/2018, 2 November 2020; a criminal trial's judgment on the
  merits, as transcribed), from laws-africa/peachjam's fixture `zagpjhc_judgment.docx`: its
  paragraphs from "J U D G M E N T" up to the last finding ("Consequently he is found GUILTY AS
  CHARGED."), written out once as Markdown by `_docx` below (the cover page's reportability
  form, signature lines and parties before it and the judge's signature block after it left
  out; the Word symbol bullet U+F0B7 written as a Markdown list dash).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share; one reader was added here, not in `gold_readers`: `_docx`. Units are cut by
`sample_unseen_gold34.units34`; N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the
draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS140` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u24448 … u24575, in the
order printed (FIRST_ID 24448, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold140.py /tmp/src140
(/tmp/src140 holds the files named below, copied from the repositories listed in the half's
section of the README; the sampler writes the `.md` files the readers name from their sources on
its first run.)
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, cjeu_judgment, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold125 import _without_language_note  # noqa: E402

SEED = "issue14-heldout140-v1"
N = 16
FIRST_ID = 24448
SRC = source_folder(__file__)
_md = markdown(SRC)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(source: str, name: str, title: str, start: str, end: str) -> Reader:
    """A Word judgment in `src` written out once as Markdown: its non-empty paragraphs (the text
    of their runs) from the first that starts with `start` to the last that starts with `end`,
    one paragraph a block, under a title heading; a paragraph led by the Word symbol bullet
    U+F0B7 is written as a list item. Then read as the other files are (`english`)."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            root = ET.fromstring(zipfile.ZipFile(SRC / source).read("word/document.xml"))
            ps = ["".join(t.text or "" for t in p.iter(f"{_W}t")).strip()
                  for p in root.iter(f"{_W}p")]
            ps = [p for p in ps if p]
            first = next(i for i, p in enumerate(ps) if p.startswith(start))
            last = max(i for i, p in enumerate(ps) if p.startswith(end))
            out = [f"# {title}"]
            for p in ps[first:last + 1]:
                out.append("- " + p[1:].strip() if p.startswith("\uf0b7") else p)
            md.write_text("\n\n".join(out) + "\n", encoding="utf-8")
        return english(md)
    return read


def _tna(xml: str, md: str, title: str) -> Reader:
    return judgment_markdown(xml, md, title, src=SRC)


def _span(start: str, end: str, read: Reader) -> Reader:
    """The passages from the first whose text starts with `start` to the last whose text starts
    with `end`: what a file prints before and after the judgment (a copyright line, a
    transcriber's certificate and address) is left out."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        first = next(i for i, (_, t) in enumerate(paras) if t.startswith(start))
        last = max(i for i, (_, t) in enumerate(paras) if t.startswith(end))
        return paras[first:last + 1]
    return cut


def _without(texts: tuple[str, ...], read: Reader) -> Reader:
    """The passages without those whose text starts with one of `texts`: the CJEU repository's
    note on the language of the case ("*Language of the case: Latvian."), which neither
    `cjeu_judgment`'s filter nor sampler 125's catches in this form, and opendocsg's link line
    ("Source: link") after a Singapore judgment's endnotes, with the copyright line of the Government
    of Singapore printed before it in one of them ("C opyright © …")."""
    return lambda: [(loc, t) for loc, t in read() if not t.startswith(texts)]


# cuts, fixed before the draw: the CJEU judgment from its legal context to its operative part
# without its note on the language of the case; the four judgments of The National Archives their
# body (the header left out by the reader), the Privy Council's without the Appendix printed after
# its last paragraph (the dates of the Saudi instruments, `before("Appendix")`) and the Court of
# Appeal's from "LORD JUSTICE SINGH:" to its paragraph 100 (the "Crown Copyright©" line before it
# and the transcriber's certificate and address after it left out); the two Singapore judgments
# whole as the repository holds them but its "Source: link" line (and the Government of
# Singapore's copyright line before it in the High Court's); the South African judgment from
# "J U D G M E N T" to its last finding.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS140: dict[str, tuple[Reader, str, str, str]] = {
    "cjeu-c507-23": (_without(("*Language of the case",), _without_language_note(
        cjeu_judgment(SRC, "cjeu-c507-23.md"))), "judgment", "binding",
        "Court of Justice of the European Union"),
    "uksc-2024-14": (_tna("tna-test82.xml", "uksc-2024-14.md",
                          "Sharp Corp Ltd v Viterra BV [2024] UKSC 14"),
                     "judgment", "binding", "Supreme Court of the United Kingdom"),
    "ukpc-2014-37": (before("Appendix", _tna("tna-test7.xml", "ukpc-2014-37.md",
                          "Sheikh Mohamed Ali Alhamrani and others v Sheikh Abdullah Ali "
                          "Alhamrani [2014] UKPC 37")),
                     "judgment", "binding", "Judicial Committee of the Privy Council"),
    "ewca-civ-2022-840": (_span("LORD JUSTICE SINGH:", "100. For the reasons we have given",
                                _tna("tna-test32.xml", "ewca-civ-2022-840.md",
                                     "R (Public and Commercial Services Union) v Secretary of "
                                     "State for the Home Department [2022] EWCA Civ 840")),
                          "judgment", "binding", "Court of Appeal of England and Wales"),
    "ewcop-2023-3": (_tna("tna-test53.xml", "ewcop-2023-3.md",
                          "Sunderland City Council v Lioubov Macpherson [2023] EWCOP 3"),
                     "judgment", "binding", "Court of Protection"),
    "sgca-2018-56": (_without(("Source: link",), _md("sgca-2018-56.md")), "judgment", "binding",
                     "Court of Appeal of Singapore"),
    "sghc-2000-218": (_without(("Source: link", "C opyright ©"), _md("sghc-2000-218.md")), "judgment",
                      "binding", "High Court of Singapore"),
    "zagpjhc-2020-ss076-18": (
        _docx("za-gauteng.docx", "zagpjhc-2020-ss076-18.md",
              "S v Vincenzo Pietropaolo (SS076/2018), High Court of South Africa, Gauteng Local "
              "Division, Johannesburg", "J U D G M E N T",
              "Consequently he is found GUILTY AS CHARGED"),
        "judgment", "binding", "High Court of South Africa, Gauteng Local Division"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS140.items()}, units34, N)


if __name__ == "__main__":
    main()
