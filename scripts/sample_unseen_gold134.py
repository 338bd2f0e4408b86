"""Seeded sample of a hundred-and-thirty-fourth held-out half (`heldout134`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 40 in
parallel with `heldout133` (international soft law and treaty bodies); the documents were claimed
in the session's shared list of claims before the draw, so that no two halves take the same one.
This half takes **no treaty and no international soft law**: national legislation and
constitutions, a municipal by-law, court judgments, EU acts and governments' policy documents, of
eight issuers:

- an EU act: Commission Implementing Regulation (EU) 2025/1571 of 29 July 2025 (formats and
  procedures for the annual reports of supervisory bodies under Regulation 910/2014), as
  ivanstambuk/eIDAS20 holds it (in a folder the repository names "2025_1571_Seal_Standards")
  from its preamble on ("THE EUROPEAN COMMISSION,"; the repository's header lines of CELEX
  number, source and conversion date left out), with its annexes (the report's contents), as
  sampler 125 reads Implementing Regulation 2025/1944;
- a court judgment: BE v Nemzeti Adatvédelmi és Információszabadság Hatóság, C-132/21 (Court of
  Justice of the European Union, 12 January 2023; remedies under the GDPR), as mnov88/gdpred
  holds it, from its legal context to its operative part (`gold_readers.cjeu_judgment`), without
  the footnote on the language of the case, which the repository prints in a form that reader's
  filter does not catch (sampler 125's filter);
- a national statute: Canada's Canada Early Learning and Child Care Act (2024;
  C-3.55), consolidated, whole (sampler 33's `canada_markdown`, from XYOca/laws-lois-markdown);
- a national statute of another country: New Zealand's Victims' Rights Act 2002, from
  Br3nda/legislation's XML (`gold_readers.nz_act_xml`: its body without schedules, endnotes and
  history notes);
- a municipal by-law: the City of Ottawa's ATV, ORV and Snowmobile By-law No. 2019-421 (as
  amended by By-law 2022-180), as maruel/citygpt holds the city's page, from its title line and
  recitals up to its Schedules (the tables of designated highways and road allowances, left out
  with `gold_readers.before("Schedule")`);
- a government department's strategy: the Cabinet Office's Open Data Strategy (June 2012), as the
  PDF reads (datagovuk/library-archive), its numbered sections 1-13 (sampler 84's `_between`):
  the title page and table of contents before them, and the annexes after them (Annex 1, the
  list of data to be released, a table; Annex 2, on the transparency commitments' data; Annex 3,
  the table of the information principles; Annex 4, the five-star scheme) left out, so that the
  draw is of the strategy's own text;
- a national constitution's chapter: the Basic Law for the Federal Republic of Germany, Chapter X
  (Finance, Articles 104a-115), as pantrypoints/sp's page holds the official translation
  (`gold_readers.pantrypoints_page` with sampler 54's `_germany`, as sampler 120 reads Chapter
  IX), without Chapter Xa (State of Defence, Articles 115a-115l), which the same page prints
  after it (`gold_readers.before("Art. 115a")`);
- a presidential executive order: Executive Order 14053 of 15 November 2021 (Improving Public
  Safety and Criminal Justice for Native Americans and Addressing the Crisis of Missing or
  Murdered Indigenous People), whole as brian14708/wh-briefings holds it
  (`gold_readers.pantrypoints_page` without its front matter, with sampler 114's `_dedent`, as
  sampler 125 reads Executive Order 14025), its signature lines kept.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share. No reader was added to `gold_readers`. Units are cut by `sample_unseen_gold34.units34`;
N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The documents were chosen, and their cuts fixed, before the draw was
printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS134` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u23680 … u23807, in the
order printed (FIRST_ID 23680, so as not to clash with the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold134.py /tmp/src134
(/tmp/src134 holds the files named below, copied from the repositories and commits listed in the
half's section of the README; the sampler writes the `.md` files the readers name from their
sources on its first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (before, cjeu_judgment, markdown, nz_act_xml,  # noqa: E402
                          pantrypoints_page, source_folder)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold54 import _germany  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402
from sample_unseen_gold114 import _dedent  # noqa: E402

SEED = "issue14-heldout134-v1"
N = 16
FIRST_ID = 23680
SRC = source_folder(__file__)
_md = markdown(SRC)

def _without_language_note(read: Reader) -> Reader:
    """The judgment's passages without the footnote on the language of the case, which this
    repository prints "(\\*1) Language of the case: …" (read "(*1) …"), a form
    `cjeu_judgment`'s filter does not catch (as sampler 125)."""
    return lambda: [(loc, t) for loc, t in read() if not t.startswith("(*1) Language")]


# cuts, fixed before the draw: the regulation from its preamble ("THE EUROPEAN COMMISSION,"),
# the repository's header lines before it left out, its annexes kept; the judgment without its
# note on the language of the case; the by-law up to its Schedules (tables of roads); the
# strategy's sections 1-13 (from "enable the public to hold politicians …", where the reader
# starts section 1, up to Annex 1, "2: List of data to be released …"), its title page, contents
# and annexes left out; the Basic Law's Chapter X without Chapter Xa (Art. 115a on); the others
# whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS134: dict[str, tuple[Reader, str, str, str]] = {
    "eu-impl-reg-2025-1571": (_between("THE EUROPEAN COMMISSION,", "\0",
                                       _md("eu-impl-reg-2025-1571.md")),
                              "regulation", "binding", "European Commission"),
    "cjeu-c132-21": (_without_language_note(cjeu_judgment(SRC, "cjeu-c132-21.md")),
                     "judgment", "binding", "Court of Justice of the European Union"),
    "ca-early-learning-child-care-act-2024": (
        canada_markdown("ca-early-learning-source.md", "ca-early-learning-child-care-act-2024.md"),
        "statute", "binding", "Parliament of Canada"),
    "nz-victims-rights-act-2002": (
        nz_act_xml(SRC, "nz-victims-rights-act-2002.xml.act", "nz-victims-rights-act-2002.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "ca-ottawa-atv-orv-snowmobile-by-law-2019-421": (
        before("Schedule", _md("ca-ottawa-atv-orv-snowmobile-by-law-2019-421.md")),
        "by-law", "binding", "City of Ottawa"),
    "uk-cabinet-office-open-data-strategy-2012": (
        _between("enable the public to hold politicians", "2: List of data to be released",
                 _md("uk-cabinet-office-open-data-strategy-2012.pdf")), "strategy", "non-binding",
        "Cabinet Office"),
    "de-basic-law-ch10": (
        before("Art. 115a", pantrypoints_page(SRC, "de-chapter-10-source.md",
                                              "de-basic-law-ch10.md", "X. FINANCE", _germany)),
        "constitution", "binding", "Federal Republic of Germany"),
    "us-eo14053-native-american-public-safety-2021": (
        pantrypoints_page(SRC, "us-eo14053-2021-source.md", "us-eo14053-2021.md",
                          "Executive Order 14053: Improving Public Safety and Criminal Justice "
                          "for Native Americans and Addressing the Crisis of Missing or Murdered "
                          "Indigenous People", _dedent),
        "executive order", "binding", "President of the United States"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS134.items()}, units34, N)


if __name__ == "__main__":
    main()
