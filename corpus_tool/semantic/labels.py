"""Cluster labels: the name of the requirement a cluster's statements share, made the one way the
tool names a group of statements (`corpus_tool.naming`, which also titles indicator drafts).

1. Candidates: the gist of each member nearest the centroid (what it requires, from its aim and
   object, as a noun phrase), in the order a draft's title is ranked (`naming.ranked_titles`:
   whole noun phrases first, the cluster's c-TF-IDF terms covered, backed by the other
   members' words); each also carried on through the prepositional phrases that follow it in
   its statement, cut back before each of them (never before 'of'), and without its aim noun
   ('establishment of effective firewalls …' → 'effective firewalls …'); then phrases a gist
   misses (a list item's gerund with its object, 'right to …', 'access to …').
2. Whole: a candidate is a whole noun phrase of its statement (`naming.title_problem`), no
   clause, and not headed by a body or a place ('Council of Europe', 'Committee on …').
3. Shared: a member holds a candidate when its words hold the candidate's content words (first
   five letters, so 'elimination' is held by 'eliminate'; words the candidate's own statement
   lacks too, such as the gist's 'equal' for 'the same treatment', need not occur; a candidate
   of four content words or more may miss one in three). A candidate held by one member only
   is never a label. The label is the candidate held by SHARED_SHARE of the members read (two
   at least) that the most of them hold (by quarters of the members read; one naming its aim
   counts a quarter more), then the most specific (content words), then the first ranked.
4. A label naming its aim is for the people BENEFICIARY_SHARE of the statements name and
   restrict it to, unless it names them already (`for_whom`).
5. Honest when nothing is shared: the cluster's first c-TF-IDF term of two words or more that is
   a whole noun phrase (the object its statements share, alone); else 'mixed: A; B' of its two
   first terms.
6. A cluster most of whose members speak of one treaty mechanism is named after it
   ('reservations and declarations': `procedure`).
7. One label never repeats another: a later (smaller) cluster takes its next candidate, else its
   next term."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.naming import StatementParts, ranked_titles, title_problem
from corpus_tool.naming.gist import lower_first, sentence_case
from corpus_tool.semantic.items import Item

N_SAMPLE = 12                    # members read per cluster (nearest the centroid first)
SHARED_SHARE = 0.25              # of the members read that hold the label
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset("""the and for with from their its any all such other which that this these
those shall into without within between against among upon under over through nor but not
every each his her our""".split())


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP}


def holds(label: str, text: str, optional: set[str] = frozenset()) -> bool:
    """Does a statement hold a label: its words hold the label's content words (first five
    letters), but for `optional` ones; a label of four or more content words may miss one."""
    want = _stems(label) - optional
    if not want:
        return False
    missing = len(want - _stems(text))
    return missing <= (len(want) >= 4)


def holders(label: str, source: str, texts: Sequence[str]) -> int:
    """How many of `texts` hold a label taken from the statement `source`: the words the label
    has and its own statement has not (the gist's 'equal' for 'the same treatment'), and its
    aim noun ('elimination of …': 'combat' and 'prevent' say it too), need not occur."""
    optional = _stems(label) - _stems(source)
    if _AIM_OF.match(label):                 # the aim noun: 'combat', 'prevent' say it too
        optional |= _stems(label.split()[0])
    return sum(holds(label, t, optional) for t in texts)


# heads that name who: people, the parties, bodies
_WHO = frozenset("""person persons people child children girl girls boy boys woman women man men
worker workers migrant migrants pupil pupils student students parent parents family families
member members national nationals citizen citizens alien aliens refugee refugees victim victims
individual individuals group groups state states party parties government governments committee
authority authorities body bodies organization organizations institution institutions""".split())
_PARTICIPLE = re.compile(r"[a-z]{3,}ed$")


# a label headed by a wrong names what is to be ended: it is named with that aim
_ENDED = {"discrimination": "elimination", "racism": "elimination", "xenophobia": "elimination",
          "segregation": "elimination", "stereotypes": "elimination", "stigma": "elimination",
          "hatred": "elimination", "violence": "prevention", "abuse": "prevention",
          "harassment": "prevention", "exploitation": "prevention", "torture": "prevention",
          "trafficking": "prevention", "neglect": "prevention", "bullying": "prevention"}
_NOUN_ENDINGS = frozenset("""individual national professional proposal approval arrival removal
renewal trial capital material referral disposal criminal tribunal hospital principal
representative initiative executive alternative objective directive beneficiary secretary
salary library summary boundary public""".split())


def _with_aim(label: str) -> str:
    """'discrimination against non-citizens' → 'elimination of discrimination against
    non-citizens', 'violence against girls' → 'prevention of violence against girls'."""
    aim = _ENDED.get(_head(label).lower())
    return f"{aim} of {label}" if aim and not _AIM_OF.match(label) else label


def _adjective(word: str) -> bool:
    """A word that ends a label as a modifier with no noun after it ('temporary special')."""
    w = word.lower()
    return bool(re.search(r"(?:al|ic|ive|ous|ary|ible|able|ful)$", w)) and w not in _NOUN_ENDINGS


def _head(label: str) -> str:
    """The head word as written: the last word before the first preposition."""
    words = label.split()
    for k, w in enumerate(words[1:], 1):
        if w.lower() in ("of", "for", "to", "in", "on", "against", "between", "with", "by",
                         "from", "within", "among", "at"):
            return words[k - 1]
    return words[-1] if words else ""


def _names_who(label: str) -> bool:
    """A label headed by a name ('Council of Europe', 'Committee on Migrant Workers'), or most
    of whose words are names, names a body or a place; one headed by people or by the parties
    ('persons with disabilities', 'States in relation to …') names who, not what is required."""
    words = label.split()
    names = [w for w in words[1:] if w[:1].isupper()] + \
        [w for w in words[:1] if w[:1].isupper() and not w.isupper()]
    head = _head(label)
    return head[:1].isupper() or 2 * len(names) > len(words) or head.lower() in _WHO


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\S")
_ATTACH = frozenset("for to against in between with on from within among at by".split())
_ENDS = frozenset("""shall must should may will which who whose that where when if so whether
unless while because since whereby provided as is are be has have including taking having being
without than such available particular notably especially inter order""".split())
_TAIL = frozenset("""and or of to for in on with by at from the a an their its his her any all
between against among within""".split())
_AIM_OF = re.compile(r"(?i)^[a-z]+(?:tion|sion|ment|ance|ence|al|ing|ure)\s+(?:of|for)\s+(?=\S)")
_GERUND = re.compile(r"(?i)^(?:\(?[a-z0-9]{1,4}[).]\s*)*(?P<p>[a-z]+ing(?:\s+(?:or|and)\s+"
                     r"[a-z]+ing)?\s+[^;:,.()]+)")
_RIGHT_TO = re.compile(r"(?i)\b(?P<p>(?:right|access) to [a-z]+[^;:,.()]*)")
MAX_WORDS = 10
# a verb phrase inside a candidate ('a spouse and to enter into marriage'), a verb the gist kept
_CLAUSE = re.compile(r"(?i)\b(?:and|or) to [a-z]+|^(?:enjoy|have|ensure|take|make|provide|no)\b"
                     r"|\b(?:that|which|who|whose|following)\b")


def _trimmed(words: list[str]) -> list[str]:
    while words and words[-1].lower() in _TAIL:
        words = words[:-1]
    return words


def _continued(phrase: str, text: str) -> str:
    """The phrase carried on through the prepositional phrases that follow it in `text`, up to
    the first punctuation or clause word (MAX_WORDS at most); the phrase when it is not there."""
    toks = _TOKEN.findall(text)
    low = [w.lower() for w in toks]
    words = phrase.split()
    tail = [w.lower() for w in words[-2:]]
    for i in range(len(toks) - len(tail) + 1):
        if low[i:i + len(tail)] == tail:
            j = i + len(tail)
            more = []
            while j < len(toks) and toks[j][0].isalpha() and low[j] not in _ENDS \
                    and not _PARTICIPLE.match(low[j]) and len(words) + len(more) < MAX_WORDS:
                more.append(toks[j])
                j += 1
            return " ".join(_trimmed(words + more))
    return phrase


def _heads(phrase: str) -> list[str]:
    """A phrase and its shorter heads, cut before each attached prepositional phrase (never
    before 'of'), of two words or more."""
    words = phrase.split()
    out = [phrase]
    for k in range(len(words) - 1, 1, -1):
        if words[k].lower() in _ATTACH:
            out.append(" ".join(_trimmed(words[:k])))
    return [x for x in out if len(x.split()) >= 2]


def _phrases(title: str, text: str) -> list[str]:
    """Candidate labels from one gist title of a statement: the title, carried on in its
    statement, their heads, and the same without the aim noun ('establishment of effective
    firewalls …' → 'effective firewalls …')."""
    out = []
    for p in dict.fromkeys([title, _continued(title, text)]):
        for h in _heads(p):
            out.append(h)
            bare = _AIM_OF.sub("", h)
            if bare != h:
                out.append(bare)
    return out


def _own_phrases(text: str) -> list[str]:
    """Phrases a statement holds that a gist misses: a list item's gerund with its object
    ('reducing or abolishing any fees or charges'), a right or an access to something ('right to
    vote', 'access to cultural materials')."""
    clean = " ".join(text.split())
    out = []
    for rx in (_GERUND, _RIGHT_TO):
        m = rx.search(clean)
        if m:
            words = []
            for w in m.group("p").split():
                if w.lower() in _ENDS or len(words) >= MAX_WORDS:
                    break
                words.append(w)
            words = _trimmed(words)
            if len(words) >= 2:
                out.append(" ".join(words))
    return out


def _content(label: str) -> int:
    return len(_stems(label))


def _candidates(group: Sequence[Item], terms: Sequence[str]) -> list[tuple[str, bool]]:
    """The cluster's candidate labels, best first (see the module docstring), each with whether
    it names its aim ('elimination of …', 'right to …', 'access to …')."""
    sample = list(group[:N_SAMPLE])
    parts = [StatementParts(text=it.text, aim=it.aim, object=it.object, actor=it.actor,
                            strength=it.strength) for it in sample]
    texts = [it.text for it in sample]
    need = max(2, round(SHARED_SHARE * len(sample))) if len(sample) > 1 else 1
    found: list[tuple[str, str]] = []
    for title, i in ranked_titles(parts, terms[:6]):
        source = texts[i] if i >= 0 else " ".join(texts)
        found.extend((p, source) for p in _phrases(lower_first(title), source))
    for text in texts:
        found.extend((p, text) for p in _own_phrases(text))
    scored = []
    seen: set[str] = set()
    found = [(_with_aim(label), source) for label, source in found]
    for rank, (label, source) in enumerate(found):
        label = re.sub(r"^(?:a|an|the)\s+", "", label.strip(" ,;:-\u2013\u2014"), flags=re.I)
        if not label or len(label.split()) < 2:
            continue
        label = label if label.split()[0].isupper() else label[:1].lower() + label[1:]
        if label.lower() in seen or _names_who(label) or _CLAUSE.search(label) \
                or _PARTICIPLE.match(label.split()[-1].lower()) or _adjective(label.split()[-1]) \
                or title_problem(sentence_case(label), [source]):
            continue
        seen.add(label.lower())
        n = holders(label, source, texts)
        if n >= min(2, len(sample)):
            aimed = bool(_AIM_OF.match(label)) or label.startswith(("right to", "access to"))
            most = 2 * n > len(sample) or (aimed and 4 * n >= len(sample))
            scored.append(((n >= need, most, min(_content(label), 3), n, -rank), label, aimed))
    scored.sort(key=lambda s: s[0], reverse=True)
    return [(label, aimed) for _, label, aimed in scored]


def _shared_object(terms: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The cluster's terms that are whole noun phrases of two words or more, in term order."""
    return [t for t in terms if len(t.split()) >= 2
            and title_problem(sentence_case(t), texts) is None]


def requirement_labels(groups: Sequence[Sequence[Item]], terms: Sequence[Sequence[str]],
                       fallbacks: Sequence[str]) -> list[str]:
    """One label per group of items (each ordered nearest its centroid first), distinct from the
    others; groups are given largest first, which keep their first choice. `fallbacks` label a
    group where neither a candidate nor a term can be found (its first statement quoted)."""
    labels: list[str] = []
    used: set[str] = set()
    for g, t, fallback in zip(groups, terms, fallbacks, strict=True):
        texts = [it.text for it in g[:N_SAMPLE]]
        who = for_whom([it.beneficiaries for it in g], [it.text for it in g])
        tries = [procedure([it.text for it in g])]
        for label, aimed in _candidates(g, t):
            named = who and not (_people_words(who) - _LINKS) & _people_words(label)
            tries += [f"{label} for {who}", label] if aimed and named else [label]
        tries += _shared_object(t, texts)
        if len(t) >= 2:
            tries.append(f"mixed: {t[0]}; {t[1]}")
        tries.append(fallback)
        label = next((x for x in tries if x and x.lower() not in used), "")
        if not label:
            label = _suffixed(next(x for x in tries if x), t, used)
        used.add(label.lower())
        labels.append(label)
    return labels


def _suffixed(label: str, terms: Sequence[str], used: set[str]) -> str:
    """`label (term)` with the cluster's first term the label does not contain, else `label (k)`."""
    for t in terms:
        cand = f"{label} ({t})"
        if t.lower() not in label.lower() and cand.lower() not in used:
            return cand
    k = 2
    while f"{label} ({k})".lower() in used:
        k += 1
    return f"{label} ({k})"


# the people a beneficiary name and a label word name alike
_SINGULAR = {"children": "child", "women": "woman", "men": "man", "people": "person",
             "persons": "person", "girls": "girl", "boys": "boy", "peoples": "people"}
BENEFICIARY_SHARE = 0.6
_NOBODY = frozenset({"everyone"})
_LINKS = frozenset({"and", "their", "with", "of"})
# a statement speaking of both sexes, of everyone or of the same rights as others does not
# restrict what it requires to the people it names ('Men and women … have the right to marry',
# '(a) The same right to enter into marriage')
_UNRESTRICTED = re.compile(r"\b(?:men|boys|husband|both spouses|both sexes|everyone|every person|"
                           r"all persons|any person|no one|the same rights?|equal rights?)\b", re.I)


def _people_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    return {_SINGULAR.get(w, w[:-1] if w.endswith("s") and len(w) > 3 else w) for w in words}


def for_whom(beneficiaries: Sequence[Sequence[str]], texts: Sequence[str]) -> str:
    """The people at least BENEFICIARY_SHARE of a cluster's statements name and restrict the
    requirement to (a statement that speaks of both sexes, of everyone or of the same rights
    as others restricts it to nobody), '' when none: 'persons with disabilities'. A label that
    names its aim is for them ('access to … for persons with disabilities')."""
    n = len(beneficiaries)
    restricted = [() if _UNRESTRICTED.search(t) else bs
                  for bs, t in zip(beneficiaries, texts, strict=True)]
    counts = Counter(b for bs in restricted for b in dict.fromkeys(bs) if b not in _NOBODY)
    shared = [b for b, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
              if k >= BENEFICIARY_SHARE * n]
    return shared[0] if shared else ""


# treaty mechanisms: a cluster most of whose members speak of one is named after it
_PROCEDURES = (
    ("reservations and declarations", r"\breservations?\b"),
    ("entry into force", r"\b(?:entry|enter|enters|entered) into force\b"),
    ("signature, ratification and accession",
     r"\b(?:ratif\w*|accession|accede|instruments? of \w+|signature)\b"),
    ("denunciation", r"\bdenounc\w*|\bdenunciation\b"),
    ("amendments", r"\bamend(?:s|ed|ment|ments)?\b"),
    ("derogation in a public emergency", r"\bderogat\w*"),
    ("reports to the Committee", r"\breports?\b"),
    ("communications and their admissibility",
     r"\b(?:individual|inter-state|initial) communications?\b"
     r"|\bcommunications? (?:from|submitted|received|concerning)\b|\b(?:in)?admissib\w*"),
    ("election and membership of the Committee", r"\belect\w*|\bnominat\w*|\bterm of office\b"),
    ("settlement of disputes", r"\bdisputes?\b"),
    ("application to territories", r"\bterritories\b"),
    ("provisions accepted as binding",
     r"\b(?:consider\w* (?:itself|themselves) bound|accept\w* as binding)"),
    ("dissemination of the general comment",
     r"\b(?:disseminat\w*|translated)\b.*\bgeneral (?:comment|recommendation)"
     r"|\bgeneral (?:comment|recommendation)\b.*\b(?:disseminat\w*|translated)\b"),
)
PROCEDURES = tuple((name, re.compile(rx, re.I)) for name, rx in _PROCEDURES)
PROCEDURE_SHARE = 0.5


def procedure(texts: Sequence[str]) -> str:
    """The treaty mechanism at least PROCEDURE_SHARE of the texts speak of, the most shared
    first; '' if none."""
    if not texts:
        return ""
    counts = Counter(name for t in texts for name, rx in PROCEDURES if rx.search(t))
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return best[0][0] if best and best[0][1] >= PROCEDURE_SHARE * len(texts) else ""
