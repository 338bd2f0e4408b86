"""Seeded sample of a hundred-and-thirty-first held-out half (`heldout131`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, nor in the session's list of used or claimed
documents, each of a different issuer, of the kinds a policy index starts from where the pool
allows, labelled under the protocol in the README beside the gold file, its amendment of 2 Dec
2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as drawn;
`statements evaluate --structure` is the figure of record). Drawn in session 39 in parallel with
another helper's half (`heldout132`: treaties whose BWBV number ends in an odd digit), this half
takes **treaties only**, from `statengeneraal/laws-markdown`'s treaties whose BWBV number ends in
an even digit, of eight issuers:

- an ILO convention on occupational health and social security: the Workmen's Compensation
  (Occupational Diseases) Convention (Revised), 1934 (No. 42), whole (the reader drops the Dutch
  translation printed after it);
- a Council of Europe agreement on migration: the European Agreement on Regulations governing
  the Movement of Persons between Member States of the Council of Europe (ETS 25, Paris, 1957),
  **through its signature clause** (without its Appendix, the list of documents each Party
  accepts);
- a United Nations protocol of humanitarian law: the Protocol on Prohibitions or Restrictions on
  the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996 (Amended Protocol II
  to the Convention on Certain Conventional Weapons), with the amending instrument's Article 1,
  **before its Technical Annex** (whose first passage the reader locates "Art. 14(1) ¶ 2"; left
  out with it: the Attachment, the sign, and the amending instrument's Article 2 on entry into
  force printed after them);
- a UNECE protocol on the environment: the Protocol to the 1979 Convention on Long-range
  Transboundary Air Pollution on the Reduction of Sulphur Emissions or their Transboundary Fluxes
  by at least 30 per cent (Helsinki, 1985), whole (it ends with its signature clause);
- the constituent instrument of a development bank: the Articles of Agreement of the Council of
  Europe Development Bank (1956, as amended), **before its Appendix** (the table of the
  apportionment of participating certificates);
- a visa agreement of the Benelux States: the Agreement between the Governments of the Benelux
  States and the Government of the Republic of South Africa on the exemption of visa
  requirements for holders of diplomatic, official and/or service passports (Pretoria, 2013),
  whole (it ends with its signature clause);
- a bilateral social-security agreement: the Agreement on Social Security between the Kingdom of
  the Netherlands and the Republic of India (New Delhi, 2009), **through its signature clause**
  (without the Administrative Arrangement printed after it);
- a bilateral cultural agreement: the Agreement on cultural co-operation between the Kingdom of
  the Netherlands and the Republic of Indonesia (Jakarta, 1968), whole (it ends with its
  signature clause).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS131` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23296 … u23423, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold131.py /tmp/src131
(/tmp/src131 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00 (`git show <commit>:<path> > /tmp/src131/<file>`),
as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout131-v1"
N = 16
FIRST_ID = 23296
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: ETS 25 and the Netherlands-India agreement through their signature
# clauses (the Appendix; the Administrative Arrangement after them); Amended Protocol II before
# its Technical Annex (located "Art. 14(1) ¶ 2" by the reader); the CEB Articles before their
# Appendix (a table); the other four whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS131 = {
    "ilo-c042-1934": (_md("ilo-c042-1934.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets25-1957": (through_signature(_md("coe-ets25-1957.md")), "treaty", "binding",
                       "Council of Europe"),
    "un-ccw-amended-protocol-ii-1996": (
        before("Art. 14(1) ¶ 2", _md("un-ccw-amended-protocol-ii-1996.md")), "protocol",
        "binding", "United Nations"),
    "unece-sulphur-protocol-1985": (_md("unece-sulphur-protocol-1985.md"), "protocol", "binding",
                                    "UN Economic Commission for Europe"),
    "ceb-articles-1956": (before("Appendix", _md("ceb-articles-1956.md")), "treaty", "binding",
                          "Council of Europe Development Bank"),
    "benelux-za-visas-2013": (_md("benelux-za-visas-2013.md"), "treaty", "binding",
                              "Benelux countries; Republic of South Africa"),
    "nl-in-social-security-2009": (through_signature(_md("nl-in-social-security-2009.md")),
                                   "treaty", "binding",
                                   "Kingdom of the Netherlands; Republic of India"),
    "nl-id-cultural-agreement-1968": (_md("nl-id-cultural-agreement-1968.md"), "treaty",
                                      "binding",
                                      "Kingdom of the Netherlands; Republic of Indonesia"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS131.items()}, units34, N)


if __name__ == "__main__":
    main()
