"""Seeded sample of a twenty-fourth held-out half (`heldout24`) for
tests/data/statements_gold_unseen.jsonl.

`heldout23` is fresh (measured, not tuned on); a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 184 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, of the kinds a policy index starts from,
labelled under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and
the amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on child justice: CRC General Comment No. 24 (2019), children's
  rights in the child justice system;
- a treaty body's general recommendation on the family: CEDAW General Recommendation No. 29
  (2013), economic consequences of marriage, family relations and their dissolution (art. 16);
- a treaty body's general recommendation on criminal justice: CERD General Recommendation
  No. 31 (2005), prevention of racial discrimination in the criminal justice system;
- a treaty body's general comment on housing: CESCR General Comment No. 7 (1997), forced
  evictions;
- an ILO convention: the Forced Labour Convention, 1930 (No. 29);
- a Council of Europe convention: the European Convention on Spectator Violence and Misbehaviour
  at Sports Events and in particular at Football Matches (ETS 120, 1985);
- a UN General Assembly optional protocol: the Optional Protocol to the Convention against
  Torture (2002);
- a Hague Conference convention: the Convention Abolishing the Requirement of Legalisation for
  Foreign Public Documents (1961).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS24` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold24.py /tmp/src24
(/tmp/src24 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout24-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS24 = {
    "crc-gc24-2019": (_tb("CRC-GC24-Justice.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cedaw-gr29-2013": (_tb("CEDAW-GR29-Article16.json"), "general recommendation", "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cerd-gr31-2005": (_tb("CERD_GR31_criminal_justice.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "cescr-gc7-1997": (_tb("ESCR-GC7-Evictions.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "ilo-c029-1930": (_md("ilo-c029-1930.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets120-1985": (_md("coe-ets120-1985.md"), "convention", "binding", "Council of Europe"),
    "un-opcat-2002": (_md("un-opcat-2002.md"), "protocol", "binding",
                      "UN General Assembly"),
    "hcch-apostille-1961": (_md("hcch-apostille-1961.md"), "convention", "binding",
                            "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS24.items()}, units7, N)


if __name__ == "__main__":
    main()
