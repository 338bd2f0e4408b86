"""Seeded sample of a seventy-second held-out half (`heldout72`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in session 25 in parallel with other helpers' halves (treaties, and other
no-treaty documents, claimed in a shared list before the draw), this half takes **no treaty of any
kind**, of eight issuers:

- principles of a United Nations congress: the Basic Principles on the Independence of the
  Judiciary (Seventh United Nations Congress on the Prevention of Crime and the Treatment of
  Offenders, Milan, 1985);
- guidelines of the UN General Assembly: the United Nations Guidelines for the Prevention of
  Juvenile Delinquency (the Riyadh Guidelines, A/RES/45/112, 1990);
- guidelines of another United Nations congress: the Guidelines on the Role of Prosecutors
  (Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders,
  Havana, 1990);
- a UNESCO declaration: the Universal Declaration on Cultural Diversity (General Conference,
  2001), with its annexed main lines of an action plan;
- a national statute: Canada's Arctic Waters Pollution Prevention Act (R.S.C. 1985, c. A-12),
  consolidated;
- a national statute: the Fair Debt Collection Practices Act as codified in 15 U.S.C. ch. 41,
  subch. V (§§ 1692-1692p);
- a municipal by-law: Bergrivier Municipality, Fire Safety By-law, 2016;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2024/2981 (the
  certification of European Digital Identity Wallets).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
four UN and UNESCO instruments of mediaprophet/Webizen-Charter, sampler 33's `canada_markdown`,
sampler 4's `us_code_text_sections` (first subsections made headings by `first_subsections`;
sections "1692a" … read with a letter), sampler 56's `openbylaws_page` and the plain Markdown
reader for the EU regulation. Units are cut by `sample_unseen_gold34.units34` (sampler 7's
`units7`, with the footnote filter narrowed to EUR-Lex's calls, so that the statutes' numbered
subsections and items "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were chosen,
and their cuts fixed, before the draw was printed: no document is cut (each is read whole, with
its preamble, definitions, annexes or schedules as the source gives them).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS72` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u12000 … u12127, in the
order printed (FIRST_ID 12000, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold72.py /tmp/src72
(/tmp/src72 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, us_code_chapter  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout72-v1"
N = 16
FIRST_ID = 12000
SRC = source_folder(__file__)
_md = markdown(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS72: dict[str, tuple[Reader, str, str, str]] = {
    "un-judiciary-independence-principles-1985": (
        webizen_n3("basic-principles-independence-judiciary.n3",
                   "un-judiciary-independence-principles-1985.md",
                   "Basic Principles on the Independence of the Judiciary", "Paragraph"),
        "guidelines", "non-binding",
        "Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders"),
    "un-riyadh-guidelines-1990": (
        webizen_n3("united-nations-guidelines-prevention-juvenile-delinquency-riyadh.n3",
                   "un-riyadh-guidelines-1990.md",
                   "United Nations Guidelines for the Prevention of Juvenile Delinquency "
                   "(The Riyadh Guidelines)", "Paragraph"),
        "guidelines", "non-binding", "UN General Assembly"),
    "un-prosecutors-guidelines-1990": (
        webizen_n3("guidelines-role-prosecutors.n3", "un-prosecutors-guidelines-1990.md",
                   "Guidelines on the Role of Prosecutors", "Paragraph"),
        "guidelines", "non-binding",
        "Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders"),
    "unesco-cultural-diversity-declaration-2001": (
        webizen_n3("universal-declaration-cultural-diversity.n3",
                   "unesco-cultural-diversity-declaration-2001.md",
                   "Universal Declaration on Cultural Diversity", "Paragraph"),
        "declaration", "non-binding", "UNESCO"),
    "ca-arctic-waters-1985": (
        canada_markdown("ca-arctic-waters-source.md", "ca-arctic-waters-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    # 15 U.S.C. ch. 41, subch. V, §§ 1692-1692p, one passage per subsection (chunks 4130-4167,
    # concatenated; first subsections printed "###### (a) text" made headings; section numbers
    # with a letter, "1692a" … "1692p").
    "us-fdcpa-15usc1692": (
        us_code_chapter(SRC, "us-fdcpa-15usc1692.md", 15, r"\d+[a-z]?"),
        "statute", "binding", "United States Congress"),
    "za-bergrivier-fire-safety-by-law-2016": (
        openbylaws_page("za-wc013-fire-safety-by-law-2016-source.md",
                        "za-bergrivier-fire-safety-by-law-2016.md",
                        "Bergrivier Municipality: Fire Safety By-law, 2016"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-impl-reg-2024-2981": (_md("eu-impl-reg-2024-2981.md"), "regulation", "binding",
                              "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS72.items()}, units34, N)


if __name__ == "__main__":
    main()
