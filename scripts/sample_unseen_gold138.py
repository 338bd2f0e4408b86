"""Seeded sample of a hundred-and-thirty-eighth held-out half (`heldout138`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout137` (texts
of treaty bodies); the documents were claimed in the session's shared list of claims before the
draw, so that no two halves take the same one. This half takes **soft law of international
organisations and conferences** only (no treaty, no national or EU law, no judgment, no text of a
treaty body), of eight issuers:

- a declaration of the UN General Assembly: the Declaration on the Rights of Disabled Persons
  (resolution 3447 (XXX), 9 December 1975), whole as mediaprophet/Webizen-Charter's file holds
  it (sampler 68's `webizen_n3`; the file holds the preamble and the thirteen paragraphs run
  together in one unnumbered node, without the adopting body's line, so the reader locates no
  preamble);
- three reports of special procedures of the Human Rights Council, the first report to the
  Council (fourth session, 2007) of each mandate that lszoszk/generalcomments' `json_labeled_v2/`
  holds: the Special Rapporteur on the right to education (A/HRC/4/29, the right to education of
  persons with disabilities), the Special Rapporteur on the right to health (A/HRC/4/28) and the
  Special Rapporteur on torture (A/HRC/4/33), their numbered paragraphs as the files hold them
  (`treaty_body`: the files have the treaty-body JSON's form), cut before a paragraph whose
  number is not greater than the one before it (`_before_renumbering`, sampler 136's; an annex
  numbered anew, where a file has one);
- a report of the Office of the High Commissioner for Human Rights: the summary of stakeholders'
  submissions on Slovenia for the second cycle of the Universal Periodic Review
  (A/HRC/WG.6/20/SVN/3, 2014), the PDF's text as Tony33344/slovenia-human-rights-tracker holds it
  (`docs/cycle2/extracted/g1409727.txt`), from its heading "Information provided by
  stakeholders" to its "Notes" (the cover and the note on method before it, the notes with the
  list of stakeholders after it left out), read as numbered UN paragraphs (sampler 5's
  `un_paragraphs`, through sampler 136's `_un_report`);
- a report of the Human Rights Council: its report on its twenty-eighth session (A/HRC/28/2,
  2015), the PDF's text as the same repository holds it (`docs/cycle2/extracted/g1913313.txt`),
  Part Two, "Summary of proceedings", alone: from the heading "Part Two" that opens it (the
  cover, contents and Part One, which lists the resolutions by title only, before it) to
  "Annex I" (the annexes: attendance, agenda, documents, after it), read as numbered UN
  paragraphs;
- an IAEA safety standard: Radiation Protection and Safety of Radiation Sources: International
  Basic Safety Standards (GSR Part 3, 2014), **Section 4 alone** (Emergency exposure
  situations, Requirements 43-46 as CommonAccord/Cmacc-Org holds them, its footnotes left out),
  read by sampler 124's `commonaccord` with its GSR numbering; `heldout124` drew Section 5 and
  `heldout136` Section 2 of the same standard, different parts;
- recommendations of an intergovernmental body: the FATF Recommendations (Financial Action Task
  Force, International Standards on Combating Money Laundering and the Financing of Terrorism &
  Proliferation, adopted February 2012, as updated February 2025), the PDF's text as
  amlclaw/skills holds it (`aml-rule-engine/references/fatf/FATF-001-40-Recommendations-2025.md`),
  **the forty Recommendations alone**: from the heading "THE FATF RECOMMENDATIONS" that opens
  Section A to the heading "INTERPRETIVE NOTES TO THE FATF RECOMMENDATIONS" (the cover, contents,
  table of changes and introduction before it; the interpretive notes, glossary and annexes
  after it left out). `fatf` writes that part out once as Markdown: the PDF's running header
  "THE FATF RECOMMENDATIONS" (a line of its own or glued to a paragraph's end), its page-footer
  lines ("2012-2025 11") and its lines quoted with ">" (page headers, page numbers and the
  Recommendations' footnotes) are left out; each Recommendation's title line ("1. Assessing
  risks … *") becomes a heading "### Recommendation 1 - …" (its asterisk, which marks an
  interpretive note, dropped), the section headings "# A. …" headings "## A. …"; the words are
  not changed otherwise (a paragraph cut by a page break stays two passages).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share; one reader was added (`fatf`).
Units are cut by `sample_unseen_gold34.units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS138` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u24192 ... u24319, in the
order printed (FIRST_ID 24192, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold138.py /tmp/src138
(/tmp/src138 holds the files named below: `declaration-rights-disabled-persons.n3` from
mediaprophet/Webizen-Charter `un-instruments/` at commit
47ca66f8010a43f4f61d2608c59bf7ab77cb9f37; the three `SR_*.json` files from lszoszk/generalcomments
`json_labeled_v2/` at commit 048f6f5a13298e1b4ff32d9f5682f71d100d9108;
`upr-svn-stakeholders-2014-source.txt` and `hrc-report-session28-source.txt` from
Tony33344/slovenia-human-rights-tracker (`docs/cycle2/extracted/g1409727.txt`,
`docs/cycle2/extracted/g1913313.txt`) at commit 78eab45b9f42b5e8bd7b5efc85f47eb4e7a8c1a2;
`commonaccord/Doc/G/Org-IAEA-Safety-GSR3/` from CommonAccord/Cmacc-Org at commit
b2c7c232ac7c54c632cd36dd61fff570882de5b2; `FATF-001-40-Recommendations-2025.md` from
amlclaw/skills at commit 503db72e637ef21c1420b3c58cb675fbe93591b8.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold124 import _gsr, commonaccord  # noqa: E402
from sample_unseen_gold136 import _before_renumbering, _un_report  # noqa: E402

SEED = "issue14-heldout138-v1"
N = 16
FIRST_ID = 24192
SRC = source_folder(__file__)
_tb = treaty_body(SRC)

_FATF_HEADER = "THE FATF RECOMMENDATIONS"
_FATF_FOOTER = re.compile(r"^\s*(\d+\s+)?2012-2025(\s+\d+)?\s*$")
_FATF_REC = re.compile(r"^(\d+)\.\s+(.+?)\s*\*?\s*$")


def fatf(source: str, name: str) -> Reader:
    """The FATF Recommendations alone (from the heading that opens Section A to the interpretive
    notes), written out once as Markdown `name` without the PDF's running headers, page footers
    and ">" lines; each Recommendation's title line a heading, then read as the treaties are."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            lines = (SRC / source).read_text(encoding="utf-8").splitlines()
            start = next(i for i, ln in enumerate(lines)
                         if ln.strip() == "# THE FATF RECOMMENDATIONS"
                         and i + 2 < len(lines) and lines[i + 2].startswith("# A."))
            end = next(i for i, ln in enumerate(lines)
                       if ln.strip() == "# INTERPRETIVE NOTES TO THE FATF RECOMMENDATIONS")
            out = ["# The FATF Recommendations", ""]
            for ln in lines[start + 1:end]:
                s = ln.strip()
                if s.startswith(">") or s == _FATF_HEADER or _FATF_FOOTER.match(s):
                    continue
                s = s.removesuffix(_FATF_HEADER).strip()
                if not s:
                    continue
                if s.startswith("# "):
                    out += [f"#{s}", ""]
                elif (m := _FATF_REC.match(s)) and len(s) < 120 and not s.endswith((".", ";", ":")):
                    out += [f"### Recommendation {m.group(1)} - {m.group(2)}", ""]
                else:
                    out += [s, ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


# cuts, fixed before the draw: the stakeholders' summary from "Information provided by
# stakeholders" to "Notes"; the Council's session report Part Two, from "Part Two" to "Annex I";
# the three special rapporteurs' reports up to an annex numbered anew; GSR Part 3's Section 4
# alone; the FATF Recommendations from Section A's opening heading to the interpretive notes;
# the Declaration whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS138: dict[str, tuple[Reader, str, str, str]] = {
    "un-disabled-persons-declaration-1975": (
        webizen_n3("declaration-rights-disabled-persons.n3",
                   "un-disabled-persons-declaration-1975.md",
                   "Declaration on the Rights of Disabled Persons", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "sr-education-a-hrc-4-29": (
        _before_renumbering(_tb("SR_Education_A_HRC_4_29.json")), "report", "non-binding",
        "UN Special Rapporteur on the right to education"),
    "sr-health-a-hrc-4-28": (
        _before_renumbering(_tb("SR_Health_A_HRC_4_28.json")), "report", "non-binding",
        "UN Special Rapporteur on the right of everyone to the enjoyment of the highest "
        "attainable standard of physical and mental health"),
    "sr-torture-a-hrc-4-33": (
        _before_renumbering(_tb("SR_Torture_A_HRC_4_33.json")), "report", "non-binding",
        "UN Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
        "punishment"),
    "upr-svn-stakeholders-2014": (
        _un_report("upr-svn-stakeholders-2014-source.txt",
                   r"^\s*Information provided by stakeholders\s*$", r"^\s*Notes\s*$"),
        "report", "non-binding", "Office of the United Nations High Commissioner for Human Rights"),
    "hrc-report-session28-2015": (
        _un_report("hrc-report-session28-source.txt", r"^\s*Part Two\s*$", r"^\s*Annex I\s*$"),
        "report", "non-binding", "Human Rights Council"),
    "iaea-gsr3-2014-s4": (
        commonaccord("G/Org-IAEA-Safety-GSR3/Sec/4_Emergency_0.md", "iaea-gsr3-2014-s4.md",
                     "IAEA Safety Standards Series No. GSR Part 3, Section 4", _gsr, "4"),
        "standard", "non-binding", "International Atomic Energy Agency"),
    "fatf-recommendations-2012": (
        fatf("FATF-001-40-Recommendations-2025.md", "fatf-recommendations-2012.md"),
        "recommendation", "non-binding", "Financial Action Task Force"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS138.items()}, units34, N)


if __name__ == "__main__":
    main()
