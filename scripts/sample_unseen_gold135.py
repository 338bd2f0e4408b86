"""Seeded sample of a hundred-and-thirty-fifth held-out half (`heldout135`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout136` (soft
law of international organisations and conferences, not treaty bodies); the documents were
claimed in the session's shared list of claims before the draw, so that no two halves take the
same one. This half takes **the texts of treaty bodies only** (no treaty, no national or EU law,
no judgment, no soft law of other bodies), of eight issuers, the eight committees of
lszoszk/generalcomments (the successor of lszoszk/UN-TreatyBodiesDocSearch, which earlier halves
read) that have a text not yet in the gold with 16 units or more:

- a general recommendation of the CEDAW Committee: General Recommendation No. 10 (1989), tenth
  anniversary of the adoption of the Convention, whole as the repository's JSON holds it;
- Views of the Human Rights Committee: communication No. 1436/2005 (Sathasivam and Saraswathi v.
  Sri Lanka), CCPR/C/93/D/1436/2005;
- a decision of the Committee on the Elimination of Racial Discrimination: communication
  No. 55/2014 (M.M. v. Russian Federation), CERD/C/87/D/55/2014 (inadmissible);
- a decision of the Committee against Torture: communication No. 58/1996 (J.M.U.M. v. Sweden),
  CAT/C/20/D/58/1996 (decision on admissibility);
- a decision of the Committee on the Rights of the Child: communication No. 107/2019 (Sacchi et
  al. v. Germany), CRC/C/88/D/107/2019 (inadmissible);
- Views of the Committee on the Rights of Persons with Disabilities: communication No. 3/2011
  (H.M. v. Sweden), CRPD/C/7/D/3/2011;
- a decision of the Committee on Economic, Social and Cultural Rights: communication No. 18/2016
  (F.M.B. et al. v. Spain), E/C.12/60/D/18/2016 (inadmissible);
- Views of the Committee on Enforced Disappearances: communication No. 1/2013 (Yrusta v.
  Argentina), CED/C/10/D/1/2013.

How they were chosen, before the draw: the general comments and recommendations of the
repository not yet in the gold were cut (`units34`) and counted; only four, all of the CEDAW
Committee (GR 7, 9, 10, 13), reach 16 units (no Human Rights Committee or CERD text left does),
and GR 10 was taken by random.Random("issue14-heldout135-v1:choose:cedaw-gr") from those four.
For each of the seven other committees, the files of `json_jurisprudence/` named as a
communication ("<committee>-c-<session>-d-<number>-<year>.json", without "-rev", "-corr" or
joint numbers) were put in the order of random.Random("issue14-heldout135-v1:choose:<key>")
(key ccpr, cerd, cat, crc, crpd, cescr, ced), and the first that is English text with a pool of
16 units or more was taken (for the Human Rights Committee, the CRC, the CRPD, the CESCR and
the CED Committee the first; for the CERD Committee and the Committee against Torture the first
too: none was skipped).

Cuts, fixed before the draw: every file whole as the JSON holds it (the repository's records
already leave out the cover page of each document); the footnote calls "[[fn:N]]" the
jurisprudence files print inside the text are removed (the footnotes, kept in a field of their
own, are not read).

Passages come from sampler 3's `tb_paragraphs` (the treaty-body JSON reader of every earlier
half from that repository; ingest only, no statements stage). Units are cut by
`sample_unseen_gold34.units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS135` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23808 ... u23935, in the
order printed (FIRST_ID 23808, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold135.py /tmp/src135
(/tmp/src135 holds `Annotated_CEDAW_GR10_tenth_anniversary.json` from lszoszk/generalcomments
`json_data/` and the seven `*-d-*.json` files from its `json_jurisprudence/`, at commit
048f6f5a13298e1b4ff32d9f5682f71d100d9108.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder, treaty_body_text  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout135-v1"
N = 16
FIRST_ID = 23808
SRC = source_folder(__file__)



_tb = treaty_body_text(SRC)     # numbered paragraphs, footnote calls "[[fn:N]]" removed


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS135: dict[str, tuple[Reader, str, str, str]] = {
    "cedaw-gr10-1989": (_tb("Annotated_CEDAW_GR10_tenth_anniversary.json"),
                        "general recommendation", "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "ccpr-views-1436-2005": (_tb("ccpr-c-93-d-1436-2005.json"), "views", "non-binding",
                             "UN Human Rights Committee"),
    "cerd-decision-55-2014": (_tb("cerd-c-87-d-55-2014.json"), "decision", "non-binding",
                              "UN Committee on the Elimination of Racial Discrimination"),
    "cat-decision-58-1996": (_tb("cat-c-20-d-58-1996.json"), "decision", "non-binding",
                             "UN Committee against Torture"),
    "crc-decision-107-2019": (_tb("crc-c-88-d-107-2019.json"), "decision", "non-binding",
                              "UN Committee on the Rights of the Child"),
    "crpd-views-3-2011": (_tb("crpd-c-7-d-3-2011.json"), "views", "non-binding",
                          "UN Committee on the Rights of Persons with Disabilities"),
    "cescr-decision-18-2016": (_tb("e-c-12-60-d-18-2016.json"), "decision", "non-binding",
                               "UN Committee on Economic, Social and Cultural Rights"),
    "ced-views-1-2013": (_tb("ced-c-10-d-1-2013.json"), "views", "non-binding",
                         "UN Committee on Enforced Disappearances"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS135.items()}, units34, N)


if __name__ == "__main__":
    main()
