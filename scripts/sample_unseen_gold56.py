"""Seeded sample of a fifty-sixth held-out half (`heldout56`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout57`; this half takes **no treaty of any
kind**: four treaty bodies' general comments or recommendations, two national constitutions'
parts, a municipal by-law and a judgment):

- CESCR General Comment No. 23 (2016), the right to just and favourable conditions of work
  (article 7 of the Covenant);
- CEDAW General Recommendation No. 28 (2010), the core obligations of States parties under
  article 2 of the Convention;
- CERD General Recommendation No. 37 (2024), racial discrimination in the enjoyment of the right
  to health (article 5 (e) (iv) of the Convention);
- Human Rights Committee General Comment No. 25 (1996), participation in public affairs and the
  right to vote (article 25 of the Covenant);
- a national constitution's part: the Constitution of the Republic of Uganda, 1995, National
  Objectives and Directive Principles of State Policy (its Chapter Four is
  `ug-constitution-1995-ch4`);
- a national constitution's chapter: the Constitution of the Federal Republic of Nigeria, 1999,
  Chapter III, Citizenship (ss. 25-32; its Chapters II and IV are `ng-constitution-1999-ch2` and
  `ng-constitution-1999-ch4`);
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), Control of
  Undertakings that Sell Liquor to the Public By-law, 2018, in Laws.Africa's Akoma Ntoso HTML;
- a judgment: R (on the application of AAA and others) v Secretary of State for the Home
  Department [2023] UKSC 42 (the Supreme Court of the United Kingdom, the Rwanda policy), in The
  National Archives' Akoma Ntoso XML.

Passages come from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`, through
`gold_readers.treaty_body`) and from corpus-tool's own reader (`corpus.extract_document`: ingest
only, no statements stage, through `sample_unseen_gold4.english`) for the two constitutions' parts
(Markdown as the repositories print them; the Ugandan page's group headings and objective lines
made headings, `uganda_objectives`), for the by-law (its Akoma Ntoso HTML written out once
as Markdown by sampler 34's `_akn_lines`, without the page's front matter and cover page) and for
the judgment (sampler 34's `judgment_markdown`, which tolerates paragraphs without a number since
this draw). Units are cut by sampler 34's `units34`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The
eight documents were chosen before the draw was printed; nothing was cut from them but the
by-law's Schedule (a table of trading days and hours by location category), an Akoma Ntoso
attachment that sampler 34's `_akn_lines` leaves out, as it left out the Divorce Act's schedule.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS56` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u8800 … u8927, in the
order printed (`FIRST_ID`; `heldout57`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold56.py /tmp/src56
(/tmp/src56 holds the files named below, copied from the repositories listed in the README;
za-bergrivier-liquor-by-law-2018.md and uksc-2023-42.md are written there on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold34 import _akn_lines, _Tree, judgment_markdown, units34  # noqa: E402

SEED = "issue14-heldout56-v1"
N = 16
FIRST_ID = 8800
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def openbylaws_page(source: str, name: str, title: str) -> Reader:
    """The reader of a by-law page of laws-africa/openbylaws.org.za: its Akoma Ntoso HTML,
    without the page's front matter (the table of contents) and the cover page (the portal's
    notices), written out once as Markdown through sampler 34's `_akn_lines` (a heading per
    section, each numbered subsection or item a paragraph of its own with its number), then read
    as the treaties are."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            html = _FRONT_MATTER.sub("", (SRC / source).read_text(encoding="utf-8"), count=1)
            tree = _Tree()
            tree.feed(html)
            lines: list[str] = []
            _akn_lines(tree.root, lines, [])
            md.write_text("\n\n".join([f"# {title}"] + lines) + "\n", encoding="utf-8")
        return english(md)
    return read


def uganda_objectives(source: str, name: str) -> Reader:
    """The reader of the Ugandan Constitution's National Objectives and Directive Principles of
    State Policy as luigimorel/ugandaconstitution.com prints them: written out once as Markdown
    with the page's group headings ("**_Political objectives._**") made headings of their own
    (not passages) and each objective's line ("### II. Democratic principles.") a heading
    "### Objective II - Democratic principles"; the text unchanged."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            t = (SRC / source).read_text(encoding="utf-8")
            t = re.sub(r"^## National Objectives.*$",
                       "# National Objectives and Directive Principles of State Policy", t,
                       count=1, flags=re.M)
            t = re.sub(r"^\*\*_(.+?)\._\*\*$", r"## \1", t, flags=re.M)
            t = re.sub(r"^### ([IVXL]+)\. (.+?)\.?$", r"### Objective \1 - \2", t, flags=re.M)
            md.write_text(t, encoding="utf-8")
        return english(md)
    return read


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS56: dict[str, tuple[Reader, str, str, str]] = {
    "cescr-gc23-2016": (_tb("ESCR-GC23-CondWork.json"), "general comment", "non-binding",
                        "UN Committee on Economic, Social and Cultural Rights"),
    "cedaw-gr28-2010": (_tb("CEDAW-GR28-art.2.json"), "general recommendation", "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cerd-gr37-2024": (_tb("CERD_GR37_health.json"), "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "ccpr-gc25-1996": (_tb("CCPR_GC25_art.25.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "ug-constitution-1995-objectives": (
        uganda_objectives("ug-objectives-source.md", "ug-constitution-1995-objectives.md"),
        "constitution",
                                        "binding", "Republic of Uganda"),
    "ng-constitution-1999-ch3": (_md("ng-constitution-1999-ch3.md"), "constitution", "binding",
                                 "Federal Republic of Nigeria"),
    "za-bergrivier-liquor-by-law-2018": (
        openbylaws_page("za-wc013-liquor-by-law-2018-source.md",
                        "za-bergrivier-liquor-by-law-2018.md",
                        "Control of Undertakings that Sell Liquor to the Public By-law, 2018"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uksc-2023-42": (
        judgment_markdown("uksc-2023-42.xml", "uksc-2023-42.md",
                          "R (on the application of AAA and others) v Secretary of State for "
                          "the Home Department [2023] UKSC 42", src=SRC),
        "judgment", "binding", "Supreme Court of the United Kingdom"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS56.items()}, units34, N)


if __name__ == "__main__":
    main()
