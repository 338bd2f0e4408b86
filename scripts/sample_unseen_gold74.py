"""Seeded sample of a seventy-fourth held-out half (`heldout74`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in session 25 in parallel with `heldout72` (another helper, also no treaty) and
`heldout73` and `heldout75` (treaties); the documents were claimed in the session's shared list
of claims before the draw, so that no two halves take the same one. This half takes no treaty
of any kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Basic Principles and Guidelines on the Right
  to a Remedy and Reparation for Victims of Gross Violations of International Human Rights Law
  and Serious Violations of International Humanitarian Law (A/RES/60/147, 2005), whole (its
  preamble and principles I-XIII);
- a government's action plan: the White House's "Fact Sheet: The Biden-Harris Lead Pipe and
  Paint Action Plan" (16 December 2021), whole;
- a national statute: Canada's Tobacco and Vaping Products Act (S.C. 1997, c. 13), consolidated,
  whole;
- a national statute: the Occupational Safety and Health Act as codified in 29 U.S.C. ch. 15
  (§§ 651-678), whole;
- a municipal by-law: Bergrivier Municipality, By-law relating to the Impoundment of Animals,
  2009, whole;
- a national constitution's chapters: the Constitution of the Federative Republic of Brazil,
  1988, Title VII (the economic and financial order), Chapters I-III (general principles of
  economic activity, urban policy, agricultural and land policy and agrarian reform), the site's
  three pages joined in order;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/2162 (the
  accreditation of conformity assessment bodies under Regulation (EU) No 910/2014), whole (its
  citations, recitals, articles and annex);
- a court judgment: R (Tortoise Media Ltd) v Conservative and Unionist Party [2025] EWCA Civ 673
  (Court of Appeal of England and Wales), the judgment's body as the reader writes it.

Two documents first chosen were withdrawn before the draw was printed, on their pools alone: the
ECOSOC Safeguards guaranteeing protection of the rights of those facing the death penalty (1984)
cut into 9 units, fewer than 16; the Vienna Declaration and Programme of Action (World Conference
on Human Rights, 1993) was located whole in its preamble by the reader (every passage "Preamble,
para. N", as `heldout70` found of another conference's declaration in the same repository).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
UN instrument of mediaprophet/Webizen-Charter, sampler 33's `canada_markdown`, sampler 4's
`us_code_text_sections` (first subsections made headings by `first_subsections`), sampler 56's
`openbylaws_page`, sampler 34's `judgment_markdown` for the judgment's Akoma Ntoso XML,
`gold_readers.pantrypoints_page` with sampler 54's Brazilian article headings (`_brazil`) and the
plain Markdown reader for the EU regulation and the White House's fact sheet. Units are cut by
`sample_unseen_gold34.units34` (sampler 7's `units7`, with the footnote filter narrowed to
EUR-Lex's footnote calls, so that numbered subsections "(1) …" of the statutes and the by-law
are not dropped as footnotes; as sampler 70, for the same kinds of document); N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The
documents were chosen, and their cuts fixed (none: each is read whole), before the draw was
printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS74` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u12400 … u12527, in the
order printed (FIRST_ID 12400, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold74.py /tmp/src74
(/tmp/src74 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import (  # noqa: E402
    _FRONT_MATTER, markdown, pantrypoints_page, source_folder, us_code_chapter)
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import judgment_markdown, units34  # noqa: E402
from sample_unseen_gold54 import _brazil  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout74-v1"
N = 16
FIRST_ID = 12400
SRC = source_folder(__file__)
_md = markdown(SRC)



def brazil_title7() -> list[tuple[str, str]]:
    """Title VII, Chapters I-III of the Brazilian Constitution: the site's three pages (chapter-01,
    -02, -03), each without its front matter, joined in order into one source page, its article
    lines made headings by sampler 54's `_brazil`."""
    joined = SRC / "br-1988-title-07-chapters-01-03-source.md"
    if not joined.exists():
        pages = [_FRONT_MATTER.sub("", (SRC / f"br-1988-title-07-chapter-0{p}-source.md")
                                   .read_text(encoding="utf-8"), count=1) for p in "123"]
        joined.write_text("\n\n".join(pages), encoding="utf-8")
    return pantrypoints_page(SRC, joined.name, "br-constitution-1988-t7-ch1-3.md",
                             "TITLE VII — ECONOMIC AND FINANCIAL ORDER, CHAPTERS I-III",
                             _brazil)()


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS74: dict[str, tuple[Reader, str, str, str]] = {
    "un-remedy-reparation-principles-2005": (
        webizen_n3("basic-principles-and-guidelines-right-remedy-and-reparation.n3",
                   "un-remedy-reparation-principles-2005.md",
                   "Basic Principles and Guidelines on the Right to a Remedy and Reparation for "
                   "Victims of Gross Violations of International Human Rights Law and Serious "
                   "Violations of International Humanitarian Law", "Paragraph"),
        "guidelines", "non-binding", "UN General Assembly"),
    "us-lead-pipe-paint-action-plan-2021": (_md("us-lead-pipe-paint-action-plan-2021.md"),
                                            "action plan", "non-binding", "The White House"),
    "ca-tobacco-vaping-1997": (
        canada_markdown("ca-tobacco-vaping-source.md", "ca-tobacco-vaping-1997.md"),
        "statute", "binding", "Parliament of Canada"),
    # 29 U.S.C. ch. 15, §§ 651-678, one passage per subsection (chunks 434-546, concatenated;
    # first subsections printed "###### (a) text" made headings).
    "us-osh-29usc15": (
        us_code_chapter(SRC, "us-osh-29usc15.md", 29),
        "statute", "binding", "United States Congress"),
    "za-bergrivier-impoundment-by-law-2009": (
        openbylaws_page("za-wc013-impoundment-of-animals-by-law-2009-source.md",
                        "za-bergrivier-impoundment-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to the Impoundment of Animals"),
        "by-law", "binding", "Bergrivier Municipality"),
    "br-constitution-1988-t7-ch1-3": (brazil_title7, "constitution", "binding",
                                      "Federative Republic of Brazil"),
    "eu-impl-reg-2025-2162": (_md("eu-impl-reg-2025-2162.md"), "regulation", "binding",
                              "European Commission"),
    "ewca-civ-2025-673": (
        judgment_markdown("ewca-civ-2025-673.xml", "ewca-civ-2025-673.md",
                          "R (on the application of Tortoise Media Ltd) v Conservative and "
                          "Unionist Party [2025] EWCA Civ 673", src=SRC),
        "judgment", "binding", "Court of Appeal of England and Wales"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS74.items()}, units34, N)


if __name__ == "__main__":
    main()
