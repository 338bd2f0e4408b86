"""Clean-up a researcher would otherwise do by hand: unwrap lines, rejoin hyphenated words,
normalise spaces, drop Markdown link targets (keeping the link text)."""
from __future__ import annotations

import re

from corpus_tool.corpus.lang import detect_language

RE_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
RE_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
RE_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
RE_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
RE_INLINE_HTML = re.compile(r"</?(?:span|a|b|i|em|strong|sup|sub|br|u|font)\b[^>]*>", re.I)
RE_EMPH = re.compile(r"(?<![\w*])(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1(?!\*)"
                     r"|(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
                     # the space moved inside the closing mark: "*mutatis mutandis, *and"
                     r"|(?<![\w*])(\*\*|\*)(?=\S)([^*\n]+?\S)\s+\5(?=\w)")
RE_SPACES = re.compile(r"[ \t\u00a0]+")
# a rule drawn with characters: the separator above footnotes ("-----------------"), a divider
RE_RULE = re.compile(r"\s*(?:[-_=\u2010-\u2015]\s?){5,}\s*")


def split_at_rules(s: str) -> list[str]:
    """The pieces of `s` between rules drawn with characters (the rule itself dropped)."""
    if "-----" not in s and "_____" not in s and "=====" not in s and "\u2014" * 5 not in s:
        return [s]           # the common case, fast
    return [p for p in RE_RULE.split(s) if p.strip()]


RE_OWN_NUMBER = re.compile(r"^(\d{1,2})\.\s")
RE_RUN_ON_NUMBER = re.compile(r"(?<=[.;:])\s+(\d{1,2})\.\s+(?=[A-Z“\"(])")


def run_on_paragraphs(s: str) -> list[str]:
    """A numbered paragraph and the ones run on after it in the same line ("1. Each State
    Party shall ensure … in torture. 2. Each State Party shall make …", as the OHCHR prints
    some articles): cut where the next number of the sequence opens a sentence, so that each
    paragraph is cited by its own number (a researcher's trial, session 45: Art. 4(2) was no
    passage)."""
    m = RE_OWN_NUMBER.match(s)
    if not m:
        return [s]
    n, start, out = int(m.group(1)), 0, []
    for r in RE_RUN_ON_NUMBER.finditer(s):
        if int(r.group(1)) == n + 1:
            out.append(s[start:r.start()])
            start, n = r.start(1), n + 1
    return out + [s[start:]]
# a word broken at a line end: "educa-" + "tion" (lowercase continuation)
RE_HYPHEN_END = re.compile(r"(\w)[-\u00ad\u2010]$")


def strip_inline_markup(s: str) -> str:
    s = RE_MD_IMAGE.sub(r"\1", s)
    s = RE_MD_LINK.sub(r"\1", s)
    s = RE_MD_REF_LINK.sub(r"\1", s)
    s = RE_AUTOLINK.sub(r"\1", s)
    s = RE_INLINE_HTML.sub("", s)
    s = RE_EMPH.sub(_unemph, s)
    return s


def _unemph(m: re.Match) -> str:
    """`*Preamble*The Parties` → `Preamble The Parties` (a space where the markup glued words)."""
    after = m.string[m.end():m.end() + 1]
    if m.group(5):                  # "*mutatis mutandis, *and": its space given back
        return m.group(6) + " "
    inner = m.group(2) if m.group(1) else m.group(4)
    return inner + " " if after[:1].isalnum() and inner[-1:].isalnum() or \
        after[:1].isupper() else inner


RE_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
_NEWLINE_OF = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n\n"}


def normalise_newlines(s: str) -> str:
    """Every line break as `\n`: `\r\n`, a bare `\r` and U+2028 (line separator) end a line,
    U+2029 (paragraph separator) ends a paragraph (a blank line)."""
    if "\r" not in s and "\u2028" not in s and "\u2029" not in s:     # the common case, fast
        return s
    return RE_NEWLINES.sub(lambda m: _NEWLINE_OF[m.group()], s)


def normalise_spaces(s: str) -> str:
    if "  " not in s and "\t" not in s and "\u00a0" not in s:     # the common case, fast
        return s.strip()
    return RE_SPACES.sub(" ", s).strip()


# "Preamble" as a line's first word, set apart ("Preamble The Parties", "Preamble:") or glued by
# the source to the first sentence ("PreambleThe governments…", "PREAMBULEDe Staten…")
RE_PREAMBLE_START = re.compile(
    r"^(Preamble|Preambule|Préambule|Präambel|PREAMBLE|PREAMBULE)"
    r"(?:\b[ \t:.]*|(?=[A-Z\u00c0-\u00de“\"‘']))(.*)$")


def split_preamble(line: str) -> tuple[str, str] | None:
    """(heading, rest) when `line` starts with the word Preamble (see RE_PREAMBLE_START). The
    heading is spelled in the language of the text that follows, so a Dutch spelling glued to
    English text ("PreambuleThe States Parties…") does not start the Dutch half."""
    m = RE_PREAMBLE_START.match(line)
    if not m:
        return None
    word, rest = m.group(1), m.group(2)
    if rest.strip():
        lang = detect_language(rest)
        if lang == "en":
            word = "Preamble"
        elif lang == "nl":
            word = "Preambule"
    return word, rest


COMPOUND_FIRST = {"self", "well", "non", "by", "cross", "long", "short", "full", "part",
                  "anti", "multi", "inter", "intra", "cost", "time", "low", "high", "first",
                  "second", "third", "state", "rights", "child", "gender", "age", "human"}
RE_LAST_WORD = re.compile(r"[\w-]+$")


def keeps_hyphen(before: str) -> bool:
    """Whether a line-end hyphen after `before` is part of a compound (`case-by-` + `case`,
    `self-` + `determination`, `FAA-` + `approved`) rather than a word broken by the typesetter."""
    m = RE_LAST_WORD.search(before)
    word = m.group(0) if m else ""
    return ("-" in word or word.lower() in COMPOUND_FIRST
            or bool(re.search(r"[A-Z0-9]{2,}$", word)))


# EUR-Lex consolidated texts mark where each amending act starts (▼B, ▼M2, ►M1, ►C1) and
# where an inline replacement ends (◄): editorial marks, not text
RE_CONSOLIDATION_MARK = re.compile(r"\s*(?:[▼►](?:B|[MACRI]\d{1,3})\b|◄)\s*")


def drop_consolidation_marks(s: str) -> str:
    if "▼" not in s and "►" not in s and "◄" not in s:      # the common case, fast
        return s
    return RE_CONSOLIDATION_MARK.sub(" ", s).strip()


# Words a source ran together: a sentence or clause glued to the stop or comma before it
# ("… or assistance.When such protection …", "… residence;Provided that …", "Europe,Being
# resolved") and a list item's text glued to its marker, at the start of a line ("(a)Primary
# education", "b)the right", "76.Members shall", "a.To abrogate", "iv.The") or within a
# paragraph ("…; (d)Referring …")
RE_GLUED_WORDS = re.compile(r"(?<=[a-z][,;])(?=[A-Z][a-z])|(?<=[a-z]{2}\.)(?=[A-Z][a-z])")
RE_GLUED_FIRST_MARKER = re.compile(r"^(\s*\(?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\))(?=[A-Za-z“\"‘`])"
                                   r"|^(\s*(?:\d{1,3}|[a-z]|[ivx]{2,5})\.)(?=[A-Z][a-z])")
RE_GLUED_MARKER = re.compile(r"(?<![\w(])(\((?:[a-z]|[ivx]{2,4}|\d{1,2})\))(?=[A-Z][a-z])")


def space_run_ons(s: str) -> str:
    """A space where the source ran a sentence or clause into the stop or comma before it, or a
    list item's text into its marker. Abbreviations keep their form: "e.g.The" is not touched
    (one letter before the stop), nor is "U.S.Code" (capitals)."""
    if "." not in s and "," not in s and ";" not in s and ")" not in s:   # nothing to space
        return s
    s = RE_GLUED_FIRST_MARKER.sub(lambda m: (m.group(1) or m.group(2)) + " ",
                                  RE_GLUED_WORDS.sub(" ", s))
    return RE_GLUED_MARKER.sub(r"\1 ", s)


def join_lines(lines: list[str]) -> str:
    """Unwrap soft-wrapped lines into one paragraph, rejoining words hyphenated at line ends
    (`educa-` + `tion` → `education`; `self-` + `Governing` keeps the hyphen); EUR-Lex
    consolidation marks dropped; run-on sentences and list items spaced (`space_run_ons`)."""
    lines = [drop_consolidation_marks(x) for x in lines]
    out = ""
    for raw in lines:
        line = normalise_spaces(raw)
        if not line:
            continue
        if not out:
            out = line
        elif RE_HYPHEN_END.search(out) and line[:1].islower():
            out = out + line if keeps_hyphen(out[:-1]) else out[:-1] + line
        elif out.endswith(("-", "\u2010")):
            out = out + line
        else:
            out = out + " " + line
    return space_run_ons(out.replace("\u00ad", ""))


# Headings of legal instruments (articles, divisions, annexes, preamble): the segmenter and the
# plain-text reader both recognise them.
ROMAN = r"[IVXLC]+"
# The words in English and Dutch (the reference's bilingual treaty files), French, Spanish,
# Portuguese, Italian and German: "Artículo 3.", "Article premier", "Artigo 1.º", "CAPÍTULO IV",
# "Anexo", "Protocole facultatif". An article numbered in words ("premier", "primero") is
# article 1 (`article_number`).
FIRST = r"premier|primero|primo|único|unique"
# A French code's article: its part letter (législative, réglementaire, décret) and a number
# with its book, title and chapter: "Article L413-2", "Article R. 311-1", "Article R*431-2"
CODE_NUMBER = r"(?-i:[LRDA])\*?\.?\s?\d+(?:-\d+)+"
# (the last alternative, one capital, is an article lettered "Article D")
RE_ARTICLE = re.compile(
    rf"^(?:Article|Artikel|Art\.|Art[ií]culo|Artigo|Articolo|Amendment)\s*"
    # (a lettered article "Article A" after a space: "ARTICLES OF THE ILO CONVENTION …" is no
    # "Art. S", trial 44 P4)
    rf"({CODE_NUMBER}|\d+[a-z]?(?:\s*bis|\s*ter)?|{ROMAN}-\d+|{ROMAN}|{FIRST}|(?<=\s)(?-i:[A-Z]))"
    r"(?:\.?[º°ª]|er)?\b\.?"
    r"(?:\s*,\s*(?:paragraph|para\.|lid|paragraphe|p[áa]rrafo|par[áa]grafo|paragrafo|apartado)"
    r"\s*(\d+))?\s*[.:–—-]?\s*(.*)$", re.I)
# an annex that quotes another instrument's articles ("ARTICLES OF THE ILO CONVENTION NO. 169
# THAT REFER TO THE PRINCIPLE OF FREE, PRIOR AND INFORMED CONSENT …"): they are cited in the
# annex ("Annex, Art. 6"), not as the document's own articles (a UN working paper's annex,
# E/CN.4/Sub.2/AC.4/2004/4: a researcher's trial 44, P4)
RE_QUOTED_ARTICLES = re.compile(r"(?i)^(?:the\s+)?(?:(?:articles|provisions)\s+of|"
                                r"(?:extracts?|excerpts?)\s+(?:of|from))\b")
RE_DIVISION = re.compile(
    r"^(Part|Deel|Title|Titel|Chapter|Hoofdstuk|Section|Afdeling|Partie|Titre|Chapitre|Parte|"
    r"T[ií]tulo|Cap[ií]tulo|Secci[óo]n|Se[cç][cç]?[ãa]o|Titolo|Capo|Sezione|Teil|Kapitel|"
    rf"Abschnitt)\s+({ROMAN}|\d+|[A-Z]|(?:premi[eè]re?|primer[oa]|unique|[úu]nic[oa])(?!\w))"
    # "Chapitre premier. - Dispositions générales.": a stop and a dash before the title
    r"\b\s*(?:\.\s*[-–—]|[.:–—-])?\s*(.*)$",
    re.I)
# a protocol set after its convention in one file (a gazette's consolidated text): "PROTOCOLO
# ADICIONAL AL CONVENIO …", "Protocol No. 12 to the Convention …"
NAMED_PROTOCOL = (r"Additional Protocol|Protocolo adicional|Protocole additionnel|"
                  r"Protocollo addizionale|Protocol[oe]?\s+(?:No\.|n\.?\s?[º°]|n[úu]mero|num[ée]ro)")
RE_NAMED_PROTOCOL = re.compile(NAMED_PROTOCOL, re.I)
# (a gazette's "THE SCHEDULE"; a consolidated act's "RELATED PROVISIONS", other Acts' sections
# printed after it, which were cited as its own: "s. 78.1" of the Safe Food for Canadians Act
# for s. 78.1 of 2022, c. 17, a researcher's trial 39, P8)
ORDINAL = (r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
           r"Twelfth")
# (a common-law act's "FIRST SCHEDULE", "Second Schedule": Sri Lanka's, Kenya's, India's)
RE_SCOPE = re.compile(
    rf"^(?-i:THE\s+)?((?:{ORDINAL})\s+Schedule|Annex|Bijlage|Appendix|Aanhangsel|Addendum|"
    rf"Schedule|Related Provisions|"
    rf"Optional Protocol|"
    rf"Facultatief Protocol|"
    rf"Final Act|Slotakte|Annexe|Anexo|Allegato|Anhang|Ap[ée]ndice|Protocole facultatif|"
    rf"Protocolo facultativo|Acte final|Acta final|{NAMED_PROTOCOL})(?!\w)"
    rf"(?:\s+({ROMAN}|\d+|[A-Z])\b)?\s*[.:–—-]?\s*(.*)$", re.I)


def article_number(number: str) -> str:
    """An article's number as cited: spaces out ("5 bis" → "5bis"), "premier"/"primero" → 1,
    a French code's "L. 413-2" → "L413-2"."""
    n = re.sub(r"^([LRDA]\*?)\.", r"\1", re.sub(r"\s+", "", number))
    if n.lower() in ("premier", "primero", "primo"):
        return "1"
    return n.lower() if n.lower() in ("único", "unique") else n
# "Article 8 GDPR", "Art. 2(2)(c) GDPR", "Article 6 of the TFEU": an article of another
# instrument, named by its acronym (a case note's infobox, a list of the law applied), not a
# heading of this one ("ARTICLE 5 SCOPE", "Article 5 – Scope" are headings), nor a sentence
# wrapped onto a line of its own ("… provided for in" / "Article 263 TFEU.": the GDPR's text
# layer had its Recitals 144-173 cited "Art. 263(144)"…, a researcher's trial 33, P1)
RE_ARTICLE_OF_ANOTHER = re.compile(r"^(?:Article|Art\.)\s+\d+[a-z]?(?:\(\w{1,4}\))*\s+"
                                   r"(?:of\s+(?:the\s+)?)?[A-Z]{2,6}\.?$")


# the first word of an article's text set after its number ("Article 3. Everyone has …",
# "Artículo 2. Los Estados Partes …"): a sentence, not a title
SENTENCE_OPENERS = frozenset("""the a an every everyone each all any no nothing nobody such this
    these states in for where when if el la los las lo toda todo todos todas cada nadie ninguna
    ninguno se en para con cuando si le les l tout toute tous toutes chaque nul aucun aucune il
    elle ils lorsque o os as ninguém quando gli ogni tutti nessuno""".split())
RE_MODAL = re.compile(r"\b(?:shall|must|may|will|should|deber[áa]n?|podr[áa]n?|doit|doivent|peut|"
                      r"peuvent|deve|devem|devono|può|possono|zal|zullen|moet|moeten|kan|"
                      r"kunnen|mag|mogen)\b", re.I)


def article_heading(line: str) -> bool:
    """A line alone that is an article's heading ("Article 6", "Article 16 Privacy", "ARTICLE 5
    SCOPE"): short, its title (if any) not running on in lower case ("Article 2 of the Annex to
    …" is a reference), and not an article of another instrument. With a full stop it is a
    heading only when its title is a name ("Artículo 1. Derecho al trabajo.", as the Spanish
    official gazette sets them), not a sentence ("Article 3. Everyone has the right to life …")
    nor a wrapped reference ("… in accordance with / Article 5.")."""
    s = line.strip()
    m = RE_ARTICLE.match(s)
    if not m or s.endswith((";", ",")) or RE_ARTICLE_OF_ANOTHER.match(s):
        return False
    title = m.group(3).strip()
    if title[:1] in (";", ","):
        # a wrapped reference whose sentence runs on ("… pursuant to" / "Article 42; and": the
        # GDPR's Art. 83(2)(k)–(9) were cited "Art. 42(k)"…; a researcher's trial 33)
        return False
    if title[:1].islower() or title.endswith(":") or RE_MODAL.search(title):
        # the article's own text run in after its number, a lead-in to its list ("Article 1.
        # The State shall guarantee to migrant children:", "Art. 54. É dever do Estado
        # assegurar …:"): a passage, not a title (a researcher's trial, session 44)
        return False
    if s.endswith("."):
        words = re.findall(r"\w+", title.casefold())
        return (0 < len(words) <= 20 and len(s) < 160 and title[:1].isalpha()
                and words[0] not in SENTENCE_OPENERS)
    return len(s) < 80


# a statute's section heading by its sign or its print abbreviation ("§ 6501. Definitions",
# "SEC. 1302. DEFINITIONS."; US Code, Public Laws; "SECTION 53. Identification … —", the
# Philippines' Republic Acts; "§ 1798.100.", "§ 4.01.": California's codes, Canada's acts; a
# code's title.chapter.section and a dash, "72.10.020 - Health services delivery plan", the
# Revised Code of Washington as wa-law.org sets it, trial 47, P3; the US Code's "§ 2000bb–1.",
# trial 49): the section is the citable unit
RE_SECTION_SIGN = re.compile(r"^(?:(?:§|SEC\.|Sec\.|SECTION)\s*"
                             r"|(?=\d{1,3}[A-Z]?\.\d{1,3}[A-Z]?\.\d{3,4}\s+[-–—]\s))"
                             r"(\d{1,5}(?:\.\d{1,4})*[a-z]{0,3}(?:[-–]\d{1,3})?)\.?(?:\s+(.*))?$")
RE_PREAMBLE = re.compile(r"^(Preamble|Preambule|Préambule|Präambel|Pre[áâ]mbulo|Preambolo)"
                         r"\s*[.:]?\s*$", re.I)


# The numbered units of soft-law instruments, cited as articles are ("Rule 61(1)(a)", "Principle
# 2(1)", "Guideline 8"): the Nelson Mandela, Bangkok, Beijing, Havana and Tokyo Rules, the Guiding
# Principles on Internal Displacement, the Yogyakarta Principles, the FAO Right to Food Guidelines.
# A heading: "Principle 2", "RULE 61", "GUIDELINE 8 ACCESS TO RESOURCES AND ASSETS", "Principle 1.
# Right to …" (never "Rules 1–5 …", "Rule 1.1", "Rule 61(5)" nor "Principles of …")
RE_UNIT_HEADING = re.compile(r"^(Rule|Principle|Guideline|RULE|PRINCIPLE|GUIDELINE)\s+(\d{1,3})"
                             r"(?:\s*[.:]|\s+[-–—])?(?=\s|$)\s*(.*)$")
# a unit whose number opens its first paragraph: "Rule 61. 1. Prisoners shall …", "Principle 2.
# These Principles shall …", "Rule 61 1. Prisoners …", "Principle 9 The authorities …" (a PDF's
# heading at a page's foot run on into its text); not "Rule 61 of the Mandela Rules …"
RE_UNIT_INLINE = re.compile(r"^(Rule|Principle|Guideline|RULE|PRINCIPLE|GUIDELINE)\s+(\d{1,3})"
                            r"\.?\s+(?=[A-Z“\"‘]|\(?\d{1,3}[.)]\s)")


def unit_heading(line: str) -> tuple[str, str, str] | None:
    """(unit, number, title) when `line` is a soft-law unit's heading ("RULE 61" → ("Rule", "61",
    "")); None for a reference or a sentence run in after the number ("Rule 61 of the Mandela
    Rules provides …", "Principle 2 These Principles shall …"), and for a line too long to be a
    heading."""
    m = RE_UNIT_HEADING.match(line.strip())
    if not m or len(line.strip()) > 120:
        return None
    title = m.group(3).strip()
    if title[:1].islower() or title.startswith(("(", "[")) or title.endswith((";", ",")) \
            or RE_MODAL.search(title):
        return None
    return m.group(1).capitalize(), m.group(2), title.strip(" .:–—-")


# A PDF's text layer that spaces out the "ff" of a ligature ("Of f icial", "of f icer",
# "plaintif f", "dif ferent", "ef fect", "of fer"): the Cook Islands' consolidated Acts, a
# researcher's trial 30 (P6). "official information" was found nowhere, and clusters were
# labelled "f icial information". The sign is a lone "f" after a word's first piece; a document
# that has it thrice has all its "ff" spaced.
_FFI_TAIL = (r"(?:ic(?:ial|ials|ially|e|es|er|ers|ient|iently|iency|ult|ulty|ulties)|idavits?|"
             r"irm(?:s|ed|ing|ative)?|ix(?:ed|es|ing)?|iliat\w*)\b")
RE_LONE_F_FFI = re.compile(r"(?<=[A-Za-z])f f (?=" + _FFI_TAIL + ")")     # "Of f icial"
RE_LONE_F_END = re.compile(r"(?<=[A-Za-z]{2})f f(?![A-Za-z])")           # "plaintif f’s"
RE_SPLIT_FF = re.compile(r"\b([A-Za-z]+f) (f[a-z]+)\b")                   # "dif ferent"
# words that end in "f" before a word of their own that starts with one ("of fees", "if filed",
# "itself forms", "on behalf for"): no split
F_WORDS = frozenset("""of if self itself himself herself themselves oneself myself yourself
ourselves chief brief relief belief proof half behalf thereof hereof whereof serf turf golf gulf
wolf elf shelf deaf loaf roof reef beef chef leaf thief grief motif""".split())
# … but "of" before these is the ff word's head ("of fer", "of fences", "of ficial")
OF_TAILS = re.compile(r"f(?:er(?:s|ed|ing)?|en(?:ce|ces|d|ds|ded|ding|der|ders|sive)|"
                      r"ic(?:e|es|er|ers|ial|ials|ially|iate)|set|spring|shore|line)$")


def rejoin_split_ff(text: str) -> str:
    """`text` with its spaced-out "ff" rejoined, where the document spaces them out (three lone
    "f"s or more); else unchanged."""
    return split_ff_rejoined(text)[0]


def split_ff_rejoined(text: str) -> tuple[str, int]:
    """(`rejoin_split_ff`'s text, how many words it rejoined): the readers say the second, as
    the document's text then differs from its file ("of f icers" reads "officers": a
    researcher's trial 42, P10, found the quotes repaired without a word)."""
    if len(RE_LONE_F_FFI.findall(text)) + len(RE_LONE_F_END.findall(text)) < 3:
        return text, 0
    text, n1 = RE_LONE_F_FFI.subn("ff", text)
    text, n2 = RE_LONE_F_END.subn("ff", text)
    joined = 0

    def join(m: re.Match) -> str:
        nonlocal joined
        left, right = m.group(1), m.group(2)
        if left.lower() in F_WORDS and not (left.lower() == "of" and OF_TAILS.match(right)):
            return m.group(0)
        joined += 1
        return left + right
    return RE_SPLIT_FF.sub(join, text), n1 + n2 + joined


def split_ff_warning(joined: int) -> str:
    """What a reader says when it rejoined `joined` words' spaced-out "ff" (`split_ff_rejoined`)."""
    return (f"{joined} word(s) whose \"ff\" the file spaces out (\"of f icer\", \"plaintif f\") "
            "are read joined (\"officer\"): the passages and their quotes read so, not as the "
            "file prints them")
