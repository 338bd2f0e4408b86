"""Seeded sample of a hundred-and-thirtieth held-out half (`heldout130`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, nor in the session's list of used or claimed
documents, each of a different issuer, of the kinds a policy index starts from where the pool
allows, labelled under the protocol in the README beside the gold file, its amendment of 2 Dec
2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as drawn;
`statements evaluate --structure` is the figure of record). Drawn in session 38 in parallel with
other helpers' halves, after `heldout128` and `heldout129`; the documents were claimed in the
session's shared list of claims before the draw. This half takes **non-binding texts in their
authors' own voice**, of eight issuers: five joint statements of governments with a regional
organisation, a ministers' meeting or a group of States (issuers `heldout128` and `heldout129`
did not use), and three governments' own action plans and strategies. No non-US government's
plan or strategy in full English text was found in a repository the tools name in the time (see
the README section), so all eight are pages of brian14708/wh-briefings, none used before:

- a joint vision statement of a regional organisation's Member States and the United States:
  the ASEAN-U.S. Special Summit 2022 Joint Vision Statement (Washington, 13 May 2022), whole;
- a joint statement of a regional organisation and a government: the U.S.-Africa Leaders
  Summit's Joint Statement on Food Security (the African Union and the United States,
  15 December 2022), whole;
- a ministers' meeting's joint statement: the Joint Statement of the Ministers and
  Representatives from the Counter Ransomware Initiative Meeting (October 2021), whole;
- a summit's joint statement with a regional organisation's Member States: the Joint Statement
  following the Summit of the Leaders of the United States and the Gulf Cooperation Council
  (GCC) Countries (Jeddah, 16 July 2022), whole;
- a summit's joint statement with the European Union: the U.S.-EU Summit Joint Statement
  (20 October 2023), whole;
- a task force's action plan: the Executive Summary of the Initial Blueprint for the White
  House Task Force to Address Online Harassment and Abuse (3 March 2023), whole (the page holds
  the executive summary, not the full blueprint);
- a government's strategy: the Biden-Harris Administration Roadmap to Support Good Jobs
  (16 May 2023), whole (its lists of actions already taken included);
- two governments' joint plan of action: the Roadmap for a Renewed U.S.-Canada Partnership
  (23 February 2021), whole (its own bold title line made a heading, and the leaders' quoted
  statement at its head kept: both are the page's text).

No cut was needed: none of the eight pages prints signatures, annexes, lists of participants or
a translation after its text (a Mexico-U.S. joint communiqué on migration of 28 December 2023,
considered, would have held 11 units once its lists of delegation members were cut, fewer than
N, and was not claimed).

Each page is read as sampler 128 reads its White House pages (`sample_unseen_gold128._wh_page`,
imported unchanged): written once as Markdown without its front matter, the page's closing mark
("\\###") left out, each line's leading blanks dropped and its section heads set wholly in bold
made Markdown headings, under the heading of its title, then read as the treaties are (through
`gold_readers.pantrypoints_page`). The files' words are not changed otherwise.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage). Units are cut by `sample_unseen_gold34.units34`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS130` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23168 … u23295, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold130.py /tmp/src130
(/tmp/src130 holds the eight pages from brian14708/wh-briefings at commit
737ca03a271adc205c67766074ec8d0070f7ad95 (`statements-releases/<year>-<month>/<file>`), as
listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold128 import _wh_page  # noqa: E402

SEED = "issue14-heldout130-v1"
N = 16
FIRST_ID = 23168

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS130: dict[str, tuple[Reader, str, str, str]] = {
    "asean-us-special-summit-vision-2022": (
        _wh_page("2022-05-13-asean-u-s-special-summit-2022-joint-vision-statement.md",
                 "asean-us-special-summit-vision-2022.md",
                 "ASEAN-U.S. Special Summit 2022, Joint Vision Statement"),
        "joint statement", "non-binding", "ASEAN; United States"),
    "au-us-food-security-joint-statement-2022": (
        _wh_page("2022-12-15-u-s-africa-leaders-summit-joint-statement-on-food-security.md",
                 "au-us-food-security-joint-statement-2022.md",
                 "U.S.-Africa Leaders Summit: Joint Statement on Food Security"),
        "joint statement", "non-binding", "African Union; United States"),
    "counter-ransomware-initiative-statement-2021": (
        _wh_page("2021-10-14-joint-statement-of-the-ministers-and-representatives-from-the-"
                 "counter-ransomware-initiative-meeting-october-2021.md",
                 "counter-ransomware-initiative-statement-2021.md",
                 "Joint Statement of the Ministers and Representatives from the Counter "
                 "Ransomware Initiative Meeting October 2021"),
        "joint statement", "non-binding", "Counter Ransomware Initiative"),
    "us-gcc-summit-joint-statement-2022": (
        _wh_page("2022-07-16-joint-statement-following-the-summit-of-the-leaders-of-the-united-"
                 "states-and-the-gulf-cooperation-council-gcc-countries.md",
                 "us-gcc-summit-joint-statement-2022.md",
                 "Joint Statement Following the Summit of the Leaders of the United States and "
                 "the Gulf Cooperation Council (GCC) Countries"),
        "joint statement", "non-binding", "Gulf Cooperation Council; United States"),
    "us-eu-summit-joint-statement-2023": (
        _wh_page("2023-10-20-u-s-eu-summit-joint-statement.md",
                 "us-eu-summit-joint-statement-2023.md", "U.S.-EU Summit Joint Statement"),
        "joint statement", "non-binding", "European Union; United States"),
    "us-online-harassment-blueprint-2023": (
        _wh_page("2023-03-03-executive-summary-initial-blueprint-for-the-white-house-task-force-"
                 "to-address-online-harassment-and-abuse.md",
                 "us-online-harassment-blueprint-2023.md",
                 "Executive Summary: Initial Blueprint for the White House Task Force to Address "
                 "Online Harassment and Abuse"),
        "action plan", "non-binding",
        "White House Task Force to Address Online Harassment and Abuse"),
    "us-good-jobs-roadmap-2023": (
        _wh_page("2023-05-16-biden-harris-administration-roadmap-to-support-good-jobs.md",
                 "us-good-jobs-roadmap-2023.md",
                 "Biden-Harris Administration Roadmap to Support Good Jobs"),
        "strategy", "non-binding", "The White House"),
    "us-canada-partnership-roadmap-2021": (
        _wh_page("2021-02-23-roadmap-for-a-renewed-u-s-canada-partnership.md",
                 "us-canada-partnership-roadmap-2021.md",
                 "Roadmap for a Renewed U.S.-Canada Partnership"),
        "action plan", "non-binding", "United States; Canada"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS130.items()}, units34, N)


if __name__ == "__main__":
    main()
