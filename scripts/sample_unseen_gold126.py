"""Seeded sample of a hundred-and-twenty-sixth held-out half (`heldout126`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 37 in
parallel with other helpers' halves (`heldout127`: treaties whose BWBV number ends in an odd
digit; others: documents of no treaty), this half takes **treaties only**, from
`statengeneraal/laws-markdown`'s treaties whose BWBV number ends in an even digit, of eight
issuers:

- an ILO convention on labour: the Weekly Rest (Industry) Convention, 1921 (No. 14), whole (the
  file prints the English text only and ends with its Article 15);
- a Council of Europe protocol on human rights: Protocol No. 13 to the Convention for the
  Protection of Human Rights and Fundamental Freedoms, concerning the abolition of the death
  penalty in all circumstances (ETS 187, Vilnius, 2002), **through its signature clause** (the
  file prints the Dutch translation after it);
- a United Nations protocol: the Optional Protocol to the Convention on the Safety of United
  Nations and Associated Personnel (New York, 2005), **through its signature clause** (Dutch
  translation after it);
- a UNECE protocol on the environment: the Protocol to the 1979 Convention on Long-range
  Transboundary Air Pollution on Persistent Organic Pollutants (Aarhus, 1998), **through its
  signature clause** (without Annexes I-VIII, the lists of substances, limit values and
  techniques, which the file prints after it);
- a bilateral social-security convention: the Convention on social security between the
  Kingdom of the Netherlands and the United Kingdom of Great Britain and Northern Ireland (The
  Hague, 2005), **through its signature clause** (the reader lets two passages of the Dutch
  translation printed after it through);
- a bilateral agreement with an international organisation on migration: the Cooperation
  Agreement between the Kingdom of the Netherlands and the International Organization for
  Migration (Geneva, 1997), **through its signature clause** (Dutch translation after it);
- an agreement of a regional organisation on disasters: the Agreement between Member States and
  Associate Members of the Association of Caribbean States for regional cooperation on natural
  disasters (Santo Domingo, 1999), **through its signature clause** (Dutch translation after it);
- a bilateral cultural agreement on education, science and culture: the Cultural Agreement
  between the Government of the Kingdom of the Netherlands and the Government of the Czechoslovak
  Socialist Republic (Prague, 1972; BWBV0004984, the same text as BWBV0003382), **through its
  signature clause** (Dutch translation after it).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS126` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22656 … u22783, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold126.py /tmp/src126
(/tmp/src126 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00 (`git show <commit>:<path> > /tmp/src126/<file>`),
as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout126-v1"
N = 16
FIRST_ID = 22656
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: every document but C14 through its signature clause (what the
# files print after it: the Dutch translation, and the POPs Protocol's Annexes I-VIII); C14 whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS126 = {
    "ilo-c14-1921": (_md("ilo-c14-1921.md"), "convention", "binding",
                     "International Labour Organization"),
    "coe-echr-p13-2002": (through_signature(_md("coe-echr-p13-2002.md")), "protocol", "binding",
                          "Council of Europe"),
    "un-personnel-safety-op-2005": (through_signature(_md("un-personnel-safety-op-2005.md")),
                                    "protocol", "binding", "United Nations"),
    "unece-pops-protocol-1998": (through_signature(_md("unece-pops-protocol-1998.md")),
                                 "protocol", "binding", "UN Economic Commission for Europe"),
    "nl-uk-social-security-2005": (through_signature(_md("nl-uk-social-security-2005.md")),
                                   "treaty", "binding",
                                   "Kingdom of the Netherlands; United Kingdom"),
    "nl-iom-cooperation-1997": (through_signature(_md("nl-iom-cooperation-1997.md")), "treaty",
                                "binding",
                                "Kingdom of the Netherlands; "
                                "International Organization for Migration"),
    "acs-natural-disasters-1999": (through_signature(_md("acs-natural-disasters-1999.md")),
                                   "treaty", "binding", "Association of Caribbean States"),
    "nl-cs-cultural-agreement-1972": (
        through_signature(_md("nl-cs-cultural-agreement-1972.md")), "treaty", "binding",
        "Kingdom of the Netherlands; Czechoslovak Socialist Republic"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS126.items()}, units34, N)


if __name__ == "__main__":
    main()
