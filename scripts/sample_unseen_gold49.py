"""Seeded sample of a forty-ninth held-out half (`heldout49`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout48` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations and UN agencies' and commissions'
(UNECE, IMO, ICAO, WIPO) instruments and a regional treaty), and no general comment,
declaration, national law, EU act or judgment, of eight issuers:

- an ILO convention: the Invalidity, Old-Age and Survivors' Benefits Convention, 1967 (No. 128)
  (cut before its annex, the International Standard Industrial Classification);
- a Council of Europe convention: the Anti-Doping Convention (ETS 135, Strasbourg, 1989) (cut
  after its signature clause: the file then prints the 2015 Prohibited List of the World
  Anti-Doping Code, which the reader numbers as Art. 19 …, a list of substances);
- a United Nations protocol: the Protocol on Explosive Remnants of War (Protocol V to the
  Convention on Certain Conventional Weapons, Geneva, 2003), with its Technical Annex (text, kept;
  the reader numbers it under Art. 11);
- a UNECE convention on the environment: the Convention on the Transboundary Effects of
  Industrial Accidents (Helsinki, 1992) (cut before its annexes: lists of substances, criteria,
  measures and procedures);
- an IMO convention: the International Convention on the Control of Harmful Anti-fouling Systems
  on Ships, 2001 (cut before its annexes and appendices: the controls, the information for
  proposals, the survey and certification requirements and the model forms);
- an ICAO convention on crime: the Convention on the Suppression of Unlawful Acts Relating to
  International Civil Aviation (Beijing, 2010);
- a regional convention on the environment: the Convention for the Protection of the Marine
  Environment of the North-East Atlantic (OSPAR, Paris, 1992), with its Annexes I-V (text, kept;
  cut before its appendices: criteria and lists);
- a WIPO convention: the Convention for the Protection of Producers of Phonograms Against
  Unauthorized Duplication of Their Phonograms (Geneva, 1971).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS49` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u7400 … u7527, in the
order printed (`FIRST_ID`; `heldout48`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold49.py /tmp/src49
(/tmp/src49 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout49-v1"
N = 16
FIRST_ID = 7400
SRC = source_folder(__file__)
_md = markdown(SRC)


# the cuts: C128's annex ("Annex": the industrial classification); ETS 135 after its signature
# clause (`through_signature`: the file prints the 2015 Prohibited List of the World Anti-Doping
# Code after it, numbered by the reader as Art. 19 …); the Industrial Accidents Convention's annexes ("Annex I" …); the Anti-fouling
# Convention's annexes and appendices ("Annex 1" …); OSPAR's appendices ("Appendix 1" …, after
# its Annexes I-V, kept).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS49 = {
    "ilo-c128-1967": (before("Annex", _md("ilo-c128-1967.md")), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets135-1989": (through_signature(_md("coe-ets135-1989.md")), "convention",
                        "binding", "Council of Europe"),
    "un-erw-protocol-2003": (_md("un-erw-protocol-2003.md"), "protocol", "binding",
                             "United Nations"),
    "unece-industrial-accidents-1992": (before("Annex", _md("unece-industrial-accidents-1992.md")),
                                        "convention", "binding",
                                        "UN Economic Commission for Europe"),
    "imo-afs-2001": (before("Annex", _md("imo-afs-2001.md")), "convention", "binding",
                     "International Maritime Organization"),
    "icao-beijing-2010": (_md("icao-beijing-2010.md"), "convention", "binding",
                          "International Civil Aviation Organization"),
    "ospar-1992": (before("Appendix", _md("ospar-1992.md")), "convention", "binding",
                   "OSPAR Commission"),
    "wipo-phonograms-1971": (_md("wipo-phonograms-1971.md"), "convention", "binding",
                             "World Intellectual Property Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS49.items()}, units7, N)


if __name__ == "__main__":
    main()
