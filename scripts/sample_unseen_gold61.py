"""Seeded sample of a sixty-first held-out half (`heldout61`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout60` (another helper): this half takes treaties only, of
eight issuers:

- an ILO convention: the Workers' Representatives Convention, 1971 (No. 135);
- a Council of Europe convention: the European Convention on the Supervision of Conditionally
  Sentenced or Conditionally Released Offenders (ETS 51, Strasbourg, 1964), with its annex;
- a United Nations convention: the Convention on the Prohibition of the Use, Stockpiling,
  Production and Transfer of Anti-Personnel Mines and on their Destruction (Oslo/Ottawa, 1997);
- a UNECE convention: the Convention on Long-range Transboundary Air Pollution (Geneva, 1979);
- an IMO convention: the Convention on the Prevention of Marine Pollution by Dumping of Wastes
  and Other Matter (London, 1972), without its annexes (lists of substances, factors);
- a UNEP protocol: the Montreal Protocol on Substances that Deplete the Ozone Layer (1987), in
  the amended text the source prints, without its annexes (lists of controlled substances);
- a WTO agreement: the Agreement on Government Procurement as revised in 2012 (the English text
  of its Articles; the source gives no translation of its appendices);
- an agreement under the Convention on Migratory Species: the Agreement on the Conservation of
  African-Eurasian Migratory Waterbirds (AEWA, The Hague, 1995), without its Annex 1 (the
  boundary of the Agreement area) and Annex 2 (the list of species, a table), with its Annex 3
  (the Action Plan, part of the Agreement).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS61` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u9800 … u9927, in the
order printed (`FIRST_ID`; `heldout60`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold61.py /tmp/src61
(/tmp/src61 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout61-v1"
N = 16
FIRST_ID = 9800
SRC = source_folder(__file__)
_md = markdown(SRC)


def without(prefixes: tuple[str, ...], read: Reader) -> Reader:
    """A treaty's passages less those whose locator starts with one of `prefixes` (an annex that
    is a list, a table or a map's boundary, between the articles and an annex that is text)."""
    return lambda: [(loc, text) for loc, text in read() if not loc.startswith(prefixes)]


# the cuts: the London Convention's annexes (lists of substances, factors for permits) and the
# Montreal Protocol's (lists of controlled substances), each after its signature clause; AEWA's
# Annex 1 (the boundary of the Agreement area) and Annex 2 (the list of species, a table), its
# Annex 3 (the Action Plan) kept. Every other part stays in its pool (the preambles, the final
# clauses, the signature clauses, ETS 51's annex, and the Resolution on Long-range Transboundary
# Air Pollution that the LRTAP file prints after the Convention's signature clause).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS61 = {
    "ilo-c135-1971": (_md("ilo-c135-1971.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets51-1964": (_md("coe-ets51-1964.md"), "convention", "binding", "Council of Europe"),
    "un-mine-ban-1997": (_md("un-mine-ban-1997.md"), "convention", "binding", "United Nations"),
    "unece-lrtap-1979": (_md("unece-lrtap-1979.md"), "convention", "binding",
                         "UN Economic Commission for Europe"),
    "imo-london-dumping-1972": (before("Annex", _md("imo-london-dumping-1972.md")), "convention",
                                "binding", "International Maritime Organization"),
    "unep-montreal-1987": (before("Annex", _md("unep-montreal-1987.md")), "protocol", "binding",
                           "United Nations Environment Programme"),
    "wto-gpa-2012": (_md("wto-gpa-2012.md"), "treaty", "binding", "World Trade Organization"),
    "aewa-1995": (without(("Annex 1", "Annex 2"), _md("aewa-1995.md")), "treaty", "binding",
                  "Agreement on the Conservation of African-Eurasian Migratory Waterbirds (AEWA)"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS61.items()}, units7, N)


if __name__ == "__main__":
    main()
