"""Markdown source clean-up before blocks are made: front matter (YAML `---` or TOML `+++`) is
metadata, never text; HTML comments (one line or many) are dropped; backslash escapes
(`\\*`, `\\[`) stand for the character itself; HTML entities (`&#91;`, `&amp;`) are decoded;
footnote references (`[^1]`) are dropped from the text and footnote definitions (`[^1]: …`)
become footnote blocks. A body that is an HTML page (`html_body`) is read as HTML."""
from __future__ import annotations

import html
import re

from corpus_tool.corpus.textclean import RE_INLINE_HTML

RE_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", re.S)
RE_COMMENT = re.compile(r"<!--.*?-->", re.S)
RE_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
RE_FOOTNOTE_REF = re.compile(r"[ \t]?\[\^[^\]\s]+\](?!:)")
RE_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:\s*(.*)$")
RE_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# an escape escaped twice by a converter run over Markdown (`\\\*545`, `\\\[T\\\]`): once
RE_DOUBLE_ESCAPE = re.compile(r"\\\\(\\[*_\[\]#`])")
RE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^>]*>")
HTML_LINES = 0.5        # of the body's lines opening on a tag
HTML_MARKUP = 0.2       # of the body's characters in tags
_ESCAPED_BASE = 0xF0000            # escaped characters ride in a private-use plane until unescape


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter, body): the front matter's lines are replaced by nothing, so the body
    starts with the document's first real line."""
    m = RE_FRONT_MATTER.match(text)
    if not m:
        return "", text
    return m.group(2) or "", text[m.end():]


def html_body(body: str) -> bool:
    """Is a Markdown file's body an HTML page? A site generator's page (Jekyll's, the
    openbylaws.org.za by-laws on GitHub) is front matter, then the law as HTML: read as
    Markdown, its markup stood in the text and a by-law's 137 sections were one passage of
    210,566 characters (a researcher's trial 35, P2). Most of its lines open on a tag and much
    of its text is tags; Markdown with a few HTML lists or tables in it is no such page."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    if not lines or not lines[0].lstrip().startswith("<"):
        return False
    opening = sum(ln.lstrip().startswith("<") for ln in lines)
    markup = sum(len(m.group()) for m in RE_TAG.finditer(body))
    return opening >= HTML_LINES * len(lines) and markup >= HTML_MARKUP * len(body)


def drop_comments(text: str) -> str:
    """HTML comments removed; a comment that stood on its own lines leaves a blank line."""
    return RE_COMMENT.sub(lambda m: "\n" if "\n" in m.group() else "", text)


def hide_escapes(line: str) -> str:
    """`\\*` → a private-use stand-in, so inline markup does not see it (see `show_escapes`)."""
    if "\\" not in line:
        return line
    line = RE_DOUBLE_ESCAPE.sub(r"\1", line)
    return RE_ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), line)


def show_escapes(line: str) -> str:
    """The escaped characters back as themselves, and HTML entities decoded."""
    if any(ord(c) >= _ESCAPED_BASE for c in line):
        line = "".join(chr(ord(c) - _ESCAPED_BASE) if _ESCAPED_BASE <= ord(c) < _ESCAPED_BASE + 128
                       else c for c in line)
    if "&" in line and RE_ENTITY.search(line):
        line = html.unescape(line)
    return line


def drop_footnote_refs(line: str) -> str:
    return RE_FOOTNOTE_REF.sub("", line) if "[^" in line else line


def footnote_definition(line: str) -> tuple[str, str] | None:
    """(mark, text) of a footnote definition line `[^1]: See …`."""
    m = RE_FOOTNOTE_DEF.match(line)
    return (m.group(1), m.group(2)) if m else None


# a collapsible block of a law's amendment history ("<details>" / "<summary>Historical
# Note</summary>" / "- 2019, c. 28, s. 1 “6”" / "</details>", Canada's consolidated acts on
# GitHub): no text of the law; its lines were passages, even statements, and a cluster was
# labelled "“2019, c. 28, s.”" (a researcher's trial 38, P5)
RE_HISTORY_NOTE = re.compile(r"<details>\s*<summary>[^<]*\b(?:[Hh]istor|[Aa]mend)[^<]*</summary>"
                             r".*?</details>", re.S)


def prepare(text: str) -> str:
    """The Markdown body a reader should see: no front matter, no comments, no collapsed
    amendment history (`RE_HISTORY_NOTE`), an HTML paragraph on a line of its own a paragraph
    of its text (`RE_HTML_PARAGRAPH`)."""
    _, body = split_front_matter(text)
    body = drop_comments(body) if "<!--" in body else body
    body = RE_HISTORY_NOTE.sub("", body) if "<details>" in body else body
    return RE_HTML_PARAGRAPH.sub(_paragraph, body) if "</p>" in body else body


def _paragraph(m: re.Match) -> str:
    """An HTML paragraph's text between blank lines; a subsection's title ("(a) Findings", "(1)
    In general") a heading, as the US Code's headings are set elsewhere, so that what follows is
    cited under it ("s. 12101(a)(1)")."""
    text = " ".join(m.group(2).split("\n"))
    bare = " ".join(RE_INLINE_HTML.sub("", text).split())     # "<a name="12101a"></a>(a) …"
    return f"\n###### {bare}\n" if RE_MARKED_TITLE.match(bare) else f"\n{text}\n"


# a paragraph set in HTML on lines of its own amid the Markdown, as ada.gov's page of the
# Americans with Disabilities Act gives each subsection and paragraph ('<p class="margin-left-8">
# (1) physical or mental disabilities …</p>'): its text, a paragraph of its own; the tags went
# into the passages and the quotes, and a section's 60 paragraphs were one passage (a
# researcher's trial 43, P1)
RE_MARKED_TITLE = re.compile(r"^\((?:[a-z]{1,2}|\d{1,3})\)\s+[A-Z][^.;:—–]{0,80}$")
RE_HTML_PARAGRAPH = re.compile(r"^[ \t]*<(p)\b[^>\n]*>[ \t]*((?:(?!\n[ \t]*\n).)*?)\s*</\1>"
                               r"[ \t]*$", re.I | re.M | re.S)
