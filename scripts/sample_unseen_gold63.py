"""Seeded sample of a sixty-third held-out half (`heldout63`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout62` (another helper), this half takes **treaties only**,
of eight issuers:

- an ILO convention: the Safety Provisions (Building) Convention, 1937 (No. 62);
- a Council of Europe protocol: the Additional Protocol to the Convention on Cybercrime,
  concerning the criminalisation of acts of a racist and xenophobic nature committed through
  computer systems (ETS 189, Strasbourg, 2003);
- a United Nations convention on drugs: the Single Convention on Narcotic Drugs, 1961, as amended
  by the 1972 Protocol, without the Schedules printed after its Article 51 (lists of drugs);
- a protocol of a diplomatic conference on humanitarian law: the Protocol Additional to the Geneva
  Conventions of 12 August 1949, relating to the Protection of Victims of International Armed
  Conflicts (Protocol I, 1977), with Annex I (Regulations concerning identification), without
  Annex II (the model identity cards);
- an UNCITRAL convention on trade and transport: the United Nations Convention on Contracts for
  the International Carriage of Goods Wholly or Partly by Sea (the Rotterdam Rules, 2008);
- a Universal Postal Union convention: the Universal Postal Convention (Doha, 2012), with its Final
  Protocol;
- an IMO convention: the International Convention on Standards of Training, Certification and
  Watchkeeping for Seafarers, 1978 (STCW), with its annex of regulations, as the source prints it;
- a convention on the Antarctic environment: the Convention on the Conservation of Antarctic
  Marine Living Resources (Canberra, 1980), with its annex on the arbitral tribunal.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS63` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u10200 … u10327, in the
order printed (`FIRST_ID`, set so as not to clash with `heldout62`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold63.py /tmp/src63
(/tmp/src63 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout63-v1"
N = 16
FIRST_ID = 10200
SRC = source_folder(__file__)
_md = markdown(SRC)


def without(prefixes: tuple[str, ...], read: Reader) -> Reader:
    """A treaty's passages less those whose locator starts with one of `prefixes` (an annex that
    is a form or a list)."""
    return lambda: [(loc, text) for loc, text in read() if not loc.startswith(prefixes)]


def before_text(prefix: str, read: Reader) -> Reader:
    """A treaty's passages up to the first whose text starts with `prefix`: the lists the source
    prints after the last article, which the reader gives that article's locator."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        return paras[:next((i for i, (_, t) in enumerate(paras) if t.startswith(prefix)),
                           len(paras))]
    return cut


# the cuts: the Single Convention's Schedules (lists of drugs and preparations, which the reader
# reads as paragraphs of Article 51) and Protocol I's Annex II (the model identity cards). Every
# other part stays in its pool (the preambles, the final clauses, the signature clauses, Protocol
# I's Annex I, the STCW regulations, the Postal Convention's Final Protocol and CCAMLR's annex).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS63 = {
    "ilo-c062-1937": (_md("ilo-c062-1937.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets189-2003": (_md("coe-ets189-2003.md"), "protocol", "binding", "Council of Europe"),
    "un-single-convention-1961": (before_text("*List of drugs",
                                              _md("un-single-convention-1961.md")),
                                  "convention", "binding", "United Nations"),
    "geneva-ap1-1977": (without(("Annex II",), _md("geneva-ap1-1977.md")), "protocol", "binding",
                        "Diplomatic Conference on the Reaffirmation and Development of "
                        "International Humanitarian Law Applicable in Armed Conflicts"),
    "uncitral-rotterdam-rules-2008": (_md("uncitral-rotterdam-rules-2008.md"), "convention",
                                      "binding",
                                      "United Nations Commission on International Trade Law "
                                      "(UNCITRAL)"),
    "upu-postal-convention-2012": (_md("upu-postal-convention-2012.md"), "convention", "binding",
                                   "Universal Postal Union"),
    "imo-stcw-1978": (_md("imo-stcw-1978.md"), "convention", "binding",
                      "International Maritime Organization"),
    "ccamlr-1980": (_md("ccamlr-1980.md"), "convention", "binding",
                    "Commission for the Conservation of Antarctic Marine Living Resources "
                    "(CCAMLR)"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS63.items()}, units7, N)


if __name__ == "__main__":
    main()
