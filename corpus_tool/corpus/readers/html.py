"""HTML: block elements (p, li, headings, table cells…) in document order; head, meta, script,
style, nav, aside and footer dropped, and so is a web page's chrome named by its class or id (a
cookie banner, breadcrumbs, share links); a page with a <main> is read from it alone; link text
kept, link targets dropped. A <br> breaks a line, not
the paragraph: lines set one per <br> run on into their sentence (`_lines`). A <pre> block is
read as a text file is (`text_blocks`): its blank lines part its paragraphs. Akoma Ntoso's HTML
(laws.africa, openbylaws.org.za, Kenya Law: a law's paragraphs, items and list introductions
set as `<span class="akn-p">`, `akn-item`, `akn-listIntroduction` …) is read as its blocks,
which a span would otherwise run into one paragraph: a by-law's items "(8) The following
conditions apply …:(a)each customer must …;(b)the municipality may …" were one passage, its
definitions section 20,000 characters of one (a researcher's trial 35, P2)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.readers.text import is_heading_line, text_blocks
from corpus_tool.corpus.textclean import RE_ARTICLE, RE_DIVISION, join_lines, normalise_newlines
from corpus_tool.errors import InputError

BLOCK_TAGS = {"p", "div", "li", "td", "th", "blockquote", "pre", "dd", "dt", "section",
              "article", "tr", "caption", "figcaption", "address", "table", "ul", "ol",
              "main", "body", "dir", "menu", "center", "dl", "hr"}
BR = "\ue000"          # a <br> inside a block, until the block is read (`_lines`)
# a line that opens a new point: "(a)", "(ii)", "1.", "(12)", "•", a heading
RE_POINT = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\(?[ivxIVX]{1,5}\)|\([A-Z]\)|[-•])\s")
RE_LINE_END = re.compile(r"[.;:!?]['’”\")\]]*$")
SKIP_TAGS = {"head", "script", "style", "nav", "footer", "noscript", "template", "svg",
             "title", "iframe", "button", "form", "aside"}   # (void tags like <meta>: no text)
# a web page's furniture, by a word of its element's class or id ("cookie-banner",
# "breadcrumb", "share-links"): not the document's text
RE_CHROME = re.compile(r"cookie|breadcrumb|(?:^|[^a-z])share(?:[^a-z]|$)|"
                       r"social[-_]?(?:media|links?|share|icons?|buttons?)|"
                       r"sharing[-_](?:links?|buttons?|tools?)", re.I)
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "source", "track", "wbr"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Akoma Ntoso's block elements, set as spans in its HTML (class "akn-<element>")
RE_AKN_BLOCK = re.compile(r"(?:^|\s)akn-(?:p|listIntroduction|listWrapUp|intro|wrapUp|wrap|item|"
                          r"point|indent|alinea|paragraph|subparagraph|subsection|section|clause|"
                          r"subclause|article|list|blockList|content|hcontainer|division|"
                          r"subdivision|proviso|blockContainer|tblock|longTitle)(?:\s|$)")


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.skip = 0
        self.heading: int | None = None
        self.pre = 0                    # inside <pre>: its lines are the text's own
        self.chrome: list[str] = []     # open elements of a chrome element being skipped
        self.main = 0                   # inside <main> (or role="main")
        self.main_blocks: list[int] = []   # indexes of the blocks read inside it
        self.spans: list[bool] = []     # open spans: is each an Akoma Ntoso block?

    def flush(self) -> None:
        raw = normalise_newlines("".join(self.buf))
        self.buf = []
        if self.pre and not self.heading:     # blank lines part its paragraphs, as in a text file
            self.blocks += text_blocks(raw.replace(BR, "\n"))
            return
        raw = raw.replace("\n", " ")
        for text in _lines(raw.split(BR)) if not self.heading else [join_lines(raw.split(BR))]:
            if not text:
                continue
            if self.main:
                self.main_blocks.append(len(self.blocks))
            if self.heading:
                self.blocks.append(Block(text, kind="heading", level=self.heading))
            else:
                self.blocks.append(Block(text))

    def handle_starttag(self, tag, attrs):
        if self.chrome:
            if tag not in VOID_TAGS:
                self.chrome.append(tag)
            return
        named = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag not in VOID_TAGS and named and RE_CHROME.search(named):
            self.flush()
            self.chrome.append(tag)
            return
        if tag == "main" or ("role", "main") in attrs:
            self.flush()
            self.main += 1
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if tag in HEADINGS:
            self.flush()
            self.heading = int(tag[1])
        elif tag == "br":
            self.buf.append(BR)
        elif tag in BLOCK_TAGS:
            self.flush()
            self.pre += tag == "pre"
        elif tag == "span":
            self.spans.append(bool(RE_AKN_BLOCK.search(dict(attrs).get("class") or "")))
            if self.spans[-1]:
                self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.buf.append(BR)
        elif tag == "hr":
            self.flush()

    def handle_endtag(self, tag):
        if self.chrome:
            if tag in self.chrome:          # an unclosed child ends with its parent
                del self.chrome[len(self.chrome) - 1 - self.chrome[::-1].index(tag):]
            return
        if tag == "main" and self.main:
            self.flush()
            self.main -= 1
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in HEADINGS:
            self.flush()
            self.heading = None
        elif tag in BLOCK_TAGS:
            self.flush()
            self.pre = max(0, self.pre - (tag == "pre"))
        elif tag == "span" and self.spans and self.spans.pop():
            self.flush()

    def handle_data(self, data):
        if not self.skip and not self.chrome:
            self.buf.append(data)


def _lines(lines: list[str]) -> list[str]:
    """The paragraphs of a block whose lines a <br> ends: a print's lines set one per <br> (a
    statute as printed) run on into one paragraph, a word broken at a line end joined; a line
    after a finished one or a short one, or opening a point ("(a)", "1.", "(ii)", "•"), or a
    heading, starts a new one (an address, links one per line, a list set with <br>)."""
    out: list[list[str]] = []
    lines = [x.strip() for x in lines if x.strip()]
    wide = 0.6 * max((len(x) for x in lines), default=0)
    for line in lines:
        prev = out[-1][-1] if out else ""
        # a printed line runs on: it was cut near the full width ("…or an online" +
        # "service and …"); short lines are items of their own (links, an address)
        if not out or RE_LINE_END.search(prev) or RE_POINT.match(line) or len(prev) < wide \
                or len(prev) < 40 or is_heading_line(line) or is_heading_line(prev):
            out.append([line])
        else:
            out[-1].append(line)
    return [join_lines(p) for p in out]


def html_blocks(text: str) -> list[Block]:
    p = _Parser()
    p.feed(text)
    p.close()
    p.flush()
    blocks = [p.blocks[i] for i in p.main_blocks] if p.main_blocks else p.blocks
    return tidy_blocks(blocks)


RE_LABEL_ONLY = re.compile(r"^(?:\(?\d{1,3}[.)]?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[-–—•])$")


def tidy_blocks(blocks: list[Block]) -> list[Block]:
    """What table layouts and styled paragraphs hide: a cell holding only a point's label
    (`(a)`, `(10)`, `1.`) belongs to the text in the next cell; a paragraph styled as a
    structural heading (`Article 1`, `CHAPTER I`) is a heading, and a short untitled line right
    after an article or chapter heading is its title."""
    out: list[Block] = []
    pending: str | None = None
    for b in blocks:
        text = b.text.strip()
        if b.kind == "para" and RE_LABEL_ONLY.match(text):
            pending = f"{pending} {text}" if pending else text
            continue
        if pending is not None:
            if b.kind == "para":
                b = Block(f"{pending} {b.text}", page=b.page)
            else:
                out.append(Block(pending, page=b.page))
            pending = None
        if b.kind == "para" and is_heading_line(text):
            b = Block(" ".join(text.split()), kind="heading", page=b.page)
        elif b.kind == "para" and out and out[-1].kind == "heading" \
                and (RE_ARTICLE.match(out[-1].text) or RE_DIVISION.match(out[-1].text)) \
                and len(text) < 100 \
                and not text.endswith((".", ";", ":", ",")):
            b = Block(text, kind="heading", page=b.page)
        out.append(b)
    if pending is not None:
        out.append(Block(pending))
    return out


@register("html-v1", ".html", ".htm", ".xhtml")
def read_html(path: Path, opts: ReadOptions) -> Extracted:
    warnings: list[str] = []
    raw = Path(path).read_bytes()
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:2048])
    declared = m.group(1).decode("ascii") if m else None
    text = decode_text(raw, Path(path), warnings, declared=declared)
    blocks = html_blocks(text)
    if not blocks:
        raise InputError("no text in the HTML file", path=path, fix="check the file's content")
    return Extracted(blocks, None, warnings)
