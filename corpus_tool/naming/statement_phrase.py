"""Names a statement gives when it makes no provision of its own (`gist.statement_gist` finds no
aim and object): a definition ('the term "racial discrimination" shall mean …' → 'Definition of
racial discrimination') and an item of a list that is itself a noun phrase ('Effective,
proportionate and dissuasive sanctions for breach of the right to equality;' → 'Effective,
proportionate and dissuasive sanctions'), cut before a preposition to `MAX_WORDS`.

Treaty bodies' comments and recommendations state much of what they require this way (lists of
what a law must contain, definitions a provision rests on); without these, a group of them is
named by one of its few clauses with a verb, whatever that clause is about. Read from the text's
form alone: no domain vocabulary.
"""
from __future__ import annotations

import re

from corpus_tool.naming.gist import NOUN_OF, PROVIDE, Gist, clean_text, shorten, sentence_case
from corpus_tool.naming.quality import title_problem

MAX_WORDS = 12
DEFINITION = "Definition of "     # how a definition's title opens
# 'the term "discrimination" (as used in …) shall mean / includes / refers to'
_DEFINES = re.compile(
    r"(?i)\bthe\s+(?:term|expression|notion|concept)\s+(?:of\s+)?(?:[“\"‘'](?P<q>[^”\"’']{2,60})"
    r"[”\"’']|(?P<t>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?))[\s,]+(?:[^.;:]{0,80}?\s)?"
    r"(?:shall mean|means|shall include|includes|refers to|should be understood|is understood|"
    r"covers)\b")
# '(b) Indirect discrimination refers to …', 'Harassment is a form of …'
_X_REFERS = re.compile(r"^[“\"‘']?(?P<t>[A-Za-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)[”\"’']?"
                       r"(?:\s+(?:under|in)\s+the\s+\w+)?\s+(?:also\s+)?(?:refers to|means|"
                       r"is defined as|shall mean|includes|occurs when|is a form of)\b")
# a verb of a clause: the item is no bare noun phrase
_VERB = re.compile(r"(?i)\b(?:shall|must|should|will|would|may|might|can|could|is|are|was|were|"
                   r"be|been|being|has|have|had|do|does|did|means|includes|refers|requires|"
                   r"undertakes?|ensures?|provides?|recogni[sz]es?|takes?|adopts?|"
                   r"recommends?|urges?|calls?|notes?|considers?|observes?)\b")


def definition(text: str) -> Gist | None:
    """'Definition of X' for a statement that defines the term X; None otherwise."""
    t = clean_text(text)
    m = _DEFINES.search(t) or _X_REFERS.match(t)
    if not m:
        return None
    term = " ".join((m.groupdict().get("q") or m.group("t") or "").split()).strip(" ,")
    if not term or len(term.split()) > 5:
        return None
    term = term if term.split()[0].isupper() and len(term.split()[0]) > 1 else term.lower()
    np = f"{DEFINITION.lower()}{term}"
    return Gist(title=sentence_case(np), question=f"define {term} for {{who}}", provision=np)


def noun_phrase_item(text: str) -> Gist | None:
    """An item of a list that is itself a noun phrase (no verb), shortened to `MAX_WORDS`
    before a preposition; None when the statement has a verb or gives no whole phrase."""
    t = clean_text(text)
    first = t.split()[0].lower() if t else ""
    if not t or _VERB.search(t) or len(t.split()) < 2 or not t[0].isalpha() or \
            first in PROVIDE and not NOUN_OF.get(first) or first.endswith("ing"):
        return None     # 'Provide …', 'Developing …': a clause whose verb the parse missed
    acts = bool(NOUN_OF.get(first))
    if acts:                        # 'establish the necessary institutions' → 'Establishment of'
        np = NOUN_OF[first] + " " + re.sub(r"(?i)^(?:all|any)\s+", "", t.split(None, 1)[1])
        question = f"{first} {t.split(None, 1)[1]}"
    np = shorten(np if acts else t, MAX_WORDS)
    np = np[:1].upper() + np[1:] if np else ""
    if not np or len(np.split()) < 2 or title_problem(np, [text]) is not None:
        return None
    if not acts:
        question = f"provide for {np[:1].lower() + np[1:]} for {{who}}"
    return Gist(title=np, question=question, provision=np[:1].lower() + np[1:])


def act_first(title: str) -> str:
    """A reduced clause whose participle names an act, read as that act's noun phrase:
    'Administrative and financial barriers to accessing services removed' → 'Removal of
    administrative and financial barriers to accessing services'; others unchanged."""
    words = title.split()
    last = words[-1].lower().strip(",;:.") if len(words) > 2 else ""
    verb = next((v for v in (last[:-1], last[:-2]) if last.endswith("ed") and NOUN_OF.get(v)),
                "")
    if not verb:
        return title
    rest = " ".join(words[:-1])
    return sentence_case(f"{NOUN_OF[verb]} {rest[:1].lower()}{rest[1:]}")
