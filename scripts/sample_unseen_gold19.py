"""Seeded sample of a nineteenth held-out half (`heldout19`) for
tests/data/statements_gold_unseen.jsonl.

`heldout18` is measured; a further fresh half is drawn from eight documents that are neither in
the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the 144
documents already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight different
issuers, of the kinds a policy index starts from, labelled under the protocol in the README
beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on adolescents: CRC General Comment No. 20 (2016) on the
  implementation of the rights of the child during adolescence;
- a treaty body's general comment on culture: CESCR General Comment No. 21 (2009) on the right
  of everyone to take part in cultural life;
- a treaty body's general comment on migrant workers: CMW General Comment No. 1 (2011) on
  migrant domestic workers;
- an ILO recommendation: the Tripartite Consultation (Activities of the International Labour
  Organisation) Recommendation, 1976 (No. 152), printed after Convention No. 144 in its source
  (`numbered_recommendation` keeps the Recommendation alone);
- a Council of Europe agreement on education: the European Agreement on continued Payment of
  Scholarships to students studying abroad (ETS 69, 1969);
- a UNESCO convention: the Convention for the Safeguarding of the Intangible Cultural Heritage
  (Paris, 2003);
- a UN convention on nationality: the Convention on the Reduction of Statelessness (New York,
  1961);
- a Hague Conference convention on children: the Convention on Jurisdiction, Applicable Law,
  Recognition, Enforcement and Co-operation in respect of Parental Responsibility and Measures for
  the Protection of Children (The Hague, 1996).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`); ETS 69 and the 1961 Convention end at their
signature clause (`_treaty`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS19` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold19.py /tmp/src19
(/tmp/src19 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402
from sample_unseen_gold18 import numbered_recommendation  # noqa: E402

SEED = "issue14-heldout19-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def _treaty(name: str):
    """The treaty alone: the reader's passages up to its signature clause. The source prints after
    it texts of other authors under the reader's last locator (ETS 69: a resolution of the
    European Ministers of Education as "Art. 12 ¶ 2"; the 1961 Convention: the Final Act of the
    Conference and its resolutions as "Art. 21(1)" …)."""
    def read() -> list[tuple[str, str]]:
        paras = english(SRC / name)
        end = next(i for i, (loc, _) in enumerate(paras) if loc == "Signature clause")
        return paras[:end + 1]
    return read


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS19 = {
    "crc-gc20-2016": (_tb("CRC-GC20-Adolescence.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "cescr-gc21-2009": (_tb("ESCR-GC21-Culture.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "cmw-gc1-2011": (_tb("CMW_GC1_domestic.json"), "general comment", "non-binding",
                     "UN Committee on Migrant Workers"),
    "ilo-r152-1976": (lambda: numbered_recommendation(SRC / "ilo-c144-r152-1976.md"),
                      "recommendation", "non-binding", "International Labour Organization"),
    "coe-ets69-1969": (_treaty("coe-ets69-1969.md"), "treaty", "binding", "Council of Europe"),
    "unesco-ich-2003": (_md("unesco-ich-2003.md"), "convention", "binding", "UNESCO"),
    "un-statelessness-1961": (_treaty("un-statelessness-1961.md"), "convention", "binding",
                              "UN (Conference of Plenipotentiaries)"),
    "hcch-child-protection-1996": (_md("hcch-child-protection-1996.md"), "convention", "binding",
                                   "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS19.items()}, units7, N)


if __name__ == "__main__":
    main()
