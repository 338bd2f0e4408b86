"""Headings a statute's PDF sets in body type, found by their words, for the PDF reader.

Francophone statutes made in Word set each article's heading on a line of its own with a full
stop ("Article 43.", "Article Premier."), and a chapter's or section's heading with its number,
a stop and a dash ("Chapitre premier. - Dispositions générales.", "CHAPITRE IV : DROITS …",
"Section II. - Champ d'application …"), in bold of the body's size: the layout gives no sign
of a heading, and a heading that does not end on a stop runs on into the lines after it
("Section II. - Champ d'application … personnel Article 2."). Read as paragraphs, no article
was found in Senegal's data protection law (a researcher's trial 20: every provision cited
"p. 17 ¶ 4" under the explanatory memorandum's heading). The Gazette of India sets "THE
SCHEDULE" so, and its penalty table was cited as part of the Act's last section.
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.textclean import FIRST, ROMAN

ARTICLE_WORD = r"(?:Article|ARTICLE|Art\.|Art[ií]culo|ART[ÍI]CULO|Artigo|ARTIGO)"
NUMBER = rf"(?:\d{{1,3}}[a-z]?|{ROMAN}|(?i:{FIRST}|premi[èe]re|1er))"
# "Article 43." / "Article Premier." alone: its number, a stop or a colon, nothing else
RE_BARE_ARTICLE = re.compile(rf"^{ARTICLE_WORD}\s+{NUMBER}(?:\s*[.:])?$")
# a division's heading with its number, then a stop and a dash or a colon, then its title
DIVISION_WORD = (r"(?:Chapitre|CHAPITRE|Section|SECTION|Titre|TITRE|Cap[ií]tulo|CAP[ÍI]TULO|"
                 r"Secci[óo]n|SECCI[ÓO]N|T[ií]tulo|T[ÍI]TULO)")
RE_DIVISION_DASH = re.compile(rf"^{DIVISION_WORD}\s+{NUMBER}\s*(?:\.\s*[-–—]|:)\s*\S")
# where the next heading run on into it starts: " Section II. -", " Article 33."
RE_NEXT_HEADING = re.compile(rf"\s(?={DIVISION_WORD}\s+{NUMBER}\s*(?:\.\s*[-–—]|:)"
                             rf"|{ARTICLE_WORD}\s+{NUMBER}\s*[.:]?$)")
RE_ENDS_CLAUSE = re.compile(r"[.:;!?][’”\"')\]]*$")
# a statute's schedule or annex headed in capitals alone on its line: "THE SCHEDULE"
RE_SCOPE_LINE = re.compile(rf"^(?:THE\s+)?(?:SCHEDULE|ANNEX|ANNEXE|APPENDIX)(?:\s+{NUMBER})?$")


def statute_headings(blocks: list[Block]) -> list[Block]:
    """`blocks` with the headings of the module doc made headings: a bare article heading
    after a finished paragraph or a heading (not "… in accordance with / Article 5.", a
    wrapped reference), and a division heading, cut where a heading run on into it starts;
    a line in capitals right after a heading in capitals that ends mid-phrase ("… DE DONNEES
    A" / "CARACTERE PERSONNEL") is that heading's end."""
    out: list[Block] = []
    for b in blocks:
        text = b.text.strip()
        prev = out[-1] if out else None
        if b.kind != "para" or b.note or b.locator:
            out.append(b)
        elif RE_BARE_ARTICLE.match(text) and (prev is None or prev.kind == "heading"
                                              or RE_ENDS_CLAUSE.search(prev.text.rstrip())):
            out.append(replace(b, kind="heading"))
        elif RE_SCOPE_LINE.match(text):
            out.append(replace(b, kind="heading"))
        elif RE_DIVISION_DASH.match(text) and len(text) < 400:
            cuts = [0] + [m.end() for m in RE_NEXT_HEADING.finditer(text)] + [len(text)]
            out += [replace(b, text=text[a:z].strip(), kind="heading", breaks=())
                    for a, z in zip(cuts, cuts[1:]) if text[a:z].strip()]
        elif prev is not None and prev.kind == "heading" and RE_DIVISION_DASH.match(prev.text) \
                and prev.text.isupper() and text.isupper() and len(text) < 80 \
                and not RE_ENDS_CLAUSE.search(prev.text) and prev.page == b.page:
            out[-1] = replace(prev, text=f"{prev.text} {text}")
        else:
            out.append(b)
    return out
