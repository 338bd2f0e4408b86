"""Seeded sample of a hundred-and-sixteenth held-out half (`heldout116`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout118` (another helper, also no treaty) and `heldout117` and `heldout119` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a programme's design principles: the UK Location Programme Design Principles (2011, published
  on data.gov.uk in 2012), the PDF whole as the plain reader reads it. It replaces the
  Declaration on the Use of Scientific and Technological Progress in the Interests of Peace and
  for the Benefit of Mankind (A/RES/3384 (XXX), 1975), first drawn: the repository's file prints
  the Declaration's operative paragraphs as one node after its preamble, so the reader locates
  every passage of it "Preamble, para. N" and its operative "All States shall …" would carry
  `preamble` true (a draw almost all of it preamble as the reader marks it: see the README);
  the Basic Principles for the Treatment of Prisoners (A/RES/45/111, 1990), considered before
  it and not claimed, the reader holds as one passage (11 units, fewer than the 16 drawn);
- a court judgment: CJEU, C-319/20 Meta Platforms Ireland (28 April 2022; representative actions
  of consumer associations under Article 80(2) GDPR), from its legal context to its operative
  part (`gold_readers.cjeu_judgment`);
- a national statute: Australia's Equal Employment Opportunity (Commonwealth Authorities) Act 1987
  (compilation of 11 December 2012), from its short title to its last section (sampler 84's
  `_between`, by the text): the compilation's front matter and contents before it and its notes
  (table of amending Acts, application provisions) after it are left out;
- a second national statute, of another country: New Zealand's Waste Minimisation Act 2008, its
  enacting words and body without its schedules (`gold_readers.nz_act_xml`);
- a national constitution's chapter: the Constitution of Japan (1946), Chapter IV (The Diet),
  whole as pantrypoints/sp prints it (its later articles, printed "Article 58. …", made headings
  by sampler 82's `_jp_articles`);
- a municipal by-law: the City of Ottawa's Graffiti Management By-law No. 2008-1 (consolidation
  current to 25 March 2008), as maruel/citygpt holds the city's page, whole;
- a government strategy: HM Treasury's Open Data Strategy (UK, 2012), the PDF whole as the
  plain reader reads it (the Foreign and Commonwealth Office's, first considered, was claimed by
  `heldout118`);
- a government fact sheet: the White House's "Fact Sheet: President Donald J. Trump Ensures a
  National Policy Framework for Artificial Intelligence" (11 December 2025), without the page's
  front matter.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no statements
stage, through `sample_unseen_gold4.english`), through the readers earlier samplers share: the
plain reader (`gold_readers.markdown`) for the design principles' PDF, `gold_readers.cjeu_judgment`
for the judgment, sampler 84's `_between` over the plain reader for the Australian Act,
`gold_readers.nz_act_xml` for the New Zealand Act, `gold_readers.pantrypoints_page` with sampler
82's `_jp_articles` for the chapter, the plain reader for the by-law and for the strategy's PDF,
and `gold_readers.pantrypoints_page` (front matter off, a title heading on, sampler 114's `_dedent`
as its `clean`) for the fact sheet. No reader was added to `gold_readers`. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" are not dropped as footnotes); N
units per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).
The documents were chosen, and their cuts fixed, before the draw was printed; the design principles
replaced the Declaration after the first draw was printed, its own 16 units drawn with its own
doc_id, the other seven documents' draws unchanged.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS116` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u20800 … u20927, in the
order printed (FIRST_ID 20800, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold116.py /tmp/src116
(/tmp/src116 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, markdown, nz_act_xml, pantrypoints_page,  # noqa: E402
                          source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold82 import _jp_articles  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402
from sample_unseen_gold114 import _dedent  # noqa: E402

SEED = "issue14-heldout116-v1"
N = 16
FIRST_ID = 20800
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS116: dict[str, tuple[Reader, str, str, str]] = {
    "uk-uklp-design-principles-2011": (
        _md("uk-uklp-design-principles-2011.pdf"), "guidelines", "non-binding",
        "UK Location Programme"),
    "cjeu-c319-20": (cjeu_judgment(SRC, "cjeu-c319-20.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "au-eeo-commonwealth-authorities-act-1987": (
        _between("** This Act may be cited as the Equal Employment Opportunity",
                 "The Equal Employment Opportunity (Commonwealth Authorities) Act 1987 as shown",
                 _md("au-eeo-commonwealth-authorities-act-1987.md")),
        "statute", "binding", "Parliament of Australia"),
    "nz-waste-minimisation-act-2008": (
        nz_act_xml(SRC, "Waste_Minimisation_Act_2008.xml.act",
                   "nz-waste-minimisation-act-2008.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "jp-constitution-1946-ch4": (
        pantrypoints_page(SRC, "jp-chapter-4-source.md", "jp-constitution-1946-ch4.md",
                          "THE CONSTITUTION OF JAPAN — CHAPTER IV, THE DIET", _jp_articles),
        "constitution", "binding", "Japan"),
    "ca-ottawa-graffiti-management-by-law-2008-1": (
        _md("ottawa-graffiti-management-by-law-2008-01.md"), "by-law", "binding",
        "City of Ottawa"),
    "uk-hmt-open-data-strategy-2012": (
        _md("uk-hmt-open-data-strategy-2012.pdf"), "strategy", "non-binding", "HM Treasury"),
    "us-wh-ai-policy-framework-fact-sheet-2025": (
        pantrypoints_page(SRC, "us-wh-ai-policy-framework-fact-sheet-2025-source.md",
                          "us-wh-ai-policy-framework-fact-sheet-2025.md",
                          "Fact Sheet: President Donald J. Trump Ensures a National Policy "
                          "Framework for Artificial Intelligence", _dedent),
        "fact sheet", "non-binding", "The White House"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS116.items()}, units34, N)


if __name__ == "__main__":
    main()
