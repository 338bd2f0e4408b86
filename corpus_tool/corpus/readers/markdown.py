"""Markdown reader: headings, paragraphs and list items; link targets and HTML lines dropped
(link text kept); soft-wrapped lines unwrapped; a line starting with an enumerator (`1.`, `a)`,
`(b)`, `-`) or following a hard break (two trailing spaces) starts a new block. A bulleted
item's marker is dropped, unless a lead-in paragraph ending in a colon introduces its list
("Unacceptable behavior includes:"): then it keeps a bullet (`•`), which tells the statements
stage that the item continues the lead-in (its chapeau)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.readers.mdlists import legal_lists
from corpus_tool.corpus.readers.mdoutline import act_outline
from corpus_tool.corpus.readers.html import html_blocks
from corpus_tool.corpus.readers.mdsource import (drop_footnote_refs, footnote_definition, hide_escapes,
                                                html_body, prepare, show_escapes,
                                                split_front_matter)
from corpus_tool.corpus.readers.plaintitles import plain_titles
from corpus_tool.corpus.readers.text import RE_REFERENCE_GOES_ON, is_heading_line
from corpus_tool.corpus.readers.textfurniture import drop_furniture
from corpus_tool.corpus.textclean import (RE_ARTICLE, RE_MODAL, join_lines, rejoin_split_ff,
                                          space_run_ons, split_ff_rejoined, split_ff_warning,
                                          split_preamble, strip_inline_markup)

RE_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
RE_HTML_LINE = re.compile(r"^\s*<(?:meta|!--|/?(?:div|span|br|hr|html|head|body|link|style|script|"
                          r"details|section|nav|header|footer|aside)\b)[^>]*>?\s*$"
                          # a collapsible block's label ("<summary>Historical Note</summary>",
                          # Canada's consolidated acts on GitHub: a researcher's trial 28)
                          r"|^\s*(?:<details>\s*)?<summary>[^<]*</summary>\s*$", re.I)
# (a lettered item "a. Provide for a minimum age …" on the line after its lead-in: the CRC as
# a researcher's trial 31 found it, Art. 32(2)(a)–(c) all cited "Art. 32(2)"; not "e. g.")
RE_ENUM = re.compile(r"^\s*(?:\d{1,3}[.)](?!\d)|\(\d{1,3}\)|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[-*+•]\s|[A-H]\.(?:\s|$)|"
                     r"[a-h]\.\s+(?![a-z]\.)(?=[A-Z]))"
                     # (not a reference wrapped onto its own line: "(e) and (g).", trial 33)
                     r"(?!\s*(?:and|or|to)\s+\(\w{1,4}\))")
RE_ENUM_ONLY = re.compile(r"^\s*(?:\d{1,3}\.|\(\d{1,3}\)|[A-H]\.|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))\s*$")
RE_FENCE = re.compile(r"^\s*(```|~~~)")


# a line of links and nothing else ("[Newer Post](…) [Older Post](…) [Home](…)"), or a pointer
# to more elsewhere ("Further info, [click here](…)")
_LINK = r"\[[^\]]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)"
RE_LINK_ONLY = re.compile(rf"^\s{{0,3}}(?:{_LINK}\s*)+$|^[\w ,:]{{0,30}}\[(?:click here|here|"
                          rf"read more|more|more info(?:rmation)?|details)\]\([^)\s]+[^)]*\)"
                          rf"\.?\s*$", re.I)
# a list item that is one link and nothing else: "- [Back to Law](https://…/law/)."
RE_LINK_ITEM = re.compile(r"^\s*[-*+]\s+\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)[.,;]?\s*$")
RE_BACK_LINK = re.compile(r"^(?:back|return|go back|up)\s+to\b|^(?:home|next|previous|top)\b",
                          re.I)


def is_navigation_item(line: str) -> bool:
    """A website's navigation left in a page's Markdown: a list item that is one link to
    another page of the same site (a relative target: `/blog/…`, `../law/`) or a link back
    (`Back to Law`). Links to other sites (the PDF editions of a text) stay."""
    m = RE_LINK_ITEM.match(line)
    if not m:
        return False
    label, target = m.group(1), m.group(2)
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or bool(RE_BACK_LINK.match(label))
RE_MARKUP_LINE = re.compile(r"^\s*(?:#|>|\||[-*+•]\s|```|~~~|<|\[\^|!\[)")


def _is_markup_or_structure(line: str) -> bool:
    """Lines that may recur without being page furniture: Markdown syntax (headings, quotes,
    table rows, list items, fences, HTML), article and part headings, thematic breaks."""
    s = line.strip()
    return bool(RE_MARKUP_LINE.match(s) or re.fullmatch(r"([-*_=])\s*(\1\s*){2,}", s)
                or is_heading_line(s.strip(" *_")))


RE_WHOLE_EMPHASIS = re.compile(r"\s*(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1\s*")


def _emphasised_article(line: str, content: str) -> bool:
    """A whole line set in bold or italics that opens with an article number is that article's
    heading, however long its title: `**Article 15. Prohibition of discrimination on grounds
    of religion, race, caste, sex or place of birth**`."""
    return bool(RE_WHOLE_EMPHASIS.fullmatch(line) and RE_ARTICLE.match(content.strip(" *_"))
                and len(content) < 200)


_RUNS_ON = frozenset("a an and by for in of on or the to with".split())   # "… on behalf of the"


def _bold_note(line: str, content: str) -> bool:
    """A short line wholly in bold, no sentence: a statute's marginal note ("**Mandate**",
    "**Application of principles to powers**" between a section's subsections, as Canada's
    consolidated acts are mirrored on GitHub), a heading of what follows, not a passage ("s.
    6(1) ¶ 2"; "Preliminary consultations" read into a statement: a researcher's trial 38,
    P2)."""
    m = RE_WHOLE_EMPHASIS.fullmatch(line)
    words = content.strip(" *_").split()
    return bool(m and m.group(1) in ("**", "__") and 0 < len(words) <= 16
                and words[0][:1].isupper() and not _ends_sentence(words[-1])
                and not words[-1].endswith(",") and words[-1].lower() not in _RUNS_ON)


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", ";", ":", "]", ")", "!", "?"))


def _article_number(line: str) -> int:
    m = RE_ARTICLE.match(line.strip(" *_"))
    return int(m.group(1)) if m and m.group(1).isdigit() else 0


def _next_article(line: str, last: int) -> bool:
    """An article heading numbered next after the last one (`Article 26` after `Article 25`)
    heads its article even after a line with no sentence end: a page's foot lines that a text
    export ran into the text ("… C 202/399" before "Article 26"; a researcher's trial, session
    43, cited Art. 26 of the EU Charter as Art. 25)."""
    return last > 0 and _article_number(line) == last + 1


def _inline(line: str) -> str:
    """A source line's text: footnote marks dropped, inline markup stripped, backslash
    escapes and entities resolved (after the markup, so `\\*` and `&#91;` stay literal)."""
    return show_escapes(strip_inline_markup(hide_escapes(drop_footnote_refs(line))))


RE_BULLET = re.compile(r"^\s*[-*+•]\s+")
BULLET = "• "


def _under_lead_in(blocks: list[Block]) -> bool:
    """Does a bulleted item that starts now continue a list introduced by a lead-in: the last
    block is a paragraph that ends in a colon, or an earlier item of that list?"""
    if not blocks or blocks[-1].kind != "para" or blocks[-1].note:
        return False
    last = blocks[-1].text.rstrip()
    return last.endswith(":") or last.startswith(BULLET)


RE_TABLE_ROW = re.compile(r"^\s*\|")
RE_TABLE_RULE = re.compile(r":?-{3,}:?")


# a section's number and title run on into its text, as India's Gazette prints them: "4.
# Maintenance of parents and senior citizens.—(1) A senior citizen … shall be entitled to"
RE_TITLE_RUNS_ON = re.compile(r"^(\d{1,3}[A-Z]?\.\s+[^—–]{3,150}?[.:])\s*[—–]\s*(\S.{10,})$")


# a statute's subsection set as a heading with its text, as the US Code's pages give it
# ("###### (a) The Secretary of Labor shall undertake studies …", "(e) A labor organization
# shall be deemed … if"), not its title ("(b) Employment agency practices"; "(l) Lawful
# practices; minimum age as condition of eligibility …"): 29 U.S.C. 622(a), trial 36
RE_MARKED_TEXT = re.compile(r"^(\([a-z]{1,2}\))\s+(\S.*)$")
RE_SAYS = re.compile(r"\b(?:shall|must|may)\b|^(?:The|A|An|Any|Each|Every|No|Nothing|It)\s|"
                     r"(?:\bthat|\bif|[-–—(,:])$")


def _heading_and_text(title: str) -> tuple[str, str]:
    """A heading line that holds its section's first words: the heading, and the text (a
    researcher's trial 29: the text stayed in the heading, no passage, not found by `search`)."""
    if m := RE_TITLE_RUNS_ON.match(title):
        return m.group(1), m.group(2)
    if (m := RE_MARKED_TEXT.match(title)) and RE_SAYS.search(m.group(2)):
        return m.group(1), m.group(2)
    return title, ""


def table_cells(line: str) -> list[str]:
    """The text of a table row's cells (`|Australia |Luxembourg |` → Australia, Luxembourg),
    without empty cells and rule cells (`---`, `:---`): a row of rules gives none."""
    cells = [" ".join(_inline(c).split()) for c in line.strip().strip("|").split("|")]
    return [c for c in cells if c and not RE_TABLE_RULE.fullmatch(c)]


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text: headings, paragraphs (soft-wrapped lines joined), list
    items, footnotes; a table is one paragraph of its cells' text, cells and rows separated by
    semicolons (its pipes and rule rows are markup, not text)."""
    blocks: list[Block] = []
    buf: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if buf:
            para = join_lines(buf)
            if para:
                blocks.append(Block(para))
            buf.clear()
        if rows:
            blocks.append(Block("; ".join(rows)))
            rows.clear()

    in_fence = False
    prev_hard = False
    last_art = 0                # the number of the last article heading, for `_next_article`
    source = act_outline(rejoin_split_ff(prepare(text)).split("\n"))
    lines, titles = plain_titles(drop_furniture(legal_lists(source), _is_markup_or_structure),
                                 _is_markup_or_structure)
    skip = -1
    for i, raw in enumerate(lines):
        if i <= skip:
            continue                                         # a wrapped title's second line
        if i in titles:
            flush()
            skip = i + titles[i] - 1
            blocks.append(Block(" ".join(_inline(" ".join(lines[i:skip + 1])).split()),
                                kind="heading"))
            prev_hard = False
            continue
        if RE_FENCE.match(raw):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            buf.append(raw)
            continue
        if RE_HTML_LINE.match(raw):
            flush()
            continue
        line = raw.rstrip()
        hard = raw.endswith("  ") or raw.endswith("\\")
        if RE_TABLE_ROW.match(line):
            if buf:
                flush()
            if cells := table_cells(line):
                rows.append("; ".join(cells))
            prev_hard = False
            continue
        if rows:
            flush()
        if not line.strip():
            if not (len(buf) == 1 and RE_ENUM_ONLY.match(buf[0])):   # "3." alone: keep for the next line
                flush()
            prev_hard = False
            continue
        if m := RE_HEADING.match(line):
            flush()
            title = _inline(m.group(2)).strip(" *_")
            title, text = _heading_and_text(title)
            if title:
                blocks.append(Block(title, kind="heading", level=len(m.group(1))))
                last_art = _article_number(title) or last_art
            if text:
                blocks.append(Block(text))
            prev_hard = False
            continue
        if re.fullmatch(r"\s*([-*_])\s*(\1\s*){2,}", line):      # thematic break
            flush()
            continue
        if is_navigation_item(line):                        # site navigation in a list
            flush()
            prev_hard = False
            continue
        if RE_LINK_ONLY.match(line) and not buf:            # a paragraph that is one link:
            flush()                                          # site navigation, a download
            prev_hard = False
            continue
        if note := footnote_definition(line):                 # "[^1]: See …"
            flush()
            blocks.append(Block(_inline(note[1]), note=note[0]))
            prev_hard = False
            continue
        content = space_run_ons(_inline(line))
        if (is_heading_line(content.strip(" *_")) or _emphasised_article(line, content)
                or _bold_note(line, content)) \
                and (not buf or _ends_sentence(buf[-1]) or _next_article(content, last_art)):
            flush()                                          # "_Article 14_", "Article 2"
            blocks.append(Block(" ".join(content.strip(" *_").split()), kind="heading"))
            last_art = _article_number(content) or last_art
            prev_hard = False
            continue
        if RE_ENUM.match(content) and not prev_hard and buf and RE_REFERENCE_GOES_ON.search(
                buf[-1]):
            pass        # "… section 12 (1) (c), (d), (e) and" / "(g).": the reference goes on
        elif RE_ENUM.match(content) or prev_hard:
            if not (len(buf) == 1 and RE_ENUM_ONLY.match(buf[0])):
                flush()
        if not buf and (pre := split_preamble(content.strip())):
            blocks.append(Block(pre[0], kind="heading", level=4))
            content = pre[1]
            if not content.strip():
                prev_hard = hard
                continue
        if m := RE_BULLET.match(content):
            # an item of a list its lead-in introduces ("Unacceptable behavior includes:") keeps
            # a bullet, so that the statements stage reads it as that lead-in's item
            # (not one that carries its own enumerator: "- a) access to shops …")
            rest = content[m.end():]
            content = (BULLET if _under_lead_in(blocks) and not RE_ENUM.match(rest) else "") + rest
        buf.append(content)
        prev_hard = hard
    flush()
    return article_titles(rejoin_wrapped(blocks))


RE_SENTENCE_END = re.compile(r"[.;:!?,—–-][’”\"')\]]*$")


RE_LETTER_ITEM = re.compile(r"^\s*\(?[a-z]{1,2}[.)]")     # a lead-in's item: "a.waar nodig"


def _article_without_title(block: Block) -> bool:
    m = RE_ARTICLE.match(block.text.strip(" *_")) if block.kind == "heading" else None
    return bool(m and not m.group(3).strip())


def article_titles(blocks: list[Block]) -> list[Block]:
    """An article's title set as a paragraph of its own under its bare heading ("### Article
    16", then "Right to rectification", then the text) is that article's title, a heading: as a
    paragraph it was a passage, and the article's one unnumbered paragraph after it was cited
    "Art. 16 ¶ 2" (a researcher's trial 20, GDPR Chapter III in Markdown). A title is a line
    of words with no sentence end (nor a lead-in's dash: "In this Convention—") and no modal,
    in capitals at its start, and text follows it, not a lettered item (a lead-in's "… met de
    taak" / "a.waar nodig …"); the same line under two articles is no
    title but a note of the source's ("Treedt in werking op een nader te bepalen tijdstip", a
    Dutch treaty database's under each article of ILO C189)."""
    def candidate(i: int) -> bool:
        b, text = blocks[i], blocks[i].text.strip()
        return (i > 0 and _article_without_title(blocks[i - 1]) and b.kind == "para"
                and not b.note and i + 1 < len(blocks) and blocks[i + 1].kind == "para"
                and len(text.split()) <= 20 and text[:1].isupper() and not RE_ENUM.match(text)
                and not RE_LETTER_ITEM.match(blocks[i + 1].text)
                and not RE_SENTENCE_END.search(text) and not RE_MODAL.search(text))

    found = [i for i in range(len(blocks)) if candidate(i)]
    seen = Counter(blocks[i].text.strip() for i in found)
    titles = {i for i in found if seen[blocks[i].text.strip()] == 1}
    return [replace(b, kind="heading", level=blocks[i - 1].level + 1 if blocks[i - 1].level else 0)
            if i in titles else b for i, b in enumerate(blocks)]


# a paragraph cut after a word, and one that goes on with a word in lower case (not a list
# item's "a. Protection …", "ii) the right …", "b.ter bescherming …"; not the "v" of a case name)
RE_CUT_AFTER_WORD = re.compile(r"\w[)\]]?$")
# a sentence closed before a parenthesis that ends the paragraph: a Canadian definition's term in
# the other official language ("… Agency Act. (Agence)"), a note ("… (Amended in 2019)"); an
# editor's note in brackets ("**presumptive offence**[Repealed, 2012, c. 1, s. 167]")
RE_CLOSED_NOTE = re.compile(r"[.;:!?]\s*\([^()]*\)$|\[[^\[\]]*\]$")
RE_GOES_ON = re.compile(r"^(?!(?:[a-z]{1,2}|[ivx]{1,5})[.)])[a-z]{2,}\b")


def rejoin_wrapped(blocks: list[Block]) -> list[Block]:
    """Paragraphs a blank line cut in the middle of a sentence, joined: some exports (a blog's,
    a word processor's) put a blank line at every line wrap ("… the public interest is
    considered in" / "deliberations whether to grant …"), and each piece became a passage and a
    statement cut mid-sentence (a researcher's trial, session 44). A paragraph is continued
    when it ends with a word, no stop or comma, and the next one goes on with a word in lower
    case, not as a list item."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "para" and b.kind == "para" and not prev.note \
                and not b.note and RE_CUT_AFTER_WORD.search(prev.text.rstrip()) \
                and not RE_CLOSED_NOTE.search(prev.text.rstrip()) and RE_GOES_ON.match(b.text):
            out[-1] = replace(prev, text=join_lines([prev.text, b.text]))
        else:
            out.append(b)
    return out


@register("markdown-v1", ".md", ".markdown")
def read_markdown(path: Path, opts: ReadOptions) -> Extracted:
    warnings: list[str] = []
    text = decode_text(Path(path).read_bytes(), Path(path), warnings)
    _, body = split_front_matter(text)
    if html_body(body):         # a site generator's page: front matter, then HTML
        return Extracted(html_blocks(body), None, warnings)
    text, joined = split_ff_rejoined(text)      # (`markdown_blocks` finds nothing more to join)
    if joined:
        warnings.append(split_ff_warning(joined))
    return Extracted(markdown_blocks(text), None, warnings)
