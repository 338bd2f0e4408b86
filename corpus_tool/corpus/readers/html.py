"""HTML: block elements (p, li, headings, table cells…) in document order; head, meta, script,
style, nav and footer dropped; link text kept, link targets dropped."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.textclean import join_lines, normalise_newlines
from corpus_tool.errors import InputError

BLOCK_TAGS = {"p", "div", "li", "td", "th", "blockquote", "pre", "dd", "dt", "section",
              "article", "tr", "caption", "figcaption", "address", "br", "table", "ul", "ol",
              "main", "body"}
SKIP_TAGS = {"head", "script", "style", "nav", "footer", "noscript", "template", "svg",
             "title", "iframe", "button", "form"}      # (void tags like <meta> carry no text)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.skip = 0
        self.heading: int | None = None

    def flush(self) -> None:
        text = join_lines([normalise_newlines("".join(self.buf)).replace("\n", " ")])
        self.buf = []
        if not text:
            return
        if self.heading:
            self.blocks.append(Block(text, kind="heading", level=self.heading))
        else:
            self.blocks.append(Block(text))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if tag in HEADINGS:
            self.flush()
            self.heading = int(tag[1])
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in HEADINGS:
            self.flush()
            self.heading = None
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_blocks(text: str) -> list[Block]:
    p = _Parser()
    p.feed(text)
    p.close()
    p.flush()
    return p.blocks


@register("html-v1", ".html", ".htm", ".xhtml")
def read_html(path: Path, opts: ReadOptions) -> Extracted:
    warnings: list[str] = []
    raw = Path(path).read_bytes()
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:2048])
    if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
        try:
            text = raw.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = decode_text(raw, Path(path), warnings)
    else:
        text = decode_text(raw, Path(path), warnings)
    blocks = html_blocks(text)
    if not blocks:
        raise InputError("no text in the HTML file", path=path, fix="check the file's content")
    return Extracted(blocks, None, warnings)
