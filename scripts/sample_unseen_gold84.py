"""Seeded sample of an eighty-fourth held-out half (`heldout84`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
other helpers' halves (`heldout86` of no treaty, `heldout85` and `heldout87` of treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Principles for the Protection of Persons with
  Mental Illness and the Improvement of Mental Health Care (A/RES/46/119, 1991), whole;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/1569
  (qualified electronic attestations of attributes and electronic attestations of attributes
  provided by or on behalf of a public sector body responsible for an authentic source, under
  Regulation (EU) No 910/2014; its repository's folder is misnamed "Sign_Creation_Devices"),
  whole (its citations, recitals, articles and annexes);
- a court judgment: Court of Justice of the European Union, C-77/21 Digi Távközlési és
  Szolgáltató Kft., 20 October 2022 (purpose limitation and storage limitation of personal data
  copied into a test database), from its legal context to its operative part
  (`gold_readers.cjeu_judgment`);
- a national statute of a country the last halves did not take: Australia's Racial
  Discrimination Act 1975 (Cth), as compiled on 1 January 2014, from its long title to the end
  of its Part VII: without the compilation's front matter and contents (not the Act's text) and
  without its Schedule (the text of the International Convention on the Elimination of All
  Forms of Racial Discrimination: a treaty, printed after the Act) and the endnotes;
- a national constitution's chapter: the Constitution of Malta, Chapter VII (The Executive),
  whole;
- a municipal by-law: City of Ottawa, Animal Care and Control By-law No. 2003-77 (as amended),
  from its Section 1 through its enacting line, without the page's list of amending by-laws and
  its summary before (the city's web page, not the by-law's text) and the schedules after (fees
  and lists of animals and sellers) and the page's notes;
- a government department's strategy: the Department for Business, Innovation and Skills (UK),
  BIS Open Data Strategy (June 2012), whole (PDF);
- a report with hedged language: The White House, "Report on the U.S. Strategy for Addressing
  the Root Causes of Migration in Central America" (19 April 2022), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no statements
stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the Principles
of mediaprophet/Webizen-Charter, `gold_readers.cjeu_judgment` for the judgment, and the plain
Markdown (and PDF) reader of `gold_readers.markdown` for the others, the Act and the by-law cut by
`_between`, `_from` (`sample_unseen_gold7.starting_at`) and `_through`. No shared reader was
changed or added. Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the
footnote filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …" of the
statute, the constitution and the by-law are not dropped as footnotes; as samplers 70, 74, 78, 80
and 82 for the same kinds of document); N units per document are drawn with random.Random(SEED +
":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before
the draw was printed (a judgment first chosen, of the ECOWAS Court in laws-africa/peachjam's
fixture, was exchanged for the CJEU's before the draw: the fixture holds no text for it).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS84` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u14400 … u14527, in the
order printed (FIRST_ID 14400, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold84.py /tmp/src84
(/tmp/src84 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import cjeu_judgment, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold7 import starting_at  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout84-v1"
N = 16
FIRST_ID = 14400
SRC = source_folder(__file__)
_md = markdown(SRC)


def _from(first: str, read: Reader) -> Reader:
    """A document's passages from the first whose text is `first` or whose locator starts with
    it (`sample_unseen_gold7.starting_at`): what the file prints before it is not the text."""
    return lambda: starting_at(read(), first)


def _between(first: str, end: str, read: Reader) -> Reader:
    """A document's passages from the first whose text starts with `first` up to the first
    after it whose text starts with `end` (left out). For the Australian Act: its compilation's
    front matter and contents come before its preamble ("WHEREAS a Convention entitled …"), and
    its Schedule (the Convention's own text, "The States Parties to this Convention, …") and
    endnotes after its last section; the reader locates the Act's text "Schedule, Part …",
    after the contents' last entry, so the cut goes by the text, not by the locator."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        i = next(k for k, (_, t) in enumerate(paras) if t.startswith(first))
        j = next((k for k in range(i, len(paras)) if paras[k][1].startswith(end)), len(paras))
        return paras[i:j]
    return cut


def _through(last: str, read: Reader) -> Reader:
    """A document's passages up to and including the first whose text starts with `last`. For
    the Ottawa by-law: its enacting line ("Enacted and passed this 26th day of March, 2003.");
    what the page prints after it, its schedules (fees, lists of prohibited animals and of
    approved livestock sellers, unheaded lists) and the city's notes "For more information", is
    left out."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        j = next(k for k, (_, t) in enumerate(paras) if t.startswith(last))
        return paras[:j + 1]
    return cut


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS84: dict[str, tuple[Reader, str, str, str]] = {
    "un-mental-illness-principles-1991": (
        webizen_n3("principles-protection-persons-mental-illness-and-improvement.n3",
                   "un-mental-illness-principles-1991.md",
                   "Principles for the Protection of Persons with Mental Illness and the "
                   "Improvement of Mental Health Care", "Principle"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1569": (_md("eu-impl-reg-2025-1569.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c77-21": (cjeu_judgment(SRC, "cjeu-c77-21.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
    "au-racial-discrimination-act-1975": (
        _between("WHEREAS a Convention entitled", "The States Parties to this Convention",
                 _md("au-racial-discrimination-act-1975.md")),
        "statute", "binding", "Parliament of Australia"),
    "mt-constitution-1964-ch7": (_md("mt-constitution-1964-ch7.md"), "constitution", "binding",
                                 "Republic of Malta"),
    "ca-ottawa-animal-care-by-law-2003-77": (
        _through("Enacted and passed",
                 _from("Section 1", _md("ottawa-animal-care-control-by-law-2003-77.md"))),
        "by-law", "binding", "City of Ottawa"),
    "uk-bis-open-data-strategy-2012": (_md("uk-bis-open-data-strategy-2012.pdf"), "strategy",
                                       "non-binding",
                                       "Department for Business, Innovation and Skills"),
    "us-root-causes-migration-report-2022": (_md("us-root-causes-migration-report-2022.md"),
                                             "report", "non-binding", "The White House"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS84.items()}, units34, N)


if __name__ == "__main__":
    main()
