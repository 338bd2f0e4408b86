"""Seeded sample of a hundred-and-tenth held-out half (`heldout110`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 30 in parallel with
`heldout108` (another helper, also no treaty) and `heldout109` and `heldout111` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN instrument of soft law: the Basic Principles on the Role of Lawyers (adopted by the Eighth
  United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Havana,
  1990), whole as the repository's file holds it. It replaces the Declaration on the
  Elimination of Violence against Women (A/RES/48/104, 1993), first claimed and drawn: another
  helper (`heldout108`) had claimed that Declaration first and keeps it, which was seen in the
  list of claims only when this draw was first printed; the other seven documents' draws are
  unchanged (each document's draw is seeded by its own doc_id);
- a treaty body's general comment: the CRC Committee's General Comment No. 9 (2006), the rights
  of children with disabilities, its numbered paragraphs (General Comment No. 15, first looked
  at, was set aside before the claim: it is in examples/health);
- an EU act: Commission Implementing Regulation (EU) 2025/1572 of 29 July 2025 (format and
  procedures for notification of intention and verification with regard to the initiation of
  qualified trust services), its citations, recitals and five articles (it has no annex; the
  cut `before("Annex")` is kept as in the other eIDAS samplers and removes nothing);
  Regulation 2025/2527, first claimed, was set aside before the draw as too short (three
  articles and a list of standards);
- a court judgment: CJEU, C-683/21 Nacionalinis visuomenės sveikatos centras (Grand Chamber,
  5 December 2023; controllers, joint controllership and fines under the GDPR), from its legal
  context to its operative part (`gold_readers.cjeu_judgment`);
- a national statute: Australia's Age Discrimination Act 2004 (Cth), as the compilation of
  xlfe/gitlaw-au prints it, from its short title to its endnotes (left out; sampler 84's
  `_between`, by the text, since the reader locates the Act's text "Schedule 2, Part …", after
  the contents' last entry); its two Schedules (laws exempted by section 39) are printed in this
  copy as headings without text;
- a national constitution's chapter: the Constitution of Uganda, 1995, Chapter Eight (The
  Judiciary), whole as luigimorel/ugandaconstitution.com prints it;
- a municipal by-law: City of Ottawa Pool Enclosure By-law No. 2013-39, as maruel/citygpt
  holds it, whole (its one fee line, printed after the enacting clause, included);
- a government action plan: The White House's "Fact Sheet: Biden-Harris Administration Releases
  Action Plan to Address Racial and Ethnic Bias in Home Valuations" (23 March 2022), without
  the page's front matter.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Principles, `gold_readers.treaty_body` for the general
comment, `gold_readers.before` over the plain reader for the regulation, the plain reader
(`gold_readers.markdown`) for the by-law and the chapter,
`gold_readers.cjeu_judgment` for the judgment, sampler 84's `_between` for the Act (as sampler
102 reads another Australian Act), and `gold_readers.pantrypoints_page` (front matter off, a
title heading on) for the fact sheet, as sampler 100 reads another White House fact sheet. No
reader was added. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped as footnotes);
N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS110` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u19600 … u19727, in the
order printed (FIRST_ID 19600, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold110.py /tmp/src110
(/tmp/src110 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, cjeu_judgment, markdown, pantrypoints_page,  # noqa: E402
                          source_folder, treaty_body)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout110-v1"
N = 16
FIRST_ID = 19600
SRC = source_folder(__file__)
_md = markdown(SRC)
_tb = treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS110: dict[str, tuple[Reader, str, str, str]] = {
    "un-lawyers-basic-principles-1990": (
        webizen_n3("basic-principles-role-lawyers.n3", "un-lawyers-basic-principles-1990.md",
                   "Basic Principles on the Role of Lawyers", "Principle"),
        "guidelines", "non-binding",
        "Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders"),
    "crc-gc9-2006": (_tb("CRC-GC9-Disabilities.json"), "general comment", "non-binding",
                     "UN Committee on the Rights of the Child"),
    "eu-impl-reg-2025-1572": (before("Annex", _md("eu-impl-reg-2025-1572.md")),
                              "regulation", "binding", "European Commission"),
    "cjeu-c683-21": (cjeu_judgment(SRC, "cjeu-c683-21.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "au-age-discrimination-act-2004": (
        _between("This Act may be cited as the Age Discrimination Act",
                 "The endnotes provide information",
                 _md("au-age-discrimination-act-2004.md")),
        "statute", "binding", "Parliament of Australia"),
    "ug-constitution-1995-ch8": (_md("ug-constitution-1995-ch8.md"), "constitution", "binding",
                                 "Republic of Uganda"),
    "ca-ottawa-pool-enclosure-by-law-2013-39": (
        _md("ottawa-pool-enclosure-by-law-2013-39.md"), "by-law", "binding", "City of Ottawa"),
    "us-wh-home-valuation-bias-action-plan-2022": (
        pantrypoints_page(SRC, "us-wh-pave-action-plan-fact-sheet-2022-source.md",
                          "us-wh-home-valuation-bias-action-plan-2022.md",
                          "FACT SHEET: Biden-Harris Administration Releases Action Plan to "
                          "Address Racial and Ethnic Bias in Home Valuations"),
        "fact sheet", "non-binding", "The White House"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS110.items()}, units34, N)


if __name__ == "__main__":
    main()
