"""Seeded sample of a sixty-eighth held-out half (`heldout68`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout69`; this half takes **no treaty of any
kind**: three instruments of United Nations soft law, a constitution's chapters, two national
statutes, a municipal by-law and a Commission implementing regulation):

- a UN General Assembly declaration: the Declaration on the Right and Responsibility of
  Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human
  Rights and Fundamental Freedoms (the Declaration on Human Rights Defenders, A/RES/53/144, 1998);
- a UNESCO declaration: the Universal Declaration on the Human Genome and Human Rights (adopted
  by UNESCO's General Conference, 1997);
- guidelines annexed to an ECOSOC resolution: the Guidelines for Action on Children in the
  Criminal Justice System (Economic and Social Council resolution 1997/30);
- a national constitution's chapters: the Constitution of Kenya, 2010, Chapters One
  (Sovereignty of the People and Supremacy of this Constitution) and Two (The Republic),
  Articles 1-11;
- a national statute: the Privacy Act of Canada (R.S.C. 1985, c. P-21), consolidated;
- a national statute: the Uniformed Services Employment and Reemployment Rights Act as codified in
  38 U.S.C. ch. 43 (§§ 4301-4335);
- a municipal by-law: Bergrivier Municipality (Western Cape, South Africa), By-law relating to
  Cemeteries and Crematoria, 2009, in Laws.Africa's Akoma Ntoso HTML;
- a Commission implementing regulation: Commission Implementing Regulation (EU) 2024/2980 on
  notifications to the Commission concerning the European Digital Identity Wallet ecosystem, with
  its recitals and annexes.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no statements
stage, through `sample_unseen_gold4.english`): the three UN instruments through `webizen_n3` below
(the RDF/Turtle files of mediaprophet/Webizen-Charter, of which only each node's title and
verbatim `originalText` are read); the Kenyan chapters' TypeScript data, the two files joined in
order, through `gold_readers.kenya_markdown` (sampler 66's `kenya_markdown66`, since folded
into it); the Canadian Act through sampler 33's `canada_markdown`; the US Code chunks
concatenated in order, their first subsections printed as "###### (a) text" made headings
(`sample_unseen_gold4.first_subsections`), one passage per subsection
(`sample_unseen_gold4.us_code_text_sections`); the by-law's Akoma Ntoso HTML through sampler
56's `openbylaws_page`; the EU regulation as the repository prints it. Units are cut by
sampler 34's `units34`; N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py). The eight documents were chosen before the draw that was labelled was
printed (a document chosen first, the Basic Principles on the Role of Lawyers, was replaced before
any unit was labelled: the ingest reader cannot close its preamble before its unnumbered
principles; README); nothing was cut from them but the table of contents one Turtle file gives as
a node.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS68` below), and `preamble`, true where the reader's
locator marks the passage as a preamble or recital. The labelled rows take the ids u11200 …
u11327, in the order printed (`FIRST_ID`; `heldout69`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold68.py /tmp/src68
(/tmp/src68 holds the files named below, copied from the repositories listed in the README; the
files the readers write are written there on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import kenya_markdown, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english, first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402

SEED = "issue14-heldout68-v1"
N = 16
FIRST_ID = 11200
SRC = source_folder(__file__)
_md = markdown(SRC)

# one node of a Webizen-Charter Turtle file: its dc:title and, where it has one, its originalText
_N3_NODE = re.compile(r'^doc:(\S+) a .*?dc:title "((?:[^"\\]|\\.)*)"@en(.*?)\s\.\s*$',
                      re.S | re.M)
_N3_TEXT = re.compile(r'values:originalText "((?:[^"\\]|\\.)*)"@en')
# the adopting body's preamble, which the files print as the last node
_ADOPTING = re.compile(r"^(?:Endorsed by General Assembly resolution [\d/]+ of [\w ]+? )?"
                       r"The General (?:Assembly|Conference) ,")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$", re.S)


def _n3_nodes(path: Path) -> list[tuple[str, str, str]]:
    """(node name, title, text) of each node of a Turtle file, in the file's order; the text is
    the node's `originalText` with the Turtle escapes undone, empty when it has none."""
    out = []
    for m in _N3_NODE.finditer(path.read_text(encoding="utf-8")):
        t = _N3_TEXT.search(m.group(3))
        text = re.sub(r'\\(["\\])', r"\1", t.group(1)) if t else ""
        out.append((m.group(1), m.group(2), re.sub(r"\s+", " ", text).strip()))
    return out


def _heading(text: str) -> bool:
    """A node that is a heading of the instrument ("Solidarity and international cooperation",
    "I. Aims, objectives and basic considerations", "II. Plans for the implementation … A.
    Measures of general application"): no closing punctuation, not a list item."""
    return not re.search(r"[.;:,]$", text) and not text.startswith("(")


def webizen_n3(source: str, name: str, title: str, unit: str) -> Reader:
    """The reader of an instrument of mediaprophet/Webizen-Charter's `un-instruments/`: its Turtle
    file, of which only each node's title and verbatim `originalText` are kept (the file's
    deontic classes and annotations are not read), written out once as Markdown under the
    heading `title`, then read as the treaties are. The instrument's own node is left out,
    and so is the node that holds the instrument's table of contents (its section headings
    run together, without closing punctuation, opening with a heading printed later). The
    adopting body's preamble ("The General Assembly , Reaffirming …"), which the files print
    as their last node (titled as if it were the last article), goes first, under a heading
    "Preamble". Nodes titled "Article N" get a heading "### Article N"; a node whose text
    opens with its number ("53. The …") a heading "### {unit} 53" and its text without the
    number (the node titles "Paragraph N" of these files count every node, not the
    instrument's paragraphs); a node without closing punctuation is a heading of the
    instrument ("## …"); list items ("(a) …") are paragraphs of their own under the last
    numbered heading. The files' text is not changed."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            nodes = [(n, t, x) for n, t, x in _n3_nodes(SRC / source)
                     if n != "Instrument" and x]
            heads = [x for _, _, x in nodes if _heading(x)]
            # the table of contents: the section headings run together in one node
            nodes = [(n, t, x) for n, t, x in nodes
                     if not (_heading(x) and any(x.startswith(h) and len(x) > len(h) + 20
                                                 for h in heads if h != x))]
            preamble = [x for _, _, x in nodes if _ADOPTING.match(x)]
            body = [(t, x) for _, t, x in nodes if not _ADOPTING.match(x)]
            out = [f"# {title}", ""]
            if preamble:
                out += ["## Preamble", ""] + [line for x in preamble for line in (x, "")]
            for node_title, text in body:
                if re.fullmatch(r"Article \d+", node_title):
                    out += [f"### {node_title}", "", text, ""]
                elif m := _NUMBERED.match(text):
                    out += [f"### {unit} {m.group(1)}", "", m.group(2), ""]
                elif _heading(text):
                    out += [f"## {text}", ""]
                else:
                    out += [text, ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


def userra() -> list[tuple[str, str]]:
    """38 U.S.C. ch. 43, §§ 4301-4335, one passage per subsection (chunks 1603-1655,
    concatenated; first subsections printed "###### (a) text" made headings)."""
    text = (SRC / "us-userra-38usc43.md").read_text(encoding="utf-8")
    return us_code_text_sections(first_subsections(text), 38)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS68: dict[str, tuple[Reader, str, str, str]] = {
    "un-hrd-declaration-1998": (
        webizen_n3("declaration-right-and-responsibility-individuals-groups-and.n3",
                   "un-hrd-declaration-1998.md",
                   "Declaration on the Right and Responsibility of Individuals, Groups and Organs "
                   "of Society to Promote and Protect Universally Recognized Human Rights and "
                   "Fundamental Freedoms", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "unesco-human-genome-1997": (
        webizen_n3("universal-declaration-human-genome-and-human-rights.n3",
                   "unesco-human-genome-1997.md",
                   "Universal Declaration on the Human Genome and Human Rights", "Paragraph"),
        "declaration", "non-binding", "UNESCO"),
    "ecosoc-children-justice-guidelines-1997": (
        webizen_n3("guidelines-action-children-criminal-justice-system.n3",
                   "ecosoc-children-justice-guidelines-1997.md",
                   "Guidelines for Action on Children in the Criminal Justice System",
                   "Paragraph"),
        "guidelines", "non-binding", "UN Economic and Social Council"),
    "ke-constitution-2010-ch1-2": (
        kenya_markdown(SRC, "ke-chapter1-2.ts", "ke-constitution-2010-ch1-2.md",
                       "CHAPTER ONE — SOVEREIGNTY OF THE PEOPLE AND SUPREMACY OF THIS "
                       "CONSTITUTION; CHAPTER TWO — THE REPUBLIC"),
        "constitution", "binding", "Republic of Kenya"),
    "ca-privacy-act-1985": (
        canada_markdown("ca-privacy-act-source.md", "ca-privacy-act-1985.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-userra-38usc43": (userra, "statute", "binding", "United States Congress"),
    "za-bergrivier-cemeteries-by-law-2009": (
        openbylaws_page("za-wc013-cemeteries-and-crematoria-by-law-2009-source.md",
                        "za-bergrivier-cemeteries-by-law-2009.md",
                        "Bergrivier Municipality: By-law relating to Cemeteries and Crematoria"),
        "by-law", "binding", "Bergrivier Municipality"),
    "eu-impl-reg-2024-2980": (_md("eu-impl-reg-2024-2980.md"), "regulation", "binding",
                              "European Commission"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS68.items()}, units34, N)


if __name__ == "__main__":
    main()
