"""Notations of legal texts beyond treaty articles, for `segment`: paragraphs numbered
through a document (`2. This…`, `2.This…`, or `20 In that regard…` as EUR-Lex judgments
number them), sections as the citable unit of national laws (`Section 1. No person…`,
cited `s. 1`), an article's paragraph signs and clause numerals (`§ 1º`, `I -`), a Spanish
statute's closing provisions, and the recitals of EU acts after "Whereas:" (cited `Recital 10`)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import TypeVar

from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.textclean import RE_QUOTED_ARTICLES, RE_UNIT_INLINE, ROMAN

S = TypeVar("S")            # a passage (`segment.Segment`): its `locator` and `lang`

# "20 In that regard, …": a paragraph number followed by a space only (CJEU judgments)
RE_SPACE_NUM = re.compile(r"^(\d{1,3}) (?=[A-Z‘“\"(])")
# a section that is the citable unit, its text run in: "Section 1. No person…", "SEC. 2. As soon
# …" (US Code), "SECTION 13. Self-Governance. — …"; not "Section 259 of this title …" (trial 36)
_SECTION = r"(?:Section|SECTION|Sec\.|SEC\.|§)"
RE_SECTION_ALONE = re.compile(rf"^{_SECTION}\s*\d{{1,3}}[a-z]?\.?$")
RE_SECTION_UNIT = re.compile(rf"^{_SECTION}\s*(\d{{1,3}}[a-z]?)(?:\.?\s*$|\.\s+|\s+(?![a-z\s]))")
# a heading that names a section's subsection ("### Section 23(1)": India's Acts transcribed, a
# researcher's trial 29, read as a division "Section 23, ¶ 4")
RE_SECTION_PART = re.compile(rf"^{_SECTION}\s*(\d{{1,3}}[A-Z]?)\((\d{{1,3}})\)$")
# a subsection or paragraph inserted between two ("(1.1)", "(b.1)": Canada's acts, trial 28)
RE_DECIMAL_SUBSECTION = re.compile(r"^\((\d{1,3}\.\d{1,2})\)\s*")
RE_DECIMAL_ITEM = re.compile(r"^\(([a-z]{1,2}\.\d{1,2})\)\s*")
# the Gazette of India's print of an Act: a section's number opens its first sub-section ("6. (1)
# The consent given …", "(2) Any part …"), or its text ("41. Every rule …"): s. 6(2), s. 41
RE_STATUTE_SECTION = re.compile(r"^(\d{1,3}[A-Z]?)\.\s+(?=\(1\)\s|[A-Z“\"])")


def section_unit(st, body: str) -> re.Match | None:     # st: segment._State
    """The section number opening `body`: "Section 1. No person …", "SEC. 2. As soon …", or,
    in a statute numbered so (`numbered_section_headings`), "6. (1) The consent …" (a
    sub-section (1) after the number), and a later section's "41. Every rule …" (its number
    above the current section's), outside a schedule."""
    if m := RE_SECTION_UNIT.match(body):
        return m
    m = RE_STATUTE_SECTION.match(body)
    if m is None or not st.numbered_sections:
        return None
    if body[m.end():].startswith("(1)"):
        return m
    if st.scope or st.article and st.unit != "s.":
        return None             # a schedule's rows, an article's paragraphs
    return m if _section_key(m.group(1)) > _section_key(st.article or "0") else None


def _section_key(number: str) -> tuple[int, str]:
    """A section number in its order: "69C" after "69B" (sections inserted by an amending
    Act: a Sri Lankan Act's s. 69C was read as s. 69B's paragraph, trial 32), "41" after "6"."""
    m = re.match(r"(\d+)(\w*)", number)
    return (int(m.group(1)), m.group(2).upper()) if m else (0, "")


# "Article 5. The Parties shall …": an article whose number opens its first paragraph (not
# "Article 5 of the Convention …", a reference)
RE_ARTICLE_INLINE = re.compile(rf"^(?:Article|Art\.|Art[ií]culo|Artigo|Articolo)\s+"
                               rf"(\d{{1,3}}[a-z]?|{ROMAN})(?:\.?[º°ª])?\.?\s+"
                               r"(?=[A-Z\u00c0-\u00de(])(?!(?:Paragraph|Para|Section|Sub)\b)")

RE_PARA_NUMBER = re.compile(r"^(\d{1,3})\.(?:\s+\S|(?=[A-Z“‘\"]))")      # "2. This", "2.This"
# "4.5. The court …", or "4.5." alone on the line before its text: paragraphs numbered within
# the sections of a judgment or a report
RE_DECIMAL_PARA = re.compile(r"^(\d{1,2}\.\d{1,2})\.?(?=\s|$)")


def numbered_paragraphs(blocks: list[Block], pattern: re.Pattern = RE_PARA_NUMBER) -> bool:
    """True when paragraphs are numbered 1, 2, 3… through the document (most steps +1)."""
    nums = [int(m.group(1)) for b in blocks if b.kind == "para" and not b.locator
            and (m := pattern.match(b.text))]
    if len(nums) < 5 or nums[0] > 2:
        return False
    steps = sum(1 for a, b in zip(nums, nums[1:]) if b == a + 1)
    return steps >= 0.8 * (len(nums) - 1)


def decimal_number(text: str) -> re.Match | None:
    """The decimal number opening a paragraph ("4.5. The court …", "4.5." alone), not a
    section's title line ("2.1 Scope", "1.1 Facts")."""
    m = RE_DECIMAL_PARA.match(text)
    rest = text[m.end():].strip() if m else ""
    return None if rest and _title_line(rest) else m


def decimal_numbered(blocks: list[Block]) -> bool:
    """True when paragraphs are numbered 1.1, 1.2, 2.1… through the document: at least five
    open with such a number (`decimal_number`) and most follow the one before (4.4 → 4.5,
    4.7 → 5.1)."""
    nums = [tuple(int(x) for x in m.group(1).split(".")) for b in blocks
            if b.kind == "para" and not b.locator and (m := decimal_number(b.text))]
    if len(nums) < 5 or nums[0][1] > 2:
        return False
    steps = sum(1 for (a, x), (b, y) in zip(nums, nums[1:])
                if (b, y) in ((a, x + 1), (a + 1, 1)))
    return steps >= 0.8 * (len(nums) - 1)


RE_TRAILING_MARK = re.compile(r"[\s∗*†‡\d]+$")
RE_SENTENCE_END = re.compile(r"[.;:,!?…][’”\"')\]]*$")
# an item of a sentence that goes on in the next item ("1. sufficient food and water; and",
# "(b) the right to housing, or"), or one that opens in lower case: never a heading
RE_GOES_ON = re.compile(r"(?:[;,:–—-]\s*(?:and|or|and/or)|\s(?:and|or))$|^\d{1,3}\.\s*(?-i:[a-z])", re.I)


def numbered_subheadings(blocks: list[Block]) -> list[Block]:
    """`blocks` with the sub-headings set in body type inside a run of numbered paragraphs
    made headings: in "10. TTA's licence…", "1. Investigation by the tax authorities", "11. In
    1981 the Tax Department…" the short line without a sentence end whose number breaks the
    paragraphs' sequence (10 → 11 goes on around it); and, where the paragraphs are numbered
    through the document, a title line without a number right before a numbered paragraph."""
    numbered = [(i, int(m.group(1))) for i, b in enumerate(blocks)
                if b.kind == "para" and (m := RE_PARA_NUMBER.match(b.text))]
    heads: set[int] = set()
    last, at = None, 0
    for k, (i, n) in enumerate(numbered):
        nxt = next((m for _, m in numbered[k + 1:k + 4] if m != n), None)
        text = blocks[i].text
        # (numbering restarts under a heading: a statute's subsections, ZA's Bill of Rights)
        last, at = None if any(b.kind == "heading" for b in blocks[at:i]) else last, i
        if last is not None and n != last + 1 and nxt == last + 1 and len(text) < 90 \
                and "\n" not in text and not RE_SENTENCE_END.search(text) \
                and not RE_GOES_ON.search(text):
            heads.add(i)
            continue
        last = n
    if not numbered_paragraphs([b for i, b in enumerate(blocks) if i not in heads]):
        return [replace(b, kind="heading") if i in heads else b for i, b in enumerate(blocks)]
    # an unnumbered title line between numbered paragraphs ("2. This paper…", "The International
    # Arena and Indigenous Nations and Peoples", "3. Behind the phrase…") heads what follows
    started = False                       # after the first numbered paragraph only
    for i, b in enumerate(blocks[:-1]):
        nxt = blocks[i + 1]
        numbered = b.kind == "para" and bool(RE_PARA_NUMBER.match(b.text))
        if started and not numbered and b.kind == "para" and not b.locator and not b.note \
                and nxt.kind == "para" and RE_PARA_NUMBER.match(nxt.text) and _title_line(b.text):
            heads.add(i)
        started = started or numbered
    return [replace(b, kind="heading") if i in heads else b for i, b in enumerate(blocks)]


def _title_line(text: str) -> bool:
    """A line that reads as a title: short, capitalised, without a sentence end or a list
    mark."""
    bare = RE_TRAILING_MARK.sub("", text)           # "…purposes. 1": a note's mark
    return (len(text) <= 100 and len(text.split()) <= 14 and text[:1].isupper()
            and "\n" not in text and not RE_SENTENCE_END.search(bare)
            and not RE_GOES_ON.search(bare))


def space_numbered(blocks: list[Block]) -> int | None:
    """The index of paragraph "1 This request…" when paragraphs are numbered with a number and
    a space, no dot (EUR-Lex judgments), 1, 2, 3… from there on; else None."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "para"
                  and (m := RE_SPACE_NUM.match(b.text)) and m.group(1) == "1"), None)
    if first is not None and numbered_paragraphs(blocks[first:], RE_SPACE_NUM):
        return first
    return None


# a numbered section heading of a national law: "9. Equality", "6. Iilwimi", or its number and
# marginal note as Canada's consolidated acts print them, decimal numbers included ("27
# Whistleblowing", "4.01 Business contact information": a researcher's trial 28, whose every
# citation of two Canadian acts was a paragraph counter), "1.What is …" with no space (trial 46)
RE_NUMBERED_SECTION = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*[A-Z]?)(?:\.\s+|\.(?=[A-Z“\"][a-z])|"
                                 r"\s+(?=[A-Z“\"*_]))(\S.*)$")


def numbered_section_headings(blocks: list[Block]) -> bool:
    """True when the document's headings number its sections ("1. Republic of South
    Africa", "2. Supremacy of Constitution", …: at least three, mostly ascending) and its
    paragraphs are not numbered through the document or fewer (a by-law's form, trial 35), or
    its sections open their paragraphs (`statute_sections`): the sections are the citable unit."""
    if statute_sections(blocks):
        return True
    nums = [int(re.match(r"\d+", b.text).group()) for b in blocks
            if b.kind == "heading" and RE_NUMBERED_SECTION.match(b.text)]
    paras = sum(1 for b in blocks if b.kind == "para" and not b.locator and
                RE_PARA_NUMBER.match(b.text))
    if len(set(nums)) < 3 or numbered_paragraphs(blocks) and paras >= len(nums):
        return False
    return sum(b >= a for a, b in zip(nums, nums[1:])) >= 0.8 * (len(nums) - 1)  # 4, 4.01, 5


RE_SUB_SECTION = re.compile(r"\bsub-?sections?\b", re.I)
RE_SHORT_TITLE = re.compile(r"^1\.\s+(?:\(1\)\s+)?This (?:Act|Law|Ordinance|Decree) may be "
                            r"cited as\b")


def statute_sections(blocks: list[Block]) -> bool:
    """True for a statute printed as the Gazette of India prints an Act: at least two sections
    open "6. (1) …", and the text calls its parts sub-sections ("under sub-section (4) of
    section 6"), not paragraphs as an ILO Recommendation's "4. (1)" does; or whose first
    numbered paragraph gives its short title ("1. This Act may be cited as …"), even where no
    section has sub-sections (a short amending act of Sri Lanka's was cited "para. 2": trial 41)."""
    paras = [b.text for b in blocks if b.kind == "para"]
    if RE_SHORT_TITLE.match(next((t for t in paras if RE_PARA_NUMBER.match(t)), "")):
        return True
    opened = sum(1 for t in paras if (m := RE_STATUTE_SECTION.match(t))
                 and t[m.end():].startswith("(1)"))
    return opened >= 2 and sum(len(RE_SUB_SECTION.findall(t)) for t in paras) >= 2


RE_FIRST_PARA = re.compile(r"^1\.\s+[A-Z]")


def opens_numbered_unit(body: str) -> bool:
    """Whether a paragraph opens with the number of its article or section and goes on with its
    text ("Article 5. The Parties …", "Section 2 The Agency shall …"), or is a numbered text's
    first paragraph ("1. In its resolution 78/272 …", after a report's title that names an
    agreement: a researcher's trial, session 45), or a soft-law unit's ("Rule 1. All …"): never a
    recital."""
    if RE_ARTICLE_INLINE.match(body) or RE_FIRST_PARA.match(body) or RE_UNIT_INLINE.match(body):
        return True
    m = RE_SECTION_UNIT.match(body)
    return bool(m and body[m.end():].strip())


# Brazil's statutes divide an article into paragraphs "§ 1º" and clauses (incisos) in capital
# roman numerals "I -", and a clause into items "a)": "art. 54, § 1º, I" is cited Art. 54(1)(I);
# an article with one paragraph has its "Parágrafo único" ("art. 5º, parágrafo único");
# Portugal's number an article's paragraphs "1 - " ("artigo 13.º, n.º 1": Art. 13(1))
RE_PARAGRAPH_SIGN = re.compile(r"^§\s*(\d{1,3})\s*[º°o]?\s*[.:–-]?\s+(?=\S)"
                               r"|^(\d{1,3})\s+[-–—]\s+(?=\S)"
                               r"|^(par[áa]grafo\s+[úu]nico)\b\s*[.:–—-]?\s+(?=\S)", re.I)
SOLE_PARAGRAPH = "parágrafo único"
RE_CLAUSE = re.compile(rf"^({ROMAN})\s*[-–—]\s+(?=\S)")
# francophone statutes number an article's points "1)", "2)" … ("Article 43." / "Le traitement
# … n'est légitime que :" / "7) lorsqu'il est nécessaire …"): cited Art. 43(7), and an
# unnumbered paragraph after them is the article's again
RE_POINT = re.compile(r"^(\d{1,2})\)\s+(?=\S)")


def article_part(st, body: str) -> bool:        # st: segment._State
    """Take a paragraph sign, a clause numeral or a point's number ("7)", in sequence) opening
    `body` inside an article as its place in the article; False when `body` opens with none."""
    if not st.article or st.unit != "Art.":
        return False
    if m := RE_PARAGRAPH_SIGN.match(body):
        st.para, st.item, st.sub = m.group(1) or m.group(2) or SOLE_PARAGRAPH, None, None
    elif m := RE_CLAUSE.match(body):
        st.item, st.sub = m.group(1), None
    elif (m := RE_POINT.match(body)) and (m.group(1) == "1"
                                          or st.item == str(int(m.group(1)) - 1)):
        st.item, st.sub = m.group(1), None        # the points in sequence; "a)" in a point
    else:
        return False
    return True


# Spain's statutes close with provisions outside the articles, each cited by its kind and its
# ordinal: "Disposición adicional primera", "Disposición transitoria única"
RE_PROVISION = re.compile(r"^(Disposici[óo]n\s+(?:adicional|transitoria|derogatoria|final))\s+"
                          r"(\w+)\b\.?\s*(.*)$", re.I)


def start_provision(st, heading: str) -> bool:     # st: segment._State
    """A statute's closing provision starts at its heading; False when `heading` is none."""
    if not (m := RE_PROVISION.match(heading)):
        return False
    start_article(st, m.group(2).lower())
    st.unit = m.group(1).capitalize()
    st.article_title = m.group(3).strip(" .") or None
    return True


ROMANS = tuple("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv".split())
ROMAN_MARKS = "|".join(sorted(ROMANS, key=len, reverse=True))     # the longest first


def roman_part(st, rom: str) -> None:       # st: segment._State
    """A roman numeral after an item: the item's sub-item ("(a) … (i) …"), or the next item
    where the items themselves are roman ("(i) … processed;" / "(ii) the manner …" in s. 5(1)
    of India's Act, which was cited s. 5(1)(i)(ii)); "(x.1)", "(x.2)" after "(x)": items."""
    follows = st.roman_items and st.item in ROMANS and rom in ROMANS and \
        ROMANS.index(rom) == ROMANS.index(st.item) + 1
    if st.sub is None and (follows or rom.split(".")[0] == (st.item or "").split(".")[0] != rom):
        st.item = rom
    else:
        st.sub = rom


def letter_item(st, letter: str) -> None:       # st: segment._State
    """An item "(a)" starts; "(i)" not after "(h)" opens items numbered in roman."""
    st.roman_items = letter == "i" and st.item != "h"
    st.item, st.sub = letter, None


def next_letter(prev: str, tok: str) -> bool:
    """True when `tok` continues the letter sequence after `prev` (h → i), i.e. is not roman."""
    return len(prev) == 1 and len(tok) == 1 and ord(tok) == ord(prev) + 1


RE_SECTION_LETTER = re.compile(r"^([A-H])\.\s")        # Refugee Convention Art. 1 A.–F.
RE_TIGHT_ITEM = re.compile(r"^([a-z])\.\s*(?=\w)")   # Dutch editions: "a.waarborgen"
RE_MARK = re.compile(r"^\(?([a-z]{1,4})\)\s")        # "(i) ", "ii) ": an item's mark
RE_NUM_MARK = re.compile(r"^\(\d{1,3}\)\s")                # "(2) ": a numbered paragraph


def romans_ahead(blocks: list[Block], look: int = 40) -> set[int]:
    """The indices of the blocks opening with "(i)", "(v)" or "(x)" that read as the next
    letter after "(h)", "(u)", "(w)" but are the first of roman sub-items: the next item mark
    below is "(ii)" ("(vi)", "(xi)"), with no heading or numbered paragraph between (the last
    item "(i)" of a list, CRPD Art. 4(1)(i), is followed by "2." or a heading). Decision
    10/CP.24's "(h) Invite …: (i) … (ii) …" was cited 1(i)(ii), its item (i) then 1(i)(i)
    (trial 25); ICCPR Art. 41(1)(h)(i)–(ii) were cited 41(1)(i) and 41(1)(i)(ii)."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        m = RE_MARK.match(b.text.lstrip())
        if not m or m.group(1) not in ("i", "v", "x"):
            continue
        roman = ROMANS[ROMANS.index(m.group(1)) + 1]
        for later in blocks[i + 1:i + 1 + look]:
            text = later.text.lstrip()
            if later.kind == "heading" or text[:1].isdigit() or RE_NUM_MARK.match(text):
                break
            if n := RE_MARK.match(text):
                if n.group(1) == roman:
                    out.add(i)
                break
    return out


def start_article(st, number: str) -> None:     # st: segment._State
    """An article starts: at its heading ("Article 5"), or where its number opens its first
    paragraph ("Article 5. The …")."""
    if st.scope == "Annex" and st.annex_heading and not st.saw_article \
            and not RE_QUOTED_ARTICLES.match(st.section or ""):
        st.scope = None            # a resolution adopting the instrument in its annex
    st.clear_article()
    st.article, st.preamble, st.saw_article = number, False, True


def start_section(st, number: str) -> None:     # st: segment._State
    """A section as the citable unit (national laws: `s. 3(2)`), inside its article if any."""
    title = f"Article {st.article}" + (f" {st.article_title}" if st.article_title else "") \
        if st.article and st.unit == "Art." else None
    st.clear_article()
    if title:
        st.section = title
    st.article, st.unit, st.preamble, st.saw_article = number, "s.", False, True


RE_TESTIMONIUM = re.compile(r"^(?:IN WITNESS|IN FAITH|EN FOI|TEN BLIJKE|TER OORKONDE|DONE at|"
                            r"Done at|GEDAAN te|Gedaan te)\b")
# "Whereas:" alone, or ending the citations a text export ran into one paragraph ("… procedure
# (3), Whereas:"; the GDPR's recitals were "para. 1"…, a researcher's trial 33, P3)
RE_WHEREAS = re.compile(r"(?:^|[,;]\s+)Whereas\s*:?\s*$", re.I)
RE_ENACTING = re.compile(r"^(?:HAVE|HAS) ADOPTED\b", re.I)
RE_RECITAL = re.compile(r"^\((\d{1,3})\)\s")


def recital(st, body: str) -> tuple[str, str] | None:
    """EU acts: the numbered recitals after "Whereas:", cited `Recital 10`."""
    if st.article or st.division or st.saw_article or st.preamble:
        st.recitals = False
        return None
    if RE_WHEREAS.search(body):
        st.recitals = True
        return None
    if not st.recitals:
        return None
    if RE_ENACTING.match(body):
        st.recitals = False
        return "Enacting formula", "enacting-formula"
    if m := RE_RECITAL.match(body):
        st.recital = m.group(1)
    if st.recital is None:
        return None
    return f"Recital {st.recital}", f"recital-{st.recital}"


def distinct_locators(segs: list[S], halves: list[str]) -> list[S]:
    """No two passages of a text cited alike: a line in another language inside an article has
    an id of its own ("…-es") but was cited as the article's text ("para. 8.8 ¶ 2" twice in a
    decision; a researcher's trial, session 44). The passage in the text's own language keeps
    the locator, the stray line takes the next free "¶ k" of it. (The two halves of a bilingual
    file cite each article alike, the translation as the original.)"""
    taken: dict[str, set[str]] = defaultdict(set)
    owner: dict[tuple[str, str], int] = {}
    for i, (seg, half) in enumerate(zip(segs, halves)):
        taken[half].add(seg.locator)
        key = (half, seg.locator)
        if key not in owner or (segs[owner[key]].lang != half and seg.lang == half):
            owner[key] = i
    out = list(segs)
    for i, (seg, half) in enumerate(zip(segs, halves)):
        if owner[(half, seg.locator)] == i:
            continue
        m = re.match(r"(.*) ¶ (\d+)$", seg.locator)
        base, k = (m.group(1), int(m.group(2))) if m else (seg.locator, 2)
        while f"{base} ¶ {k}" in taken[half]:
            k += 1
        taken[half].add(f"{base} ¶ {k}")
        out[i] = replace(seg, locator=f"{base} ¶ {k}")
    return out
