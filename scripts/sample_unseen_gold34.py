"""Seeded sample of a thirty-fourth held-out half (`heldout34`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, from issuer families the last halves lacked (no treaty body, ILO, Council of
Europe, Hague Conference or United Nations convention or protocol: another helper drew
`heldout33` from those families at the same time), labelled under the protocol in the README
beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record), of eight issuers:

- a regional human-rights instrument: the African (Banjul) Charter on Human and Peoples' Rights
  (Organization of African Unity, Nairobi, 1981), in Laws.Africa's Akoma Ntoso HTML
  (laws-africa/peachjam's document fixtures);
- a national statute: South Africa's Divorce Act, 1979 (Act 70 of 1979, as at 22 October 2020),
  from the same fixtures, without its Schedule of repealed laws;
- a court judgment: Re Y (Children in Care: Change of Nationality) [2020] EWCA Civ 1038 (Court
  of Appeal of England and Wales, Civil Division), in The National Archives' Akoma Ntoso XML;
- a regional charter on governance: the African Charter on Democracy, Elections and Governance
  (African Union, Addis Ababa, 2007), from the same fixtures as the Banjul Charter (the African
  Union succeeded the OAU: two issuers of one lineage);
- an agreement of the European Union: the 2007 Agreement between the European Union and the
  United States of America on the processing and transfer of passenger name record (PNR) data,
  with the DHS letter and the EU's reply printed with it;
- a regional agreement of the Caribbean Community: the Agreement establishing the Caribbean
  Public Health Agency (CARPHA), up to its signature clause (`upto_signature`: a line of the
  Dutch translation that the reader takes for English is left out of the pool);
- two intergovernmental agreements on refugees outside the United Nations: the Agreement relating
  to Refugee Seamen (The Hague, 1957) and the Agreement relating to the issue of a travel
  document to refugees who are the concern of the Intergovernmental Committee on Refugees
  (London, 15 October 1946), up to its annex (`before`: the specimen travel document).

The African Union's Charter and the London Agreement replace two documents of the first draw,
whose sixteen units each were labelled and held no statement, so that the half had 23
statements, fewer than the 30 that tests/test_eval_data.py requires of every half: a judgment
of the Court of Justice of the European Union (C-699/17 Allianz Vorsorgekasse, public
procurement, EUR-Lex XHTML in a test fixture of lennartvanlaake/lawbrador) and the Constitution
of the International Organization for Migration (statengeneraal/laws-markdown, up to its
annex). See the README's section on this half; the other six documents' draws are unchanged
(one random.Random per doc_id).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`).
The Akoma Ntoso sources are written out once as Markdown in the source folder (`akn_markdown`,
`judgment_markdown`: a heading per part, chapter, article or section, each numbered paragraph,
subsection or item a paragraph of its own with its number, the text unchanged but for
whitespace; the portal's editorial remarks, "[section … substituted by …]", are left out), then
read as the treaties are. Units are cut by `units34` (`sample_unseen_gold7.units7` with sampler
2's footnote filter narrowed to EUR-Lex's footnote calls, so that numbered subsections "(1) …"
are kept); N units per document are drawn with random.Random(SEED + ":" + doc_id)
(scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS34` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u4500 … u4627, in the
order printed (the ids after the gold's last one are taken by the half drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold34.py /tmp/src34
(/tmp/src34 holds the files named below, copied from the repositories listed in the README; the
Markdown files of the Akoma Ntoso sources are written there from them on the first run.)
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_unseen_gold2  # noqa: E402
from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout34-v1"
N = 16
FIRST_ID = 4500
SRC = source_folder(__file__)
_md = markdown(SRC)


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# --- Akoma Ntoso HTML (Laws.Africa) → Markdown --------------------------------------------------

class _Node:
    def __init__(self, tag: str, attrs: dict[str, str]):
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def cls(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _Tree(HTMLParser):
    VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _text(node) -> str:
    """Inline text of a node, without the portal's editorial remarks; <br> read as a space."""
    if isinstance(node, str):
        return node
    if "akn-remark" in node.cls:
        return ""
    if node.tag == "br":
        return " "
    return "".join(_text(c) for c in node.children)


def _child(node: _Node, cls: str) -> _Node | None:
    return next((c for c in node.children if isinstance(c, _Node) and cls in c.cls), None)


HEADED = {"akn-part", "akn-chapter", "akn-division"}
NUMBERED = {"akn-paragraph", "akn-subsection", "akn-subparagraph", "akn-item", "akn-point"}
BLOCKS = {"akn-p", "akn-listIntroduction", "akn-listWrapUp", "akn-heading"}
DROPPED = {"akn-remark", "akn-attachments", "akn-table", "coverpage"}


def _akn_lines(node: _Node, out: list[str], pending: list[str]) -> None:
    """Markdown lines of an Akoma Ntoso HTML node; `pending` holds a number not yet written."""
    for c in node.children:
        if isinstance(c, str):
            continue
        cls = c.cls
        if cls & DROPPED:
            continue
        if cls & HEADED or "akn-article" in cls or "akn-section" in cls:
            h = next((x for x in c.children
                      if isinstance(x, _Node) and x.tag in ("h2", "h3")), None)
            title = _ws(" – ".join(_ws(_text(x)) for x in _split_br(h))) if h else ""
            if "akn-section" in cls:
                m = re.match(r"^(\d+[A-Z]*)\.?\s*(.*)$", title)
                title = f"Section {m.group(1)} - {m.group(2)}" if m else title
                out.append(f"### {title}")
            elif "akn-article" in cls:
                out.append(f"### {title}")
            else:
                out.append(f"## {title}")
            _akn_lines(c, out, [])
        elif "akn-preamble" in cls:
            out.append("## Preamble")
            _akn_lines(c, out, [])
        elif "akn-preface" in cls:
            out.append("## Long title")
            _akn_lines(c, out, [])
        elif cls & NUMBERED:
            num = _child(c, "akn-num")
            _akn_lines(c, out, [_ws(_text(num))] if num else [])
        elif "akn-num" in cls or c.tag in ("h2", "h3"):
            continue
        elif cls & BLOCKS:
            t = _ws(_text(c))
            if t:
                out.append(f"{pending.pop()} {t}" if pending else t)
        else:
            _akn_lines(c, out, pending)
    if pending:  # a number whose container held no text of its own
        out.append(pending.pop())


def _split_br(h: _Node) -> list:
    parts, cur = [], _Node("span", {})
    for c in h.children:
        if isinstance(c, _Node) and c.tag == "br":
            parts.append(cur)
            cur = _Node("span", {})
        else:
            cur.children.append(c)
    return parts + [cur]


def akn_markdown(fixture: str, pk: int, md_name: str, title: str) -> Reader:
    """The reader of one document of a Laws.Africa fixture (`peachjam.coredocument` or
    `peachjam.documentcontent` `pk`): its `content_html` written out once as Markdown in the
    source folder, then read as the treaties are. The cover page (the portal's notices) and the
    attachments (the Divorce Act's Schedule, a table of repealed laws) are left out."""
    def read() -> list[tuple[str, str]]:
        md = SRC / md_name
        if not md.exists():
            rows = json.loads((SRC / fixture).read_text(encoding="utf-8"))
            html = next(r["fields"]["content_html"] for r in rows
                        if r["pk"] == pk and r["fields"].get("content_html"))
            tree = _Tree()
            tree.feed(html)
            lines: list[str] = []
            _akn_lines(tree.root, lines, [])
            md.write_text("\n\n".join([f"# {title}"] + lines) + "\n", encoding="utf-8")
        return english(md)
    return read


# --- The National Archives' judgment XML → Markdown ---------------------------------------------

_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def judgment_markdown(xml_name: str, md_name: str, title: str,
                      src: Path | None = None) -> Reader:
    """The reader of a judgment of The National Archives' Find Case Law (Akoma Ntoso XML): the
    judgment body written out once as Markdown (the header with court, parties and counsel left
    out): a heading for each paragraph styled as a heading ("Heading2", "Heading3"), each numbered
    paragraph ("1.", "(1)", "(a)") a line with its number (a paragraph without one, as some of
    the Supreme Court's have, its text alone), other text (quoted passages) a line of its own.
    `src`: the folder of the XML and the Markdown (this sampler's by default; sampler 56 reads
    its own)."""
    def read() -> list[tuple[str, str]]:
        folder = src or SRC
        md = folder / md_name
        if not md.exists():
            root = ET.parse(folder / xml_name).getroot()
            out = [f"# {title}"]
            for el in root.find(f".//{_AKN}judgmentBody").iter():
                if el.tag == f"{_AKN}paragraph":
                    n = el.find(f"{_AKN}num")
                    num = _ws("".join(n.itertext())) if n is not None else ""
                    ps = [_ws("".join(p.itertext())) for p in el.iter(f"{_AKN}p")]
                    ps = [p for p in ps if p]
                    if ps:
                        out.append(_ws(f"{num} {ps[0]}"))
                        out += ps[1:]
                elif el.tag == f"{_AKN}level":
                    content = el.find(f"{_AKN}content")
                    for p in (content if content is not None else []):
                        t = _ws("".join(p.itertext()))
                        if not t or set(t) <= {"_", "-", " "}:
                            continue
                        out.append(f"## {t}" if (p.get("class") or "").startswith("Heading")
                                   else t)
            md.write_text("\n\n".join(out) + "\n", encoding="utf-8")
        return english(md)
    return read


# --- cuts of the treaties -------------------------------------------------------------------------

def upto_signature(read: Reader) -> Reader:
    """A treaty's passages up to and including its signature clause: after it, the CARPHA file's
    Dutch translation yields one line the reader takes for English (a definition that keeps the
    English name of a council)."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        end = next(i for i, (loc, _) in enumerate(paras) if loc == "Signature clause")
        return paras[:end + 1]
    return cut


# EUR-Lex's footnote calls, "( 7 ) OJ L 91, …" and "( *1 ) Language of the case", with a space or
# an asterisk inside the brackets
EURLEX_FOOTNOTE = re.compile(r"^\(\s*\*\d+\s*\)\s|^\(\s+\d+\s+\)\s")


def units34(paras: list[tuple[str, str]]) -> list[dict]:
    """`units7`, with sampler 2's footnote filter narrowed to EUR-Lex's footnote calls: sampler
    2 drops every sentence that begins with a bracketed number ("^\\(\\s*\\*?\\d+\\s*\\)\\s"), which
    here would drop every numbered subsection of the Divorce Act ("(1) A court shall have
    jurisdiction …") and of the judgment's lists ("(1) On 12 February 2019, …")."""
    saved = sample_unseen_gold2.FOOTNOTE
    sample_unseen_gold2.FOOTNOTE = EURLEX_FOOTNOTE
    try:
        return units7(paras)
    finally:
        sample_unseen_gold2.FOOTNOTE = saved


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS34 = {
    "oau-banjul-charter-1981": (
        akn_markdown("peachjam-sample-documents-8be3ceb.json", 2359,
                     "oau-banjul-charter-1981.md",
                     "African (Banjul) Charter on Human and Peoples' Rights"),
        "charter", "binding", "Organization of African Unity"),
    "za-divorce-act-1979": (
        akn_markdown("peachjam-sample-documents-1bd15db.json", 3040, "za-divorce-act-1979.md",
                     "Divorce Act, 1979 (Act 70 of 1979)"),
        "statute", "binding", "Republic of South Africa"),
    "ewca-civ-2020-1038": (
        judgment_markdown("ewca-civ-2020-1038.xml", "ewca-civ-2020-1038.md",
                          "Re Y (Children in Care: Change of Nationality) [2020] EWCA Civ 1038"),
        "judgment", "binding", "Court of Appeal of England and Wales"),
    "au-acdeg-2007": (
        akn_markdown("peachjam-sample-documents-1bd15db.json", 2071, "au-acdeg-2007.md",
                     "African Charter on Democracy, Elections and Governance"),
        "charter", "binding", "African Union"),
    "icr-travel-document-1946": (before("Annex", _md("icr-travel-document-1946.md")), "treaty",
                                 "binding", "Intergovernmental Committee on Refugees"),
    "eu-us-pnr-2007": (_md("eu-us-pnr-2007.md"), "treaty", "binding",
                       "European Union; United States of America"),
    "carpha-2011": (upto_signature(_md("carpha-2011.md")), "treaty", "binding",
                    "Caribbean Community (CARICOM)"),
    "refugee-seamen-1957": (_md("refugee-seamen-1957.md"), "treaty", "binding",
                            "Governments of Belgium, Denmark, France, the Federal Republic of "
                            "Germany, the Netherlands, Norway, Sweden and the United Kingdom"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS34.items()}, units34, N)


if __name__ == "__main__":
    main()
