"""Blocks → the document text and its citable passages.

The document text is the cleaned blocks joined by blank lines; every passage is an exact slice
of it (`text[start:end] == passage.text`). Passages get a locator as people cite them
(`Art. 28(1)(a)`, `para. 59`, `Preamble, para. 3`, `p. 4 ¶ 2`), a stable id slug
(`art-28-1-a`), the heading context (`Part III > Article 28`) and a detected language.

Bilingual files (English text followed by a Dutch translation): the second half is recognised
by its headings (`Artikel`, `DEEL`, a Dutch title) and its passage ids are prefixed with the
language (`nl-art-28-1-a`); passages whose language differs from the document's are flagged
through `lang`, and later stages read only `lang = <document language>`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus_tool.corpus.definitions import defining
from corpus_tool.corpus.indents import indent_part
from corpus_tool.corpus.lang import detect_language
from corpus_tool.corpus.locators import article_locator, slugify
from corpus_tool.corpus.pages import BLOCK_SEP, assemble  # noqa: F401
from corpus_tool.corpus.notations import (
    RE_DECIMAL_ITEM, RE_DECIMAL_PARA, RE_DECIMAL_SUBSECTION, RE_NUMBERED_SECTION, RE_SECTION_ALONE,
    RE_SECTION_LETTER, RE_SECTION_PART, RE_SECTION_UNIT, RE_SPACE_NUM, RE_TESTIMONIUM,
    RE_TIGHT_ITEM, article_part, decimal_number, decimal_numbered,
    distinct_locators, letter_item, next_letter, numbered_paragraphs, numbered_subheadings,
    numbered_section_headings, recital, roman_part, romans_ahead, section_unit, space_numbered,
    start_article, start_provision, start_section)
from corpus_tool.corpus.preamble import (preamble_headings_ahead, preamble_in_heading,
                                         preamble_passages)
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.statute_items import (Insertions, after_list, inline_paragraph,
                                             item_heading, marginal_note, related_provision,
                                             statute_item, RE_ROMAN_ITEM)
from corpus_tool.corpus.subparagraphs import next_subparagraph, opens_subparagraphs, quoted_number
from corpus_tool.corpus.softlaw import SOFT_UNITS, inline_unit, start_unit, unit_headings, unit_part
from corpus_tool.corpus.titles import (half_of, heading_language, is_instrument_title,
                                       keyword_language, nest_heading)
from corpus_tool.corpus.textclean import (ROMAN, RE_ARTICLE, RE_ARTICLE_OF_ANOTHER,  # noqa: F401
                                          RE_DIVISION, RE_NAMED_PROTOCOL, RE_PREAMBLE, RE_SCOPE,
                                          RE_SECTION_SIGN, article_number)

RE_BARE_ROMAN = re.compile(rf"^({ROMAN})\.?$")
RE_PARA_HEADING = re.compile(r"^(?:paragraph|paragraaf|lid|para\.)?\s*(\d{1,3})\.?$", re.I)
RE_ATTACHED = re.compile(r"(?i)to\s+(?:Part|Chapter|Title|Article|Section)\b")
RE_NUM = re.compile(r"^(?:(\d{1,3})\.(?!\d)|\((\d{1,3})\))\s*")
RE_ITEM = re.compile(r"^(?:\(([a-z]{1,2})\)|([a-z]{1,2})\))\s*|^([a-z])\.\s+")
UNIT_NAMES = {"Art.": "Article", "s.": "Section", "Amend.": "Amendment"}   # else its own name
RE_SUBSECTION_HEADING = re.compile(r"^\(([a-z]{1,2}|\d{1,3})\)(?:\s+\S|$)")  # "(a) Acts prohibited"


@dataclass(frozen=True, slots=True)
class Segment:
    """A passage before it gets its document id."""
    slug: str
    locator: str
    start: int
    end: int
    page: int | None
    lang: str
    heading: str
    text: str
    labels: tuple[str, ...] = ()


@dataclass
class _State:
    half_lang: str
    scope: str | None = None
    division: str | None = None
    section: str | None = None
    article: str | None = None
    article_title: str | None = None
    letter: str | None = None          # lettered sections inside an article: Art. 1A(2)
    subsection: str | None = None      # a statute's subsection by its heading: s. 6502(a)(1)
    headed: str | None = None          # the level a heading "(E) Association" set (statute_items)
    defined: str | None = None         # the term a definition defines (`definitions`)
    para: str | None = None
    item: str | None = None
    sub: str | None = None
    roman_items: bool = False          # the items are numbered (i), (ii)… (`roman_part`)
    preamble: bool = False
    preamble_n: int = 0
    preamble_ahead: bool = False       # a "Preamble" heading comes before the next article's
    saw_article: bool = False
    after_article_heading: bool = False
    annex_heading: bool = False        # the scope came from an "Annex" heading of its own
    attached: bool = False             # the scope is a schedule "to Part V": the next Part ends it
    recitals: bool = False             # after "Whereas:" of an EU act, before its articles
    recital: str | None = None
    unit: str = "Art."                 # what the numbered unit is called: "Art." or "s."
    space_numbers: bool = False        # paragraphs numbered "20 In that regard" (no dot)
    emitted: int = 0                   # passages emitted in this half
    numbered_sections: bool = False    # headings "9. Equality" are the citable sections
    decimal: bool = False              # paragraphs numbered 1.1, 1.2, 2.1… (`decimal_numbered`)
    heads: list[tuple[int, str]] = field(default_factory=list)    # sub-headings in `section`
    page_par: dict[int, int] = field(default_factory=dict)
    in_turn: int = 0                   # the last paragraph number read in turn (`quoted_number`)

    def reset(self, half_lang: str) -> None:
        self.__init__(half_lang=half_lang, numbered_sections=self.numbered_sections,
                      decimal=self.decimal)

    def clear_article(self) -> None:
        self.article = self.article_title = self.para = self.item = self.sub = self.defined = None
        self.letter, self.subsection, self.headed, self.unit = None, None, None, "Art."


def segment(blocks: list[Block], *, language: str = "en", layout: bool = False
            ) -> tuple[str, list[Segment], list[tuple[int, int, int]]]:
    """The document text, its passages and its pages (runs `(page, start, end)`, `pages`).

    `layout=True` (PDFs): passages outside articles are cited by page and paragraph
    (`p. 4 ¶ 2`), unless the document numbers its paragraphs 1, 2, 3… throughout (a General
    Comment, a report): then `para. N`."""
    blocks = numbered_subheadings(unit_headings(preamble_in_heading(blocks)))
    text, spans, pages = assemble(blocks)
    decimal = decimal_numbered(blocks)
    layout = layout and not (decimal or numbered_paragraphs(blocks))
    st = _State(half_lang=language, numbered_sections=numbered_section_headings(blocks),
                decimal=decimal)
    space_from, romans = space_numbered(blocks), romans_ahead(blocks)
    used: dict[str, int] = {}
    halves: list[str] = []        # the half of a bilingual file each passage is in
    out: list[Segment] = []

    def emit(start: int, end: int, block: Block, loc: str, slug: str) -> None:
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        start += lead
        end = start + len(raw.strip())
        if end <= start:
            return
        ptext = text[start:end]
        lang = detect_language(ptext, expected=st.half_lang) or st.half_lang
        if st.scope and not block.locator:
            loc, slug = f"{st.scope}, {loc}", f"{slugify(st.scope)}-{slug}"
        if lang != st.half_lang:          # stray foreign line inside an article
            slug = f"{slug}-{lang}"
        if st.half_lang != language:      # the translated half of a bilingual file
            slug = f"{st.half_lang}-{slug}"
        st.emitted += 1
        n = used.get(slug, 0) + 1
        used[slug] = n
        if n > 1:
            loc, slug = f"{loc} ¶ {n}", f"{slug}-p{n}"
            used[slug] = used.get(slug, 0) + 1
        halves.append(st.half_lang)
        out.append(Segment(slug=slug, locator=loc, start=start, end=end, page=block.page,
                           lang=lang, heading=_heading(st), text=ptext, labels=block.labels))

    ahead, inserted = preamble_headings_ahead(blocks), Insertions(blocks, st.numbered_sections)
    for i, (block, (bs, be)) in enumerate(zip(blocks, spans)):
        st.space_numbers = space_from is not None and i >= space_from
        inserted.resume(st, i)
        if block.kind == "heading":
            st.preamble_ahead = ahead[i]
            if not marginal_note(st, blocks, i):      # "**Schedule 3**" above "(2) …"
                _on_heading(st, block.text.strip(), language)
            continue
        st.after_article_heading = False
        if block.locator:
            emit(bs, be, block, block.locator, block.slug or slugify(block.locator))
            continue
        body = block.text
        if block.note:          # a footnote: cited by page and number, no numbering touched
            where = f"p. {block.page} " if block.page is not None else ""
            emit(bs, be, block, f"{where}fn. {block.note}",
                 slugify(f"p{block.page}-fn-{block.note}" if where else f"fn-{block.note}"))
            continue
        if st.preamble and st.article is None and st.division is None and \
                (cut := preamble_passages(st, body, out[-1].slug if out else "")) is not None:
            for ps, pe, loc, slug in cut:       # None: the operative part, with no heading
                emit(bs + ps, bs + pe, block, loc, slug)
            continue
        if item_heading(st, blocks, i):      # "(E) Association" above its text: a heading
            continue
        if st.decimal and not st.article and RE_DECIMAL_PARA.fullmatch(body.strip()):
            st.para, st.item, st.sub = body.strip().rstrip("."), None, None   # "2.1." alone
            continue
        loc, slug = _locate(st, body, block, layout, roman=i in romans)
        emit(bs, be, block, loc, slug)
        inline_paragraph(st, blocks, i)     # "… and (2) all agencies … shall" / "(A) …"
    return text, distinct_locators(out, halves), pages


def _switch_half(st: _State, lang: str | None, language: str) -> None:
    if lang is not None and (lang := half_of(lang, language)) != st.half_lang:
        st.reset(lang)


def _on_heading(st: _State, h: str, language: str) -> None:
    h = re.sub(r"\s+", " ", h).strip(" *_")
    if not h:
        return
    first = h.split()[0].rstrip(".,:")
    if m := RE_ARTICLE.match(h):
        _switch_half(st, keyword_language(first), language)
        start_article(st, article_number(m.group(1)))
        if first.lower() == "amendment":          # the US Constitution's amendments
            st.unit = "Amend."
        st.para = m.group(2)
        st.article_title = m.group(3) or None
        st.after_article_heading = True
        return
    if start_provision(st, h) or start_unit(st, h) or related_provision(st, h):  # "Rule 61"
        return
    m = RE_SCOPE.match(h)
    if m and RE_NAMED_PROTOCOL.match(h) and not st.emitted and not st.saw_article:
        m = None                # its own title: "Protocol No. 12 to the Convention …"
    if m and st.after_article_heading and not m.group(2) and not m.group(3):
        st.article_title, st.after_article_heading = h, False     # "Article N" + "Appendix"
        return
    if m and m.group(1).lower().endswith("protocol") and not m.group(2) \
            and not m.group(3) and not st.emitted and not st.saw_article:
        return          # a cover's last title line ("… Disabilities and / Optional Protocol")
    if m:
        _switch_half(st, keyword_language(first), language)
        name = " ".join(m.group(1).split()).title() + (f" {m.group(2)}" if m.group(2) else "")
        if st.scope != name or st.article:      # a scope's heading always ends an article
            st.scope, st.division, st.section = name, None, (m.group(3) or None)
            st.annex_heading = True
            # "Schedule to Part V:" between Parts V and VI of an ILO convention: Part VI is the
            # convention's again (its Arts. 30–54 were cited "Schedule, Art. 38": trial 29)
            st.attached = bool(RE_ATTACHED.match(m.group(3) or ""))
            st.clear_article()
            st.preamble = "protocol" in name.lower()      # a protocol's own preamble follows
            st.preamble_n = 0
        elif m.group(3):
            st.section = m.group(3)
        return
    if m := RE_SECTION_SIGN.match(h):            # "§ 6501. Definitions", "SEC. 1302. DEFINITIONS."
        number = m.group(1).replace("–", "-")     # "§ 3030c–1" is cited s. 3030c-1
        if not (st.unit == "s." and st.article == number):   # not a chunk's repeated heading
            start_section(st, number)
            st.article_title = (m.group(2) or "").strip(" .:–—-") or None
        return
    if st.unit == "s." and st.article and (m := RE_SUBSECTION_HEADING.match(h)):
        if m.group(1).isdigit() and st.subsection and not st.subsection.isdigit():
            st.para, st.item, st.sub = m.group(1), None, None   # "(1) In general" under "(d) …"
        else:
            st.subsection, st.para, st.item, st.sub = m.group(1), None, None, None  # "(a) In general"
        return
    if m := RE_SECTION_PART.match(h):             # "Section 23(1)" heading its subsection
        if not (st.unit == "s." and st.article == m.group(1)):
            start_section(st, m.group(1))
        st.para, st.item, st.sub = m.group(2), None, None
        return
    if (m := RE_SECTION_UNIT.match(h)) and (st.unit == "s." or st.numbered_sections or (
            RE_SECTION_ALONE.match(h) and (h.endswith(".") or not st.saw_article))):
        start_section(st, m.group(1))             # "Section 3." alone, before its paragraphs
        if h[m.end():].strip():
            st.article_title = h[m.end():].strip(" .:–—-")
        return
    if st.numbered_sections and (m := RE_NUMBERED_SECTION.match(h)):
        start_section(st, m.group(1))             # "9. Equality"
        st.article_title = m.group(2).strip(" .:–—-")
        return
    if m := RE_DIVISION.match(h):
        _switch_half(st, keyword_language(first), language)
        if st.attached:
            st.scope, st.attached = None, False
        st.division = f"{m.group(1).title()} {m.group(2)}"
        st.section = m.group(3) or None
        st.clear_article()
        st.preamble = False
        return
    if RE_PREAMBLE.match(h):
        _switch_half(st, keyword_language(first), language)
        st.preamble, st.preamble_n = True, 0
        st.clear_article()
        return
    if m := RE_BARE_ROMAN.match(h):
        st.division, st.section = f"Part {m.group(1)}", None
        st.clear_article()
        st.preamble = False
        return
    if m := RE_PARA_HEADING.match(h):
        st.para, st.item, st.sub = m.group(1), None, None
        st.after_article_heading = st.preamble = False      # "Paragraph 1": operative
        return
    if st.after_article_heading:
        st.article_title = h
        st.after_article_heading = False
        return
    title = is_instrument_title(h)
    lang = heading_language(h)
    if lang and half_of(lang, language) != st.half_lang:
        # the other half of a bilingual file starts at its title; titles stacked at the top
        # ("Verdrag …", then "INTERNATIONAL LABOUR CONFERENCE") keep the preamble open
        carry = st.preamble and not st.emitted
        _switch_half(st, lang, language)
        st.preamble = title or carry
        return
    # (a statute's heading among its sections is its own: Canada's Youth Criminal Justice Act's
    # "Declaration of Principle" above s. 3 started an "Annex", trial 40, P1)
    if title and len(h) > 20 and not (st.saw_article and st.unit == "s."):
        if st.saw_article:             # a second instrument in the same file (e.g. a protocol)
            half = st.half_lang
            st.reset(half)
            st.scope = next((w for w in ("Protocol", "Recommendation") if w.lower() in h.lower()),
                            "Annex")
        # under a "Preamble" heading to come, what stands between it and the title (adoption,
        # entry into force) is no recital
        st.preamble, st.preamble_n = not st.preamble_ahead, 0
        st.section = None
        return
    st.section = nest_heading(st.heads, st.section, h)


def _heading(st: _State) -> str:
    parts = [st.scope, st.division, st.section]
    if st.article:
        parts.append(f"{UNIT_NAMES.get(st.unit, st.unit)} {st.article}")
        parts.append(st.article_title)
    elif st.preamble:
        parts.append("Preamble")
    return " > ".join(p for p in parts if p)


def _locate(st: _State, body: str, block: Block, layout: bool, roman: bool = False
            ) -> tuple[str, str]:
    """Update the numbering state from `body`'s start (`roman`: an "(i)" after "(h)" is a
    sub-item, `romans_ahead`); return (locator, slug)."""
    if found := recital(st, body):
        return found
    if (rest := inline_unit(st, body)) is not None:     # "Article 5. The …", "Rule 61. 1. …"
        body = rest
    elif m_sec := section_unit(st, body):     # "Section 1. No person shall…", "6. (1) The"
        if body[m_sec.end():].strip():
            start_section(st, m_sec.group(1))
            body = body[m_sec.end():]
    m_num = RE_NUM.match(body)
    if not m_num and st.unit == "s.":
        m_num = RE_DECIMAL_SUBSECTION.match(body)      # "(1.1) This Part applies …"
    if not m_num and st.space_numbers:
        m_num = RE_SPACE_NUM.match(body)
    if not m_num and st.decimal and not st.article:
        m_num = decimal_number(body)
    m_item = RE_ITEM.match(body)
    if not m_item and st.unit == "s.":
        m_item = RE_DECIMAL_ITEM.match(body)            # "(b.1) it is contained in …"
    m_rom = RE_ROMAN_ITEM.match(body)
    defining(st, body, bool(m_num), bool(m_item or m_rom))     # "food commodity means" / "(a) …"
    if not m_item and (m_tight := RE_TIGHT_ITEM.match(body)):
        letter = m_tight.group(1)
        if letter == "a" or (st.item and next_letter(st.item, letter)):
            m_item = m_tight
    if RE_TESTIMONIUM.match(body):
        return "Signature clause", "signature"
    m_letter = RE_SECTION_LETTER.match(body) if st.article and st.unit not in SOFT_UNITS else None
    if article_part(st, body) or unit_part(st, body) or indent_part(st, body) or (
            m_num and next_subparagraph(st, m_num.group(0))):  # "§ 1º"; "8.1"; "– to"; "(2)"
        pass
    elif m_letter:
        st.letter, st.para, st.item, st.sub = m_letter.group(1), None, None, None
        if m_inner := RE_NUM.match(body[m_letter.end():]):      # "B. (1) For the purposes…"
            st.para = m_inner.group(1) or m_inner.group(2)
    elif m_num and quoted_number(st, m_num.group(1) or ""):
        pass        # a quoted text's own paragraph "6." inside para. 37: the paragraph's text
    elif m_num:
        st.para, st.item, st.sub, st.headed = next(g for g in m_num.groups() if g), None, None, None
        rest = body[m_num.end():]
        if (m_in := RE_ITEM.match(rest)) and (m_in.group(1) or m_in.group(2)):
            st.item = m_in.group(1) or m_in.group(2)   # "3. (a) No one …", OPCAT's "2. a) The"
        opens_subparagraphs(st, rest)                               # "2. (1) For the …"
    elif statute_item(st, body, roman):      # a statute's "(A) among …", a subsection "(b)"
        pass
    elif m_rom and st.item and (roman or not next_letter(st.item, m_rom.group(1))):
        roman_part(st, m_rom.group(1))
    elif m_item and st.item and not st.item.islower():   # a clause's item: "I - …: a) …"
        st.sub = next(g for g in m_item.groups() if g)
    elif m_item:
        letter_item(st, next(g for g in m_item.groups() if g))
        if m_in := RE_ROMAN_ITEM.match(body[m_item.end():]):      # "a) i) to make…"
            st.sub = m_in.group(1)
    elif st.item:                 # unnumbered text after a list belongs to the paragraph
        after_list(st)
    if st.article:
        return article_locator(st)
    if layout or not st.para:
        page = block.page
        if page is not None:
            k = st.page_par.get(page, 0) + 1
            st.page_par[page] = k
            return f"p. {page} ¶ {k}", f"p{page}-{k}"
        where = st.division
        k = st.page_par.get(0, 0) + 1
        st.page_par[0] = k
        if where:
            return f"{where}, ¶ {k}", f"{slugify(where)}-p{k}"
        return f"¶ {k}", f"p{k}"
    parts = [p for p in (st.para, st.item, st.sub) if p]
    loc = f"para. {st.para}" + "".join(f"({p})" for p in parts[1:])
    if st.division:
        loc = f"{st.division}, {loc}"
        return loc, slugify(f"{st.division}-para-{'-'.join(parts)}")
    return loc, slugify(f"para-{'-'.join(parts)}")
