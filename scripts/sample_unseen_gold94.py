"""Seeded sample of a ninety-fourth held-out half (`heldout94`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 28 in parallel with
`heldout92` (another helper, also no treaty) and `heldout93` and `heldout95` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Principles on the Effective Investigation and
  Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (the
  Istanbul Principles, annex to A/RES/55/89, 2000), whole;
- an EU directive: Directive (EU) 2019/1024 of the European Parliament and of the Council of 20
  June 2019 on open data and the re-use of public sector information (recast), its citations,
  recitals and articles as stalev/from-jus-to-algorithm holds them (the file has no Annex, the
  correlation table);
- a court judgment: R (Dolan and others) v Secretary of State for Health and Social Care [2020]
  EWCA Civ 1605 (Court of Appeal of England and Wales, Civil Division, 1 December 2020), the
  judgment's body as The National Archives publish it (sampler 34's `judgment_markdown`);
- a national statute: Australia's Australian Information Commissioner Act 2010 (Cth), as compiled
  on 1 July 2014, from its first section (short title) to the end of its last section, without the
  compilation's front matter and contents before it and its endnotes after it (sampler 84's
  `_between`);
- a national constitution's chapter: the Constitution of the Republic of Uganda, 1995, Chapter
  Thirteen (Inspectorate of Government), whole;
- a municipal by-law: City of Ottawa, Fireworks By-law No. 2003-237 (consolidation current to 24
  January 2024), from its definitions ("In this by-law,") to its short title and enacting line
  ("… the “Fireworks By-law”. ENACTED AND PASSED …", one passage), without the city page's
  consolidation note and plain-language summary before it and its service links after it
  ("Before you begin" …; sampler 84's `_between`);
- a government department's strategy: the Ministry of Justice's Open Data Strategy (June 2012),
  whole as the PDF prints it;
- a report with hedged language: the European Data Protection Supervisor's TechDispatch on
  Digital Identity Wallets ("The path towards a data protection by design and by default
  approach", 2025), whole as the PDF prints it (its appendix and endnotes included).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Principles, `gold_readers.jus_to_algorithm_eu` for the
directive, sampler 34's `judgment_markdown` for the judgment, and the plain reader
(`gold_readers.markdown`) for the Act, the chapter, the by-law and the two PDFs, with sampler 84's
cut (`_between`) where a file prints more than the document (the Act, the by-law). Units are cut
by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped as footnotes); N
units per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS94` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u16400 … u16527, in the
order printed (FIRST_ID 16400, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold94.py /tmp/src94
(/tmp/src94 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import jus_to_algorithm_eu, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout94-v1"
N = 16
FIRST_ID = 16400
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS94: dict[str, tuple[Reader, str, str, str]] = {
    "un-torture-investigation-principles-2000": (
        webizen_n3("principles-effective-investigation-and-documentation-torture-and.n3",
                   "un-torture-investigation-principles-2000.md",
                   "Principles on the Effective Investigation and Documentation of Torture and "
                   "Other Cruel, Inhuman or Degrading Treatment or Punishment", "Principle"),
        "guidelines", "non-binding", "UN General Assembly"),
    "eu-dir-2019-1024": (
        jus_to_algorithm_eu(SRC, "from-jus-to-algorithm-eu.json", "Directive (EU) 2019/1024",
                            "eu-dir-2019-1024.md",
                            "DIRECTIVE (EU) 2019/1024 OF THE EUROPEAN PARLIAMENT AND OF THE "
                            "COUNCIL of 20 June 2019 on open data and the re-use of public "
                            "sector information (recast)"),
        "directive", "binding", "European Parliament and Council of the European Union"),
    "ewca-civ-2020-1605": (
        judgment_markdown("ewca-civ-2020-1605.xml", "ewca-civ-2020-1605.md",
                          "R (Dolan and others) v Secretary of State for Health and Social Care "
                          "[2020] EWCA Civ 1605", SRC),
        "judgment", "binding", "Court of Appeal of England and Wales"),
    "au-information-commissioner-act-2010": (
        _between("This Act may be cited as the Australian Information Commissioner Act",
                 "The endnotes provide details",
                 _md("au-information-commissioner-act-2010.md")),
        "statute", "binding", "Parliament of Australia"),
    "ug-constitution-1995-ch13": (_md("ug-constitution-1995-ch13.md"), "constitution",
                                  "binding", "Republic of Uganda"),
    "ca-ottawa-fireworks-by-law-2003-237": (
        _between("In this by-law,", "Before you begin",
                 _md("ca-ottawa-fireworks-by-law-2003-237-source.md")),
        "by-law", "binding", "City of Ottawa"),
    "uk-moj-open-data-strategy-2012": (_md("uk-moj-open-data-strategy-2012.pdf"), "strategy",
                                       "non-binding", "Ministry of Justice"),
    "edps-techdispatch-2025-digital-identity-wallets": (
        _md("edps-techdispatch-2025-diw.pdf"), "report", "non-binding",
        "European Data Protection Supervisor"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS94.items()}, units34, N)


if __name__ == "__main__":
    main()
