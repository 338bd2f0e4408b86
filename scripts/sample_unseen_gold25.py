"""Seeded sample of a twenty-fifth held-out half (`heldout25`) for
tests/data/statements_gold_unseen.jsonl.

`heldout24` is fresh (not yet measured); a further fresh half is drawn from eight documents that
are neither in the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the
192 documents already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight
different issuers, of the kinds a policy index starts from, labelled under the protocol in the
README beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a treaty body's general recommendation on justice: CEDAW General Recommendation No. 33 (2015)
  on women's access to justice;
- a treaty body's general recommendation on speech: CERD General Recommendation No. 35 (2013),
  combating racist hate speech;
- a treaty body's general comment on business: CESCR General Comment No. 24 (2017), State
  obligations in the context of business activities;
- a treaty body's general comment on expression: Human Rights Committee General Comment No. 34
  (2011), freedoms of opinion and expression (art. 19);
- an EU directive (recitals and articles): Directive 2011/91/EU on indications or marks
  identifying the lot to which a foodstuff belongs;
- an ILO convention: the Equal Remuneration Convention, 1951 (No. 100);
- a Council of Europe convention on health: the Convention on Human Rights and Biomedicine
  (Oviedo, ETS 164, 1997);
- a UN General Assembly convention: the Convention on the Prevention and Punishment of Crimes
  against Internationally Protected Persons, including Diplomatic Agents (1973).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader; the directive is a plain-text
copy), except the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by
`sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS25` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold25.py /tmp/src25
(/tmp/src25 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout25-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS25 = {
    "cedaw-gr33-2015": (_tb("CEDAW-GR33-access_to_justice.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cerd-gr35-2013": (_tb("CERD_GR35_hate_speech.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "cescr-gc24-2017": (_tb("ESCR-GC24-Business.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "ccpr-gc34-2011": (_tb("CCPR_GC34_expression.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "eu-dir-2011-91": (_md("eu-dir-2011-91.txt"), "directive", "binding",
                       "European Parliament and Council of the European Union"),
    "ilo-c100-1951": (_md("ilo-c100-1951.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets164-1997": (_md("coe-ets164-1997.md"), "convention", "binding", "Council of Europe"),
    "un-protected-persons-1973": (_md("un-protected-persons-1973.md"), "convention", "binding",
                                  "UN General Assembly"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS25.items()}, units7, N)


if __name__ == "__main__":
    main()
