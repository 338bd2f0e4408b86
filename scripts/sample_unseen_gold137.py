"""Seeded sample of a hundred-and-thirty-seventh held-out half (`heldout137`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout138` (soft
law of international organisations and conferences, not treaty bodies); the documents were
claimed in the session's shared list of claims before the draw, so that no two halves take the
same one. This half takes **the texts of treaty bodies only** (no treaty, no national or EU law,
no judgment, no soft law of other bodies), of eight issuers, the eight committees of
lszoszk/generalcomments that have a text not yet in the gold with 16 units or more (as
`heldout135`, which drew from the same repository at the same commit):

- a general recommendation of the CEDAW Committee: General Recommendation No. 7 (seventh
  session, 1988), resources, whole as the repository's JSON holds it;
- a decision of the Human Rights Committee: communication No. 2115/2011 (I.A.K. v. Denmark),
  CCPR/C/118/D/2115/2011 (inadmissible);
- a decision of the Committee on the Elimination of Racial Discrimination: communication
  No. 37/2006 (A.W.R.A.P. v. Denmark), CERD/C/71/D/37/2006;
- a decision of the Committee against Torture: communication No. 353/2008 (Slyusar v.
  Ukraine), CAT/C/47/D/353/2008 (admissibility and merits);
- a decision of the Committee on the Rights of the Child: communication No. 128/2020 (I.D. v.
  Switzerland), CRC/C/93/D/128/2020;
- Views of the Committee on the Rights of Persons with Disabilities: communication No. 34/2015
  (V.F.C. v. Spain), CRPD/C/21/D/34/2015;
- Views of the Committee on Economic, Social and Cultural Rights: communication No. 48/2018
  (Moreno Romero v. Spain), E/C.12/69/D/48/2018 (adopted 22 February 2021);
- Views of the Committee on Enforced Disappearances: communication No. 3/2019 (E.L.A. v.
  France), CED/C/19/D/3/2019.

How they were chosen, before the draw: the general comments and recommendations of the
repository's `json_data/` were cut (`units34`) and counted; of those not yet in the gold only
three, all of the CEDAW Committee (GR 7, 9, 13), reach 16 units (GR 10, the fourth that
`heldout135` counted, is now in the gold; CESCR GC 5's file holds GC 20 and was left out), and
GR 9 was taken by random.Random("issue14-heldout137-v1:choose:cedaw-gr").choice of the three
file names, sorted. **GR 9 was withdrawn after the draw was printed, before any unit was
labelled**: its printed units were the text of GR 10 (the tenth anniversary), and the file
`Annotated_CEDAW_GR9_statisticaldata.json` proved identical to
`Annotated_CEDAW_GR10_tenth_anniversary.json`, already in the gold as `cedaw-gr10-1989`. The
same choice over the two files left (GR 7, GR 13), sorted, with the same seed, took GR 7; the
seven other documents' draws do not depend on it (one random.Random per doc_id). For each of the seven other committees, the files of
`json_jurisprudence/` named as a communication ("<committee>-c-<session>-d-<number>-<year>.json",
"e-c-12-…" for the CESCR; without "-rev", "-corr" or joint numbers), less the one `heldout135`
took, were sorted and put in the order of random.Random("issue14-heldout137-v1:choose:<key>")
(key ccpr, cerd, cat, crc, crpd, cescr, ced), and the first that is English text with a pool of
16 units or more was taken: the first for the Human Rights Committee, the CERD Committee, the
Committee against Torture, the CRC and the CRPD Committee; for the CESCR the fourth (the first
three, E/C.12/67/D/129/2019, E/C.12/70/D/81/2018 and E/C.12/68/D/111/2019, are short decisions
of 2-4 units); for the CED Committee the second (CED/C/14/D/2/2017 has 6 units).

Cuts, fixed before the draw: every file as the JSON holds it (the repository's records leave
out the cover page of most documents), the footnote calls "[[fn:N]]" removed (the footnotes,
kept in a field of their own, are not read), except:
- the CESCR Views, whose file, unlike the others, prints the cover lines ("Views adopted by the
  Committee under the Optional Protocol …", "Date of adoption of Views: …") and the headings
  ("A. Summary of the information …", "The complaint", "D. Conclusion", 18 in all) as records
  without a paragraph number, and the paragraph number again at the head of each paragraph's
  text ("1.1 The author …"): the records without a number are left out (the headings are in
  the other files' `Section` field, not their text) and the repeated number is removed;
- the CED Views, cut before the individual (dissenting) opinion of a member printed after the
  Committee's Views (its paragraphs numbered "OP1-1" … "OP1-13"): a member's own text, not the
  Committee's.

Passages come from sampler 3's `tb_paragraphs` (the treaty-body JSON reader of every earlier
half from that repository; ingest only, no statements stage). Units are cut by
`sample_unseen_gold34.units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS137` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u24064 ... u24191, in the
order printed (FIRST_ID 24064, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold137.py /tmp/src137
(/tmp/src137 holds `Annotated_CEDAW_GR7_resources.json` from lszoszk/generalcomments
`json_data/` and the seven `*-d-*.json` files from its `json_jurisprudence/`, at commit
048f6f5a13298e1b4ff32d9f5682f71d100d9108.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder, treaty_body_text  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout137-v1"
N = 16
FIRST_ID = 24064
SRC = source_folder(__file__)

_NUM_HEAD = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


_tb = treaty_body_text(SRC)     # numbered paragraphs, footnote calls "[[fn:N]]" removed


def _numbered_only(name: str) -> Reader:
    """The CESCR file: records without a paragraph number (cover lines, headings) left out, the
    paragraph number repeated at the head of each text removed."""
    return lambda: [(loc, _NUM_HEAD.sub("", t, count=1)) for loc, t in _tb(name)()
                    if loc != "para. None"]


def _before_opinions(name: str) -> Reader:
    """The CED file up to the Committee's last paragraph: the individual opinion printed after
    it (paragraphs "OP1-…") left out."""
    return lambda: [(loc, t) for loc, t in _tb(name)() if not loc.startswith("para. OP")]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS137: dict[str, tuple[Reader, str, str, str]] = {
    "cedaw-gr7-1988": (_tb("Annotated_CEDAW_GR7_resources.json"),
                       "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Discrimination against Women"),
    "ccpr-decision-2115-2011": (_tb("ccpr-c-118-d-2115-2011.json"), "decision", "non-binding",
                                "UN Human Rights Committee"),
    "cerd-decision-37-2006": (_tb("cerd-c-71-d-37-2006.json"), "decision", "non-binding",
                              "UN Committee on the Elimination of Racial Discrimination"),
    "cat-decision-353-2008": (_tb("cat-c-47-d-353-2008.json"), "decision", "non-binding",
                              "UN Committee against Torture"),
    "crc-decision-128-2020": (_tb("crc-c-93-d-128-2020.json"), "decision", "non-binding",
                              "UN Committee on the Rights of the Child"),
    "crpd-views-34-2015": (_tb("crpd-c-21-d-34-2015.json"), "views", "non-binding",
                           "UN Committee on the Rights of Persons with Disabilities"),
    "cescr-views-48-2018": (_numbered_only("e-c-12-69-d-48-2018.json"), "views", "non-binding",
                            "UN Committee on Economic, Social and Cultural Rights"),
    "ced-views-3-2019": (_before_opinions("ced-c-19-d-3-2019.json"), "views", "non-binding",
                         "UN Committee on Enforced Disappearances"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS137.items()}, units34, N)


if __name__ == "__main__":
    main()
