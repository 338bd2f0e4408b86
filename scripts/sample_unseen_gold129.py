"""Seeded sample of a hundred-and-twenty-ninth held-out half (`heldout129`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from where the pool allows, labelled under the protocol in the README beside the
gold file, its amendment of 2 Dec 2026, the amendment's scope and the floor of statements of
3 Dec 2026 (a half stands as drawn; `statements evaluate --structure` is the figure of record).
Drawn in session 38 in parallel with other helpers' halves, after `heldout128` (same pool); the
documents were claimed in the session's shared list of claims before the draw. This half takes
**non-binding declarations only** (manifest type `declaration`, legal force `non-binding`), of
eight issuers. No full English text of a UN world conference outcome, global compact, General
Assembly political declaration or regional organisation's declaration not yet used was found in a
repository the tools name in the time (see the README section), so all eight are pages of
brian14708/wh-briefings (the repository `heldout128` took seven of its documents from), none of
them used before:

- a summit declaration: the G7 Hiroshima Leaders' Communiqué (20 May 2023), from its
  "Preamble" to its "Conclusion", the list of "Reference documents" after it left out;
- a declaration of principles of two governments: the New Atlantic Charter (the President of
  the United States and the Prime Minister of the United Kingdom, 10 June 2021), without the
  two signatures and the date after its eighth principle;
- a declaration of principles of ten governments: the Joint Statement Endorsing Principles for
  6G: Secure, Open, and Resilient by Design (26 February 2024), whole;
- a declaration of principles of a summit: the Chair's Statement on Principles for Supply
  Chain Resilience (Summit on Global Supply Chain Resilience, Rome, 31 October 2021), whole;
- a bilateral joint declaration of two governments other than the United States: the Joint
  Declaration by the Prime Ministers of Cambodia and Thailand on the outcomes of their meeting in
  Kuala Lumpur (26 October 2025), without its signature clause ("Signed at Kuala Lumpur …") and
  the signatures and witnesses after it;
- a declaration of four heads of State: the Trump Declaration for Enduring Peace and Prosperity
  (the United States, Egypt, Qatar and Türkiye, Sharm el-Sheikh, 13 October 2025), without the
  four signatures and titles after its last paragraph;
- a bilateral joint communiqué: the Jeddah Communiqué, joint statement of the United States and
  the Kingdom of Saudi Arabia (15 July 2022), whole;
- a regional summit's declaration of principles: the Quad Principles on Technology Design,
  Development, Governance, and Use (Australia, India, Japan and the United States, 24 September
  2021), whole.

Two declarations first claimed, the Joint Declaration between the Kingdom of Spain and the
United States of America (28 June 2022) and the Washington Declaration (the United States and
the Republic of Korea, 26 April 2023), were withdrawn before the draw: the reader located all 23
units of the Washington Declaration, and the Spanish declaration's opening through its first
numbered paragraph (11 of 71 units), as a preamble (their section heads are split across
paragraphs, so that `_bold_heads` does not make them headings), so that their commitments would
have been recorded as preamble.

Each page is read as sampler 128 reads its White House pages (`sample_unseen_gold128._wh_page`):
written once as Markdown without its front matter, its cut applied by the text, the page's
closing mark ("\\###") left out, each line's leading blanks dropped and its section heads set
wholly in bold made Markdown headings, under the heading of its title, then read as the treaties
are (through `gold_readers.pantrypoints_page`). The files' words are not changed otherwise.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage). Units are cut by `sample_unseen_gold34.units34`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS129` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23040 … u23167, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold129.py /tmp/src129
(/tmp/src129 holds the eight pages from brian14708/wh-briefings at commit
737ca03a271adc205c67766074ec8d0070f7ad95 (`statements-releases/<year>-<month>/<file>`, and for
the Cambodia-Thailand declaration `briefings-statements/2025-10/<file>`, for the Trump Declaration
`presidential-actions/2025-10/<file>`), as listed in the
README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold128 import _wh_page  # noqa: E402

SEED = "issue14-heldout129-v1"
N = 16
FIRST_ID = 23040

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS129: dict[str, tuple[Reader, str, str, str]] = {
    "g7-hiroshima-communique-2023": (
        _wh_page("2023-05-20-g7-hiroshima-leaders-communique.md",
                 "g7-hiroshima-communique-2023.md", "G7 Hiroshima Leaders' Communiqué",
                 end="**Reference documents:**"),
        "declaration", "non-binding", "G7"),
    "new-atlantic-charter-2021": (
        _wh_page("2021-06-10-the-new-atlantic-charter.md", "new-atlantic-charter-2021.md",
                 "The New Atlantic Charter", end="**Joseph R. Biden"),
        "declaration", "non-binding", "United States; United Kingdom"),
    "principles-6g-joint-statement-2024": (
        _wh_page("2024-02-26-joint-statement-endorsing-principles-for-6g-secure-open-and-"
                 "resilient-by-design.md", "principles-6g-joint-statement-2024.md",
                 "Joint Statement Endorsing Principles for 6G: Secure, Open, and Resilient by "
                 "Design"),
        "declaration", "non-binding",
        "United States; Australia; Canada; Czech Republic; Finland; France; Japan; "
        "Republic of Korea; Sweden; United Kingdom"),
    "supply-chain-resilience-principles-2021": (
        _wh_page("2021-10-31-chairs-statement-on-principles-for-supply-chain-resilience.md",
                 "supply-chain-resilience-principles-2021.md",
                 "Chair's Statement on Principles for Supply Chain Resilience"),
        "declaration", "non-binding", "Summit on Global Supply Chain Resilience"),
    "cambodia-thailand-kl-joint-declaration-2025": (
        _wh_page("2025-10-26-joint-declaration-by-the-prime-minister-of-the-kingdom-of-cambodia-"
                 "and-the-prime-minister-of-the-kingdom-of-thailand-on-the-outcomes-of-their-"
                 "meeting-in-kuala-lampur-malaysia.md",
                 "cambodia-thailand-kl-joint-declaration-2025.md",
                 "Joint Declaration by the Prime Minister of the Kingdom of Cambodia and the "
                 "Prime Minister of the Kingdom of Thailand on the outcomes of their meeting in "
                 "Kuala Lumpur, Malaysia", end="Signed at Kuala Lumpur"),
        "declaration", "non-binding", "Cambodia; Thailand"),
    "trump-peace-declaration-2025": (
        _wh_page("2025-10-13-the-trump-declaration-for-enduring-peace-and-prosperity.md",
                 "trump-peace-declaration-2025.md",
                 "The Trump Declaration for Enduring Peace and Prosperity",
                 end="**Donald J. Trump**"),
        "declaration", "non-binding", "United States; Egypt; Qatar; Türkiye"),
    "us-saudi-jeddah-communique-2022": (
        _wh_page("2022-07-15-the-jeddah-communique-a-joint-statement-between-the-united-states-"
                 "of-america-and-the-kingdom-of-saudi-arabia.md",
                 "us-saudi-jeddah-communique-2022.md",
                 "The Jeddah Communique: A Joint Statement Between the United States of America "
                 "and the Kingdom of Saudi Arabia"),
        "declaration", "non-binding", "United States; Saudi Arabia"),
    "quad-technology-principles-2021": (
        _wh_page("2021-09-24-quad-principles-on-technology-design-development-governance-and-"
                 "use.md", "quad-technology-principles-2021.md",
                 "Quad Principles on Technology Design, Development, Governance, and Use"),
        "declaration", "non-binding", "Quad Leaders' Summit"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS129.items()}, units34, N)


if __name__ == "__main__":
    main()
