"""Seeded sample of a hundred-and-thirty-sixth held-out half (`heldout136`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout135` (texts
of treaty bodies); the documents were claimed in the session's shared list of claims before the
draw, so that no two halves take the same one. This half takes **soft law of international
organisations and conferences** only (no treaty, no national or EU law, no judgment, no general
comment, concluding observations or views of a treaty body), of eight issuers:

- an ILO recommendation: the Merchant Shipping (Improvement of Standards) Recommendation, 1976
  (No. 155), printed after Convention No. 147 in statengeneraal/laws-markdown (sampler 18's
  `numbered_recommendation` keeps the Recommendation alone; the file runs the authentic-text
  line and the signature line into the Recommendation's last paragraph, and they are cut off
  at "The foregoing is the authentic text", `_without_authentic_text`). It **replaces** the Worst Forms of
  Child Labour Recommendation, 1999 (No. 190), claimed first: the repository's file of
  Convention No. 182 (BWBV0001522) holds the Convention alone, so it was withdrawn before the
  draw (Recommendation No. 159, printed after Convention No. 151, was set aside for a pool of 8
  units);
- an IAEA safety standard: Radiation Protection and Safety of Radiation Sources: International
  Basic Safety Standards (GSR Part 3, 2014), **Section 2 alone** (General requirements for
  protection and safety, Requirements 1-17 as CommonAccord/Cmacc-Org holds them, its footnotes
  left out), read by sampler 124's `commonaccord` with its GSR numbering; `heldout124` drew
  Section 5 of the same standard, a different part (as halves have drawn different chapters of
  one constitution);
- three reports of special procedures of the Human Rights Council, the latest report of each
  mandate that lszoszk/generalcomments' `json_labeled_v2/` holds: the Special Rapporteur on the
  right to education (A/HRC/59/41, 2025, the right to be safe in education), the Special
  Rapporteur on the right to health (A/HRC/59/48, 2025) and the Special Rapporteur on torture
  (A/HRC/61/42), their numbered paragraphs as the files hold them (`treaty_body`: the files have
  the treaty-body JSON's form), the torture report up to its paragraph 64: the annex printed
  after it (a declaration of victims and survivors of torture, its articles' paragraphs numbered
  anew "1.", "2.") left out (`_before_renumbering`); the health report's one passage that is a
  footnote printed as a paragraph ("47." between paragraphs 26 and 27) is kept, as the file
  holds it;
- a report of the Working Group on the Universal Periodic Review: its report on Slovenia of the
  first cycle (A/HRC/14/15, 15 March 2010), the PDF's text as
  Tony33344/slovenia-human-rights-tracker holds it (`docs/cycle1/extracted/g1012049.txt`), from
  its "Introduction" (the heading, not the table of contents' line) to its "Annex" (the cover
  and contents before it, the annex after it left out), read as numbered UN paragraphs (sampler
  5's `un_paragraphs`, the recommendation items "86.N" passages of their own);
- a report of the Office of the High Commissioner for Human Rights: the compilation on Slovenia
  for the third cycle of the Universal Periodic Review (A/HRC/WG.6/34/SVN/2, 30 August 2019), the
  PDF's text as the same repository holds it (`docs/cycle3/extracted/g1925890.txt`), from "I.
  Background" to its "Notes" (the cover before it, the notes after it left out), read as
  numbered UN paragraphs;
- a declaration of the UN General Assembly: the Declaration on the Use of Scientific and
  Technological Progress in the Interests of Peace and for the Benefit of Mankind (resolution
  3384 (XXX), 10 November 1975), whole as mediaprophet/Webizen-Charter's file holds it (sampler
  68's `webizen_n3`).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share; no reader was added (`_un_report`
is sampler 133's). Units are cut by `sample_unseen_gold34.units34`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS136` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23936 ... u24063, in the
order printed (FIRST_ID 23936, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold136.py /tmp/src136
(/tmp/src136 holds the files named below: `ilo-c147-r155-1976.md` from statengeneraal/laws-markdown
`verdrag/verdrag/betreffende/minimumnormen/op/koopvaardijschepen/BWBV0003738/README.md`
at commit 91556a80a25a3da4234c8039945c6aeef4108d00; `commonaccord/Doc/G/Org-IAEA-Safety-GSR3/Sec/
2_General_0.md` and `.../Requirement/1_0.md` from CommonAccord/Cmacc-Org at commit
b2c7c232ac7c54c632cd36dd61fff570882de5b2; the three `SR_*.json` files from lszoszk/generalcomments
`json_labeled_v2/` at commit 048f6f5a13298e1b4ff32d9f5682f71d100d9108; `upr-svn-wg-2010-source.txt`
and `upr-svn-compilation-2019-source.txt` from Tony33344/slovenia-human-rights-tracker
(`docs/cycle1/extracted/g1012049.txt`, `docs/cycle3/extracted/g1925890.txt`) at commit
78eab45b9f42b5e8bd7b5efc85f47eb4e7a8c1a2; the `.n3` file from mediaprophet/Webizen-Charter
`un-instruments/` at commit 47ca66f8010a43f4f61d2608c59bf7ab77cb9f37.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold5 import un_paragraphs  # noqa: E402
from sample_unseen_gold18 import numbered_recommendation  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold124 import _gsr, commonaccord  # noqa: E402

SEED = "issue14-heldout136-v1"
N = 16
FIRST_ID = 23936
SRC = source_folder(__file__)
_tb = treaty_body(SRC)

_PDF_NOISE = re.compile(r"^\s*(Page \d+|N/A)\s*$")


def _un_report(source: str, start: str, end: str) -> Reader:
    """A UN document's numbered paragraphs (sampler 5's `un_paragraphs`), from the first line
    matching `start` to the first matching `end` (both regexes on whole lines), its "Page N"
    and "N/A" lines dropped (sampler 133's reader)."""
    def read() -> list[tuple[str, str]]:
        text = (SRC / source).read_text(encoding="utf-8")
        text = re.split(start, text, maxsplit=1, flags=re.M)[1]
        text = re.split(end, text, maxsplit=1, flags=re.M)[0]
        text = "\n".join(ln for ln in text.splitlines() if not _PDF_NOISE.match(ln))
        return un_paragraphs(text)
    return read


def _before_renumbering(read: Reader) -> Reader:
    """A report's numbered paragraphs up to the first whose number is not greater than the one
    before it (the start of an annex whose paragraphs are numbered anew)."""
    def cut() -> list[tuple[str, str]]:
        paras, out, last = read(), [], 0
        for loc, text in paras:
            m = re.search(r"(\d+)", loc)
            n = int(m.group(1)) if m else last
            if n < last or (n == last and out and loc != out[-1][0]):
                break
            out.append((loc, text))
            last = n
        return out
    return cut


def _without_authentic_text(read: Reader) -> Reader:
    """An ILO Recommendation's passages, the authentic-text and signature lines that the file runs
    into its last paragraph cut off."""
    def cut() -> list[tuple[str, str]]:
        return [(loc, text.split("The foregoing is the authentic text")[0].strip())
                for loc, text in read()]
    return cut


# cuts, fixed before the draw: the Working Group's report from "Introduction" (the heading, not
# the table of contents' line) to "Annex"; the torture report up to its annex; R155 without
# the authentic-text and signature lines; the compilation from "I. Background" to "Notes";
# GSR Part 3's Section 2 alone; R155 alone; the others whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS136: dict[str, tuple[Reader, str, str, str]] = {
    "ilo-r155-1976": (_without_authentic_text(
        lambda: numbered_recommendation(SRC / "ilo-c147-r155-1976.md")),
                      "recommendation", "non-binding", "International Labour Organization"),
    "iaea-gsr3-2014-s2": (
        commonaccord("G/Org-IAEA-Safety-GSR3/Sec/2_General_0.md", "iaea-gsr3-2014-s2.md",
                     "IAEA Safety Standards Series No. GSR Part 3, Section 2", _gsr, "2"),
        "standard", "non-binding", "International Atomic Energy Agency"),
    "sr-education-a-hrc-59-41": (
        _tb("SR_Education_A_HRC_59_41.json"), "report", "non-binding",
        "UN Special Rapporteur on the right to education"),
    "sr-health-a-hrc-59-48": (
        _tb("SR_Health_A_HRC_59_48.json"), "report", "non-binding",
        "UN Special Rapporteur on the right of everyone to the enjoyment of the highest "
        "attainable standard of physical and mental health"),
    "sr-torture-a-hrc-61-42": (
        _before_renumbering(_tb("SR_Torture_A_HRC_61_42.json")), "report", "non-binding",
        "UN Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
        "punishment"),
    "upr-svn-wg-2010": (
        _un_report("upr-svn-wg-2010-source.txt", r"^\s*Introduction\s*$", r"^\s*Annex\s*$"),
        "report", "non-binding",
        "Human Rights Council Working Group on the Universal Periodic Review"),
    "upr-svn-compilation-2019": (
        _un_report("upr-svn-compilation-2019-source.txt", r"^\s*I\. Background\s*$",
                   r"^\s*Notes\s*$"),
        "report", "non-binding", "Office of the United Nations High Commissioner for Human Rights"),
    "un-science-technology-declaration-1975": (
        webizen_n3("declaration-use-scientific-and-technological-progress-interests.n3",
                   "un-science-technology-declaration-1975.md",
                   "Declaration on the Use of Scientific and Technological Progress in the "
                   "Interests of Peace and for the Benefit of Mankind", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS136.items()}, units34, N)


if __name__ == "__main__":
    main()
