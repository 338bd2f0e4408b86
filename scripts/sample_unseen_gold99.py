"""Seeded sample of a ninety-ninth held-out half (`heldout99`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout96` and `heldout98` (no treaty) and `heldout97` (treaties whose BWBV number
ends in an even digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an odd digit, of eight issuers:

- a Council of Europe convention on private international law: the European Convention on State
  Immunity (ETS 74, Basle, 1972), **through its signature clause** (without its Annex, the list of
  grounds of jurisdiction of Article 20(3)(a));
- an ICAO agreement on air law: the International Air Transport Agreement (Chicago, 1944, the
  "Five Freedoms" agreement), whole (its English text ends with its signature clause);
- a development-finance institution's constituent instrument: the Articles of Agreement of the
  International Finance Corporation (Washington, 1955, as amended), **through its signature
  clause** (without Schedule A, the table of subscriptions);
- an international organisation's founding agreement on legal aid in trade law: the Agreement
  Establishing the Advisory Centre on WTO Law (Seattle, 1999), **through its signature clause**
  (without Annexes I-III, tables of contributions and of least-developed countries, and the
  schedule of fees);
- a space programme's arrangement: the Arrangement between certain European Governments and the
  European Space Research Organisation concerning the execution of the Ariane Launcher Programme
  (Neuilly-sur-Seine, 1973), **through its signature clause** (without Annexes A and B, the
  programme's description and its financial provisions);
- a UNEP-administered protocol on liability: the Nagoya-Kuala Lumpur Supplementary Protocol on
  Liability and Redress to the Cartagena Protocol on Biosafety (Nagoya, 2010), whole (it ends with
  its signature clause);
- a bilateral agreement between securities regulators' governments: the Agreement between the
  Kingdom of the Netherlands and the United States of America on mutual administrative assistance
  in the exchange of information in securities matters (The Hague, 1989), whole;
- a host agreement with a UN specialized agency: the Agreement between the Kingdom of the
  Netherlands and the World Health Organization concerning the Unit at Bilthoven of the Regional
  Office for Europe (Copenhagen, 1994), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that the Air Transport Agreement's numbered items "(1) The privilege
to fly across its territory without landing;" are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS99` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u17400 … u17527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold99.py /tmp/src99
(/tmp/src99 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout99-v1"
N = 16
FIRST_ID = 17400
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: ETS 74, the IFC Articles, the ACWL Agreement and the Ariane
# Arrangement through their signature clauses (what the files print after them: ETS 74's Annex of
# grounds of jurisdiction, the IFC's Schedule A of subscriptions, the ACWL's Annexes I-III and
# schedule of fees, the Arrangement's Annexes A and B); the other four whole (each ends with its
# signature clause).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS99 = {
    "coe-ets74-1972": (through_signature(_md("coe-ets74-1972.md")), "convention", "binding",
                       "Council of Europe"),
    "icao-air-transport-1944": (_md("icao-air-transport-1944.md"), "treaty", "binding",
                                "International Civil Aviation Organization"),
    "ifc-articles-1955": (through_signature(_md("ifc-articles-1955.md")), "treaty", "binding",
                          "International Finance Corporation"),
    "acwl-agreement-1999": (through_signature(_md("acwl-agreement-1999.md")), "treaty",
                            "binding", "Advisory Centre on WTO Law"),
    "esro-ariane-1973": (through_signature(_md("esro-ariane-1973.md")), "treaty", "binding",
                         "European Space Research Organisation"),
    "unep-nkl-supplementary-2010": (_md("unep-nkl-supplementary-2010.md"), "protocol",
                                    "binding", "United Nations Environment Programme"),
    "nl-us-securities-1989": (_md("nl-us-securities-1989.md"), "treaty", "binding",
                              "Kingdom of the Netherlands; United States of America"),
    "nl-who-bilthoven-1994": (_md("nl-who-bilthoven-1994.md"), "treaty", "binding",
                              "Kingdom of the Netherlands; World Health Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS99.items()}, units34, N)


if __name__ == "__main__":
    main()
