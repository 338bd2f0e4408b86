"""A title composed from what a group's statements share, not one member's phrase (issue 15):
the object most members require, under the provision they put before it, with its holder.

Every other candidate title is one statement's own phrase (`group.name_group`), so a group
whose members each say something narrower gets a narrower or off-topic title. Here the
candidate objects are the noun phrases the statements' object parts name (cut at the phrase's
end; a relational head's complement when the object is one: 'access' → 'health services' in
'access to health services'); each is backed by the members that say all its content words. The
object most members say (at least `MIN_SUPPORT` and a third of them) is named by the provision
they make of it where they say it (`bare.completions`: the relational head before it, 'access
to', 'right to', or the act done to it, 'development of'), the one most of them make first; a
right or an access takes the holder the group names ('Access of migrant children to health
care'). The composed title replaces the chosen one when more members say it than say the
chosen title, the chosen title does not already say that object (it names it and says more of
it) and it is a whole noun phrase (`quality.title_problem`); its question is asked from the same
parts ('Does the law guarantee X access to …?'). Deterministic: ties go to the longer, then
alphabetical phrase. No domain vocabulary: the words come from the statements.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from corpus_tool.naming.bare import completions
from corpus_tool.naming.complement import TOKENS
from corpus_tool.naming.gist import NOUN_OF, StatementParts, sentence_case
from corpus_tool.naming.group import Naming, actor_stems, name_group, names_actor, sharing
from corpus_tool.naming.quality import PHRASE_BOUNDARY, question_problem, title_problem
from corpus_tool.naming.syntax import phrase_problem
from corpus_tool.naming.wording import tidy_question

MIN_SUPPORT = 2
MAX_OBJECT_WORDS = 6
MAX_TITLE_WORDS = 12
_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "such", "all", "any", "every",
                "each", "this", "these", "those", "appropriate", "other", "own"}
# heads whose object comes after them ('access to X'): the kind of provision, not its object
_HEADS = {"access": "to", "right": "to", "rights": "to", "entitlement": "to",
          "protection": "against", "freedom": "from", "equality": "in", "respect": "for"}
_STOPS = PHRASE_BOUNDARY - {"and", "of"} | {"that", "which", "who", "including", "as",
                                             "without", "regardless", "irrespective", "whatever"}
# the verb a question asks of a provision's noun ('development of' → 'develop')
_VERB_OF = {n: v for v, n in NOUN_OF.items() if n}
# what no group requires as such: people, duties, the means of a provision
_NOT_OBJECTS = {"persons", "person", "people", "individuals", "everyone", "obligation",
                "obligations", "process", "part", "measures", "steps", "action", "actions"}
_GRANTED = {"access to": "access to", "right to": "the right to", "rights to": "the right to",
            "entitlement to": "an entitlement to"}


def _phrase(tokens: Sequence[str], start: int) -> str:
    """The noun phrase that starts at `start`: determiners skipped, up to a phrase boundary,
    punctuation or `MAX_OBJECT_WORDS` words, with no dangling word at its end."""
    low = [t.lower() for t in tokens]
    i = start
    while i < len(tokens) and low[i] in _DETERMINERS:
        i += 1
    j = i
    while j < len(tokens) and j - i < MAX_OBJECT_WORDS and tokens[j][0].isalpha() and \
            low[j] not in _STOPS:
        j += 1
    if j < len(tokens) and tokens[j][0].isalpha() and low[j] not in _STOPS:
        return ""               # longer than an object phrase: a title cut from it would be cut
    while j > i and low[j - 1] in ("and", "of", "or"):
        j -= 1
    return " ".join(tokens[i:j])


def objects(sp: StatementParts) -> list[str]:
    """The noun phrases one statement's object part names ('effective firewalls'), or for a
    relational head ('access', 'equal access') the phrase it relates to in the statement
    ('access to health services' → 'health services'); a clause ('that …') names none."""
    toks = TOKENS.findall(sp.object or "")
    if not toks or toks[0].lower() in ("that", "whether", "if", "to"):
        return []
    thing = _phrase(toks, 0)
    words = thing.lower().split()
    if not words:
        return []
    if words[-1] in _HEADS:        # the head's complement, where the statement says it
        text = TOKENS.findall(sp.text or "")
        low = [t.lower() for t in text]
        for k in range(len(low) - 1):
            if low[k] == words[-1] and low[k + 1] == _HEADS[words[-1]]:
                inner = _phrase(text, k + 2)
                return [inner] if inner else []
        return []
    return [thing]


def _core_ok(core: str, who: str) -> bool:
    """Whether an object phrase can be what a group requires: not an adverb or a gerund alone
    ('culturally', 'addressing'), not people ('persons', the group's own holders), not a duty
    or a vague means ('obligation', 'measures')."""
    words = core.lower().split()
    last = words[-1]
    if last.endswith(("ly", "ing")) or last in _NOT_OBJECTS:
        return False
    if title_problem(sentence_case(f"provision of {core}")) is not None:
        return False
    return not (who and {w[:5] for w in words} <= {w[:5] for w in who.lower().split()})


def _holder(who: str, texts: Sequence[str]) -> str:
    """The people the group names (`who`) when at least half of its members name them all,
    else '': a right or an access is given the holder most members name, not a few."""
    return who if who and 2 * sharing(who, texts) >= len(texts) else ""


def _provision(core: str, parts: Sequence[StatementParts]) -> tuple[str, str]:
    """(title, kind) of the provision most members make of `core` where they say it
    (`bare.completions`), the kind being its head ('access to', 'development of'), in the form
    most of them give it (then the longer); ('', '') when none makes one."""
    heads: Counter = Counter()
    forms: Counter = Counter()
    for sp in parts:
        for c in dict.fromkeys(completions(core, sp.text)):
            cand = " ".join(c.split())
            if title_problem(sentence_case(cand), [sp.text]) is not None:
                continue
            heads[" ".join(cand.lower().split()[:2])] += 1
            forms[cand] += 1
    if not heads:
        return "", ""
    head = sorted(heads, key=lambda h: (-heads[h], h))[0]
    mine = [f for f in forms if " ".join(f.lower().split()[:2]) == head]
    return sorted(mine, key=lambda f: (-forms[f], -len(f.split()), f.lower()))[0], head


def compose(parts: Sequence[StatementParts], who: str = "",
            chosen: str = "") -> tuple[str, str, int]:
    """(title, question body, support) composed from the group's shared object (see the
    module doc), or ('', '', 0) when no object is shared by enough members or none is made a
    provision, or when the `chosen` title already says the most shared object it can name (it
    names it, and says more of it: 'Right to education … without discrimination' over 'Access
    to education'). The question body is a verb phrase for 'Does the law …?'; the support is
    how many members say every content word of the title without its holder (`group.sharing`)."""
    texts = [sp.text for sp in parts]
    actors = actor_stems(parts)
    cores: dict[str, str] = {}
    for sp in parts:
        for o in objects(sp):
            if not names_actor(o, actors) and _core_ok(o, who):
                cores.setdefault(o.lower(), o)
    backed = {k: sharing(k, texts) for k in cores}
    enough = [k for k in backed if backed[k] >= MIN_SUPPORT and 3 * backed[k] >= len(texts)]
    for k in sorted(enough, key=lambda k: (-backed[k], -len(k.split()), k)):
        plain, head = _provision(cores[k], parts)
        if not plain:
            continue
        if chosen and sharing(k, [chosen]):
            return "", "", 0
        rest = plain[len(head):].strip()
        granted = _GRANTED.get(head)
        if head == "rights to":         # 'the rights to work, to …': one right named
            plain = f"right to {rest}"
        title, holder = plain, _holder(who, texts)
        if granted and holder and len(plain.split()) + len(holder.split()) + 1 <= MAX_TITLE_WORDS:
            title = f"{granted.split()[-2]} of {holder} to {rest}"
        title = sentence_case(title)
        if len(title.split()) > MAX_TITLE_WORDS or title_problem(title) or phrase_problem(title):
            continue
        if granted:
            body = " ".join(f"guarantee {holder} {granted} {rest}".split())
        elif head.split()[0] == "protection" and head.split()[1] in ("against", "from"):
            body = f"protect {holder or 'everyone'} {head.split()[1]} {rest}"
        elif head in _VERB_OF:
            body = f"{_VERB_OF[head]} {rest}"
        else:
            body = f"provide for {title[:1].lower()}{title[1:]}"
        return title, body, sharing(plain, texts)
    return "", "", 0


def name_composed(parts: Sequence[StatementParts], *, who: str, status: bool,
                  **kw) -> Naming:
    """`group.name_group`'s naming, or the title composed from what the members share
    (`compose`) when more of them say it than say the chosen title and no other group of the
    area has it (`taken`, lower case); its question from the same parts, the title's status
    condition kept."""
    nm = name_group(parts, who=who, status=status, **kw)
    title, body, backed = compose(parts, who, nm.title)
    if not title:
        return nm
    texts = [sp.text for sp in parts]
    base = re.sub(r"(?i)\s+regardless of residence status$", "", nm.title)
    if backed <= sharing(base, texts) or title.lower() == base.lower():
        return nm
    provision = title[:1].lower() + title[1:]
    question = tidy_question(f"Does the law {body}")
    if status and nm.title != base:
        title = f"{title} regardless of residence status"
        question = tidy_question(f"Does the law {body} regardless of residence status")
    if question_problem(question) or title.lower() in kw.get("taken", ()):
        return nm               # … or another group of the area has the title
    return replace(nm, title=title, question=question, provision=provision)
