"""Seeded sample of an eighty-fifth held-out half (`heldout85`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout84` and `heldout86` (no treaty) and `heldout87` (treaties whose BWBV number
ends in an odd digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an even digit, of eight issuers:

- an ILO convention on social insurance: the Sickness Insurance (Industry) Convention, 1927
  (No. 24), as modified by the Final Articles Revision Convention, 1946 (whole: the file prints
  no final clauses after its Article 18);
- a Council of Europe convention on crime: the European Convention on the Suppression of
  Terrorism (ETS 90, Strasbourg, 1977), whole;
- a United Nations convention on diplomatic law: the Vienna Convention on Consular Relations
  (1963), **through its signature clause** (without the two Optional Protocols, on acquisition of
  nationality and on the compulsory settlement of disputes, the Final Act of the Conference and
  its resolutions printed after it: other instruments);
- a defence alliance's founding treaty: the North Atlantic Treaty (Washington, 1949), whole;
- an ITU treaty of administrative regulations: the International Telecommunication Regulations
  (Melbourne, 1988), its articles and Appendices 1-3 (accounting, maritime telecommunications,
  service telecommunications), **cut before the Final Protocol** (the delegations' declarations
  and reservations) and the Conference's resolutions printed after Appendix 3
  (`before("Appendix 3, para. 3 ¶")`: the reader locates them as paragraphs of Appendix 3);
- a regional fisheries convention: the International Convention for the Conservation of Atlantic
  Tunas (Rio de Janeiro, 1966), whole;
- a regional public-health agreement: the Multilateral Agreement for the operation of the
  Caribbean Epidemiology Center (CAREC), January 2001 - December 2005, whole;
- a regional agreement on marine pollution: the Agreement for Co-operation in Dealing with
  Pollution of the North Sea by Oil and Other Harmful Substances (Bonn, 1983, as amended),
  **through its signature clause** (without its Annex, the zones of joint responsibility defined
  by lists and tables of coordinates).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS85` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u14600 … u14727, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold85.py /tmp/src85
(/tmp/src85 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout85-v1"
N = 16
FIRST_ID = 14600
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Vienna Convention on Consular Relations and the Bonn Agreement
# through their signature clauses (the Optional Protocols, Final Act and resolutions; the Annex of
# zones, lists and tables of coordinates); the Telecommunication Regulations before their Final
# Protocol and resolutions; the other five whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS85 = {
    "ilo-c024-1927": (_md("ilo-c024-1927.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets090-1977": (_md("coe-ets090-1977.md"), "convention", "binding", "Council of Europe"),
    "un-consular-relations-1963": (through_signature(_md("un-consular-relations-1963.md")),
                                   "convention", "binding", "United Nations"),
    "nato-north-atlantic-1949": (_md("nato-north-atlantic-1949.md"), "treaty", "binding",
                                 "North Atlantic Treaty Organization"),
    "itu-itr-1988": (before("Appendix 3, para. 3 ¶", _md("itu-itr-1988.md")), "treaty", "binding",
                     "International Telecommunication Union"),
    "iccat-1966": (_md("iccat-1966.md"), "convention", "binding",
                   "International Commission for the Conservation of Atlantic Tunas"),
    "carec-agreement-2001": (_md("carec-agreement-2001.md"), "treaty", "binding",
                             "Caribbean Epidemiology Centre"),
    "bonn-agreement-1983": (through_signature(_md("bonn-agreement-1983.md")), "treaty", "binding",
                            "Bonn Agreement"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS85.items()}, units7, N)


if __name__ == "__main__":
    main()
