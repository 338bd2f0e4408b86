"""Seeded sample of a sixty-seventh held-out half (`heldout67`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout66` (another helper), this half takes **treaties only**,
of eight issuers:

- an ILO convention on seafarers' working time: the Seafarers' Hours of Work and the Manning of
  Ships Convention, 1996 (No. 180);
- a Council of Europe convention on animal welfare: the European Convention for the Protection of
  Animals for Slaughter (ETS 102, Strasbourg, 1979) (it replaces, before any label was written,
  the European Agreement concerning the Provision of Medical Care to Persons during Temporary
  Residence (Geneva, 1980), first taken for the Council of Europe and found, on reading its drawn
  units, to be an agreement concluded at the International Labour Office, whose issuer C180
  already is: see the README);
- a United Nations convention on the law of the sea: the Convention on the Territorial Sea and the
  Contiguous Zone (Geneva, 1958), through its signature clause (without the Final Act of the
  Conference and its resolutions, which the source prints after it);
- a UNECE protocol on the environment: the Protocol on Strategic Environmental Assessment to the
  Convention on Environmental Impact Assessment in a Transboundary Context (Kiev, 2003), through
  its signature clause (without its annexes: lists of projects, criteria and the information an
  environmental report or a determination holds);
- a UNEP convention on wildlife: the Convention on the Conservation of Migratory Species of Wild
  Animals (Bonn, 1979), through its signature clause (without its Appendices I and II, lists of
  species);
- an ICAO convention on crime: the Convention for the Suppression of Unlawful Acts against the
  Safety of Civil Aviation (Montreal, 1971);
- an IMO convention on maritime claims: the Convention on Limitation of Liability for Maritime
  Claims (London, 1976);
- a Customs Co-operation Council convention on seafarers' welfare: the Customs Convention
  concerning Welfare Material for Seafarers (Brussels, 1964), through its signature clause
  (without its Annex, an illustrative list of welfare material).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS67` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u11000 … u11127, in the
order printed (`FIRST_ID`, set so as not to clash with `heldout66`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold67.py /tmp/src67
(/tmp/src67 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout67-v1"
N = 16
FIRST_ID = 11000
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: after the signature clause of the Territorial Sea Convention (the Final Act of the
# 1958 Conference and its resolutions, another text), of the SEA Protocol (its annexes: lists of
# projects, criteria, the contents of reports), of the CMS (its appendices: lists of species) and
# of the welfare-material Convention (its annex: an illustrative list). Every other part stays in
# its pool (the preambles, the final clauses, the signature clauses).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS67 = {
    "ilo-c180-1996": (_md("ilo-c180-1996.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets102-1979": (_md("coe-ets102-1979.md"), "convention", "binding", "Council of Europe"),
    "un-territorial-sea-1958": (through_signature(_md("un-territorial-sea-1958.md")),
                                "convention", "binding", "United Nations"),
    "unece-sea-protocol-2003": (through_signature(_md("unece-sea-protocol-2003.md")), "protocol",
                                "binding", "UN Economic Commission for Europe"),
    "cms-1979": (through_signature(_md("cms-1979.md")), "convention", "binding",
                 "United Nations Environment Programme"),
    "icao-montreal-1971": (_md("icao-montreal-1971.md"), "convention", "binding",
                           "International Civil Aviation Organization"),
    "imo-llmc-1976": (_md("imo-llmc-1976.md"), "convention", "binding",
                      "International Maritime Organization"),
    "wco-seafarers-welfare-1964": (through_signature(_md("wco-seafarers-welfare-1964.md")),
                                   "convention", "binding", "Customs Co-operation Council"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS67.items()}, units7, N)


if __name__ == "__main__":
    main()
