"""Seeded sample of an eightieth held-out half (`heldout80`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 27 in parallel with
`heldout82` (another helper, also no treaty) and `heldout81` and `heldout83` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Protection of All Persons from
  Enforced Disappearance (A/RES/47/133, 1992), whole (the resolution's preamble, the
  declaration's preamble and Articles 1-21);
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/2532
  (reference standards and specifications for qualified electronic archiving services under
  Regulation (EU) No 910/2014), whole (citations, recitals, articles and annex);
- a court judgment: Court of Justice of the European Union, C-659/22 RK v Ministerstvo
  zdravotnictví, 5 October 2023, from its legal context to its operative part
  (`gold_readers.cjeu_judgment`);
- a national constitution's part: the Constitution of India, Part XVIII (Emergency Provisions,
  articles 352-360), whole as the site prints it;
- a municipal by-law: City of Ottawa, Noise By-law No. 2017-255, whole;
- a government's policy paper: the Cabinet Office's Open Data White Paper, "Unleashing the
  Potential" (Cm 8353, June 2012), whole;
- a national statute: Canada's Assisted Human Reproduction Act (S.C. 2004, c. 2), consolidated,
  whole;
- a national statute: the CAN-SPAM Act as codified in 15 U.S.C. ch. 103 (§§ 7701-7713), whole.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
declaration of mediaprophet/Webizen-Charter, `gold_readers.cjeu_judgment`,
`gold_readers.pantrypoints_page` with sampler 58's `_india58` for the Indian part, sampler 33's
`canada_markdown`, sampler 4's `us_code_text_sections` (first subsections made headings by
`first_subsections`), and the plain reader (`gold_readers.markdown`) for the EU regulation, the
Ottawa by-law's Markdown and the White Paper's PDF. No shared reader was changed or added. Units
are cut by `sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed
to EUR-Lex's footnote calls, so that numbered subsections "(1) …" of the statutes and the by-law
are not dropped as footnotes; as samplers 70, 74 and 78 for the same kinds of document); N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The
documents were chosen, and their cuts fixed (none: each is read whole, the judgment as
`cjeu_judgment` gives it), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS80` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u13600 … u13727, in the
order printed (FIRST_ID 13600, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold80.py /tmp/src80
(/tmp/src80 holds the files named below, copied from the repositories listed in the README;
the US chapter's file is chunks 6878-6912 of title 15, concatenated in order, each followed by a
blank line.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (  # noqa: E402
    cjeu_judgment, markdown, pantrypoints_page, source_folder, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold58 import _india58  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout80-v1"
N = 16
FIRST_ID = 13600
SRC = source_folder(__file__)
_md = markdown(SRC)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS80: dict[str, tuple[Reader, str, str, str]] = {
    "un-enforced-disappearance-declaration-1992": (
        webizen_n3("declaration-protection-all-persons-enforced-disappearance.n3",
                   "un-enforced-disappearance-declaration-1992.md",
                   "Declaration on the Protection of All Persons from Enforced Disappearance",
                   "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-2532": (_md("eu-impl-reg-2025-2532.md"), "regulation", "binding",
                              "European Commission"),
    "cjeu-c659-22": (cjeu_judgment(SRC, "cjeu-c659-22.md"), "judgment", "binding",
                     "Court of Justice of the European Union"),
    "in-constitution-part18": (
        pantrypoints_page(SRC, "in-part-18-source.md", "in-constitution-part18.md",
                          "PART XVIII — EMERGENCY PROVISIONS", _india58),
        "constitution", "binding", "Republic of India"),
    "ca-ottawa-noise-by-law-2017-255": (_md("ottawa-noise-by-law-2017-255.md"), "by-law",
                                        "binding", "City of Ottawa"),
    "uk-open-data-white-paper-2012": (_md("uk-open-data-white-paper-2012.pdf"), "policy",
                                      "non-binding", "Cabinet Office"),
    "ca-assisted-human-reproduction-2004": (
        canada_markdown("ca-assisted-human-reproduction-source.md",
                        "ca-assisted-human-reproduction-2004.md"),
        "statute", "binding", "Parliament of Canada"),
    # 15 U.S.C. ch. 103, §§ 7701-7713, one passage per subsection (chunks 6878-6912, concatenated;
    # first subsections printed "###### (a) text" made headings).
    "us-can-spam-15usc103": (
        us_code_chapter(SRC, "us-can-spam-15usc103.md", 15),
        "statute", "binding", "United States Congress"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS80.items()}, units34, N)


if __name__ == "__main__":
    main()
