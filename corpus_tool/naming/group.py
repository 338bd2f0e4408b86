"""Naming a group of statements from what they require: the one way the tool names a group,
whether an indicator's evidence or a cluster.

The provision each statement makes (its gist, `gist.statement_gist`: a noun phrase for the title,
a verb phrase for the question, from the statement's own aim, object and wording) is a candidate,
read as the noun phrase it names (`noun_phrase`). The title is the gist that best says what the
group shares: it covers the group's key phrases (class-based TF-IDF against the other groups,
given by the caller), is backed by the other statements' words, and is a whole noun phrase of a
statement (never cut, never garbled: `quality.title_problem`; parsed as one noun phrase:
`syntax.phrase_problem`), and no other group's title. When every gist is a clause or a fragment,
the statements' parses are read for the provision they make (`parsed.parsed_gist`: 'Involvement
of foreign residents in public inquiries'), then for the noun phrase that says most of the
coder's words and key phrases (`syntax.noun_phrases`). The question asks whether the law
provides that (a guarantee to no one named: 'guarantee access to …', not 'guarantee everyone
…', nationals too). A group nobody named (no coder's id) of `SHARED_MIN_SOURCES` statements or
more is named by what they share, not by one source's words: a gist whose every content word at
least half of the statements say comes first; when there is none, the first key phrase at least
half of them say, alone (`shared_phrase`). Who the statements bind (their actor, and the duty
bearers 'States parties', 'the Committee', 'Member States') is never a title on its own
(`names_actor`).
A title naming a means without what it is about takes its object from the statements
(`complement`: 'Bilateral agreements' → 'Bilateral agreements to prevent abuses …'), and so do
the coder's words naming one ('special measures' → '… aimed at …'); a bare subject takes what
the statements require of it, a right its holder (`bare`), a coder's one word its complement
(`anchor.coder_word`: 'Alternatives to detention'). A statement with no aim and object is a
candidate by its form (`statement_phrase`); a group mostly of definitions is named as one;
'States parties respect …' is a clause. No domain vocabulary: words come from the statements.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from corpus_tool.naming.anchor import RELATIONAL, anchor_phrase, coder_word
from corpus_tool.naming.bare import complete, is_bare, names_people
from corpus_tool.naming.complement import with_act, with_object
from corpus_tool.naming.gist import NOUN_OF, Gist, StatementParts, sentence_case, statement_gist
from corpus_tool.naming.parsed import parsed_gist
from corpus_tool.naming.quality import carried_on, question_problem, title_problem, ungarbled
from corpus_tool.naming.statement_phrase import DEFINITION, act_first, definition, noun_phrase_item
from corpus_tool.naming import syntax
from corpus_tool.naming.syntax import noun_phrases, phrase_problem
from corpus_tool.naming.wording import (states_verb, fill, phrase_generic, provides, tidy,
                                        tidy_question)

MAX_TITLE_WORDS = 12
CODED_BONUS = 0.15     # a coder's own statement is a likelier name than a suggested one
SHARED_MIN_SOURCES = 3  # a group nobody named, of this many statements: named by what they share
_STRENGTH_RANK = {"obligation": 0, "prohibition": 0, "recognition": 1, "recommendation": 2,
                  "permission": 3}
_WORD = re.compile(r"[a-z][a-z'-]+")
_ADJECTIVAL = re.compile(r"(?i)^[a-z]+(?:al|ic|ive|ous|ary|ible|able|ful)$")
_ADJ_NOUNS = {"individual", "national", "nationals", "rights", "approval", "renewal", "removal",
              "arrival", "trial", "capital", "material", "referral", "disposal", "proposal"}
# who a provision binds, whatever the statement's actor part says: never a title on its own
_DUTY_BEARERS = {"state", "states", "party", "parties", "government", "governments", "committee",
                 "committees", "member", "members", "contracting", "authority", "authorities",
                 "signatory", "signatories", "high"}
_BEARERS = {w[:6] for w in _DUTY_BEARERS}
_ABOUT_STATUS = re.compile(r"(?i)\b(?:status|regular\w*|irregular\w*|undocumented|residen\w*|"
                           r"permits?|visas?|regulari[sz]\w*)\b")


@dataclass(frozen=True, slots=True)
class Naming:
    """How a group reads: title, question, provision (lower-case noun phrase for the scale), who
    (may be empty), the key phrases it was named from, the index of the title's statement."""
    title: str
    question: str
    provision: str
    who: str
    key_phrases: tuple[str, ...]
    source_index: int


def _stem(w: str) -> str:
    return w[:6]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall((text or "").lower()) if len(w) > 2}


def _coverage(title: str, keys: Sequence[str]) -> float:
    """How much of the key phrases (first ones weigh most) a title says."""
    ts = _stems(title)
    s = 0.0
    for rank, k in enumerate(keys):
        ks = _stems(k)
        if ks and ks <= ts:
            s += 1.0 / (1 + rank)
        elif ks & ts:
            s += 0.4 / (1 + rank)
    return s


def noun_phrase(title: str) -> str:
    """A clause read as the noun phrase it names: 'Women migrant workers have access to legal
    assistance' → 'Access to legal assistance for women migrant workers'; 'Working conditions
    are equivalent in all sectors' → 'Equivalent working conditions in all sectors'; 'X are able
    to join Y' → 'Ability of X to join Y'. Others unchanged."""
    t = re.sub(r"^\(?[a-zA-Z0-9]{1,3}[.)]\s*", "", " ".join(title.split()))
    t = re.sub(r"(?i)^(?:(?:a|an|the|any|every)\s+)?(?:(?:substantial|large|certain|significant)"
               r"\s+)?(?:part|kind|form|type|sort)s?\s+of\s+(?=\S)", "", t)
    t = re.sub(r"^(?:The\s+)?[Ss]ame\s+(?=\w+\s+(?:to|for|of|in)\b)", "Equal ", t)
    t = t[:1].upper() + t[1:]
    m = re.match(r"(?i)^(?:an?\s+|the\s+)?(?:obligation|duty|commitment)\s+to\s+(?P<v>[a-z]+)\s+"
                 r"(?:all\s+|any\s+)?(?P<o>\S.*)$", t)
    if m and NOUN_OF.get(m.group("v").lower()):
        return f"{NOUN_OF[m.group('v').lower()].capitalize()} the {m.group('o')}"
    m = re.match(r"(?i)^prohibition of (?:the\s+)?(?P<r>rights?\s+(?:to|of)\s.+)$", t)
    if m:       # what is prohibited is discrimination in the right, not the right
        return f"{m.group('r')[:1].upper()}{m.group('r')[1:]} without discrimination"
    m = re.match(r"(?i)^(?P<s>.+?)\s+(?:has|have|shall have|enjoys?|receives?)\s+(?:the\s+|a\s+)?"
                 r"(?P<r>right|rights)\s+(?P<rest>to\s.+)$", t)
    if m:
        return f"Right of {_lower(m.group('s'))} {m.group('rest')}"
    m = re.match(r"(?i)^(?P<s>.+?)\s+(?:has|have|enjoys?|receives?|obtains?)\s+(?P<r>.+)$", t)
    if m and len(m.group("s").split()) <= 6 and len(m.group("r").split()) >= 2 and not re.match(
            r"(?i)(?:been|not|no|to|\w+ed)\b", m.group("r")) and \
            not m.group("s").lower().endswith(" to"):     # 'Right to receive …' is no clause
        return f"{m.group('r')[:1].upper()}{m.group('r')[1:]} for {_lower(m.group('s'))}"
    m = re.match(r"(?i)^(?P<s>.+?)\s+(?:is|are)\s+able\s+to\s+(?P<r>.+)$", t)
    if m:
        return f"Ability of {_lower(m.group('s'))} to {m.group('r')}"
    m = re.match(r"(?i)^(?P<s>.+?)\s+(?:is|are)\s+(?P<a>[a-z]+)(?P<r>(?:\s.+)?)$", t)
    if m and not m.group("a").lower().endswith(("ed", "en")) and m.group("a").lower() not in (
            "not", "to", "a", "an", "the", "also", "being"):
        return f"{m.group('a')[:1].upper()}{m.group('a')[1:]} {_lower(m.group('s'))}{m.group('r')}"
    return act_first(t)


def _lower(s: str) -> str:
    first = s.split()[0] if s.split() else ""
    return s if first.isupper() and len(first) > 1 else s[:1].lower() + s[1:]


def _candidates(parts: Sequence[StatementParts]) -> list[tuple[int, Gist]]:
    """Each statement's gist, and the gist of the group as a whole (copular statements about one
    subject merged: 'free' + 'compulsory' + 'the same' service), marked with index -1."""
    out = []
    for i, sp in enumerate(parts):
        g = definition(sp.text) or statement_gist(sp) or noun_phrase_item(sp.text)
        if g is not None:
            out.append((i, g))
    subjects = [g.subject for _, g in out if g.subject]
    if len(subjects) >= 2:
        title, question, provision = phrase_generic(statements=parts, who="{who}", status=False)
        q = re.sub(r"\s+for$", "", re.sub(r"^Does the law\s+", "", question).rstrip("?"))
        out.append((-1, Gist(title=title, question=q[:1].lower() + q[1:],
                             provision=provision)))
    return out


_FUNCTION_WORDS = {"the", "and", "for", "with", "their", "its", "his", "her", "all", "any",
                   "such", "which", "that", "this", "these", "those", "from", "into", "under",
                   "other", "each", "every", "not"}


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall((text or "").lower())
            if len(w) > 2 and w not in _FUNCTION_WORDS}


def sharing(title: str, texts: Sequence[str]) -> int:
    """How many of the statements say everything a title says: each of its content words (by
    stem) is in the statement."""
    return _sharing(title, [_stems(t) for t in texts])


def _sharing(title: str, word_sets: Sequence[set[str]]) -> int:
    """`sharing` over the statements' stems (`_stems`), made once per group, not per title."""
    ts = _content_stems(title)
    return sum(ts <= ws for ws in word_sets) if ts else 0


def actor_stems(parts: Sequence[StatementParts]) -> set[str]:
    """The stems of who the statements bind: their actor parts and the duty bearers of
    international instruments ('States parties', 'the Committee', 'Member States')."""
    return _stems(" ".join(sp.actor for sp in parts)) | {_stem(w) for w in _DUTY_BEARERS}


def names_actor(title: str, actors: set[str]) -> bool:
    """Whether a title says no more than who acts ('States parties', 'The Committee'): each of
    its content words (by stem) is an actor's."""
    ts = _content_stems(title)
    return bool(ts) and ts <= actors


def shared_phrase(keys: Sequence[str], texts: Sequence[str], taken: Collection[str] = (),
                  actors: set[str] | None = None) -> str:
    """What the statements share when none of their gists is: the first key phrase of the
    group (class-based TF-IDF, first ones weigh most) that at least half of them say (a shared
    gist's bar in `name_group`), as they phrase it (`anchor_phrase`: with its relational head,
    'access to', 'right to'), passing over the `taken` titles (lower case) and any phrase that
    names only the `actors` (`names_actor`); '' when there is none."""
    word_sets, actors = [_stems(t) for t in texts], actor_stems([]) if actors is None else actors
    for k in keys:
        if 2 * _sharing(k, word_sets) < len(texts) or names_actor(k, actors):
            continue
        phrase = " ".join(anchor_phrase(k.split(), texts).split()) or k
        if title_problem(sentence_case(phrase), texts) is None and \
                sentence_case(phrase).lower() not in taken and not names_actor(phrase, actors):
            return phrase
    return ""


# what no rewording after the choice mends (a pronoun gets its holder, a means its object)
_NO_PHRASE = syntax.REASONS | {"clause", "not a noun phrase", "question"}


_COMPLEMENT = re.compile(r"(?i)\s(?:of|to|for|on|in|against)\s")


def _named_in(texts: Sequence[str], keys: Sequence[str], hint_words: Sequence[str], who: str,
              taken: Collection[str], actors: set[str]) -> str:
    """When no statement's gist is a whole noun phrase: the noun phrase of the statements
    (`syntax.noun_phrases`, parsed) that says most of the coder's words, then one with its
    complement ('restrictions on political activity' over 'further restrictions': a provision,
    not a subject), then most of the key phrases, held by the most statements; of two content
    words or more, not who acts or who benefits, not a name ('Secretary-General'), not another
    group's title, passing both checks; '' when none does."""
    hints = {w[:5] for w in _stems(" ".join(hint_words))}
    people = _stems(who) | actors
    word_sets = [_stems(t) for t in texts]
    best, top = "", None
    for phrase in dict.fromkeys(p for t in texts for p in noun_phrases(t)):
        title = sentence_case(phrase)
        content = _content_stems(title)
        if len(content) < 2 or content <= people or title.lower() in taken or all(
                w[:1].isupper() for w in phrase.split() if len(w) > 3) or \
                title_problem(title, texts) or phrase_problem(title):
            continue
        said = {w[:5] for w in content}
        score = (len(hints & said), bool(_COMPLEMENT.search(title)),
                 round(_coverage(title, keys), 6),
                 _sharing(title, word_sets), -len(title.split()), title)
        if top is None or score > top:
            best, top = title, score
    return best


def _provision_saying(subject: str, texts: Sequence[str], taken: Collection[str]) -> Gist | None:
    """The provision, read from its parse (`parsed_gist`), of the statements that say a bare
    subject ('Reasonable time': '… applications … be processed within a reasonable time' →
    'Processing of applications within a reasonable time'), keeping the subject's words, whole
    and not another group's; the one most statements make (then the shorter, then
    alphabetical), or None."""
    words = _content_stems(subject)
    found: dict[str, list[Gist]] = {}
    for text in texts:
        g = parsed_gist(text, gerund=True) if words <= _content_stems(text) else None
        if g is not None and words <= _content_stems(g.title) and \
                g.title.lower() not in taken and not phrase_problem(g.title) and \
                not title_problem(g.title, [text]):
            found.setdefault(g.title, []).append(g)
    if not found:
        return None
    best = sorted(found, key=lambda t: (-len(found[t]), len(t.split()), t))[0]
    return found[best][0]


def name_group(parts: Sequence[StatementParts], *, keys: Sequence[str], who: str,
               status: bool, hint_words: Sequence[str] = (),
               annotated: Sequence[bool] = (), taken: Collection[str] = ()) -> Naming:
    """Title, question and provision of one group (see the module doc). `hint_words`: the words
    of the coder's indicator id, if any, looked for in the statements first. `annotated`: which
    statements a coder chose (their wording is preferred to a suggested statement's). `taken`:
    titles other groups of the area already have (lower case), which what a group nobody named
    shares does not repeat."""
    texts = [sp.text for sp in parts]
    word_sets = [_stems(t) for t in texts]
    anchor = " ".join((anchor_phrase(hint_words, texts) if hint_words else "").split())
    if anchor and title_problem(sentence_case(anchor), texts) == "vague":
        anchor = with_object(anchor, parts)     # 'special measures' → '… aimed at …'
    if anchor and len(anchor.split()) >= 2 and not title_problem(sentence_case(anchor), texts):
        keys = [anchor, *keys]
    else:
        anchor = ""
    anchor_stems = _stems(anchor)
    hint_stems = {w[:5] for w in _stems(" ".join(hint_words))}
    by_share = not hint_words and len(texts) >= SHARED_MIN_SOURCES
    actors = actor_stems(parts)
    cands = _candidates(parts)
    defs = sum(g.title.startswith(DEFINITION) for i, g in cands if i >= 0)
    defining = defs >= 2 and 3 * defs >= len(texts)     # a group of definitions is named as one
    best = None
    for phase in (cands, None):
        if phase is None:       # every gist a clause or a fragment: the statements' parses
            if best is not None and best[4] not in _NO_PHRASE:
                break
            phase = [(i, p) for i, p in enumerate(parsed_gist(t) for t in texts) if p]
        for i, g in phase:
            own = texts if i < 0 else [texts[i]]
            title = tidy(re.sub(r"\bby its\b", "by the", noun_phrase(g.title)))
            if i >= 0 and title_problem(title, own) == "cut":
                title = tidy(carried_on(title, texts[i]))
            problem = phrase_problem(title) or title_problem(title, own)
            if len(title.split()) > MAX_TITLE_WORDS:
                problem = problem or "long"
            if names_actor(title, actors):
                problem = "actor"
            elif len(title.split()) > 2 and names_actor(" ".join(title.split()[:2]), _BEARERS):
                problem = "clause"      # 'States parties respect the right of …': who acts first
            ts = _stems(title + " " + g.question)
            support = sum(len(ts & w) / (len(ts | w) or 1) for k, w in enumerate(word_sets)
                          if k != i) / max(1, len(word_sets) - (i >= 0))
            says_anchor = anchor_stems <= _stems(title + " " + g.question)
            says_hint = bool(hint_stems) and hint_stems <= {w[:5] for w in _stems(title)}
            coded = i < 0 or not annotated or annotated[i]
            shared = by_share and 2 * _sharing(title, word_sets) >= len(texts) and \
                title.lower() not in taken and problem != "actor"
            score = (problem is None, title.lower() not in taken, shared, says_anchor,
                     says_hint and not defining, defining and title.startswith(DEFINITION),
                     problem == "long",
                     round(_coverage(title, keys) + 4 * support + CODED_BONUS * coded, 6),
                     -_STRENGTH_RANK.get(parts[i].strength, 4), -len(title.split()), title)
            if best is None or score > best[0]:
                best = (score, i, title, g, problem)
    named = sentence_case(" ".join(hint_words))
    if best is None and len(hint_words) >= 2 and title_problem(named) is None:
        keys = [named.lower(), *keys]   # no statement names a provision: the coder's words do
    if best is None:            # no statement gives a provision to name: the key phrases do
        said = [k for k in keys if not names_actor(k, actors)] or ["provision"]
        kp = next((k for k in said if len(k.split()) >= 2), said[0])
        title = sentence_case(kp)
        named_in = _provision_saying(title, texts, taken) if is_bare(title) else None
        if named_in is not None:    # a bare subject: what a statement that says it requires
            title, kp = named_in.title, _lower(named_in.title)
        question = f"Does the law provide for {kp}" + (f" for {who}" if who else "") + "?"
        return Naming(title=title, question=tidy_question(question), provision=kp, who=who,
                      key_phrases=tuple(keys), source_index=0)
    _, i, title, g, problem = best
    if by_share and not best[0][2]:      # no statement's gist is most sources': what they share
        common = complete(with_object(shared_phrase(keys, texts, taken, actors), parts), parts)
        if common:
            return Naming(title=sentence_case(common), provision=_lower(common), who=who,
                          question=tidy_question(f"Does the law provide for {_lower(common)}"
                                                 + (f" for {who}" if who else "") + "?"),
                          key_phrases=tuple(keys), source_index=0)
    gist_title = title
    relational = anchor and anchor.split()[0].lower() in RELATIONAL | {"equal"}
    said = {w[:5] for w in _stems(anchor)}
    extra = [w for w in hint_words if w[:5] not in said and _ADJECTIVAL.search(w)
             and w.lower() not in _ADJ_NOUNS]
    if anchor and (relational or not best[0][0] or not best[0][3] or not best[0][4] and extra
                   or len(title.split()) > MAX_TITLE_WORDS):
        # the statements' own phrase for what the coder named, unless a statement names the
        # provision it makes about that subject in a short, whole title that says what the
        # coder said; the coder's qualifying words the statements do not use go before it
        # ('intercultural' teacher training)
        title = sentence_case(" ".join(extra + [_lower(anchor)]) if extra and not relational
                              else anchor)
    elif not best[0][0] and not best[0][6] and len(hint_words) >= 2 and \
            title_problem(named) is None and phrase_problem(named) is None:
        title = named     # no statement names it in a whole phrase: the coder's own words do
    elif problem in _NO_PHRASE:      # a clause or a fragment: a noun phrase the statements say
        title = _named_in(texts, keys, hint_words, who, taken, actors) or title
    title = complete(ungarbled(with_object(title if title == gist_title else with_act(
        title, parts), parts), gist_title, texts), parts)
    if is_bare(title):  # still a bare subject: the provision a statement that says it makes
        said = _provision_saying(title, texts, taken)
        if said is not None:
            title, g, gist_title = said.title, said, said.title
    if len(hint_stems) == 1 and not hint_stems <= {w[:5] for w in _stems(title)}:
        title = coder_word(hint_words, parts, taken) or title
    if who and re.match(r"(?i)right to \w+ (?:their|his or her) ", title):
        title = f"Right of {who} {title[6:]}"   # 'their' needs its antecedent
    if title.lower() in taken:   # another group of the area has it: a phrase of this one's
        title = _named_in(texts, keys, hint_words, who, taken, actors) or title
    provision = _lower(title)
    q = g.question
    m = re.match(r"(?i)prohibit\s+(?:the\s+)?(rights?\s+(?:to|of)\s.+)$", q)
    if m:       # 'prohibit the right to X': it is discrimination in X that is prohibited
        q = f"guarantee the {m.group(1)} without discrimination"
    if not who:
        q = re.sub(r"\s+for\s+\{who\}", "", q)
    who_q = who or "everyone"
    if status and not _ABOUT_STATUS.search(title):
        title = f"{title} regardless of residence status"
        who_q = f"{who_q}, whatever their residence status,"
    elif not who:       # no one named: what is guaranteed, not to 'everyone' (nationals too)
        q = re.sub(r"^guarantee \{who\} ", "guarantee ", q)
    question = tidy_question(fill("Does the law " + q + "?", who=who_q))
    asks_other = title != gist_title and not _stems(title) <= _stems(f"{gist_title} {q} {who}")
    asks_whom = re.match(r"(?i)(?:require|oblige|compel)\s+(.+)$", q)  # … to do what?
    if question_problem(question) or not states_verb(q, parts[max(i, 0)]) or asks_other or (
            asks_whom and names_people(asks_whom.group(1))):
        question = tidy_question(provides(provision))
    return Naming(title=tidy(title), question=question, provision=provision, who=who,
                  key_phrases=tuple(keys), source_index=max(i, 0))
