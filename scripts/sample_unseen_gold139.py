"""Seeded sample of a hundred-and-thirty-ninth held-out half (`heldout139`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, labelled under the
protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's scope
and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 40 in parallel with `heldout140`
(judgments of courts); the documents were claimed in the session's shared list of claims before
the draw, so that no two halves take the same one. This half takes **treaty bodies' views and
decisions on individual communications only** (no treaty, no general comment, no national or EU
law, no judgment of a court, no other soft law), of eight issuers, the eight committees of
lszoszk/generalcomments `json_jurisprudence/` (the CMW has no file there), as `heldout135` and
`heldout137`, which drew from the same repository at the same commit:

- a decision of the Human Rights Committee: communication No. 1962/2010 (S.N.A. v. Cameroon),
  CCPR/C/107/D/1962/2010 (inadmissible);
- a decision of the Committee on the Elimination of Racial Discrimination: communication
  No. 70/2019 (M.O. et al. v. Slovakia), CERD/C/110/D/70/2019 (inadmissible);
- a decision of the Committee against Torture: communication No. 343/2008 (Kalonzo v. Canada),
  CAT/C/48/D/343/2008 (admissibility and merits);
- a decision of the Committee on the Rights of the Child: communication No. 211/2023 (R.K. v.
  Switzerland), CRC/C/95/D/211/2023 (discontinuance);
- Views of the Committee on the Rights of Persons with Disabilities: communication No. 94/2021
  (S.R. and Z.R. v. Sweden), CRPD/C/31/D/94/2021;
- a decision of the Committee on Economic, Social and Cultural Rights: communication No. 14/2016
  (117 authors v. Ecuador), E/C.12/62/D/14/2016 (inadmissible);
- Views of the Committee on Enforced Disappearances: communication No. 4/2021 (Berrospe Medina v.
  Mexico), CED/C/24/D/4/2021;
- Views of the Committee on the Elimination of Discrimination against Women: communication
  No. 100/2016 (X. and Y. v. Russian Federation), CEDAW/C/73/D/100/2016.

How they were chosen, before the draw: for each committee, the files of `json_jurisprudence/`
named as a communication ("<committee>-c-<session>-d-<number>-<year>.json", "e-c-12-…" for the
CESCR; without "-rev", "-corr" or joint numbers), less the communications `heldout135` and
`heldout137` took, were sorted and put in the order of
random.Random("issue14-heldout139-v1:choose:<key>").shuffle (key ccpr, cerd, cat, crc, crpd,
cescr, ced, cedaw), and the first that is English text with a pool of 16 units or more was
taken: the first for every committee but the CED, for which the second (CED/C/14/D/2/2017 has
6 units; only two CED files were eligible).

Cuts, fixed before the draw: every file as the JSON holds it (the repository's records leave
out the cover page; the "Annex" heading the CCPR and CAT files carry on their first records is
the section field, not text), the footnote calls "[[fn:N]]" removed (the footnotes, kept in a
field of their own, are not read), except the CED Views, cut before the individual (partly
concurring) opinion of a member, in Spanish, printed after the Committee's last paragraph (its
records numbered again from 1, section "Voto particular …"): a member's own text, and not
English.

Passages come from sampler 3's `tb_paragraphs` (the treaty-body JSON reader of every earlier
half from that repository; ingest only, no statements stage). Units are cut by
`sample_unseen_gold34.units34`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS139` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u24320 ... u24447, in the
order printed (FIRST_ID 24320, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold139.py /tmp/src139
(/tmp/src139 holds the eight `*-d-*.json` files from lszoszk/generalcomments
`json_jurisprudence/`, at commit 048f6f5a13298e1b4ff32d9f5682f71d100d9108.)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder, treaty_body_text  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout139-v1"
N = 16
FIRST_ID = 24320
SRC = source_folder(__file__)



_tb = treaty_body_text(SRC)     # numbered paragraphs, footnote calls "[[fn:N]]" removed


def _before_opinion(name: str) -> Reader:
    """The CED file up to the Committee's last paragraph: the records of the individual opinion
    printed after it (section "Voto particular …", numbered again from 1) left out."""
    def read() -> list[tuple[str, str]]:
        recs = json.loads((SRC / name).read_text(encoding="utf-8"))
        end = next(i for i, r in enumerate(recs) if r["Section"].startswith("Voto particular"))
        return _tb(name)()[:end]
    return read


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS139: dict[str, tuple[Reader, str, str, str]] = {
    "ccpr-decision-1962-2010": (_tb("ccpr-c-107-d-1962-2010.json"), "decision", "non-binding",
                                "UN Human Rights Committee"),
    "cerd-decision-70-2019": (_tb("cerd-c-110-d-70-2019.json"), "decision", "non-binding",
                              "UN Committee on the Elimination of Racial Discrimination"),
    "cat-decision-343-2008": (_tb("cat-c-48-d-343-2008.json"), "decision", "non-binding",
                              "UN Committee against Torture"),
    "crc-decision-211-2023": (_tb("crc-c-95-d-211-2023.json"), "decision", "non-binding",
                              "UN Committee on the Rights of the Child"),
    "crpd-views-94-2021": (_tb("crpd-c-31-d-94-2021.json"), "views", "non-binding",
                           "UN Committee on the Rights of Persons with Disabilities"),
    "cescr-decision-14-2016": (_tb("e-c-12-62-d-14-2016.json"), "decision", "non-binding",
                               "UN Committee on Economic, Social and Cultural Rights"),
    "ced-views-4-2021": (_before_opinion("ced-c-24-d-4-2021.json"), "views", "non-binding",
                         "UN Committee on Enforced Disappearances"),
    "cedaw-views-100-2016": (_tb("cedaw-c-73-d-100-2016.json"), "views", "non-binding",
                             "UN Committee on the Elimination of Discrimination against Women"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS139.items()}, units34, N)


if __name__ == "__main__":
    main()
