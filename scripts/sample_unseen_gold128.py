"""Seeded sample of a hundred-and-twenty-eighth held-out half (`heldout128`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 38 in
parallel with other helpers' halves; the documents were claimed in the session's shared list of
claims before the draw, so that no two halves take the same one. This half takes **non-binding
declarations only** (manifest type `declaration`, legal force `non-binding`), of eight issuers:

- a declaration of rights of the UN General Assembly: the Declaration on the Rights of Mentally
  Retarded Persons (resolution 2856 (XXVI), 20 December 1971; the instrument's own title, in the
  terms of its time), whole as mediaprophet/Webizen-Charter's file holds it (sampler 68's
  `webizen_n3`); the Declaration on the Granting of Independence to Colonial Countries and
  Peoples (1960), first claimed, was withdrawn before the draw: the same repository's file
  runs its seven operative paragraphs together in one node after eleven preambular ones, so
  that its preamble would have been most of its draw;
- a ministerial declaration of guiding principles: the Declaration on Atlantic Cooperation
  (Ministerial for Atlantic Cooperation, New York, 18 September 2023), its paragraphs 1-14
  alone: the White House's note before it ("The text of the following declaration was released
  by the Governments of …") and its annexed Plan of Action left out;
- a trilateral summit's statement of principles: the Camp David Principles (Japan, the Republic
  of Korea and the United States, 18 August 2023), whole;
- a summit declaration: the G20 Bali Leaders' Declaration (15-16 November 2022), its
  paragraphs 1-52, the footnote printed after them left out;
- a regional partnership's declaration: the Joint Declaration on the Americas Partnership for
  Economic Prosperity (the leaders of the partnership's governments, 27 January 2023), whole;
- a bilateral joint declaration: the Jerusalem U.S.-Israel Strategic Partnership Joint
  Declaration (14 July 2022), without its signature clause ("Signed at Jerusalem …") and the
  two signatures after it;
- a regional economic forum's declaration: the 2023 APEC Leaders' Golden Gate Declaration (San
  Francisco, 17 November 2023), without the list of its annex (a link) and the "See Also" link
  printed after it;
- a regional summit's declaration: the Wilmington Declaration, Joint Statement from the Leaders
  of Australia, India, Japan, and the United States (Quad Leaders' Summit, 21 September 2024),
  whole.

Two declarations first claimed, the Declaration of North America (10th North American
Leaders' Summit, 10 January 2023) and the Declaration on U.S.-Pacific Partnership (29 September
2022), were withdrawn before the draw: written under their titles, the reader located their
first sections' operative paragraphs ("we will promote …", "we commit to …") as a preamble
(17 of 51 and 32 of 88 units), so that their commitments would have been recorded as preamble.

The seven last are pages of brian14708/wh-briefings (the White House briefing room as scraped
into Markdown, one file per page, with a front matter): each is written once as Markdown without
its front matter, its cut applied by the text (`_wh_page`), the page's closing mark ("\\###")
left out, each line's leading blanks dropped (sampler 114's `_dedent`) and its section heads
set wholly in bold made Markdown headings (`_bold_heads`), under the heading of its title, then read as the treaties are (`sample_unseen_gold4.english`, through
`gold_readers.pantrypoints_page`). The files' words are not changed otherwise.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage). Units are cut by `sample_unseen_gold34.units34`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS128` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22912 … u23039, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold128.py /tmp/src128
(/tmp/src128 holds the files named below: the `.n3` file from mediaprophet/Webizen-Charter at
commit 47ca66f8010a43f4f61d2608c59bf7ab77cb9f37 (`un-instruments/`), and the seven pages from
brian14708/wh-briefings at commit 737ca03a271adc205c67766074ec8d0070f7ad95
(`statements-releases/<year>-<month>/<file>`), as listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import pantrypoints_page, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold114 import _dedent  # noqa: E402

SEED = "issue14-heldout128-v1"
N = 16
FIRST_ID = 22912
SRC = source_folder(__file__)


def _wh_page(source: str, name: str, title: str, start: str | None = None,
             end: str | None = None) -> Reader:
    """A page of brian14708/wh-briefings, written once as `name` under the heading `title`:
    without its front matter, from the first line that starts with `start` (else from the top)
    up to the first line after it that starts with `end` (left out; else up to the page's
    closing mark "\\###", also left out), each line's leading blanks dropped."""
    def clean(text: str) -> str:
        lines = _dedent(text).splitlines()
        i = next(k for k, l in enumerate(lines) if l.startswith(start)) if start else 0
        stop = end or "\\###"
        j = next((k for k in range(i + 1, len(lines)) if lines[k].startswith(stop)), len(lines))
        if end:
            j = min(j, next((k for k in range(i + 1, len(lines))
                             if lines[k].startswith("\\###")), len(lines)))
        return _bold_heads("\n".join(lines[i:j]).strip()) + "\n"
    return pantrypoints_page(SRC, source, name, title, clean)


def _bold_heads(text: str) -> str:
    """The page's section heads, paragraphs set wholly in bold ("**Migration and
    Development**", "**Fourth**, **we** **are committed to …**", "**<u>Cyber</u>**"), made
    Markdown headings ("## …", without the asterisks and underline tags), so that the reader
    sees the declaration's sections (without them it locates the first sections' operative
    paragraphs as a preamble); a "**" left alone on the line before a head is joined to it."""
    text = re.sub(r"\n\*\*[ \t]*\n(?=\S)", "\n\n**", text)
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        b = block.strip()
        inner = re.sub(r"</?u>", "", b).replace("*", "").strip()
        if b.startswith("**") and b.endswith("**") and inner and len(inner) <= 200:
            out.append("## " + " ".join(inner.split()))
        else:
            out.append(block)
    return "\n\n".join(out)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS128: dict[str, tuple[Reader, str, str, str]] = {
    "un-mentally-retarded-persons-declaration-1971": (
        webizen_n3("declaration-rights-mentally-retarded-persons.n3",
                   "un-mentally-retarded-persons-declaration-1971.md",
                   "Declaration on the Rights of Mentally Retarded Persons", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "atlantic-cooperation-declaration-2023": (
        _wh_page("2023-09-18-declaration-on-atlantic-cooperation.md",
                 "atlantic-cooperation-declaration-2023.md", "Declaration on Atlantic Cooperation",
                 start="**Declaration on Atlantic Cooperation**", end="**Annex:"),
        "declaration", "non-binding", "Ministerial for Atlantic Cooperation"),
    "camp-david-principles-2023": (
        _wh_page("2023-08-18-camp-david-principles.md", "camp-david-principles-2023.md",
                 "Camp David Principles"),
        "declaration", "non-binding", "Japan; Republic of Korea; United States"),
    "g20-bali-leaders-declaration-2022": (
        _wh_page("2022-11-16-g20-bali-leaders-declaration.md",
                 "g20-bali-leaders-declaration-2022.md", "G20 Bali Leaders' Declaration",
                 end="—–"),
        "declaration", "non-binding", "G20"),
    "apep-joint-declaration-2023": (
        _wh_page("2023-01-27-joint-declaration-on-the-americas-partnership-for-economic-"
                 "prosperity.md", "apep-joint-declaration-2023.md",
                 "Joint Declaration on the Americas Partnership for Economic Prosperity"),
        "declaration", "non-binding", "Americas Partnership for Economic Prosperity"),
    "us-israel-jerusalem-declaration-2022": (
        _wh_page("2022-07-14-the-jerusalem-u-s-israel-strategic-partnership-joint-"
                 "declaration.md", "us-israel-jerusalem-declaration-2022.md",
                 "The Jerusalem U.S.-Israel Strategic Partnership Joint Declaration",
                 end="Signed at Jerusalem"),
        "declaration", "non-binding", "United States; Israel"),
    "apec-golden-gate-declaration-2023": (
        _wh_page("2023-11-17-2023-apec-leaders-golden-gate-declaration.md",
                 "apec-golden-gate-declaration-2023.md",
                 "2023 APEC Leaders' Golden Gate Declaration", end="**Annex:**"),
        "declaration", "non-binding", "APEC Economic Leaders' Meeting"),
    "quad-wilmington-declaration-2024": (
        _wh_page("2024-09-21-the-wilmington-declaration-joint-statement-from-the-leaders-of-"
                 "australia-india-japan-and-the-united-states.md",
                 "quad-wilmington-declaration-2024.md",
                 "The Wilmington Declaration: Joint Statement from the Leaders of Australia, "
                 "India, Japan, and the United States"),
        "declaration", "non-binding", "Quad Leaders' Summit"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS128.items()}, units34, N)


if __name__ == "__main__":
    main()
