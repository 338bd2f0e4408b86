"""Seeded sample of a ninety-second held-out half (`heldout92`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 after
`heldout88`-`heldout91` were measured, in parallel with `heldout94` (another helper, also no
treaty) and `heldout93` and `heldout95` (treaties); the documents were claimed in the session's
shared list of claims before the draw, so that no two halves take the same one. This half takes
no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Human Rights of Individuals Who are
  not Nationals of the Country in which They Live (A/RES/40/144, 1985), whole (the General
  Assembly's preamble and ten articles);
- an EU regulation: Regulation (EU) 2019/1150 of the European Parliament and of the Council of
  20 June 2019 on promoting fairness and transparency for business users of online
  intermediation services, its citations, recitals and articles as stalev/from-jus-to-algorithm
  holds them;
- a court judgment: High Court of Singapore, Wang Cheng and others v Song Fanrong and others
  [2018] SGHC 102 (contempt of a Mareva order), whole as opendocsg/slw-judgments-backfill holds
  it (its header of case number, date, court, coram and counsel included);
- a national statute: the United Kingdom's Botulinum Toxin and Cosmetic Fillers (Children) Act
  2021 (c. 19), whole as enacted, from the string of mjpcollins/hackathon-bill-text's Python file
  (`_uk_act`);
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Nine (Finance), whole;
- a municipal ordinance: City of Rivergrove (Oregon), Ordinance No. 81-2011, the Sign Ordinance,
  whole;
- a presidential memorandum establishing a national strategy: the White House, Memorandum on
  Modernizing United States Spectrum Policy and Establishing a National Spectrum Strategy (13
  November 2023), whole, without the briefing page's front matter;
- a report with reported recommendations: the compilation prepared by OHCHR for the second
  universal periodic review of Slovenia (A/HRC/WG.6/20/SVN/2, 2014), as PDF text, without the
  repository's title lines and without its endnotes (`_compilation`; the repository's file is
  named as the stakeholders' summary, SVN/3, but holds SVN/2).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the declaration, `gold_readers.jus_to_algorithm_eu` for the
regulation, `gold_readers.pantrypoints_page` (its writing-out of a source without front matter,
`clean`ed, under a heading) for the Act, the memorandum and the compilation, and the plain reader
(`gold_readers.markdown`) for the judgment, the chapter and the ordinance; no new shared reader.
Units are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter
narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) ..." of the statute, the
constitution and the memorandum are not dropped as footnotes); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen,
and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS92` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u16000 ... u16127, in the
order printed (FIRST_ID 16000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold92.py /tmp/src92
(/tmp/src92 holds the files named below, copied from the repositories listed in the README; the
compilation's file renamed `upr-svn-compilation-2014-source.md`.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (jus_to_algorithm_eu, markdown, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout92-v1"
N = 16
FIRST_ID = 16000
SRC = source_folder(__file__)
_md = markdown(SRC)

_UK_SECTION = re.compile(r"^(\d+)([A-Z][^\n.;:]*)$", re.M)


def _uk_act(text: str) -> str:
    """The Act's text: the string `bill_text` of mjpcollins/hackathon-bill-text's Python file
    (legislation.gov.uk's text as the repository copied it), each section's heading line, its
    number glued to its title ("1Offence of administering …"), made a heading "### 1 Offence
    of administering …"; the text otherwise unchanged."""
    body = text.split('bill_text = """', 1)[1].rsplit('"""', 1)[0]
    return _UK_SECTION.sub(lambda m: f"### {m.group(1)} {m.group(2)}", body)


def _compilation(text: str) -> str:
    """The compilation's own text: from the repository's heading "## Full Document Text" (the
    repository's title and metadata lines before it, which name the file's text wrongly as the
    stakeholders' summary SVN/3, are left out) to the line "Notes" that opens its endnotes (the
    references, left out); the text unchanged."""
    start = text.index("## Full Document Text") + len("## Full Document Text")
    return text[start:text.index("\nNotes\n")]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS92: dict[str, tuple[Reader, str, str, str]] = {
    "un-non-nationals-declaration-1985": (
        webizen_n3("declaration-human-rights-individuals-who-are-not-nationals.n3",
                   "un-non-nationals-declaration-1985.md",
                   "Declaration on the Human Rights of Individuals Who are not Nationals of the "
                   "Country in which They Live", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-reg-2019-1150": (
        jus_to_algorithm_eu(SRC, "from-jus-to-algorithm-eu.json", "Regulation (EU) 2019/1150",
                            "eu-reg-2019-1150.md",
                            "REGULATION (EU) 2019/1150 OF THE EUROPEAN PARLIAMENT AND OF THE "
                            "COUNCIL of 20 June 2019 on promoting fairness and transparency for "
                            "business users of online intermediation services"),
        "regulation", "binding", "European Parliament and Council of the European Union"),
    "sghc-2018-102": (_md("sghc-2018-102.md"), "judgment", "binding", "High Court of Singapore"),
    "uk-botulinum-fillers-children-act-2021": (
        pantrypoints_page(SRC, "uk-botulinum-act-2021-source.py",
                          "uk-botulinum-fillers-children-act-2021.md",
                          "Botulinum Toxin and Cosmetic Fillers (Children) Act 2021", _uk_act),
        "statute", "binding", "Parliament of the United Kingdom"),
    "ug-constitution-1995-ch9": (_md("ug-constitution-1995-ch9.md"), "constitution", "binding",
                                 "Republic of Uganda"),
    "us-or-rivergrove-ordinance-81-2011": (_md("rivergrove-ordinance-81-2011.md"), "by-law",
                                           "binding", "City of Rivergrove"),
    "us-spectrum-strategy-memo-2023": (
        pantrypoints_page(SRC, "us-spectrum-memo-2023-source.md", "us-spectrum-memo-2023.md",
                          "Memorandum on Modernizing United States Spectrum Policy and "
                          "Establishing a National Spectrum Strategy"),
        "memorandum", "binding", "The White House"),
    "upr-svn-compilation-2014": (
        pantrypoints_page(SRC, "upr-svn-compilation-2014-source.md",
                          "upr-svn-compilation-2014.md",
                          "Compilation prepared by the Office of the United Nations High "
                          "Commissioner for Human Rights: Slovenia (A/HRC/WG.6/20/SVN/2)",
                          _compilation),
        "report", "non-binding", "Office of the United Nations High Commissioner for Human Rights"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS92.items()}, units34, N)


if __name__ == "__main__":
    main()
