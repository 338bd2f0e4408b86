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
definitions section 20,000 characters of one (a researcher's trial 35, P2). An <ol>'s items
carry the numbers a browser draws for them ("2.", "(a)", "(ii)", by its `type`, `start` and an
item's `value`), unless their text has its own; a list whose items are all links into the page
is the page's contents, and left out; a heading's permalink ("¶") is no text of it (a statute
set as HTML lists: trial 47, P3)."""
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
# a converter's mark of an element with no text of its own (wa-law.org's "[Empty]" for a
# subsection whose text is all in its items)
RE_PERMALINK = re.compile(r"^\s*[¶#§🔗]\s*$")
RE_PLACEHOLDER = re.compile(r"^\[\s*Empty\s*\]$", re.I)
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
        self.lists: list[list] = []     # open lists: [tag, its <ol>'s type, the items so far]
        self.marks: list[str] = []      # the numbers of open <ol> items, for their first text
        self.inpage: list[bool] = []    # open links: is each to a place in the page ("#…")?
        self.linked = 0                 # characters of the block so far in in-page links

    def flush(self) -> None:
        raw = normalise_newlines("".join(self.buf))
        self.buf = []
        linked, self.linked = self.linked, 0
        if self.lists and linked and linked >= len("".join(raw.split())):
            return          # an item that is all a link into the page: the page's contents
        if self.pre and not self.heading:     # blank lines part its paragraphs, as in a text file
            self.blocks += text_blocks(raw.replace(BR, "\n"))
            return
        raw = raw.replace("\n", " ")
        for text in _lines(raw.split(BR)) if not self.heading else [join_lines(raw.split(BR))]:
            if not text or RE_PLACEHOLDER.match(text):
                continue
            if self.marks and not self.heading:
                # (not an editor's note in brackets: laws.africa's list of amending acts,
                # "[Amended by Constitution First Amendment Act, 1997 …]", numbers nothing)
                if not RE_POINT.match(text) and not text.startswith("["):
                    text = f"{' '.join(self.marks)} {text}"
                self.marks = []
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
            if tag in ("ol", "ul"):
                a = dict(attrs)
                start = a.get("start") or "1"
                self.lists.append([tag, a.get("type") or "1",
                                   int(start) - 1 if start.isdigit() else 0])
            elif tag == "li" and self.lists and self.lists[-1][0] == "ol":
                ol = self.lists[-1]
                value = dict(attrs).get("value") or ""
                ol[2] = int(value) if value.isdigit() else ol[2] + 1
                self.marks.append(_item_mark(ol[1], ol[2]))
        elif tag == "a":
            self.inpage.append((dict(attrs).get("href") or "").startswith("#"))
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
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
                self.marks = []         # an item's number no text of it took is no one's
        elif tag == "span" and self.spans and self.spans.pop():
            self.flush()
        elif tag == "a" and self.inpage:
            self.inpage.pop()

    def handle_data(self, data):
        if self.skip or self.chrome:
            return
        if self.inpage and self.inpage[-1]:
            if RE_PERMALINK.match(data):
                return      # a heading's permalink "¶" (Sphinx, wa-law.org): no text of it
            self.linked += len("".join(data.split()))
        self.buf.append(data)


def _item_mark(kind: str, n: int) -> str:
    """The number a browser shows for the `n`th item of an <ol type=`kind`>, as the text would
    print it: "2.", "(b)", "(ii)", "(B)" (a statute's subsections and items set as HTML lists,
    their numbers in none of the text: a researcher's trial 47, P3)."""
    if kind in ("a", "A"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return f"({letters if kind == 'a' else letters.upper()})"
    if kind in ("i", "I"):
        roman = ""
        for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                roman, n = roman + numeral, n - value
        return f"({roman if kind == 'i' else roman.upper()})"
    return f"{n}."


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
