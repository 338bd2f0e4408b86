"""Seeded sample of a fifty-first held-out half (`heldout51`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout50` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations and UN agencies' and commissions'
(UNECE, IMO, ICAO, WIPO) instruments and a regional treaty), and no general comment,
declaration, national law, EU act or judgment, of eight issuers:

- an ILO convention: the Labour Clauses (Public Contracts) Convention, 1949 (No. 94);
- a Council of Europe convention: the European Convention on Mutual Assistance in Criminal
  Matters (ETS 30, Strasbourg, 1959);
- a United Nations treaty: the Arms Trade Treaty (New York, 2013);
- a UNECE convention on the environment: the Convention on the Protection and Use of
  Transboundary Watercourses and International Lakes (Helsinki, 1992), with its Annexes I-IV
  (text, kept);
- an IMO convention: the International Convention on Civil Liability for Bunker Oil Pollution
  Damage, 2001 (cut before its annex, the model certificate of insurance);
- an ICAO convention: the Convention on Offences and Certain Other Acts Committed on Board
  Aircraft (Tokyo, 1963);
- a WIPO-administered convention: the International Convention for the Protection of
  Performers, Producers of Phonograms and Broadcasting Organisations (Rome, 1961);
- a regional treaty of Asia: the Regional Cooperation Agreement on Combating Piracy and Armed
  Robbery against Ships in Asia (ReCAAP, 2004).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cut fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS51` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u7800 … u7927, in the
order printed (`FIRST_ID`; `heldout50`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold51.py /tmp/src51
(/tmp/src51 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout51-v1"
N = 16
FIRST_ID = 7800
SRC = source_folder(__file__)
_md = markdown(SRC)


# the one cut: the Bunkers Convention's annex ("Annex": the model certificate of insurance or
# other financial security, a form); every other part stays in its pool (the preambles, the
# final clauses, the Watercourses Convention's Annexes I-IV).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS51 = {
    "ilo-c094-1949": (_md("ilo-c094-1949.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets30-1959": (_md("coe-ets30-1959.md"), "convention", "binding", "Council of Europe"),
    "un-att-2013": (_md("un-att-2013.md"), "treaty", "binding", "United Nations"),
    "unece-water-1992": (_md("unece-water-1992.md"), "convention", "binding",
                         "UN Economic Commission for Europe"),
    "imo-bunkers-2001": (before("Annex", _md("imo-bunkers-2001.md")), "convention", "binding",
                         "International Maritime Organization"),
    "icao-tokyo-1963": (_md("icao-tokyo-1963.md"), "convention", "binding",
                        "International Civil Aviation Organization"),
    "wipo-rome-1961": (_md("wipo-rome-1961.md"), "convention", "binding",
                       "World Intellectual Property Organization"),
    "recaap-2004": (_md("recaap-2004.md"), "treaty", "binding",
                    "ReCAAP Information Sharing Centre"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS51.items()}, units7, N)


if __name__ == "__main__":
    main()
