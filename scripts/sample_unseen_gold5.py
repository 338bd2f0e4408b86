"""Seeded sample of a fifth held-out half (`heldout5`) for tests/data/statements_gold_unseen.jsonl.

`heldout4` was measured, reported and its failures read, so it became tunable ("heldout4
(seen)"); a fresh half is drawn from eight documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 32 documents already in the
unseen gold (see the README beside the gold file), chosen for genres the other halves hold little
of, and measured under the protocol fixed in that README before the draw (text-only figure of
record):

- a national constitution's rights chapter: Chapter 2 (Bill of Rights, ss. 7-39) of the
  Constitution of South Africa, 1996 (shipped; limitation clause, "must", "may", "national
  legislation must be enacted");
- a court's reasoning with quotations and an operative part: ECtHR, Petlyovanyy v. Ukraine
  (decision, 2014; shipped), which quotes the Civil Code and Article 1 of Protocol No. 1;
- a US Supreme Court opinion: City of Sherrill v. Oneida Indian Nation (2005), syllabus and the
  first pages of the opinion (shipped);
- an executive memorandum: US Secretary of the Interior, Federal Indian Boarding School
  Initiative (2021; shipped; directions to officials, narrative);
- an NGO submission with hedged and quoted language: E/C.19/2012/CRP.2, conference room paper of
  the Haudenosaunee, the American Indian Law Alliance and the Indigenous Law Institute (shipped);
- UPR recommendation lists: A/HRC/59/15, report of the UPR Working Group on Slovenia (4th cycle,
  2025; Tony33344/slovenia-human-rights-tracker), items "140.N …" under "The following
  recommendations will be examined by Slovenia …:";
- a State's own report: A/HRC/WG.6/48/SVN/1, national report of Slovenia (2024; same
  repository, its PDF text), narrative of measures taken and planned;
- an OECD instrument: the OECD Anti-Bribery Convention (1997; shipped), its articles (the annex's
  statistics table dropped).

Units are cut as in scripts/sample_unseen_gold2.py (its `units`; a UPR item "140.N …" keeps its
paragraph's chapeau), and N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py). Prints JSONL candidates; labels are added by hand afterwards.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold5.py /tmp/src5
(/tmp/src5 holds upr-svn-wg-2025.md = docs/cycle4/A_HRC_59_15_Working_Group_Report.md and
svn-national-report-2024.txt = docs/cycle4/extracted/g2420070.txt of the repository.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import shipped, units, ws  # noqa: E402

SEED = "issue14-heldout5-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src5")
UPR_ITEM = re.compile(r"^(\d{1,3})\.(\d{1,3})\s+([A-Z]\S*.*)$")
PAGE_NOISE = re.compile(r"^(A/HRC/[\w./]+|\d{1,2}|GE\.[\d-]+\s*(?:\(E\))?.*|Notes)$")


def un_paragraphs(text: str) -> list[tuple[str, str]]:
    """Numbered paragraphs ("12. …") of a UN report's text, page headers and footers dropped;
    UPR items ("140.7 Ratify …") become passages of their own ("para. 140.7")."""
    paras, loc, buf = [], "", []

    def flush() -> None:
        if buf:
            paras.append((loc, ws(" ".join(buf))))

    for ln in text.splitlines():
        s = ln.strip()
        if not s or PAGE_NOISE.match(s):
            continue
        if m := UPR_ITEM.match(s):
            flush()
            loc, buf = f"para. {m.group(1)}.{m.group(2)}", [m.group(3)]
        elif m := re.match(r"^(\d{1,3})\.\s+(\S.*)$", s):
            flush()
            loc, buf = f"para. {m.group(1)}", [m.group(2)]
        elif re.match(r"^[IVX]+\.\s|^[A-Z]\.\s", s):  # section headings
            flush()
            buf = []
        elif loc:
            buf.append(s)
    flush()
    # footnote call numbers glued to the end of a sentence ("…Slovenia.23 ")
    return [(l, re.sub(r"(?<=[a-z.;,)])\d{1,3}(?=\s|$)", "", t)) for l, t in paras]


def upr_wg_2025() -> list[tuple[str, str]]:
    text = (SRC / "upr-svn-wg-2025.md").read_text(encoding="utf-8")
    text = re.split(r"\n\s*Introduction\s*\n", text, maxsplit=1)[1]
    return un_paragraphs(re.split(r"\nAnnex\s*\n", text)[0])


def svn_national_report() -> list[tuple[str, str]]:
    text = (SRC / "svn-national-report-2024.txt").read_text(encoding="utf-8")
    text = re.split(r"\n\s*I\.\s+Introduction\s*\n", text, maxsplit=1)[1]
    return un_paragraphs(re.split(r"\nNotes\s*\n", text)[0])


def za_bill_of_rights() -> list[tuple[str, str]]:
    def section(loc: str) -> int:
        m = re.match(r"s\. (\d+)", loc)
        return int(m.group(1)) if m else 0
    return [(l, t) for l, t in shipped("za-constitution-1996.html") if 7 <= section(l) <= 39]


def oecd_antibribery() -> list[tuple[str, str]]:
    return [(l, t) for l, t in shipped("oecd-antibribery-1997.md") if not l.startswith("Annex")]


def units5(paras: list[tuple[str, str]]) -> list[dict]:
    """`units`, and two chapeaus it does not know: a UPR item ("para. 140.N") takes its
    paragraph's chapeau ("…:"); a South African item ("s. 35(2)(f)(i)") takes the chapeaus that
    end in " -" of the subsections it is nested in ("s. 35(2)", "s. 35(2)(f)"), joined."""
    out, chapeau = units(paras), {}
    for u in out:
        loc = u["locator"]
        if m := re.match(r"^(para\. \d+)\.\d+$", loc):
            u["context"] = u["context"] or chapeau.get(m.group(1), "")
        elif not u["context"] and loc.startswith("s. "):
            u["context"] = " ".join(c for k, c in chapeau.items() if loc.startswith(k + "("))
        if u["text"].endswith(":") or u["text"].endswith(" -"):
            chapeau[loc] = u["text"]
    return out


DOCS = {
    "za-bill-of-rights-1996": za_bill_of_rights,
    "ecthr-petlyovanyy-2014": lambda: shipped("ecthr-petlyovanyy-2014.pdf"),
    "scotus-sherrill-2005": lambda: shipped("scotus-sherrill-2005.pdf"),
    "us-interior-memo-2021": lambda: shipped("us-interior-memo-2021.pdf"),
    "un-crp2-dod-2012": lambda: shipped("un-e-c19-2012-crp2.pdf"),
    "upr-svn-wg-2025": upr_wg_2025,
    "svn-national-report-2024": svn_national_report,
    "oecd-antibribery-1997": oecd_antibribery,
}


def main() -> None:
    print_sample(SEED, DOCS, units5, N)


if __name__ == "__main__":
    main()
