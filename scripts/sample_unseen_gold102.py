"""Seeded sample of a hundred-and-second held-out half (`heldout102`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 29 in parallel with
`heldout100` (another helper, also no treaty) and `heldout101` and `heldout103` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Right to Development (A/RES/41/128,
  1986), its ten articles, as the repository's file holds them (it holds no preamble);
- a treaty body's general comment: CRPD General Comment No. 6 (2018), equality and
  non-discrimination (article 5 of the Convention), whole;
- an EU act: Commission Implementing Regulation (EU) 2025/1568 of 29 July 2025 (procedural
  arrangements for peer reviews of electronic identification schemes under Regulation (EU) No
  910/2014, repealing Implementing Decision (EU) 2015/296), its citations, recitals and
  articles, without its four annexes (lists of what the documents a peer review exchanges hold,
  and the template of the Cooperation Group's opinion: `before("Annex")`);
- a court judgment: Morton v Eastleigh Citizens Advice Bureau [2020] EWCA Civ 638 (Court of
  Appeal of England and Wales, 20 May 2020: an employer's knowledge of an applicant's disability
  under the Equality Act 2010), the judgment's body as The National Archives publish it (sampler
  34's `judgment_markdown`);
- a national statute: Australia's Workplace Gender Equality Act 2012 (Cth), compilation No. 18
  (25 March 2015), from its first section (short title) to the end of its last section, without
  the compilation's front matter and contents before it and its endnotes after it (sampler
  84's `_between`);
- a national constitution's chapter: the Constitution of Kenya, 2010, Chapter Fifteen
  (Commissions and Independent Offices), whole (`gold_readers.kenya_markdown`);
- a municipal by-law: City of Ottawa, Heat By-law No. 2010-210 (as amended by By-law No.
  2023-518), whole as the city's page prints it (its first line the amending by-law's number);
- a government policy paper: the Cabinet Office's "National Information Infrastructure"
  narrative (published October 2013), as the PDF prints it, without its Annex B (a table of the
  government's commitments in response to the Shakespeare Review with their deadlines and
  status: `before("Annex B")`).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, `gold_readers.treaty_body` for the general
comment, `gold_readers.before` over the plain reader for the implementing regulation and the
NII paper, sampler
34's `judgment_markdown` for the judgment, sampler 84's `_between` over the plain reader for the
Act, `gold_readers.kenya_markdown` for the chapter and the plain reader (`gold_readers.markdown`)
for the by-law and the PDF. No reader was added. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS102` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u18000 … u18127, in the
order printed (FIRST_ID 18000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold102.py /tmp/src102
(/tmp/src102 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, kenya_markdown, markdown, source_folder,  # noqa: E402
                          treaty_body)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout102-v1"
N = 16
FIRST_ID = 18000
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS102: dict[str, tuple[Reader, str, str, str]] = {
    "un-right-to-development-declaration-1986": (
        webizen_n3("declaration-right-development.n3",
                   "un-right-to-development-declaration-1986.md",
                   "Declaration on the Right to Development", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "crpd-gc6-2018": (_tb("CRPD-GC6-equality.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "eu-impl-reg-2025-1568": (before("Annex", _md("eu-impl-reg-2025-1568.md")),
                              "regulation", "binding", "European Commission"),
    "ewca-civ-2020-638": (
        judgment_markdown("ewca-civ-2020-638.xml", "ewca-civ-2020-638.md",
                          "Morton v Eastleigh Citizens Advice Bureau [2020] EWCA Civ 638", SRC),
        "judgment", "binding", "Court of Appeal of England and Wales"),
    "au-workplace-gender-equality-act-2012": (
        _between("This Act may be cited as the Workplace Gender Equality Act",
                 "The endnotes provide information",
                 _md("au-workplace-gender-equality-act-2012.md")),
        "statute", "binding", "Parliament of Australia"),
    "ke-constitution-2010-ch15": (
        kenya_markdown(SRC, "kenya-chapter15.ts", "ke-constitution-2010-ch15.md",
                       "Constitution of Kenya, 2010, Chapter Fifteen - Commissions and "
                       "Independent Offices"),
        "constitution", "binding", "Republic of Kenya"),
    "ca-ottawa-heat-by-law-2010-210": (_md("ca-ottawa-heat-by-law-2010-210.md"), "by-law",
                                       "binding", "City of Ottawa"),
    "uk-nii-narrative-2013": (before("Annex B", _md("uk-nii-narrative-2013.pdf")), "policy",
                              "non-binding", "Cabinet Office"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS102.items()}, units34, N)


if __name__ == "__main__":
    main()
