"""Seeded sample of a ninety-third held-out half (`heldout93`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 28 in
parallel with `heldout92` and `heldout94` (no treaty) and `heldout95` (treaties whose BWBV number
ends in an odd digit), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s
treaties whose BWBV number ends in an even digit, of eight issuers, in families the last halves
(`heldout84` … `heldout91`) did not take:

- a UNECE agreement on the transport of dangerous goods: the European Agreement concerning the
  International Carriage of Dangerous Goods by Road (ADR, Geneva, 1957), **through its signature
  clause** (without the Protocol of Signature printed after it; Annexes A and B are not in the
  file);
- a United Nations customs convention on tourism: the Convention concerning Customs Facilities for
  Touring (New York, 1954), **through its signature clause** (without a stray number the reader
  keeps after it);
- an agreement on an archive of the victims of persecution: the Agreement on the International
  Tracing Service (Berlin, 2011), whole (it ends with its signature clause);
- the constituent instrument of a satellite organisation: the Convention on the International
  Mobile Satellite Organization (Inmarsat/IMSO, London, 1976, as amended), **through its signature
  clause** (without its Annex, the procedures for the settlement of disputes by arbitration);
- a Council of Europe agreement on the European Court of Human Rights: the European Agreement
  relating to persons participating in proceedings of the European Court of Human Rights (ETS 161,
  Strasbourg, 1996), whole (it ends with its signature clause);
- a bilateral agreement on customs co-operation: the Agreement between the Kingdom of the
  Netherlands and the Republic of Cape Verde on mutual administrative assistance in customs
  matters (Brussels, 2013), whole, **with its Annex** on the protection of personal data (text);
- an ILO convention on seafarers' employment: the Placing of Seamen Convention, 1920 (No. 9),
  whole (the file has no signature clause);
- the constituent instrument of a trade organisation: the Agreement establishing the World Trade
  Organization (Marrakesh, 1994), **through its signature clause** (without the explanatory notes
  and the Annexes, the multilateral and plurilateral trade agreements, printed after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with the narrower
footnote filter, so that numbered items such as C9's Art. 4 "(1) by representative associations …"
are not dropped); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The eight documents were chosen, and their cuts fixed, before the draw
was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS93` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u16200 … u16327, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold93.py /tmp/src93
(/tmp/src93 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout93-v1"
N = 16
FIRST_ID = 16200
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the ADR, the Touring Convention, the IMSO Convention and the WTO
# Agreement through their signature clauses (what the files print after them: the ADR's Protocol
# of Signature, a stray number, the IMSO Convention's Annex on arbitration, the WTO Agreement's
# explanatory notes and Annexes 1-4); the ITS Agreement and ETS 161 whole (each ends with its
# signature clause); the Cape Verde agreement whole, with its Annex on personal data; C9 whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS93 = {
    "unece-adr-1957": (through_signature(_md("unece-adr-1957.md")), "treaty", "binding",
                       "UN Economic Commission for Europe"),
    "un-customs-touring-1954": (through_signature(_md("un-customs-touring-1954.md")),
                                "convention", "binding", "United Nations"),
    "its-agreement-2011": (_md("its-agreement-2011.md"), "treaty", "binding",
                           "International Tracing Service"),
    "imso-convention-1976": (through_signature(_md("imso-convention-1976.md")), "convention",
                             "binding", "International Mobile Satellite Organization"),
    "coe-ets161-1996": (_md("coe-ets161-1996.md"), "treaty", "binding", "Council of Europe"),
    "nl-cv-customs-assistance-2013": (_md("nl-cv-customs-assistance-2013.md"), "treaty",
                                      "binding",
                                      "Kingdom of the Netherlands; Republic of Cape Verde"),
    "ilo-c009-1920": (_md("ilo-c009-1920.md"), "convention", "binding",
                      "International Labour Organization"),
    "wto-agreement-1994": (through_signature(_md("wto-agreement-1994.md")), "treaty", "binding",
                           "World Trade Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS93.items()}, units34, N)


if __name__ == "__main__":
    main()
