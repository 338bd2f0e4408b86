"""Seeded sample of a twenty-eighth held-out half (`heldout28`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from eight documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 216 documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, from eight different issuers, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record):

- a treaty body's general comment on public budgets: CRC General Comment No. 19 (2016) on public
  budgeting for the realization of children's rights (lettered lists);
- a treaty body's general comment on equality: CESCR General Comment No. 16 (2005), the equal
  right of men and women to the enjoyment of all economic, social and cultural rights;
- a treaty body's general comment on equality: Human Rights Committee General Comment No. 28
  (2000), equality of rights between men and women (article 3);
- an ILO convention: the Labour Relations (Public Service) Convention, 1978 (No. 151), alone (its
  source goes on with Recommendation No. 159, dropped after the Convention's authentic-text
  clause);
- a Council of Europe convention: the Convention for the Protection of the Architectural
  Heritage of Europe (ETS 121, Granada, 1985);
- a UNESCO convention: the Convention on the Means of Prohibiting and Preventing the Illicit
  Import, Export and Transfer of Ownership of Cultural Property (Paris, 1970);
- a United Nations convention: the United Nations Convention against Illicit Traffic in Narcotic
  Drugs and Psychotropic Substances (Vienna, 1988);
- a Hague Conference convention: the Convention on the Taking of Evidence Abroad in Civil or
  Commercial Matters (The Hague, 1970).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body JSON
(`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS28` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold28.py /tmp/src28
(/tmp/src28 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout28-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def ilo_c151() -> list[tuple[str, str]]:
    """The Convention alone, up to its authentic-text clause: the file goes on with
    Recommendation No. 159."""
    paras = english(SRC / "ilo-c151-r159-1978.md")
    end = next(i for i, (_, t) in enumerate(paras)
               if t.startswith("The foregoing is the authentic text of the Convention"))
    return paras[:end + 1]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS28 = {
    "crc-gc19-2016": (_tb("CRC-GC19-Budget.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cescr-gc16-2005": (_tb("ESCR-GC16-Equality.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "ccpr-gc28-2000": (_tb("CCPR_GC28_gender_equality.json"), "general comment",
                       "non-binding", "UN Human Rights Committee"),
    "ilo-c151-1978": (ilo_c151, "convention", "binding", "International Labour Organization"),
    "coe-ets121-1985": (_md("coe-ets121-1985.md"), "convention", "binding", "Council of Europe"),
    "unesco-illicit-cultural-property-1970": (_md("unesco-illicit-1970.md"), "convention",
                                              "binding", "UNESCO"),
    "un-narcotics-1988": (_md("un-narcotics-1988.md"), "convention", "binding", "United Nations"),
    "hcch-evidence-1970": (_md("hcch-evidence-1970.md"), "convention", "binding",
                           "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS28.items()}, units7, N)


if __name__ == "__main__":
    main()
