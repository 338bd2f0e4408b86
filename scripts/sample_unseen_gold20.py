"""Seeded sample of a twentieth held-out half (`heldout20`) for
tests/data/statements_gold_unseen.jsonl.

`heldout19` waits for its measurement; a further fresh half is drawn from eight documents that are
neither in the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the 152
documents already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight different
issuers, of the kinds a policy index starts from, labelled under the protocol in the README
beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on migration: Human Rights Committee General Comment No. 27
  (1999) on freedom of movement (article 12);
- a treaty body's general recommendation with lettered lists: CEDAW General Recommendation
  No. 34 (2016) on the rights of rural women;
- a treaty body's general recommendation on discrimination: CERD General Recommendation No. 34
  (2011) on racial discrimination against people of African descent;
- a treaty body's general comment on disability: CRPD General Comment No. 3 (2016) on women and
  girls with disabilities;
- an ILO recommendation: the Continuity of Employment (Seafarers) Recommendation, 1976
  (No. 154), printed after Convention No. 145 in its source (`numbered_recommendation` keeps the
  Recommendation alone; the source prints its paragraphs without their numbers, so the locators
  carry sub-paragraphs and items only);
- a Council of Europe agreement on refugees: the European Agreement on the Abolition of Visas for
  Refugees (ETS 31, 1959);
- a UN General Assembly convention on the family: the Convention on Consent to Marriage, Minimum
  Age for Marriage and Registration of Marriages (New York, 1962);
- a Hague Conference convention on the family: the Convention on the International Recovery of
  Child Support and Other Forms of Family Maintenance (The Hague, 2007).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS20` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold20.py /tmp/src20
(/tmp/src20 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402
from sample_unseen_gold18 import numbered_recommendation  # noqa: E402

SEED = "issue14-heldout20-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS20 = {
    "ccpr-gc27-1999": (_tb("CCPR_GC27_movement.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "cedaw-gr34-2016": (_tb("CEDAW-GR34-rural.json"), "general recommendation", "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cerd-gr34-2011": (_tb("CERD_GR34_african_descent.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "crpd-gc3-2016": (_tb("CRPD_GC3_women.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "ilo-r154-1976": (lambda: numbered_recommendation(SRC / "ilo-c145-r154-1976.md"),
                      "recommendation", "non-binding", "International Labour Organization"),
    "coe-ets31-1959": (_md("coe-ets31-1959.md"), "treaty", "binding", "Council of Europe"),
    "un-consent-marriage-1962": (_md("un-consent-marriage-1962.md"), "convention", "binding",
                                 "UN General Assembly"),
    "hcch-child-support-2007": (_md("hcch-child-support-2007.md"), "convention", "binding",
                                "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS20.items()}, units7, N)


if __name__ == "__main__":
    main()
