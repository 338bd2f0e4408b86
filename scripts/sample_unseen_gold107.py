"""Seeded sample of a hundred-and-seventh held-out half (`heldout107`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 29 in
parallel with `heldout104` and `heldout106` (no treaty) and `heldout105` (treaties whose BWBV
number ends in an even digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an odd digit, of eight
issuers:

- a Council of Europe protocol on human rights: Protocol No. 16 to the Convention for the
  Protection of Human Rights and Fundamental Freedoms (CETS 214, Strasbourg, 2013), whole (it
  ends with its signature clause);
- a satellite organisation's privileges protocol: the Protocol on INTELSAT Privileges, Exemptions
  and Immunities (Washington, 1978), whole (it ends with its signature clause);
- a seabed authority's privileges protocol: the Protocol on the Privileges and Immunities of the
  International Seabed Authority (Kingston, 1998), whole (it ends with its signature clause);
- a European civil-aviation agreement: the Multilateral Agreement on Commercial Rights of
  Non-scheduled Air Services in Europe (European Civil Aviation Conference, Paris, 1956), whole
  (it ends with its signature clause);
- a maritime satellite agreement: the International Agreement on the Use of INMARSAT Ship Earth
  Stations within the Territorial Sea and Ports (London, 1985), whole (it ends with its signature
  clause);
- a UNECE transport protocol: the Protocol on Combined Transport on Inland Waterways to the
  European Agreement on Important International Combined Transport Lines and Related
  Installations (AGTC) of 1991 (Geneva, 1997), **through its signature clause** (without Annexes
  I-III: the numbering of waterways and terminals, technical parameters and their tables, and the
  lists of waterways and ports);
- a space co-operation agreement: the Agreement among the Government of Canada, Governments of
  Member States of the European Space Agency, the Government of Japan, the Government of the
  Russian Federation, and the Government of the United States of America concerning Cooperation
  on the Civil International Space Station (Washington, 1998), **through its signature clause**
  (without its Annex, the list of the partners' space station elements);
- a bilateral research-cooperation agreement: the Agreement between the Kingdom of the
  Netherlands and the Co-operative Republic of Guyana concerning Tropenbos (Paramaribo, 1989),
  **through its signature clause** (without the exchange of letters printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS107` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u19000 … u19127, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold107.py /tmp/src107
(/tmp/src107 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout107-v1"
N = 16
FIRST_ID = 19000
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the AGTC inland-waterways protocol, the Space Station agreement and
# the Tropenbos agreement through their signature clauses (what the files print after them: the
# protocol's Annexes I-III of numbering rules, technical parameters, tables and lists; the
# agreement's Annex listing the partners' elements; Tropenbos' exchange of letters); the other
# five whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS107 = {
    "coe-ets214-2013": (_md("coe-ets214-2013.md"), "protocol", "binding", "Council of Europe"),
    "intelsat-privileges-1978": (_md("intelsat-privileges-1978.md"), "protocol", "binding",
                                 "International Telecommunications Satellite Organization"),
    "isa-privileges-1998": (_md("isa-privileges-1998.md"), "protocol", "binding",
                            "International Seabed Authority"),
    "ecac-nonscheduled-1956": (_md("ecac-nonscheduled-1956.md"), "treaty", "binding",
                               "European Civil Aviation Conference"),
    "imso-ship-earth-stations-1985": (_md("imso-ship-earth-stations-1985.md"), "treaty",
                                      "binding", "International Maritime Satellite Organization"),
    "unece-agtc-inland-waterways-1997": (through_signature(
        _md("unece-agtc-inland-waterways-1997.md")), "protocol", "binding",
        "UN Economic Commission for Europe"),
    "iss-iga-1998": (through_signature(_md("iss-iga-1998.md")), "treaty", "binding",
                     "Canada; Member States of the European Space Agency; Japan; Russian "
                     "Federation; United States of America"),
    "nl-gy-tropenbos-1989": (through_signature(_md("nl-gy-tropenbos-1989.md")), "treaty",
                             "binding", "Kingdom of the Netherlands; Co-operative Republic of "
                             "Guyana"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS107.items()}, units34, N)


if __name__ == "__main__":
    main()
