"""Seeded sample of a hundred-and-seventeenth held-out half (`heldout117`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 31 in
parallel with `heldout116` and `heldout118` (no treaty) and `heldout119` (treaties whose BWBV
number ends in an odd digit), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- an ILO convention on seafarers' qualifications: the Certification of Able Seamen Convention,
  1946 (No. 74), whole;
- a Council of Europe convention on media services: the European Convention on the Legal
  Protection of Services based on, or consisting of, Conditional Access (ETS 178, Strasbourg,
  2001), whole (it ends with its signature clause);
- a United Nations law-of-the-sea convention: the Convention on the High Seas (Geneva, 1958),
  whole (it ends with its signature clause);
- a WIPO classification agreement: the Locarno Agreement Establishing an International
  Classification for Industrial Designs (1968), **through its signature clause** (without the
  Annex, the list of classes and subclasses);
- a development fund's constituent agreement: the Agreement establishing the African Development
  Fund (Abidjan, 1972), **through its signature clause** (without Schedules A and B: the list of
  initial participants' subscriptions and the Fund's first procedures);
- the agreement of an international commission on missing persons: the Agreement on the Status
  and Functions of the International Commission on Missing Persons (Brussels, 2014), whole;
- a CEPT convention founding an office: the Convention for the Establishment of the European
  Communications Office (The Hague, 1993, as amended at Copenhagen, 2002), **without Annexes A
  and B** (the table of contributory units and the arbitration procedure), the file printing no
  signature clause;
- the founding memorandum of a water partnership: the Memorandum of Understanding on the
  Establishment of the Global Water Partnership Organisation (Stockholm, 2002), whole, with the
  Statutes it annexes (read by the reader after the signature clause as Articles 1-20).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`). Three documents first claimed were replaced before the draw was printed
(see the README): the Merchant Shipping (Minimum Standards) Convention, 1976 (No. 147, whose
provisions the gold's `ilo-mlc-2006` consolidates), the European Convention on the Compensation
of Victims of Violent Crimes (ETS 116, already `coe-ets116-1983` in the gold and in
tests/data/unseen/docs) and the Fixed Platforms Protocol of 1988 (beside the gold's `imo-sua-2005`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS117` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u21000 … u21127, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold117.py /tmp/src117
(/tmp/src117 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout117-v1"
N = 16
FIRST_ID = 21000
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Locarno Agreement and the African Development Fund agreement
# through their signature clauses (what the files print after them: the list of classes; Schedules
# A and B); the ECO Convention before its Annex A (a table of contributory units, then Annex B on
# arbitration); the other five whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS117 = {
    "ilo-c074-1946": (_md("ilo-c074-1946.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets178-2001": (_md("coe-ets178-2001.md"), "convention", "binding", "Council of Europe"),
    "un-high-seas-1958": (_md("un-high-seas-1958.md"), "convention", "binding", "United Nations"),
    "wipo-locarno-1968": (through_signature(_md("wipo-locarno-1968.md")), "treaty", "binding",
                          "World Intellectual Property Organization"),
    "adf-agreement-1972": (through_signature(_md("adf-agreement-1972.md")), "treaty", "binding",
                           "African Development Bank"),
    "icmp-agreement-2014": (_md("icmp-agreement-2014.md"), "treaty", "binding",
                            "International Commission on Missing Persons"),
    "cept-eco-convention-1993": (before("Annex A", _md("cept-eco-convention-1993.md")),
                                 "convention", "binding",
                                 "European Conference of Postal and Telecommunications "
                                 "Administrations"),
    "gwp-organisation-mou-2002": (_md("gwp-organisation-mou-2002.md"), "treaty", "binding",
                                  "Global Water Partnership"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS117.items()}, units34, N)


if __name__ == "__main__":
    main()
