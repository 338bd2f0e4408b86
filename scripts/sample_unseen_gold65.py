"""Seeded sample of a sixty-fifth held-out half (`heldout65`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout64` (another helper), this half takes **treaties only**,
of eight issuers:

- an ILO convention: the Unemployment Provision Convention, 1934 (No. 44);
- a Council of Europe convention on social security: the European Code of Social Security
  (ETS 48, Strasbourg, 1964), through its signature clause (without the Annex the source prints
  after it: an interpretation, the industrial classification list and numbered paragraphs of
  higher standards, followed by Dutch lines the reader keeps);
- a United Nations convention on crime and human rights: the Convention on the Prevention and
  Punishment of the Crime of Genocide (1948);
- an IMO convention on the environment and labour: the Hong Kong International Convention for the
  Safe and Environmentally Sound Recycling of Ships (2009), with its annex of regulations, without
  its appendices (forms of certificates, plans and reports);
- a UNEP regional-seas protocol: the Protocol concerning Pollution from Land-Based Sources and
  Activities to the Convention for the Protection and Development of the Marine Environment of
  the Wider Caribbean Region (Oranjestad, 1999), with its annexes;
- a UNESCO protocol on cultural property: the Protocol for the Protection of Cultural Property in
  the Event of Armed Conflict (The Hague, 1954; the First Protocol);
- a UNECE protocol on air pollution: the Protocol to the 1979 Convention on Long-range
  Transboundary Air Pollution on Heavy Metals (Aarhus, 1998), without its technical annexes
  (lists of metals and source categories, limit values, guidance on techniques and products);
- an ICAO convention: the Convention on the International Recognition of Rights in Aircraft
  (Geneva, 1948).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS65` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u10600 … u10727, in the
order printed (`FIRST_ID`, set so as not to clash with `heldout64`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold65.py /tmp/src65
(/tmp/src65 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout65-v1"
N = 16
FIRST_ID = 10600
SRC = source_folder(__file__)
_md = markdown(SRC)

# the cuts: the European Code of Social Security after its signature clause (its Annex, with the
# industrial classification list, and the Dutch lines printed after it), the Hong Kong
# Convention's appendices (forms) and the Heavy Metals Protocol's annexes (lists, limit values and
# technical guidance). Every other part stays in its pool (the preambles, the final clauses, the
# signature clauses, the Hong Kong Convention's regulations, the LBS Protocol's annexes).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS65 = {
    "ilo-c044-1934": (_md("ilo-c044-1934.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets48-1964": (through_signature(_md("coe-ets48-1964.md")), "convention", "binding",
                       "Council of Europe"),
    "un-genocide-1948": (_md("un-genocide-1948.md"), "convention", "binding", "United Nations"),
    "imo-hong-kong-2009": (before("Appendix", _md("imo-hong-kong-2009.md")), "convention",
                           "binding", "International Maritime Organization"),
    "unep-lbs-protocol-1999": (_md("unep-lbs-protocol-1999.md"), "protocol", "binding",
                               "United Nations Environment Programme"),
    "unesco-hague-first-protocol-1954": (_md("unesco-hague-first-protocol-1954.md"), "protocol",
                                         "binding", "UNESCO"),
    "unece-heavy-metals-1998": (before("Annex", _md("unece-heavy-metals-1998.md")), "protocol",
                                "binding", "UN Economic Commission for Europe"),
    "icao-geneva-rights-1948": (_md("icao-geneva-rights-1948.md"), "convention", "binding",
                                "International Civil Aviation Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS65.items()}, units7, N)


if __name__ == "__main__":
    main()
