"""Seeded sample of a hundred-and-twenty-seventh held-out half (`heldout127`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, nor in the session's list of used or claimed
documents, each of a different issuer, of the kinds a policy index starts from, labelled under
the protocol in the README beside the gold file, its amendment of 2 Dec 2026, the amendment's
scope and the floor of statements of 3 Dec 2026 (a half stands as drawn; `statements evaluate
--structure` is the figure of record). Drawn in session 37 in parallel with other helpers'
halves (`heldout126`: treaties whose BWBV number ends in an even digit; others: documents of no
treaty), this half takes **treaties only**, from `statengeneraal/laws-markdown`'s treaties whose
BWBV number ends in an odd digit, of eight issuers:

- a UN human-rights protocol: the Optional Protocol to the Convention on the Elimination of All
  Forms of Discrimination against Women (New York, 1999), whole (it ends with its Article 21);
- an ILO convention on child labour: the Minimum Age (Agriculture) Convention, 1921 (No. 10), as
  modified by the Final Articles Revision Convention, 1946, whole;
- a Council of Europe social protocol: the Additional Protocol to the European Social Charter
  providing for a system of collective complaints (ETS 158, Strasbourg, 1995), whole (it ends
  with its signature clause);
- a UNEP environment convention: the Vienna Convention for the Protection of the Ozone Layer
  (1985), **through its signature clause** (without Annex I, research and systematic
  observations, and Annex II, information exchange);
- a League of Nations protocol on nationality: the Protocol relating to a Certain Case of
  Statelessness (The Hague, 1930), whole (it ends with its signature clause; the Dutch
  translation printed after it is dropped by the reader);
- the constituent instrument of a UN specialized agency: the Constitution of the Food and
  Agriculture Organization of the United Nations (Quebec, 1945, as amended), **before its Annex
  I** (the table of nations eligible for original membership);
- a bilateral social-security convention: the Convention on social security between the Kingdom
  of the Netherlands and the State of Israel (Jerusalem, 1984, in the revised text its source
  prints), whole (it ends with its signature clause);
- a bilateral cultural agreement: the Cultural Agreement between the Kingdom of the Netherlands
  and the Republic of Finland (The Hague, 1988), whole (it ends with its signature clause).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold34.units34` (`units7` with sampler 2's
footnote filter narrowed, so that numbered items are not dropped); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, and their cuts fixed, before the draw was printed (`gold_readers.through_signature`,
`gold_readers.before`).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS127` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22784 … u22911, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold127.py /tmp/src127
(/tmp/src127 holds the files named below, copied from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, through_signature  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout127-v1"
N = 16
FIRST_ID = 22784
SRC = source_folder(__file__)
_md = markdown(SRC)

# cuts, fixed before the draw: the Vienna Convention through its signature clause (Annexes I
# and II after it); the FAO Constitution before its Annex I (a table of nations); the other six
# whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS127 = {
    "un-op-cedaw-1999": (_md("un-op-cedaw-1999.md"), "protocol", "binding",
                         "UN General Assembly"),
    "ilo-c010-1921": (_md("ilo-c010-1921.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets158-1995": (_md("coe-ets158-1995.md"), "protocol", "binding", "Council of Europe"),
    "unep-vienna-ozone-1985": (through_signature(_md("unep-vienna-ozone-1985.md")),
                               "convention", "binding", "United Nations Environment Programme"),
    "lon-statelessness-protocol-1930": (_md("lon-statelessness-protocol-1930.md"), "protocol",
                                        "binding", "League of Nations"),
    "fao-constitution-1945": (before("Annex", _md("fao-constitution-1945.md")), "treaty",
                              "binding", "Food and Agriculture Organization of the United Nations"),
    "nl-il-social-security-1984": (_md("nl-il-social-security-1984.md"), "treaty", "binding",
                                   "Kingdom of the Netherlands; State of Israel"),
    "nl-fi-cultural-agreement-1988": (_md("nl-fi-cultural-agreement-1988.md"), "treaty",
                                      "binding", "Kingdom of the Netherlands; Republic of Finland"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS127.items()}, units34, N)


if __name__ == "__main__":
    main()
