"""Seeded sample of a fifty-third held-out half (`heldout53`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout52` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations, UN agencies' and commissions' (IAEA,
UNESCO, UNECE) instruments, a Hague Conference convention and a regional treaty), and no general
comment, declaration, national law, EU act or judgment, of eight issuers:

- an ILO convention: the Radiation Protection Convention, 1960 (No. 115);
- a Council of Europe charter: the European Charter of Local Self-Government (ETS 122,
  Strasbourg, 1985);
- a United Nations convention: the International Convention against the Taking of Hostages
  (New York, 1979);
- an IAEA convention: the Joint Convention on the Safety of Spent Fuel Management and on the
  Safety of Radioactive Waste Management (Vienna, 1997);
- a UNESCO convention: the Convention concerning the International Exchange of Publications
  (Paris, 1958);
- a regional treaty of the Caribbean: the Agreement concerning Co-operation in Suppressing
  Illicit Maritime and Air Trafficking in Narcotic Drugs and Psychotropic Substances in the
  Caribbean Area (San José, 2003);
- a Hague Conference convention: the Convention on the Conflicts of Laws relating to the Form of
  Testamentary Dispositions (The Hague, 1961);
- a UNECE agreement on transport and work: the European Agreement concerning the Work of Crews
  of Vehicles engaged in International Road Transport (AETR, Geneva, 1970), through its
  signature clause (its annex, the technical requirements of the control device with its
  appendices, and the Protocol of signature printed after the annex, are left out).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cut fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS53` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u8200 … u8327, in the
order printed (`FIRST_ID`; `heldout52`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold53.py /tmp/src53
(/tmp/src53 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout53-v1"
N = 16
FIRST_ID = 8200
SRC = source_folder(__file__)
_md = markdown(SRC)


# the one cut: the AETR's annex (the control device's construction, testing, installation and
# inspection, with its appendices of technical requirements and model forms) and the Protocol of
# signature printed after it; every other part stays in its pool (the preambles, the final
# clauses, the signature clauses).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS53 = {
    "ilo-c115-1960": (_md("ilo-c115-1960.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets122-1985": (_md("coe-ets122-1985.md"), "charter", "binding", "Council of Europe"),
    "un-hostages-1979": (_md("un-hostages-1979.md"), "convention", "binding", "United Nations"),
    "iaea-joint-convention-1997": (_md("iaea-joint-convention-1997.md"), "convention", "binding",
                                   "International Atomic Energy Agency"),
    "unesco-exchange-publications-1958": (_md("unesco-exchange-publications-1958.md"),
                                          "convention", "binding", "UNESCO"),
    "caribbean-maritime-drugs-2003": (_md("caribbean-maritime-drugs-2003.md"), "treaty",
                                      "binding", "States of the Caribbean Area"),
    "hcch-testamentary-form-1961": (_md("hcch-testamentary-form-1961.md"), "convention",
                                    "binding", "Hague Conference on Private International Law"),
    "unece-aetr-1970": (through_signature(_md("unece-aetr-1970.md")), "treaty", "binding",
                        "UN Economic Commission for Europe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS53.items()}, units7, N)


if __name__ == "__main__":
    main()
