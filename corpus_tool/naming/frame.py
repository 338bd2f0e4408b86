"""Who a draft's question is asked of: a legal right, prohibition or guarantee is asked of the
law ('Does the law guarantee …?'); a policy, plan, programme, data, training or information is
asked of the country or its authorities ('Has the country adopted …?', 'Do the authorities
collect …?'), since a law cannot collect data or promote teaching. `frame_question` also
removes a doubled phrase ('provide for provision of'), completes a phrase the parse cut, keeps
the condition the title states ('regardless of residence status'), and says a treaty's own words
('another Party', a dangling 'respectively') as a country's; `asks_policy` tells the scale which
frame the question took.
"""
from __future__ import annotations

import re

from corpus_tool.naming.wording import GIST_VERBS, counted, provides, with_article

LAW = "Does the law "
AUTHORITIES = "Do the authorities "
COUNTRY = "Has the country "

# acts of government, not of a law: the authorities do them
_POLICY_ACTS = {"encourage", "promote", "facilitate", "collect", "develop", "maintain",
                "liberalise", "liberalize", "disseminate", "organise", "organize", "fund",
                "conduct", "monitor", "train", "raise", "take"}
# what a law itself does to a provision, beyond the verbs the gist rules use
_LAW_ACTS = GIST_VERBS | {"define", "address", "recognize", "require", "forbid", "outlaw",
                          "entitle", "oblige", "regulate", "extend", "fulfil", "fulfill"}
# aims a law cannot reach by itself: the authorities take measures to
_AIMS = {"eliminate", "combat", "avoid", "reduce", "prevent", "eradicate", "overcome"}
# what an authority has or provides, named by the head of the noun phrase after 'provide for'
_ADOPTED = {"policy", "policies", "plan", "plans", "strategy", "strategies", "programme",
            "programmes", "program", "programs", "approach"}
_CONCLUDED = {"agreements", "agreement", "arrangements"}
_COLLECTED = {"data", "statistics"}
_PROVIDED = {"training", "information", "campaigns", "campaign"}
_PROMOTED = {"awareness"}
_SERVICES = {"classes", "courses"}
# a phrase's head ends before its complement
_COMPLEMENT = re.compile(r"\b(?:of|to|for|in|on|by|with|designed|aimed|that|which|at|about|"
                         r"against|among|between|from)\b")
# a base-form verb right after the question's verb: the parse took the wrong verb
_SECOND_VERB = re.compile(r"^\w+ (?:receive|have|be|get|obtain|enjoy|take|make|give)\b")
_CONDITION = re.compile(r"(?i)\s+((?:regardless|irrespective) of [\w' -]+?"
                        r"|whatever their [\w' -]+?)$")


# the act named before what it makes: the question names the act itself ("Has the country
# concluded concluding bilateral agreements to prevent abuses …?": trial 37, P8)
_ACT = re.compile(r"(?i)^(?:the\s+)?(?:(?:adoption|conclusion)\s+of|adopting|concluding)\s+")


def _head_words(phrase: str) -> list[str]:
    m = _COMPLEMENT.search(phrase)
    return (phrase[:m.start()] if m else phrase).lower().split()


def _article(phrase: str) -> str:
    first = phrase.split()[0].lower() if phrase.split() else ""
    words = _head_words(phrase)
    if first in {"a", "an", "the", "any"} or not words or words[-1].endswith("s"):
        return phrase
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def _provided(rest: str) -> str | None:
    """'provide for X' reframed by the head of X, or None when X is something a law provides."""
    m = re.match(r"(?i)(?:the )?adoption of (.+)$", rest)
    if m:
        return f"{COUNTRY}adopted {m.group(1)}"
    rest = _ACT.sub("", rest)
    head = _head_words(rest)
    if head and head[-1] in _ADOPTED:
        return f"{COUNTRY}adopted {_article(rest)}"
    if any(w in _CONCLUDED for w in head[-1:]):
        return f"{COUNTRY}concluded {rest}"
    if any(w in _COLLECTED for w in head[-1:]):
        return f"{AUTHORITIES}collect {rest}"
    if head and head[0] in _PROMOTED:
        return f"{AUTHORITIES}promote {rest}"
    if any(w in _PROVIDED for w in head[-1:]):
        return f"{AUTHORITIES}provide {counted(rest)}"
    return None


_WORD = re.compile(r"[a-z][a-z-]{3,}")      # 'non-citizens' is not 'citizens'


def _unglued(body: str, who: str) -> str:
    """Without the beneficiary phrase glued after what already says whom the provision covers:
    a condition ('without discrimination for persons with disabilities') or the people named
    ('provide for the right of the child for children', '… participation of children for
    children and migrants')."""
    tail = f" for {who}"
    if not who or not body.endswith(tail):
        return body
    before = body[:-len(tail)]
    named = {w[:5] for w in _WORD.findall(before.lower())}
    people = {w[:5] for w in _WORD.findall(who.lower())} - {"their", "other"}
    if re.search(r"(?i)\bwithout discrimination$", before) or named & people:
        return before
    return body


def _completed(body: str, provision: str) -> str:
    """The provision's phrase whole where the question has it cut ('… regional or minority for
    minorities' → '… regional or minority languages for minorities'): the parse cut the object
    the title was completed with."""
    words = provision.split()
    for k in range(len(words) - 1, max(2, len(words) - 3), -1):    # its last word or two cut
        cut = " ".join(words[:k])
        if re.search(rf"(?i)\b{re.escape(words[k])}\b", body):
            continue
        m = re.search(rf"(?<!\w){re.escape(cut)}(?=(?: for [\w ,]+)?$)", body)
        if m:
            return body[:m.start()] + provision + body[m.end():]
    return body


# a treaty's words for the States bound by it, said of the country a question is asked about
_COUNTRY_WORDS = (
    (re.compile(r"\b(?:another|any other) (?:(?:High )?Contracting |Member )?(?:State )?Party\b"),
     "another country"),
    (re.compile(r"\bother (?:(?:High )?Contracting |Member )?(?:States )?Parties\b"),
     "other countries"),
    (re.compile(r"\b(?:in|on|within) (?:the territory of (?:the|a|any|each) (?:High )?"
                r"Contracting (?:States?|Party|Parties)|(?:its|their) territory)\b"),
     "in the country"),
    (re.compile(r"\b(?:the territory of )?(?:the|a|any|each) (?:High )?Contracting "
                r"(?:States?|Party|Parties)\b"), "the country"),
)


def country_words(text: str) -> str:
    """A treaty's words for the States bound by it ('the Contracting Party', 'on its
    territory', 'another Party') said of the country a draft is about: a title or a question is
    read without the treaty around it."""
    for pattern, said in _COUNTRY_WORDS:
        text = pattern.sub(said, text)
    return text


def frame_question(question: str, title: str = "", provision: str = "", who: str = "") -> str:
    """The question asked of whom can answer it, without a doubled phrase, with the title's
    condition. A question not in the 'Does the law …?' form is returned as it is. `who`: the
    people the group names, dropped where it is glued after a condition, or after what the
    country adopts or concludes for everyone (a plan, an agreement against abuses)."""
    if not question.startswith(LAW):
        return question
    body = _unglued(question[len(LAW):].rstrip("?").strip(), who)
    body = re.sub(r"(?i)^provide for (?:the )?provision of ", "provide for ", body)
    first = body.split(" ", 1)[0].lower()
    if provision and (_SECOND_VERB.match(body) or first not in _LAW_ACTS | _POLICY_ACTS | _AIMS):
        # two verbs, or a verb no law does ('communicate equivalence …'): ask the provision
        body = provides(re.sub(r"(?i)^provision of ", "", provision))[len(LAW):].rstrip("?")
    body = _completed(body, provision) if provision else body
    verb, _, rest = body.partition(" ")
    verb_l = verb.lower()
    out = None
    if verb_l == "provide" and rest.lower().startswith("for "):
        out = _provided(rest[4:]) or f"{LAW}provide for {with_article(rest[4:])}"
    elif verb_l == "provide" and set(_head_words(rest)) & (_PROVIDED | _COLLECTED | _SERVICES):
        # 'provide training', not 'provide free education'; 'provide a … procedure'
        out = f"{AUTHORITIES}provide {counted(rest)}"
    elif verb_l == "adopt":
        out = f"{COUNTRY}adopted {rest}"
    elif verb_l in _POLICY_ACTS:
        out = f"{AUTHORITIES}{body}"
    elif verb_l in _AIMS:
        out = f"{AUTHORITIES}take measures to {body}"
    out = (out or LAW + body).rstrip("?").strip()
    out = re.sub(r",?\s+respectively$", "", out)   # the list it refers to is not in the question
    out = country_words(out)
    if who and out.startswith(COUNTRY) and out.endswith(f" for {who}"):
        out = out[:-len(f" for {who}")]
    cond = _CONDITION.search(title or "")
    if cond and not re.search(r"(?i)\b(?:regardless|irrespective|whatever)\b", out):
        out = f"{out} {cond.group(1)}"
    return out + "?"


def adopted(provision: str) -> tuple[str, str] | None:
    """How a country makes a plan, policy or agreement its own and what it is, with its article
    (('adopted', 'a national policy designed to …'), ('concluded', 'bilateral agreements …')),
    or None when the provision is none of these."""
    rest = _ACT.sub("", provision)
    head = _head_words(rest)[-1:]
    if head and head[0] in _ADOPTED:
        return "adopted", _article(rest)
    if head and head[0] in _CONCLUDED:
        return "concluded", rest
    return None


def asks_policy(question: str) -> bool:
    """Whether the question is asked of the country or its authorities, not of the law."""
    return question.startswith((AUTHORITIES, COUNTRY))
