"""Seeded sample of a forty-fifth held-out half (`heldout45`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout44` (another helper): this half takes its eight documents
from ILO, Council of Europe, United Nations, UN agencies' (UNEP, IMO, ICAO, WIPO) and Hague
Conference treaties, and no general comment or national law, of eight issuers:

- an ILO convention: the Medical Examination of Young Persons (Underground Work) Convention, 1965
  (No. 124);
- a Council of Europe convention: the Criminal Law Convention on Corruption (ETS 173,
  Strasbourg, 1999);
- a United Nations convention on crime: the International Convention for the Suppression of Acts
  of Nuclear Terrorism (New York, 2005);
- a UNEP protocol on the environment: the Cartagena Protocol on Biosafety to the Convention on
  Biological Diversity (Montreal, 2000) (cut before its annexes: the information required in
  notifications and for living modified organisms intended for food, feed or processing, and the
  risk assessment annex);
- an IMO convention: the International Convention on Maritime Search and Rescue, 1979, as
  amended, with its annex (text, kept);
- an ICAO convention: the Convention for the Suppression of Unlawful Seizure of Aircraft (The
  Hague, 1970) (cut after its signature clause, before the exchange of letters on the
  facilities for the diplomatic conference that the file prints after it: another text);
- a Hague Conference convention: the Convention on the Law Applicable to Trusts and on their
  Recognition (The Hague, 1985);
- a WIPO treaty: the WIPO Performances and Phonograms Treaty (WPPT, Geneva, 1996).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS45` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u6600 … u6727, in the
order printed (`FIRST_ID`; `heldout44`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold45.py /tmp/src45
(/tmp/src45 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout45-v1"
N = 16
FIRST_ID = 6600
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts (`before`): the Cartagena Protocol's annexes ("Annex …": the information required in
# notifications and for LMOs-FFP, lists, and the risk assessment annex after them); what the
# Hague hijacking file prints after the Convention's signature clause ("Art. 14(2) ¶ 2" on: the
# Netherlands' letter on the conference rooms, offices, staff and costs of the diplomatic
# conference, which the reader numbers as further paragraphs of Art. 14(2)).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS45 = {
    "ilo-c124-1965": (_md("ilo-c124-1965.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets173-1999": (_md("coe-ets173-1999.md"), "convention", "binding", "Council of Europe"),
    "un-nuclear-terrorism-2005": (_md("un-nuclear-terrorism-2005.md"), "convention", "binding",
                                  "United Nations"),
    "unep-cartagena-2000": (before("Annex", _md("cbd-cartagena-biosafety-2000.md")), "protocol",
                            "binding", "United Nations Environment Programme"),
    "imo-sar-1979": (_md("imo-sar-1979.md"), "convention", "binding",
                     "International Maritime Organization"),
    "icao-hague-hijacking-1970": (before("Art. 14(2) ¶ 2", _md("icao-hague-hijacking-1970.md")),
                                  "convention", "binding",
                                  "International Civil Aviation Organization"),
    "hcch-trusts-1985": (_md("hcch-trusts-1985.md"), "convention", "binding",
                         "Hague Conference on Private International Law"),
    "wipo-wppt-1996": (_md("wipo-wppt-1996.md"), "treaty", "binding",
                       "World Intellectual Property Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS45.items()}, units7, N)


if __name__ == "__main__":
    main()
