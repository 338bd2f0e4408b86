"""Seeded sample of a hundred-and-twenty-fifth held-out half (`heldout125`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 37 in
parallel with `heldout124` (international soft law) and `heldout126` and `heldout127`
(treaties); the documents were claimed in the session's shared list of claims before the draw,
so that no two halves take the same one. This half takes **no treaty and no international soft
law**: national or sub-national legislation, court judgments, EU acts and governments' policy
documents, of eight issuers:

- an EU act: Commission Implementing Regulation (EU) 2025/1944 of 29 September 2025 (reference
  standards and specifications for qualified electronic registered delivery services), whole as
  ivanstambuk/eIDAS20 holds it from its preamble on (the repository's header line of CELEX
  number, source and conversion date left out), with its annexes (they hold the act's operative
  requirements, the adaptations of the ETSI standards; the articles only point to them), as
  sampler 122 reads Implementing Regulation 2025/1943;
- a court judgment: Hauptpersonalrat der Lehrerinnen und Lehrer beim Hessischen
  Kultusministerium, C-34/21 (Court of Justice of the European Union, First Chamber, 30 March
  2023; Article 88 GDPR, processing in the employment context), as mnov88/gdpred holds it, from
  its legal context to its operative part (`gold_readers.cjeu_judgment`), without the footnote
  on the language of the case, which the repository prints in a form that reader's filter does
  not catch;
- a national statute: Canada's Canada Disability Benefit Act (S.C. 2023, c. 17; C-3.45),
  consolidated, whole (sampler 33's `canada_markdown`, from XYOca/laws-lois-markdown);
- a national statute of another country: New Zealand's Habeas Corpus Act 2001 (reprint as at 1
  July 2009), from Br3nda/legislation's XML (`gold_readers.nz_act_xml`: its body without
  schedules, endnotes and history notes);
- a municipal by-law: the City of Ottawa's Smoking and Vaping By-law No. 2019-241, whole as
  maruel/citygpt holds the city's page (its title line and enacting words included);
- a government department's strategy: the Department for Communities and Local Government's
  Open Data Strategy (2012), as the PDF reads (datagovuk/library-archive), from its executive
  summary ("The Department for Communities and Local Government (DCLG) has embraced …") up to
  its Annex D, the list of the actions the text marks with a tick, repeated (sampler 84's
  `_between`): the Crown-copyright notice and the contents page before it, and that list, are
  left out; Annexes A-C (quick wins, the policy on disclosing transactions, statistics), numbered
  paragraphs of the strategy, are kept;
- a national statute of a third country: the Native American Languages Act as codified in 25
  U.S.C. ch. 31 (§§ 2901-2907), whole (`gold_readers.us_code_chapter`, from
  codexstanford/markdonw-chunck-of-the-usa-code's chunks 1745-1760 of title 25, concatenated);
- a presidential executive order: Executive Order 14025 of 26 April 2021 (Worker Organizing and
  Empowerment), whole as brian14708/wh-briefings holds it (`gold_readers.pantrypoints_page`
  without its front matter, with sampler 114's `_dedent`, the page's lines being indented).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share. No reader was added to `gold_readers`. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS125` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22528 … u22655, in the
order printed (FIRST_ID 22528, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold125.py /tmp/src125
(/tmp/src125 holds the files named below, copied from the repositories listed in the half's
section of the README; the sampler writes the `.md` files the readers name from their sources on
its first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (cjeu_judgment, markdown, nz_act_xml,  # noqa: E402
                          pantrypoints_page, source_folder, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402
from sample_unseen_gold114 import _dedent  # noqa: E402

SEED = "issue14-heldout125-v1"
N = 16
FIRST_ID = 22528
SRC = source_folder(__file__)
_md = markdown(SRC)

def _without_language_note(read: Reader) -> Reader:
    """The judgment's passages without the footnote on the language of the case, which this
    repository prints "(\\*1) Language of the case: …" (read "(*1) …"), a form
    `cjeu_judgment`'s filter does not catch."""
    return lambda: [(loc, t) for loc, t in read() if not t.startswith("(*1) Language")]


# cuts, fixed before the draw: the regulation from its preamble ("THE EUROPEAN COMMISSION,"),
# the repository's header line before it (CELEX number, source, conversion date) left out; the
# judgment without its note on the language of the case; the DCLG strategy from its executive
# summary ("The Department for Communities and Local Government (DCLG) has embraced …") up to
# Annex D (para. 106 on, the list of the actions the text marks with a tick, repeated), so its
# Crown-copyright notice and contents page before it and the repeated list after it are left out
# (sampler 84's `_between`); the others whole.
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS125: dict[str, tuple[Reader, str, str, str]] = {
    "eu-impl-reg-2025-1944": (_between("THE EUROPEAN COMMISSION,", "\0",
                                       _md("eu-impl-reg-2025-1944.md")),
                              "regulation", "binding", "European Commission"),
    "cjeu-c34-21": (_without_language_note(cjeu_judgment(SRC, "cjeu-c34-21.md")), "judgment",
                    "binding", "Court of Justice of the European Union"),
    "ca-disability-benefit-act-2023": (
        canada_markdown("ca-disability-benefit-source.md", "ca-disability-benefit-act-2023.md"),
        "statute", "binding", "Parliament of Canada"),
    "nz-habeas-corpus-act-2001": (
        nz_act_xml(SRC, "nz-habeas-corpus-act-2001.xml.act", "nz-habeas-corpus-act-2001.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "ca-ottawa-smoking-vaping-by-law-2019-241": (
        _md("ca-ottawa-smoking-vaping-by-law-2019-241.md"), "by-law", "binding",
        "City of Ottawa"),
    "uk-dclg-open-data-strategy-2012": (
        _between("The Department for Communities and Local Government (DCLG) has embraced",
                 "106. The", _md("uk-dclg-open-data-strategy-2012.pdf")),
        "strategy", "non-binding",
        "Department for Communities and Local Government"),
    "us-native-american-languages-25usc31": (
        us_code_chapter(SRC, "us-native-american-languages-25usc31.md", 25, r"290\d"),
        "statute", "binding", "United States Congress"),
    "us-eo14025-worker-organizing-2021": (
        pantrypoints_page(SRC, "us-eo14025-2021-source.md", "us-eo14025-2021.md",
                          "Executive Order 14025: Worker Organizing and Empowerment", _dedent),
        "executive order", "binding", "President of the United States"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS125.items()}, units34, N)


if __name__ == "__main__":
    main()
