"""Seeded sample of a fifty-fifth held-out half (`heldout55`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout54` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations, UN agencies' (WHO, WIPO, IMO)
instruments, a union of States' convention and an international treaty of the inter-war
period), and no general comment, declaration, national law, EU act or judgment, of eight
issuers:

- an ILO convention: the Social Security (Minimum Standards) Convention, 1952 (No. 102), without
  its annex (the International Standard Industrial Classification of All Economic Activities);
- a Council of Europe convention: the European Convention for the Protection of Animals during
  International Transport (Revised) (CETS 193, Chisinau, 2003);
- a United Nations convention: the Vienna Convention on Diplomatic Relations (1961), through its
  signature clause (the Final Act of the Conference, the Optional Protocols and the Conference's
  resolutions printed after it are left out);
- a WIPO-administered convention: the Berne Convention for the Protection of Literary and
  Artistic Works (Paris Act, 1971), with its Appendix (special provisions regarding developing
  countries);
- a convention of a union of States: the International Convention for the Protection of New
  Varieties of Plants (UPOV, as revised at Geneva in 1991);
- an IMO convention: the Convention on Facilitation of International Maritime Traffic (FAL,
  London, 1965) with its annex (standards and recommended practices, as the source prints it),
  without the annex's appendices (model forms and guidelines);
- a WHO instrument: the Constitution of the World Health Organization (New York, 1946), without
  its Annex I (a list of earlier sanitary conventions, and a Dutch fragment of it);
- an international treaty: the Treaty concerning the Archipelago of Spitsbergen (Paris, 1920),
  with its annex (claims to land).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS55` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u8600 … u8727, in the
order printed (`FIRST_ID`; `heldout54`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold55.py /tmp/src55
(/tmp/src55 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout55-v1"
N = 16
FIRST_ID = 8600
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts: C102's annex (an industrial classification, a list; the Dutch fragment the reader
# keeps after it goes with it); the Diplomatic Relations Convention's Final Act, Optional
# Protocols and resolutions printed after its signature clause; the FAL annex's appendices (model
# forms and guidelines, and what the file prints after them); the WHO Constitution's Annex I (a
# list of earlier conventions). Every other part stays in its pool (the preambles, the final
# clauses, the signature clauses, C102's schedule to Part XI, Berne's Appendix, the Spitsbergen
# annex).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS55 = {
    "ilo-c102-1952": (before("Annex", _md("ilo-c102-1952.md")), "convention", "binding",
                      "International Labour Organization"),
    "coe-cets193-2003": (_md("coe-cets193-2003.md"), "convention", "binding", "Council of Europe"),
    "un-vcdr-1961": (through_signature(_md("un-vcdr-1961.md")), "convention", "binding",
                     "United Nations"),
    "wipo-berne-1971": (_md("wipo-berne-1971.md"), "convention", "binding",
                        "World Intellectual Property Organization"),
    "upov-1991": (_md("upov-1991.md"), "convention", "binding",
                  "International Union for the Protection of New Varieties of Plants"),
    "imo-fal-1965": (before("Appendix", _md("imo-fal-1965.md")), "convention", "binding",
                     "International Maritime Organization"),
    "who-constitution-1946": (before("Annex", _md("who-constitution-1946.md")), "treaty",
                              "binding", "World Health Organization"),
    "spitsbergen-1920": (_md("spitsbergen-1920.md"), "treaty", "binding",
                         "Governments of the United States, the United Kingdom, Denmark, France, "
                         "Italy, Japan, Norway, the Netherlands and Sweden"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS55.items()}, units7, N)


if __name__ == "__main__":
    main()
