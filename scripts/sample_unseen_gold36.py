"""Seeded sample of a thirty-sixth held-out half (`heldout36`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout37`; this half takes its general
comments only from the CESCR, CERD and CEDAW, and at least three documents from national laws
or regional bodies):

- CESCR General Comment No. 2 (1990), international technical assistance measures (article 22
  of the Covenant);
- CERD General Recommendation No. 28 (2002), the follow-up to the World Conference against
  Racism, Racial Discrimination, Xenophobia and Related Intolerance;
- an ILO convention: the Working Conditions (Hotels and Restaurants) Convention, 1991 (No. 172);
- a Council of Europe convention: the European Convention on the Social Protection of Farmers
  (ETS 87, Strasbourg, 1974), with its annex of reservations (text, kept);
- a United Nations convention: the Convention relating to the Status of Stateless Persons (New
  York, 1954), with its Schedule on the travel document (text, kept);
- a national statute: the Age Discrimination in Employment Act, 29 U.S.C. ch. 14 (§§ 621–634, as
  chunked by codexstanford/markdonw-chunck-of-the-usa-code);
- a regional (Inter-American) convention: the Inter-American Convention for the Protection and
  Conservation of Sea Turtles (Caracas, 1996), without its Annex I (a list of species);
- a regional organisation's founding convention: the Convention establishing the Association of
  Caribbean States (Cartagena de Indias, 1994), without its Annexes I and II (lists of States
  and territories).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`, and from
the US Code chunks (`sample_unseen_gold4.us_code_sections`; a chunk that opens inside a section
prints its first subsection as a "######" heading with its text, which that reader would drop as a
heading: `adea` gives such a line back its text first). Units are cut by
`sample_unseen_gold7.units7`; N units per document are drawn with random.Random(SEED + ":" +
doc_id) (scripts/gold_sampling.py). The eight documents were chosen, and their cuts decided
(the two annexes of lists above), before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS36` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u4828 … u4955, in the
order printed.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold36.py /tmp/src36
(/tmp/src36 holds the files named below, copied from the repositories listed in the README;
us-adea-29usc14.md is chunks 392–433 of chuncks/title-29, concatenated in order.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout36-v1"
N = 16
FIRST_ID = 4828
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def without(read: Reader, prefixes: tuple[str, ...]) -> Reader:
    """A reader without the passages whose locator starts with one of `prefixes` (an annex that
    is a list)."""
    return lambda: [(loc, t) for loc, t in read() if not loc.startswith(prefixes)]


def adea() -> list[tuple[str, str]]:
    """29 U.S.C. ch. 14: a "###### (a) text" line (a chunk's first subsection) becomes the
    "##### (a)" heading `us_code_text_sections` reads and a line of text."""
    return us_code_text_sections(
        first_subsections((SRC / "us-adea-29usc14.md").read_text(encoding="utf-8")), 29)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS36 = {
    "cescr-gc2-1990": (_tb("ESCR-GC2-IntAssistance.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "cerd-gr28-2002": (_tb("CERD_GR28_followup_conference.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "ilo-c172-1991": (_md("ilo-c172-1991.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets87-1974": (_md("coe-ets87-1974.md"), "convention", "binding", "Council of Europe"),
    "un-stateless-persons-1954": (_md("un-stateless-persons-1954.md"), "convention", "binding",
                                  "United Nations"),
    "us-adea-29usc14": (adea, "statute", "binding", "United States Congress"),
    "iac-sea-turtles-1996": (without(_md("iac-sea-turtles-1996.md"), ("Annex I,",)), "convention",
                             "binding",
                             "Inter-American Convention for the Protection and Conservation of "
                             "Sea Turtles"),
    "acs-convention-1994": (without(_md("acs-convention-1994.md"), ("Annex I,", "Annex II,")),
                            "treaty", "binding", "Association of Caribbean States"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS36.items()}, units7, N)


if __name__ == "__main__":
    main()
