"""Seeded sample of a forty-second held-out half (`heldout42`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout43`; this half takes its general
comments only from the CESCR, CERD, CEDAW or CCPR, at most two, and at least four documents from
national laws or constitutions or EU acts):

- Human Rights Committee General Comment No. 7 (1982), torture or cruel, inhuman or degrading
  treatment or punishment (article 7);
- an ILO convention: the Labour Inspection (Agriculture) Convention, 1969 (No. 129);
- a Council of Europe convention: the European Convention on the Protection of the
  Archaeological Heritage (Revised) (ETS 143, Valletta, 1992);
- a United Nations protocol: the Protocol against the Illicit Manufacturing of and Trafficking
  in Firearms, their Parts and Components and Ammunition, supplementing the United Nations
  Convention against Transnational Organized Crime (New York, 2001);
- an EU regulation of the European Parliament and the Council: Regulation (EC) No 765/2008
  setting out the requirements for accreditation (consolidated text of 16 July 2021, its
  market-surveillance chapter repealed), with its recitals and annexes;
- an EU act of the Commission: Commission Implementing Regulation (EU) 2025/847 on reactions to
  security breaches of European Digital Identity Wallets, with its recitals and annex;
- a national statute: Canada's Fighting Against Forced Labour and Child Labour in Supply Chains
  Act (S.C. 2023, c. 9, s. 11), consolidated;
- a national statute: 42 U.S.C. ch. 21C, Protection of Religious Exercise in Land Use and by
  Institutionalized Persons (the Religious Land Use and Institutionalized Persons Act of 2000,
  §§ 2000cc-2000cc-5).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`; from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`); for the
Canadian Act through sampler 33's `canada_markdown` (front matter, historical notes, repealed
placeholders and French terms dropped, marginal notes made headings, sections written "Section
N", subsection numbers left to the locator); and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`
(`sample_unseen_gold7.units7` with the footnote filter narrowed to EUR-Lex's footnote calls, so
that numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn
with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS42` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u6000 … u6127, in the
order printed (`FIRST_ID`; `heldout43`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold42.py /tmp/src42
(/tmp/src42 holds the files named below, copied from the repositories listed in the README;
us-rluipa-42usc21c.md is chunks 10756-10776 of chuncks/title-42, concatenated in order;
ca-forced-labour-supply-chains-2023.md is written there from
ca-forced-labour-supply-chains-act.md on the first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout42-v1"
N = 16
FIRST_ID = 6000
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def rluipa() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 21C, one passage per subsection (chunks 10756-10776, concatenated)."""
    return us_code_sections(SRC / "us-rluipa-42usc21c.md", 42)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS42 = {
    "ccpr-gc7-1982": (_tb("CCPR_GC7_torture.json"), "general comment", "non-binding",
                      "UN Human Rights Committee"),
    "ilo-c129-1969": (_md("ilo-c129-1969.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets143-1992": (_md("coe-ets143-1992.md"), "convention", "binding", "Council of Europe"),
    "un-firearms-protocol-2001": (_md("un-firearms-protocol-2001.md"), "protocol", "binding",
                                  "UN General Assembly"),
    "eu-reg-765-2008": (_md("eu-reg-765-2008.md"), "regulation", "binding",
                        "European Parliament and Council of the European Union"),
    "eu-impl-reg-2025-847": (_md("eu-impl-reg-2025-847.md"), "regulation", "binding",
                             "European Commission"),
    "ca-forced-labour-supply-chains-2023": (
        canada_markdown("ca-forced-labour-supply-chains-act.md",
                        "ca-forced-labour-supply-chains-2023.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-rluipa-42usc21c": (rluipa, "statute", "binding", "United States Congress"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS42.items()}, units34, N)


if __name__ == "__main__":
    main()
