"""Documents the statements stage found nothing in, with the likely cause, so a corpus never
comes out silently empty (issue 13): a document with passages and no statements gets one
warning naming why — none of its passages in the language the stage reads, every passage
located in a preamble (its articles not recognised), or no normative wording at all."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter

from corpus_tool.store.db import iter_passages, list_documents

READ_LANGUAGE = "en"          # the language the statements stage reads
RE_NORMATIVE = re.compile(r"\b(?:shall|must|may|should|undertakes?|agree|is entitled|have the "
                          r"right|has the right|prohibited)\b", re.I)


def unread(lang: str) -> bool:
    """Is this a known language the statements stage does not read ("" is not known)? Such a
    text has no strength, fits no area and shares no key terms with English wording."""
    return bool(lang) and lang != READ_LANGUAGE


def empty_document_warnings(conn: sqlite3.Connection) -> list[str]:
    """One warning per document that has passages but no statements."""
    counts = dict(conn.execute("SELECT doc_id, COUNT(*) FROM statements GROUP BY doc_id"))
    out = []
    for doc in list_documents(conn):
        if counts.get(doc.id):
            continue
        passages = list(iter_passages(conn, doc.id))
        if passages:
            out.append(f"{doc.id}: 0 statements in {len(passages)} passages — "
                       f"{likely_cause(passages)}")
    return out


def likely_cause(passages: list) -> str:
    """Why a document's passages gave no statement, from what its passages look like."""
    langs = Counter(p.lang for p in passages)
    read = [p for p in passages if p.lang == READ_LANGUAGE]
    shown = ", ".join(f"{lang} ({n})" for lang, n in langs.most_common(3))
    if not read:
        return (f"no passage is in {READ_LANGUAGE!r} (found {shown}); statements are extracted "
                f"from {READ_LANGUAGE!r} passages only")
    if 10 * len(read) < len(passages):      # a document in another language, a stray line or two
        return (f"only {len(read)} of {len(passages)} passages are in {READ_LANGUAGE!r} (found "
                f"{shown}); statements are extracted from {READ_LANGUAGE!r} passages only")
    preamble = [p for p in read if "preamble" in (p.locator or "").lower()
                or "preamble" in (p.heading or "").lower()]
    if len(preamble) == len(read):
        return ("every passage is located in the preamble, where recitals are not statements: "
                "the document's articles were probably not recognised (check its locators with "
                "`corpus-tool docs show ID`)")
    worded = [p for p in read if RE_NORMATIVE.search(p.text)]
    if worded:          # e.g. a protocol whose only duties are its final clauses
        return (f"{len(worded)} passage(s) have normative wording (shall, must, may, undertake…) "
                "but none reads as a statement: final clauses, procedure and definitions are "
                "not statements (`corpus-tool docs show ID` shows the passages)")
    return ("no passage has normative wording (shall, must, may, undertake…): the document may "
            "be descriptive (a report, a judgment's facts) or its text may be garbled")
