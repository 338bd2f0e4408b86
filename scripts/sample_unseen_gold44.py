"""Seeded sample of a forty-fourth held-out half (`heldout44`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout45`; this half takes at least four
documents from treaty bodies' general comments (at most three), national laws, judgments, EU acts
and declarations, and no ILO or Council of Europe convention):

- Human Rights Committee General Comment No. 9 (1982), humane treatment of persons deprived of
  their liberty (article 10);
- CERD General Recommendation No. 25 (2000), gender-related dimensions of racial discrimination;
- a national statute: the Canadian Multiculturalism Act (R.S.C. 1985, c. 24 (4th Supp.)),
  consolidated;
- a national statute: 20 U.S.C. ch. 39, Equal Educational Opportunities and Transportation of
  Students (the Equal Educational Opportunities Act of 1974 and the provisions printed with it,
  §§ 1701-1758);
- an EU regulation of the European Parliament and the Council: Regulation (EU) No 1025/2012 on
  European standardisation, consolidated text of 13 December 2024, with its recitals and annexes;
- an IAEA convention: the Convention on Assistance in the Case of a Nuclear Accident or
  Radiological Emergency (Vienna, 1986);
- a WIPO treaty: the WIPO Performances and Phonograms Treaty (WPPT, Geneva, 1996);
- a protocol of the Antarctic Treaty system: the Protocol on Environmental Protection to the
  Antarctic Treaty (Madrid, 1991), with its annexes.

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
(`doc_type`, `legal_force`, `issuer`: `DOCS44` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u6400 … u6527, in the
order printed (`FIRST_ID`; `heldout45`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold44.py /tmp/src44
(/tmp/src44 holds the files named below, copied from the repositories listed in the README;
us-eeoa-20usc39.md is chunks 2687-2722 of chuncks/title-20, concatenated in order;
ca-multiculturalism-1988.md is written there from ca-multiculturalism-act.md on the first run.)
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

SEED = "issue14-heldout44-v1"
N = 16
FIRST_ID = 6400
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def eeoa() -> list[tuple[str, str]]:
    """20 U.S.C. ch. 39, one passage per subsection (chunks 2687-2722, concatenated)."""
    return us_code_sections(SRC / "us-eeoa-20usc39.md", 20)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS44 = {
    "ccpr-gc9-1982": (_tb("CCPR_GC9_humane_treatment.json"), "general comment", "non-binding",
                      "UN Human Rights Committee"),
    "cerd-gr25-2000": (_tb("CERD_GR25_gender.json"), "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "ca-multiculturalism-1988": (
        canada_markdown("ca-multiculturalism-act.md", "ca-multiculturalism-1988.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-eeoa-20usc39": (eeoa, "statute", "binding", "United States Congress"),
    "eu-reg-1025-2012": (_md("eu-reg-1025-2012.md"), "regulation", "binding",
                         "European Parliament and Council of the European Union"),
    "iaea-assistance-1986": (_md("iaea-assistance-1986.md"), "convention", "binding",
                             "International Atomic Energy Agency"),
    "wipo-wppt-1996": (_md("wipo-wppt-1996.md"), "treaty", "binding",
                       "World Intellectual Property Organization"),
    "antarctic-env-protocol-1991": (_md("antarctic-env-protocol-1991.md"), "protocol", "binding",
                                    "Antarctic Treaty Consultative Parties"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS44.items()}, units34, N)


if __name__ == "__main__":
    main()
