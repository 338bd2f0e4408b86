"""Seeded sample of a seventy-third held-out half (`heldout73`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in session 25 in parallel with other helpers' halves, this half takes **treaties
only** (conventions, agreements and constituent instruments), of eight issuers, all from
`statengeneraal/laws-markdown`, whose BWBV numbers end in an even digit:

- a United Nations convention: the Convention on Transit Trade of Land-locked States (New York,
  1965), whole (its preamble, which quotes the principles of the 1964 Conference, included);
- an ILO convention: the Minimum Wage Fixing Machinery (Agriculture) Convention, 1951 (No. 99),
  whole;
- a UNECE protocol: the Protocol to the 1979 Convention on Long-range Transboundary Air Pollution
  on Further Reduction of Sulphur Emissions (Oslo, 1994), through its signature clause (without
  its Annexes I-V: critical loads, emission ceilings, reduction percentages and limit values);
- a Council of Europe convention: the European Convention on the Control of the Acquisition and
  Possession of Firearms by Individuals (ETS 101, Strasbourg, 1978), through its signature clause
  (without Appendix I, the list of what a firearm is, and Appendix II, the reservations);
- a Hague Conference convention: the Convention on the Law Applicable to Succession to the
  Estates of Deceased Persons (The Hague, 1989), whole;
- a WIPO treaty: the Budapest Treaty on the International Recognition of the Deposit of
  Microorganisms for the Purposes of Patent Procedure (1977, as amended), through its signature
  clause (without the Regulations printed after it);
- the whaling convention: the International Convention for the Regulation of Whaling
  (Washington, 1946), cut before its Schedule (the Commission's regulations);
- an ICAO agreement: the International Air Services Transit Agreement (Chicago, 1944), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). Eight documents were
chosen, and their cuts fixed, before the draw was printed; four of them, constituent instruments
(the Statute of the International Agency for Research on Cancer, WHO, 1965; the Constitution of the
International Rice Commission, FAO, 1948; the Convention of the World Meteorological
Organization, 1947; the Statutes of the World Tourism Organization, 1970: `REPLACED73`), drew only
the machinery of their organs and final clauses, so that the half, once labelled, held 17
statements, under the floor of 30 that tests/test_eval_data.py sets for a half; those four were
replaced, after their draws had been labelled, by the ILO, UNECE, WIPO and whaling texts above,
chosen before their draws were printed (the other four documents' draws are the same in both
runs, each document having its own `random.Random`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS73` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u12200 … u12327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold73.py /tmp/src73
(/tmp/src73 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout73-v1"
N = 16
FIRST_ID = 12200
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: after the signature clause of ETS 101 (its Appendix I, the list of objects that are
# firearms, and Appendix II, the reservations), of the Sulphur Protocol (its Annexes I-V: maps of
# critical loads, emission ceilings and reduction percentages, limit values) and of the Budapest
# Treaty (the Regulations printed after it); before the Whaling Convention's Schedule (the
# Commission's regulations of catches). Of the replaced documents: after the signature clause of
# the WMO Convention (the list of signatories, Annexes I and II: lists of States and territories)
# and of the UNWTO Statutes (the Annex, its Financing Rules); before the World Health Assembly
# resolution the IARC Statute's file prints after its Article XIII. Every other part stays in its
# pool (the preambles, the final clauses, the signature clauses).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS73 = {
    "un-landlocked-transit-1965": (_md("un-landlocked-transit-1965.md"), "convention", "binding",
                                   "United Nations"),
    "ilo-c099-1951": (_md("ilo-c099-1951.md"), "convention", "binding",
                      "International Labour Organization"),
    "unece-sulphur-protocol-1994": (through_signature(_md("unece-sulphur-protocol-1994.md")),
                                    "protocol", "binding", "UN Economic Commission for Europe"),
    "coe-ets101-1978": (through_signature(_md("coe-ets101-1978.md")), "convention", "binding",
                        "Council of Europe"),
    "hcch-succession-1989": (_md("hcch-succession-1989.md"), "convention", "binding",
                             "Hague Conference on Private International Law"),
    "wipo-budapest-1977": (through_signature(_md("wipo-budapest-1977.md")), "treaty", "binding",
                           "World Intellectual Property Organization"),
    "iwc-whaling-1946": (before("Schedule", _md("iwc-whaling-1946.md")), "convention", "binding",
                         "International Whaling Commission"),
    "icao-iasta-1944": (_md("icao-iasta-1944.md"), "treaty", "binding",
                        "International Civil Aviation Organization"),
}

# The four documents first drawn and replaced after their draws were labelled (every one of the
# four drew no statement, and the half held 17 statements, under the gold's floor of 30 a half):
# kept here so that the first run can be repeated; they are not printed.
REPLACED73 = {
    "who-iarc-statute-1965": (before("Art. XIII ¶ 2", _md("who-iarc-statute-1965.md")), "treaty",
                              "binding", "World Health Organization"),
    "fao-irc-1948": (_md("fao-irc-1948.md"), "treaty", "binding",
                     "Food and Agriculture Organization of the United Nations"),
    "wmo-convention-1947": (through_signature(_md("wmo-convention-1947.md")), "treaty", "binding",
                            "World Meteorological Organization"),
    "unwto-statutes-1970": (through_signature(_md("unwto-statutes-1970.md")), "treaty", "binding",
                            "World Tourism Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS73.items()}, units7, N)


if __name__ == "__main__":
    main()
