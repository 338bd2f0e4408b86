"""Seeded sample of a seventieth held-out half (`heldout70`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout71` (another helper): this half takes no treaty of any
kind, of eight issuers:

- a UN General Assembly instrument of soft law: the Standard Rules on the Equalization of
  Opportunities for Persons with Disabilities (A/RES/48/96, 1993);
- a UNESCO declaration: the Declaration on Race and Racial Prejudice (General Conference, 1978);
- principles of a United Nations congress: the Basic Principles on the Use of Force and Firearms
  by Law Enforcement Officials (Eighth United Nations Congress on the Prevention of Crime and the
  Treatment of Offenders, Havana, 1990);
- principles of the Economic and Social Council: the Principles on the Effective Prevention and
  Investigation of Extra-legal, Arbitrary and Summary Executions (ECOSOC resolution 1989/65,
  annex);
- a national statute: Canada's Family Homes on Reserves and Matrimonial Interests or Rights Act
  (S.C. 2013, c. 20), consolidated;
- a national statute: the Migrant and Seasonal Agricultural Worker Protection Act as codified in
  29 U.S.C. ch. 20 (§§ 1801-1872);
- a municipal by-law: Bergrivier Municipality, By-law relating to Solid Waste Disposal, 2009;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2025/848 (the
  registration of wallet-relying parties).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), through the readers earlier samplers share: sampler 68's `webizen_n3` for the
four UN instruments of mediaprophet/Webizen-Charter, sampler 33's `canada_markdown`, sampler 4's
`us_code_text_sections` (first subsections made headings by `first_subsections`), sampler 56's
`openbylaws_page` and the plain Markdown reader for the EU regulation. Units are cut by
`sample_unseen_gold34.units34`; N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py). The eight documents were chosen, and read whole (no annex or
appendix cut), before the draw was printed; one document first chosen (the Universal Declaration
on the Eradication of Hunger and Malnutrition, 1974) was replaced by the ECOSOC Principles after
its draw was printed and before any unit was labelled, because the reader located its whole
operative part in its preamble.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS70` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u11600 … u11727, in the
order printed (FIRST_ID 11600, so as not to clash with `heldout71`, drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold70.py /tmp/src70
(/tmp/src70 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout70-v1"
N = 16
FIRST_ID = 11600
SRC = source_folder(__file__)
_md = markdown(SRC)


def mspa() -> list[tuple[str, str]]:
    """29 U.S.C. ch. 20, §§ 1801-1872, one passage per subsection (chunks 1761-1832,
    concatenated; first subsections printed "###### (a) text" made headings)."""
    text = (SRC / "us-mspa-29usc20.md").read_text(encoding="utf-8")
    return us_code_text_sections(first_subsections(text), 29)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS70: dict[str, tuple[Reader, str, str, str]] = {
    "un-standard-rules-disabilities-1993": (
        webizen_n3("standard-rules-equalization-opportunities-persons-disabilities.n3",
                   "un-standard-rules-disabilities-1993.md",
                   "Standard Rules on the Equalization of Opportunities for Persons with "
                   "Disabilities", "Paragraph"),
        "guidelines", "non-binding", "UN General Assembly"),
    "unesco-race-declaration-1978": (
        webizen_n3("declaration-race-and-racial-prejudice.n3",
                   "unesco-race-declaration-1978.md",
                   "Declaration on Race and Racial Prejudice", "Paragraph"),
        "declaration", "non-binding", "UNESCO"),
    "un-force-firearms-principles-1990": (
        webizen_n3("basic-principles-use-force-and-firearms-law-enforcement.n3",
                   "un-force-firearms-principles-1990.md",
                   "Basic Principles on the Use of Force and Firearms by Law Enforcement "
                   "Officials", "Paragraph"),
        "principles", "non-binding",
        "Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders"),
    "ecosoc-extralegal-executions-principles-1989": (
        webizen_n3("principles-effective-prevention-and-investigation-extra-legal.n3",
                   "ecosoc-extralegal-executions-principles-1989.md",
                   "Principles on the Effective Prevention and Investigation of Extra-legal, "
                   "Arbitrary and Summary Executions", "Paragraph"),
        "principles", "non-binding", "UN Economic and Social Council"),
    "ca-family-homes-reserves-2013": (
        canada_markdown("ca-family-homes-reserves-source.md", "ca-family-homes-reserves-2013.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-mspa-29usc20": (mspa, "statute", "binding", "United States Congress"),
    "za-bergrivier-solid-waste-by-law-2009": (
        openbylaws_page("za-wc013-solid-waste-disposal-by-law-2009-source.md",
                        "za-bergrivier-solid-waste-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Solid Waste Disposal"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-impl-reg-2025-848": (_md("eu-impl-reg-2025-848.md"), "regulation", "binding",
                             "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS70.items()}, units34, N)


if __name__ == "__main__":
    main()
