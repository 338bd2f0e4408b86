"""Seeded sample of a seventy-sixth held-out half (`heldout76`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope (`statements evaluate --structure` is the figure of record)
and the amendment of 3 Dec 2026 on the floor of statements (a half stands as drawn). Drawn in
session 26 in parallel with `heldout78` (another helper, also no treaty) and `heldout77` and
`heldout79` (treaties); the documents were claimed in the session's shared list of claims before
the draw, so that no two halves take the same one. This half takes no treaty of any kind, of
eight issuers:

- a UN General Assembly instrument of soft law: the Body of Principles for the Protection of All
  Persons under Any Form of Detention or Imprisonment (A/RES/43/173, 1988), whole (the
  resolution's paragraphs, the scope, use of terms, principles 1-39 and the general clause);
- a Commission communication setting out a strategy: "2030 Digital Compass: the European way
  for the Digital Decade", COM(2021) 118 final, whole, as the repository prints it;
- a court judgment: The National Archives' test judgment `ewhc-ch-2023-257` ([2023] EWHC 257
  (Ch), High Court of Justice, Chancery Division), the judgment's body as the reader writes it;
- a municipal by-law: City of Ottawa, Rental Housing Property Management By-law (By-law No.
  2020-255), consolidated, whole, as the repository prints it;
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Eleven (Local Government), whole;
- a national statute: the Canada Water Act (R.S.C. 1985, c. C-11), consolidated, whole;
- a ministry's strategy: the Home Office (United Kingdom), Open Data Strategy, revised April
  2013 (PDF), whole (with its annexes);
- a report with hedged language: the Open Data User Group's response to the consultation on
  the Code of Practice (Datasets) (2013, PDF), whole.

One document first claimed was withdrawn before anything was drawn from it, because another
helper had claimed it first (the Havana Rules, claimed by `heldout78`); two treaty-body general
comments considered were passed over on their files alone (the repository's
`Annotated_ESCR-GC5-NonDisc.json` holds CESCR General Comment No. 20, already in the gold, and
CED General Comment No. 1 is in the gold); see the README.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
UN instrument of mediaprophet/Webizen-Charter, sampler 33's `canada_markdown`, sampler 34's
`judgment_markdown` for the judgment's Akoma Ntoso XML, and the plain reader
(`gold_readers.markdown`, `sample_unseen_gold4.english`) for the communication, the by-law, the
Ugandan chapter and the two PDFs. Units are cut by `sample_unseen_gold34.units34` (sampler 7's
`units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that numbered
subsections "(1) …" of the statute, the by-law and the constitution are not dropped as
footnotes; as samplers 70 and 74, for the same kinds of document); N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were
chosen, and their cuts fixed (none: each is read whole), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS76` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u12800 … u12927, in the
order printed (FIRST_ID 12800, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold76.py /tmp/src76
(/tmp/src76 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout76-v1"
N = 16
FIRST_ID = 12800
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS76: dict[str, tuple[Reader, str, str, str]] = {
    "un-detention-body-of-principles-1988": (
        webizen_n3("body-principles-protection-all-persons-under-any-form-detention.n3",
                   "un-detention-body-of-principles-1988.md",
                   "Body of Principles for the Protection of All Persons under Any Form of "
                   "Detention or Imprisonment", "Principle"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-com-2021-118": (_md("eu-com-2021-118.md"), "communication", "non-binding",
                        "European Commission"),
    "ewhc-ch-2023-257": (
        judgment_markdown("ewhc-ch-2023-257.xml", "ewhc-ch-2023-257.md",
                          "[2023] EWHC 257 (Ch)", src=SRC),
        "judgment", "binding", "High Court of Justice of England and Wales"),
    "ca-ottawa-rental-housing-by-law-2020-255": (
        _md("ottawa-rental-housing-by-law-2020-255.md"), "by-law", "binding", "City of Ottawa"),
    "ug-constitution-1995-ch11": (_md("ug-constitution-1995-ch11.md"), "constitution",
                                  "binding", "Republic of Uganda"),
    "ca-canada-water-act-1985": (
        canada_markdown("ca-canada-water-act-source.md", "ca-canada-water-act-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    "uk-home-office-open-data-strategy-2013": (
        _md("uk-home-office-open-data-strategy-2013.pdf"), "strategy", "non-binding",
        "Home Office"),
    "uk-odug-cop-response-2013": (_md("uk-odug-cop-response-2013.pdf"), "report", "non-binding",
                                  "Open Data User Group"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS76.items()}, units34, N)


if __name__ == "__main__":
    main()
