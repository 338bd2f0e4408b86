"""Seeded sample of an eighty-third held-out half (`heldout83`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 27 in
parallel with `heldout80` and `heldout82` (no treaty) and `heldout81` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers:

- an ILO convention on children at sea: the Minimum Age (Sea) Convention (Revised), 1936
  (No. 58);
- a Council of Europe agreement on drugs at sea: the Agreement on Illicit Traffic by Sea,
  implementing Article 17 of the United Nations Convention against Illicit Traffic in Narcotic
  Drugs and Psychotropic Substances (ETS 156, Strasbourg, 1995), with its Appendix on arbitration
  (text, kept);
- a United Nations treaty on outer space: the Treaty on Principles Governing the Activities of
  States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies
  (1967);
- an IMO convention on transport safety: the International Convention for Safe Containers (CSC,
  Geneva, 1972, as amended), its articles and Annex I (regulations for the testing, inspection,
  approval and maintenance of containers), **cut before its Appendix** (the model of the Safety
  Approval Plate, a form), so without Annex II (structural safety requirements and tests, mostly
  tables of test loads) and Annex III (control guidance added by amendment);
- the constituent instrument of a UN specialized agency: the Agreement Establishing the
  International Fund for Agricultural Development (Rome, 1976), **through its signature clause**
  (without its Schedules: Schedule I, the States' categories and initial contributions, tables;
  Schedule II, the distribution of votes and seats; and the Dutch text printed after them);
- a UNECE protocol on air pollution: the Protocol to the 1979 Convention on Long-range
  Transboundary Air Pollution concerning the Control of Emissions of Nitrogen Oxides or their
  Transboundary Fluxes (Sofia, 1988), **through its signature clause** (without its Technical
  Annex, guidance on control techniques with lists of source categories);
- the constituent instrument of a technical organisation: the Convention on the International
  Hydrographic Organization (Monaco, 1967), **through its signature clause** (without the General
  and Financial Regulations printed after it, which hold tables of tonnages and shares in English
  and French);
- a regional scientific organisation's founding agreement: the Agreement establishing the
  European Molecular Biology Laboratory (Geneva, 1973), **through its signature clause** (without
  its Annex, a scale of contributions).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed: C58, ETS 156 and the Outer Space Treaty
whole (preambles, final clauses, signature clauses and ETS 156's Appendix stay in their pools); the
CSC before its Appendix; the IFAD Agreement, the NOx Protocol, the IHO Convention and the EMBL
Agreement through their signature clauses (`gold_readers.before`, `gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS83` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u14200 … u14327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold83.py /tmp/src83
(/tmp/src83 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout83-v1"
N = 16
FIRST_ID = 14200
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the CSC before its Appendix (a form), Annex II (tables of tests)
# and Annex III; the IFAD Agreement, the NOx Protocol, the IHO Convention and the EMBL Agreement
# through their signature clauses (schedules, tables, a technical annex, regulations with tables
# and French text, a scale of contributions); the other three whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS83 = {
    "ilo-c058-1936": (_md("ilo-c058-1936.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets156-1995": (_md("coe-ets156-1995.md"), "treaty", "binding", "Council of Europe"),
    "un-outer-space-1967": (_md("un-outer-space-1967.md"), "treaty", "binding", "United Nations"),
    "imo-csc-1972": (before("Appendix", _md("imo-csc-1972.md")), "convention", "binding",
                     "International Maritime Organization"),
    "ifad-agreement-1976": (through_signature(_md("ifad-agreement-1976.md")), "treaty", "binding",
                            "International Fund for Agricultural Development"),
    "unece-nox-protocol-1988": (through_signature(_md("unece-nox-protocol-1988.md")), "protocol",
                                "binding", "UN Economic Commission for Europe"),
    "iho-convention-1967": (through_signature(_md("iho-convention-1967.md")), "convention",
                            "binding", "International Hydrographic Organization"),
    "embl-agreement-1973": (through_signature(_md("embl-agreement-1973.md")), "treaty", "binding",
                            "European Molecular Biology Laboratory"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS83.items()}, units7, N)


if __name__ == "__main__":
    main()
