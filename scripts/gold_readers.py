"""What the unseen-gold samplers from `heldout17` on read (`scripts/sample_unseen_gold17.py` …):
the source folder each is given, and its two readers of a file there — a treaty's markdown
through corpus-tool's own reader, English only (`sample_unseen_gold4.english`), and a treaty
body's numbered paragraphs as JSON (`sample_unseen_gold3.tb_paragraphs`) — readers cut before a
treaty's annexes (`before`) or after its signature clause (`through_signature`), and a CJEU
judgment's reader (`cjeu_judgment`), a Kenyan constitution chapter's (`kenya_markdown`), a US
Code chapter's (`us_code_chapter`), a New Zealand Act's XML (`nz_act_xml`), a page of
pantrypoints/sp (`pantrypoints_page`) and an EU act of stalev/from-jus-to-algorithm's JSON
(`jus_to_algorithm_eu`)."""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import Reader  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english, first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold7 import starting_at  # noqa: E402


def source_folder(script: str) -> Path:
    """The folder of source files a sampler is given as its one argument, or exit with its usage."""
    name = Path(script).name
    if len(sys.argv) < 2:
        half = name.removeprefix("sample_unseen_gold").removesuffix(".py")
        sys.exit(f"usage: PYTHONPATH=. python scripts/{name} /tmp/src{half}")
    return Path(sys.argv[1])


def markdown(src: Path) -> Callable[[str], Reader]:
    """Name → the reader of that markdown treaty in `src` (its English passages)."""
    return lambda name: (lambda: english(src / name))


def before(prefix: str, read: Reader) -> Reader:
    """A treaty's passages up to the first whose locator starts with `prefix`: what follows (an
    annex or appendix that is a list or a form, another instrument printed after it) is left out;
    each sampler says why for its documents."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        return paras[:next((i for i, (loc, _) in enumerate(paras) if loc.startswith(prefix)),
                           len(paras))]
    return cut


def through_signature(read: Reader) -> Reader:
    """A treaty's passages up to and including its signature clause (the first passage whose
    locator ends with "Signature clause"): what the file prints after it (appendices, lists,
    another instrument) is left out; each sampler says why for its documents."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        end = next((i for i, (loc, _) in enumerate(paras) if loc.endswith("Signature clause")),
                   len(paras) - 1)
        return paras[:end + 1]
    return cut


def us_code_chapter(src: Path, name: str, title: int, section: str = r"\d+") -> Reader:
    """A chapter of the US Code in `src` (its chunks concatenated in one file), one passage per
    subsection (`sample_unseen_gold4.us_code_text_sections`; `section`: the pattern of the
    section numbers), its first subsections printed "###### (a) text" made headings
    (`first_subsections`)."""
    return lambda: us_code_text_sections(
        first_subsections((src / name).read_text(encoding="utf-8")), title, section)


def cjeu_judgment(src: Path, name: str) -> Reader:
    """A CJEU judgment's markdown in `src`, from its legal context to its operative part, without
    the signatures line, the footnotes' separator and the footnote on the language of the case."""
    return lambda: [(loc, t) for loc, t in starting_at(english(src / name), "Legal context")
                    if t not in ("[Signatures]", "\\[Signatures\\]", "…", "* * *")
                    and not t.startswith(("( [", "( *"))]


_TS_ITEM = re.compile(r"title: '([^']*)',\s*articles:"
                      r"|number: '(\d+)',\s*title: '([^']*)',\s*content: `([^`]*)`")


def kenya_markdown(src: Path, ts_name: str, md_name: str, title: str) -> Reader:
    """The reader of a chapter of the Constitution of Kenya (kipkechem/kenya-yetu-gamma): its
    TypeScript data file (parts with their articles' number, title and content) written out once
    as Markdown in `src` under the heading `title`, then read as the treaties are."""
    def read() -> list[tuple[str, str]]:
        md = src / md_name
        if not md.exists():
            out = [f"# {title}", ""]
            for m in _TS_ITEM.finditer((src / ts_name).read_text(encoding="utf-8")):
                if m.group(2) is None:      # a part: its title a heading (none when empty)
                    if m.group(1):
                        out += [f"## {m.group(1)}", ""]
                    continue
                out += [f"### Article {m.group(2)} - {m.group(3)}", ""]
                for line in m.group(4).split("\\n"):
                    out += [line, ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def pantrypoints_page(src: Path, source: str, name: str, title: str,
                      clean: Callable[[str], str] = lambda t: t) -> Reader:
    """The reader of a constitution's page of pantrypoints/sp in `src`: written once as Markdown
    `name` without its front matter, `clean`ed (the page's own article and section lines made
    headings), under the heading `title`, then read as the treaties are."""
    def read() -> list[tuple[str, str]]:
        md = src / name
        if not md.exists():
            text = _FRONT_MATTER.sub("", (src / source).read_text(encoding="utf-8"), count=1)
            md.write_text(re.sub(r"\n{3,}", "\n\n", f"# {title}\n\n" + clean(text)),
                          encoding="utf-8")
        return english(md)
    return read


_NZ_SKIP = {"notes", "history", "history-note", "toc", "contents"}


def _nz_text(el) -> str:
    """The words of an element of a New Zealand Act's XML, its whitespace collapsed."""
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _nz_lines(el, label: str = "") -> list[str]:
    """The paragraphs of a provision's body: each <text> its own paragraph, the first of a
    labelled subsection or item ("(1)", "(a)") prefixed with its label; history notes left out."""
    out: list[str] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _NZ_SKIP or "}" in tag or tag == "label":
            continue
        if tag == "text":
            words = _nz_text(child)
            if words:
                out.append(f"({label}) {words}" if label else words)
                label = ""
            continue
        if tag in ("subprov", "label-para"):
            own = child.find("label")
            out += _nz_lines(child, (own.text or "").strip() if own is not None else "")
            continue
        lines = _nz_lines(child, label)
        if lines:
            label = ""
        out += lines
    return out


def nz_act_xml(src: Path, source: str, name: str) -> Reader:
    """The reader of a New Zealand Act in the XML of legislation.govt.nz (Br3nda/legislation's
    `act/public/*.xml.act`) in `src`: its enacting words and body (parts and their cross-headings
    as headings, each section "### N Heading", each subsection and item a paragraph with its
    label "(1)", "(a)"), without its schedules, endnotes and history notes, written out once as
    Markdown `name`, then read as the treaties are."""
    def read() -> list[tuple[str, str]]:
        md = src / name
        if not md.exists():
            root = ET.parse(src / source).getroot()
            out = [f"# {_nz_text(root.find('cover/title'))}", ""]
            front = root.find("front")
            if front is not None:
                out += [_nz_text(front), ""]

            def walk(el) -> None:
                for child in el:
                    if child.tag == "part":
                        out.extend([f"## Part {child.findtext('label')} "
                                    f"{_nz_text(child.find('heading'))}", ""])
                        walk(child)
                    elif child.tag == "crosshead":
                        out.extend([f"## {_nz_text(child)}", ""])
                    elif child.tag == "prov":
                        out.extend([f"### Section {child.findtext('label')} - "
                                    f"{_nz_text(child.find('heading'))}", ""])
                        for line in _nz_lines(child.find("prov.body")):
                            out.extend([line, ""])
            walk(root.find("body"))
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


def treaty_body(src: Path) -> Callable[[str], Reader]:
    """Name → the reader of that treaty-body JSON in `src` (its numbered paragraphs)."""
    return lambda name: (lambda: tb_paragraphs(src / name))


_FN_CALL = re.compile(r"\[\[fn:\d+\]\]")


def treaty_body_text(src: Path) -> Callable[[str], Reader]:
    """Name → the reader of that treaty-body JSON in `src`: its numbered paragraphs, with the
    footnote calls "[[fn:N]]" the jurisprudence files print inside the text removed (the
    footnotes, kept in a field of their own, are not read)."""
    return lambda name: (lambda: [(loc, _FN_CALL.sub("", t))
                                  for loc, t in tb_paragraphs(src / name)])


_JUS_SECTION = re.compile(r"^Section \d+ — ")


def jus_to_algorithm_eu(src: Path, source: str, act: str, name: str, title: str) -> Reader:
    """The reader of an EU act of stalev/from-jus-to-algorithm's `data/raw/eu.json`: the file's
    parts whose title starts with `act` (one of them holds the act's citations and recitals as
    fragments "SA.0.N", the other its chapters and articles as fragments "EU.c.s.ArtN.P"), written
    out once as Markdown in `src` in the order of the Official Journal under the heading `title`
    (under a heading "Preamble", as the reader marks a preamble: the citations, "(N) …" per
    recital after "Whereas:", the enacting formula; then "## CHAPTER …";
    "### Article N - heading" with the curator's "Section n — " dropped from the heading; "P. …"
    per paragraph), then read as the treaties are. Items that the file runs into their
    paragraph ("…: (a) …; (b) …") stay in it; the file's text is not changed."""
    def read() -> list[tuple[str, str]]:
        md = src / name
        if not md.exists():
            parts = [p for p in json.loads((src / source).read_text(encoding="utf-8"))["parts"]
                     if p["title"].startswith(act)]
            frags = [(b, t, x) for p in parts for b in p["books"] for t in b["titles"]
                     for x in t["paragraphs"]]
            recitals = [x for _, _, x in frags if x["fragment_id"].startswith("SA.")]
            articles = [(b, t, x) for b, t, x in frags if x["fragment_id"].startswith("EU.")]
            out = [f"# {title}", "", "## Preamble", ""]
            for x in recitals:
                n = int(x["fragment_id"].rsplit(".", 1)[1])
                out += [x["original_text"] if n == 0 else f"({n}) {x['original_text']}", ""]
            kind = "DIRECTIVE" if "Directive" in act else "REGULATION"
            out += [f"HAVE ADOPTED THIS {kind}:", ""]
            book = heading = None
            for b, t, x in articles:
                if b["book_title"] != book:
                    book = b["book_title"]
                    out += [f"## {book}", ""]
                art, para = re.match(r"EU\.\d+\.\d+\.Art(\w+)\.(\d+)$", x["fragment_id"]).groups()
                if (art, t["title_name"]) != heading:
                    heading = (art, t["title_name"])
                    out += [f"### Article {art} - {_JUS_SECTION.sub('', t['title_name'])}", ""]
                out += [f"{para}. {x['original_text']}", ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read
