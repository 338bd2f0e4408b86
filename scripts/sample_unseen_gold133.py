"""Seeded sample of a hundred-and-thirty-third held-out half (`heldout133`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout134`
(national and EU law, judgments, policy documents); the documents were claimed in the session's
shared list of claims before the draw, so that no two halves take the same one. This half takes
**international soft law and treaty-body texts** only (no treaty, no national or EU law, no
judgment), of eight issuers:

- resolutions of the Human Rights Council: Part One ("Resolutions and decisions adopted by the
  Human Rights Council at its fourteenth session", June 2010) of the Council's report on its
  fourteenth session (A/HRC/14/37), as the PDF's text reads in
  Tony33344/slovenia-human-rights-tracker (`docs/cycle1/extracted/g1217781.txt`), from its
  heading "Part One" to "Part Two" (the cover and contents before it, the summary of proceedings
  and the annexes after it left out), read as numbered UN paragraphs (`un_paragraphs`: each
  resolution's unnumbered title and preamble run into the passage of the paragraph before them).
  It **replaces** CESCR General Comment No. 5 (1994), claimed and drawn first from
  lszoszk/UN-TreatyBodiesDocSearch's `json_data/Annotated_ESCR-GC5-NonDisc.json`: the draw showed
  that this file holds the text of General Comment No. 20 (2009), already in the gold as
  `cescr-gc20-2009`, so it was withdrawn before any unit was labelled;
- a treaty body's general recommendation: CEDAW General Recommendation No. 15 (1990), avoidance
  of discrimination against women in national strategies for the prevention and control of
  AIDS, whole as the same repository holds it;
- an ILO recommendation: the Human Resources Development Recommendation, 1975 (No. 150), printed
  after Convention No. 142 in statengeneraal/laws-markdown (sampler 18's
  `numbered_recommendation` keeps the Recommendation alone);
- a declaration of the UN General Assembly: the Declaration on the Granting of Independence to
  Colonial Countries and Peoples (resolution 1514 (XV), 14 December 1960), whole as
  mediaprophet/Webizen-Charter's file holds it (sampler 68's `webizen_n3`);
- a report of the Office of the High Commissioner for Human Rights: the summary of stakeholders'
  submissions on Slovenia for the first cycle of the Universal Periodic Review
  (A/HRC/WG.6/7/SVN/3, 12 November 2009; the repository's file is named "..._SVN_2_UN_Compilation"
  but holds SVN/3), from its Part I ("I. BACKGROUND AND FRAMEWORK") to its notes: the file's head,
  the document's cover and introduction before it and the notes with the list of stakeholders
  after it left out, "Page N" and "N/A" lines of the PDF text dropped; read as numbered UN
  paragraphs (sampler 5's `un_paragraphs`);
- a report of the Working Group on the Universal Periodic Review: its report on Slovenia of the
  second cycle (A/HRC/28/15, 2014), from its introduction to its annex (the table of contents
  before it and the annex, the composition of the delegation, after it left out), read as
  sampler 5 reads the fourth cycle's (`un_paragraphs`: the recommendation items "116.N" passages
  of their own);
- a State's report to the Universal Periodic Review: Slovenia's national report of the first
  cycle (A/HRC/WG.6/7/SVN/1, 3 November 2009), from "I. REPORT DRAFTING METHODOLOGY" to its
  notes (`un_paragraphs`), as sampler 5 reads the fourth cycle's;
- a declaration of sub-national governments: the Paris Declaration of Federated States, Regions
  and Cities (Commitments for Action, COP21, 2015), whole as CommonAccord/Cmacc-Org holds it
  (sampler 124's `commonaccord`).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share; no reader was added. Units are cut
by `sample_unseen_gold34.units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS133` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23552 ... u23679, in the
order printed (FIRST_ID 23552, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold133.py /tmp/src133
(/tmp/src133 holds the files named below: CEDAW GR 15's JSON file from lszoszk/UN-TreatyBodiesDocSearch
at commit 869b9cede9e99fa1bc006c4674f9b27e60d35b4e, `ilo-c142-r150-1975.md` from
statengeneraal/laws-markdown `verdrag/convention/concerning/vocational/guidance/and/vocational/
training/in/the/etc/BWBV0003733/README.md` at commit 91556a80a25a3da4234c8039945c6aeef4108d00, the
`.n3` file from mediaprophet/Webizen-Charter at commit 47ca66f8010a43f4f61d2608c59bf7ab77cb9f37,
the three `*-source.md` files and `hrc-session14-report-2010-source.txt` from
Tony33344/slovenia-human-rights-tracker at commit 78eab45b9f42b5e8bd7b5efc85f47eb4e7a8c1a2
(`docs/cycle1/extracted/g1217781.txt`, `docs/cycle1/A_HRC_WG_6_7_SVN_2_UN_Compilation.md`,
`docs/cycle2/A_HRC_28_15_Working_Group_Report.md`,
`docs/cycle1/A_HRC_WG_6_7_SVN_1_National_Report.md`), and
`commonaccord/Doc/G/UNFCCC/paris_declaration/0.md` from CommonAccord/Cmacc-Org at commit
b2c7c232ac7c54c632cd36dd61fff570882de5b2.)
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
from sample_unseen_gold124 import commonaccord  # noqa: E402

SEED = "issue14-heldout133-v1"
N = 16
FIRST_ID = 23552
SRC = source_folder(__file__)
_tb = treaty_body(SRC)

_PDF_NOISE = re.compile(r"^\s*(Page \d+|N/A)\s*$")


def _un_report(source: str, start: str, end: str) -> Reader:
    """A UN document's numbered paragraphs (sampler 5's `un_paragraphs`), from the first line
    matching `start` to the first matching `end` (both regexes on whole lines), its "Page N"
    and "N/A" lines dropped."""
    def read() -> list[tuple[str, str]]:
        text = (SRC / source).read_text(encoding="utf-8")
        text = re.split(start, text, maxsplit=1, flags=re.M)[1]
        text = re.split(end, text, maxsplit=1, flags=re.M)[0]
        text = "\n".join(ln for ln in text.splitlines() if not _PDF_NOISE.match(ln))
        return un_paragraphs(text)
    return read


# cuts, fixed before the draw: the Council's report from "Part One" to "Part Two"; the
# stakeholders' summary from "I. BACKGROUND AND FRAMEWORK" to
# "Notes"; the Working Group's report from "Introduction" (the heading, not the table of
# contents' line) to "Annex"; the national report from "I. REPORT DRAFTING METHODOLOGY" to
# "Notes"; the others whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS133: dict[str, tuple[Reader, str, str, str]] = {
    "hrc-resolutions-session14-2010": (
        _un_report("hrc-session14-report-2010-source.txt", r"^\s*Part One\s*$",
                   r"^\s*Part Two\s*$"),
        "resolution", "non-binding", "Human Rights Council"),
    "cedaw-gr15-1990": (_tb("Annotated_CEDAW_GR15_AIDS.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "ilo-r150-1975": (lambda: numbered_recommendation(SRC / "ilo-c142-r150-1975.md"),
                      "recommendation", "non-binding", "International Labour Organization"),
    "un-colonial-independence-declaration-1960": (
        webizen_n3("declaration-granting-independence-colonial-countries-and-peoples.n3",
                   "un-colonial-independence-declaration-1960.md",
                   "Declaration on the Granting of Independence to Colonial Countries and Peoples",
                   "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "upr-svn-stakeholders-2010": (
        _un_report("upr-svn-stakeholders-2010-source.md", r"^\s*I\. BACKGROUND AND FRAMEWORK\s*$",
                   r"^Notes\s*$"),
        "report", "non-binding", "Office of the United Nations High Commissioner for Human Rights"),
    "upr-svn-wg-2014": (
        _un_report("upr-svn-wg-2014-source.md", r"^\s*Introduction\s*$", r"^Annex\s*$"),
        "report", "non-binding",
        "Human Rights Council Working Group on the Universal Periodic Review"),
    "svn-national-report-2009": (
        _un_report("svn-national-report-2009-source.md",
                   r"^\s*I\. REPORT DRAFTING METHODOLOGY\s*$", r"^Notes\s*$"),
        "report", "non-binding", "Government of Slovenia"),
    "paris-declaration-subnational-2015": (
        commonaccord("G/UNFCCC/paris_declaration/0.md", "paris-declaration-subnational-2015.md",
                     "The Paris Declaration: Commitments for Action"),
        "declaration", "non-binding", "Federated States, Regions and Cities"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS133.items()}, units34, N)


if __name__ == "__main__":
    main()
