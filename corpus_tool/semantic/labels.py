"""Cluster labels that name a requirement: a whole noun phrase taken from what the cluster's
statements require ("free and compulsory primary education", "effective firewalls between
schools and immigration enforcement"), chosen by the cluster's distinctive words (class-based
TF-IDF, as for `terms`, which stay the label's support).

1. Where: each statement's requirement region, its sentence from the aim on (the actor and the
   words before it dropped: `requirement.predicate`), for the members nearest the centroid.
2. Candidates: noun phrases of those regions by part-of-speech pattern (modifiers, nouns,
   coordination, up to two attached prepositional phrases; 'to' attaches only to a right, an
   access, …), from the trained spaCy pipeline's tagger, and the phrases holding the aim (the
   statement's aim as a gerund with its object, 'right to <verb>', an aim verb's noun with its
   object: `naming`); always a whole phrase of a statement: never cut before 'of' nor after an
   aim noun ('participation' without 'in …'), never headed by a word naming no content
   ('basis of …'), never two phrases run together.
3. Choice: the candidate that contains the cluster's top terms and whose words are the most
   distinctive of the cluster and the most shared by its statements, with a cost per word;
   a phrase naming the aim ('right to vote', 'access to …', 'reducing … fees') weighs double,
   one naming only people or bodies is a last resort, a single word weighs less. The chosen
   phrase is named with its aim when statements give it one ('elimination of discrimination
   against women'), a phrase naming only a wrong with its prevention, and with the people most
   statements name and restrict it to when it names an aim ('… for persons with
   disabilities'). A cluster of procedural clauses is named after its treaty
   mechanism ('reservations and declarations': `naming.procedure`).
4. One label never repeats another: a later (smaller) cluster takes its next candidate, else
   the people its statements name, else its next distinctive term.
5. A second opinion (`label_choice`, fitted on judged labels) replaces the label only when it
   is sure the label is poor and sure of another candidate.
6. The phrase the members share (`shared`: the head most use, with the modifiers, complement
   and aim most give it) replaces a label few members hold (`label_choice.shared_instead`).
7. A label never stays one word, the terms joined or a cut phrase (`whole`): it gives way to
   the treaty mechanism a third of the members speak of, else to the whole phrase most members
   hold; a cluster of chapeaux is named by the rights they introduce.

Over 400 lines on purpose: one chooser, whose candidates, scores and choice share the phrase
pattern and the word lists.

Without the trained pipeline (`spacy.blank`) there are no tags: the label is the cluster's top
terms joined, as before."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.naming.bare import PEOPLE
from corpus_tool.naming.group import sharing
from corpus_tool.semantic import label_choice, whole
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.naming import (AIM_NOUNS, PREPS, PROCEDURES, aim_spans,
                                         content_words, for_whom, gerund_spans, head_stem,
                                         key_of, procedure, stem, with_aim)
from corpus_tool.semantic.requirement import predicate
from corpus_tool.semantic.shared import Shared, shared_label
from corpus_tool.statements.stage import load_pipeline

N_SAMPLE = 12                    # members read per cluster (nearest the centroid first)
MAX_WORDS = 9
MAX_CHARS = 300                  # of each requirement region
WORD_COST = 0.03                 # per word, against word scores normalised to the best word
SEEN_BONUS = 0.3                 # × log2 of the statements a phrase occurs in
TERM_WEIGHT = 0.5                # a phrase containing the k-th term gains TERM_WEIGHT / k
N_TERMS_COVERED = 5
ONE_WORD = 0.4
WHO_ONLY = 0.1                   # a phrase naming only people or bodies: a last resort
COMPOSED_SHARE = 0.25          # of the statements sharing an aim with its object
MECHANISMS = frozenset(name for name, _ in PROCEDURES)
AIM_BONUS = 2.0                  # a phrase holding the aim: 'right to vote', 'reducing … fees'

# heads that name no requirement of their own (generic legal and discourse words)
_EMPTY_HEADS = frozenset("""
measure measures step steps action actions effort efforts means way ways provision provisions
article articles paragraph paragraphs convention conventions covenant protocol charter
instrument instruments treaty party parties state states government governments committee
committees view views light regard respect account effect extent case cases matter matters
basis part parts kind type types form forms order terms term purpose purposes context fact
need needs issue issues question questions time times level levels area areas field fields
set number reference end basis detail details weight manner means way respect regard
day days week weeks month months year years potential territory territories
""".split())
_POSTNOMINAL = frozenset({"concerned", "involved"})
# heads naming when a requirement applies, not what it requires ('valid reason')
_CONDITIONS = frozenset("reason ground circumstance exception condition case".split())


def _word_weights(groups: Sequence[Sequence[Item]]) -> list[dict[str, float]]:
    """Class-based TF-IDF of single (stemmed) content words, each group's best word = 1."""
    tf = [Counter(w for it in g for w in content_words(it.text)) for g in groups]
    total = Counter()
    for c in tf:
        total.update(c)
    avg = sum(total.values()) / max(1, len(groups))
    out = []
    for c in tf:
        n = sum(c.values()) or 1
        s = {w: k / n * math.log(1 + avg / total[w]) for w, k in c.items()}
        top = max(s.values(), default=0.0) or 1.0
        out.append({w: v / top for w, v in s.items()})
    return out


def _classes(doc) -> str:
    """One letter per token: D determiner, A modifier, N noun, S possessive, C and/or,
    P preposition that attaches a noun phrase, O anything else."""
    out = []
    for i, t in enumerate(doc):
        tag = t.tag_
        hyph = tag == "HYPH" or (i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH"
                                 and not t.whitespace_) or (
            i and doc[i - 1].tag_ == "HYPH" and not doc[i - 1].whitespace_)
        if tag in ("NN", "NNS", "NNP", "NNPS"):
            out.append("N")
        elif hyph or tag in ("JJ", "JJR", "JJS", "VBN", "CD"):
            out.append("A")
        elif tag == "POS":
            out.append("S")
        elif tag in ("DT", "PDT", "PRP$"):
            out.append("D")
        elif tag == "CC" and t.lower_ in ("and", "or"):
            out.append("C")
        elif t.text == ",":
            out.append("M")
        elif tag in ("IN", "TO") and t.lower_ in PREPS and (
                t.lower_ != "to" or _to_head(doc, out, i)):
            out.append("P")              # 'to' attaches to a right or access, not to a verb
        else:
            out.append("O")
    return "".join(out)


_BASE = r"(?:[AN](?:[ANS]|C(?=[AN]))*)?N"
_LIST = rf"(?:{_BASE}M)+{_BASE}C{_BASE}"          # "conferences, seminars and other events"
_NP = re.compile(rf"(?:{_LIST}|{_BASE})(?:PD?{_BASE}){{0,2}}")
# leading words that restrict nothing ("such remedies", "possible misperceptions")
_TO_HEADS = frozenset("""right access entitlement threat obstacle barrier harm exposure
contribution commitment obligation duty respect protection assistance equality treatment
return admission referral transfer""".split())
# heads that name an aim as a noun ('participation in public life', 'access to education')
_AIM_HEADS = frozenset("""right access participation protection elimination prevention recognition
maintenance equality freedom reduction abolition guarantee granting reintegration rehabilitation
recovery""".split())
_PLURAL_NOUNS = frozenset("rights arms affairs customs goods news sales services".split())
_LEADING = frozenset("""such own other possible same certain various relevant necessary
particular respective above-mentioned aforementioned said""".split())


def _to_head(doc, classes: list[str], i: int) -> bool:
    """'to' at i follows a noun phrase headed by a right, an access, … ('right of girls and
    women to education'), not a verb ('entitled without discrimination to protection')."""
    j = i - 1
    while j >= 0 and i - j <= 7 and classes[j] in "ANDSCP":
        if classes[j] == "N" and doc[j].lower_ != "rights" and stem(doc[j].lower_) in _TO_HEADS:
            return True
        j -= 1
    return False


def _phrases(doc, actor: str, aim: str = "") -> list[tuple[str, bool]]:
    """Noun phrases of one tagged text: each maximal phrase and its shorter heads (without the
    attached prepositional phrases, never cut before 'of'), and the bare noun phrase inside
    each attached prepositional phrase ('social protection' in 'the right of elderly persons to
    social protection'), then the phrases holding an aim (`_verbal`), each with True; leading
    determiners dropped, at most MAX_WORDS words."""
    cls = _classes(doc)
    actor_l = " ".join(actor.lower().split())
    out = []
    for m in _NP.finditer(cls):
        start, end = m.start(), m.end()
        preps = [j for j in range(start + 1, end) if cls[j] == "P"]
        spans = [(start, stop) for stop in [end] + [j for j in reversed(preps)
                                                    if doc[j].lower_ != "of"]]
        for j in preps:                                  # the noun phrase inside a PP
            inner = j + 1 + (cls[j + 1] == "D")
            stop = next((q for q in preps if q > inner and doc[q].lower_ != "of"), end)
            spans.append((inner, stop))
        for begin, stop in spans:
            text = _phrase(doc, begin, stop, actor_l)
            if text:
                out.append((text, False))
    for begin, stop in gerund_spans(doc, cls, aim.lower(), _NP):
        text = _phrase(doc, begin, stop, actor_l)
        if text:
            out.append((text, True))
    return out


def _phrase(doc, begin: int, stop: int, actor_l: str) -> str:
    """The text of tokens begin..stop as a label candidate, '' when it cannot be one."""
    while begin < stop - 1 and doc[begin].lower_ in _LEADING:
        begin += 1
    text = " ".join(doc[begin:stop].text.split())
    if not 1 <= len(text.split()) <= MAX_WORDS:
        return ""
    head = stem(doc[stop - 1].lower_)
    content = set(content_words(text))
    if len(head) < 3 or not content or content <= _EMPTY_HEADS:
        return ""
    if head in _EMPTY_HEADS or _empty_head_of(text):
        return ""                       # 'basis of …', 'territories in respect'
    if stop < len(doc) and doc[stop].lower_ == "of":
        return ""                       # cut before its 'of'
    if stop < len(doc) and doc[stop].lower_ in _POSTNOMINAL:
        return ""                       # cut before 'concerned' ('the person concerned and …')
    if head_stem(text) in ("right", "access") and " to " not in f" {text.lower()} ":
        return ""                       # a right without what it is a right to
    if (stop < len(doc) and doc[stop].tag_ in ("IN", "TO")
            and stem(doc[stop - 1].lower_) in _AIM_HEADS):
        return ""                       # 'participation' cut before 'in hostilities'
    if _plural_modifier(doc, begin, stop):
        return ""
    if actor_l and text.lower() in actor_l:
        return ""
    first = doc[begin]
    if not (first.tag_ in ("NNP", "NNPS") or first.text.isupper()):
        text = text[:1].lower() + text[1:]
    return text


def _empty_head_of(text: str) -> bool:
    """A word naming no content is the head of a prepositional phrase ('basis of equality',
    'detail in a language'; 'respect for the environment' names one)."""
    words = text.lower().split()
    return any(w in PREPS and w != "for" and stem(words[k - 1]) in _EMPTY_HEADS
               for k, w in enumerate(words[1:], 1))


def _plural_modifier(doc, begin: int, stop: int) -> bool:
    """A regular plural noun directly before another noun ('migrant workers treatment'): two
    noun phrases run together, not one ('human rights education' is one)."""
    for t, nxt in zip(doc[begin:stop - 1], doc[begin + 1:stop]):
        if (t.tag_ == "NNS" and t.lower_.endswith("s") and t.lower_ not in _PLURAL_NOUNS
                and nxt.tag_ in ("NN", "NNS", "JJ") and t.whitespace_):
            return True
        if t.tag_ in ("NN", "NNS", "NNP", "NNPS") and nxt.tag_ == "VBN":
            return True                  # 'Committee written explanations': a verb's two objects
    return False


def _score(phrase: str, weights: dict[str, float], support: Counter, n: int, seen: int,
           people: set[str], terms: Sequence[set[str]], aimed: bool = False) -> float:
    words = content_words(phrase)
    if not words:
        return 0.0
    have = set(words)
    gain = sum(weights.get(w, 0.0) * support[w] / n for w in have)
    gain += sum(TERM_WEIGHT / (k + 1) for k, t in enumerate(terms) if t and t <= have)
    if have <= people | PEOPLE or head_stem(phrase) in people | PEOPLE:   # who, not what
        gain *= WHO_ONLY
    names = [w for w in phrase.split()[1:] + phrase.split()[:1] if w[:1].isupper()]
    if 2 * len(names) >= len(words):                  # names bodies or places ('Council of Europe')
        gain *= WHO_ONLY
    if len(phrase.split()) == 1:       # one word rarely names a requirement
        gain *= ONE_WORD
    if aimed or head_stem(phrase) in _AIM_HEADS:
        gain *= AIM_BONUS              # names what is done, not only what it is done to
    return gain * (1 + SEEN_BONUS * math.log2(seen)) - WORD_COST * len(phrase.split())


def _ranked(group: Sequence[Item], weights: dict[str, float], docs, terms: Sequence[str],
            people: set[str]) -> tuple[list[str], Shared]:
    """The candidates of one cluster, best first, and the phrase its members share
    (`shared`); `people`: the words of every beneficiary name of the corpus. A phrase that is the object of an aim verb in some statement is named
    with that aim ('discrimination against women' → 'elimination of discrimination against
    women', the aim most statements give it); an aim with its object competes on its own when
    COMPOSED_SHARE of the statements share it."""
    n = len(group)
    support = Counter(w for it in group for w in set(content_words(it.text)))
    aims = {stem(it.aim) for it in group if it.aim and " " not in it.aim.strip()}
    seen: Counter = Counter()
    shown: dict[str, str] = {}
    aimed: set[str] = set()
    named: dict[str, Counter] = {}                    # object → its aims with the object
    composed: set[str] = set()
    phrases: list[list[str]] = []                    # each member's noun phrases
    objects: list[list[tuple[str, str]]] = []        # each member's aims with their objects
    words: dict[str, str] = {}
    for it, doc in zip(group, docs):
        found: dict[str, bool] = {}
        for p, has_aim in _phrases(doc, it.actor, it.aim):
            found[p] = found.get(p, False) or has_aim
        phrases.append([p for p in found if stem(p.rsplit(None, 1)[-1].lower()) not in aims])
        objects.append([])
        for noun, obj, verb in _composed(doc):
            objects[-1].append((noun, obj))
            named.setdefault(key_of(obj), Counter())[noun] += 1
            found.setdefault(f"{noun} {obj}", True)
            composed.add(f"{noun} {obj}".lower())
            words.setdefault(f"{noun} {obj}".lower(), f"{verb.lower()} {obj}")   # as written
        for p, has_aim in found.items():
            key = p.lower()
            if stem(key.rsplit(None, 1)[-1]) in aims:
                continue                   # a verb the tagger took for a noun
            seen[key] += 1
            shown.setdefault(key, p)
            if has_aim:
                aimed.add(key)
    keep = [k for k in shown if k not in composed or seen[k] >= max(2, COMPOSED_SHARE * n)]
    tsets = [set(content_words(t)) for t in terms[:N_TERMS_COVERED]]
    scored = {k: _score(words.get(k, shown[k]), weights, support, n, seen[k], people, tsets,
                        k in aimed) for k in keep}
    out = []
    for k in sorted(scored, key=lambda k: (-scored[k], len(k), k)):
        if scored[k] > 0:
            nouns = named.get(key_of(k))
            best = min(nouns, key=lambda a: (-nouns[a], a)) if nouns else ""
            out.append(f"{best} {shown[k]}" if best else shown[k])

    def usable(head: str) -> bool:                    # a head naming content, not people
        return (len(head) >= 3 and head not in _EMPTY_HEADS | PEOPLE | _CONDITIONS | aims
                and head not in {stem(w) for w in people})

    common = shared_label(phrases, objects, usable, [it.text for it in group], weights)
    return list(dict.fromkeys(out)), common


def _composed(doc) -> list[tuple[str, str, str]]:
    """(aim noun with its preposition, object phrase, the verb as written) of each aim verb of
    one tagged text."""
    cls = _classes(doc)
    out = []
    for noun, begin, stop, verb in aim_spans(doc, cls, _NP):
        text = _phrase(doc, begin, stop, "")
        if (text and not text[:1].isupper() and len(text.split()) < MAX_WORDS - 1
                and head_stem(text) not in _AIM_HEADS):      # not 'recognition of right to …'
            out.append((noun, text, verb))
    return out


def _tagged(texts: list[str]):
    pipe = load_pipeline("auto")
    if not pipe.trained:
        return None
    nlp = pipe.nlp
    keep = [p for p in nlp.pipe_names if p in ("tok2vec", "tagger", "attribute_ruler")]
    with nlp.select_pipes(enable=keep):
        return list(nlp.pipe(texts, batch_size=64))


def requirement_labels(groups: Sequence[Sequence[Item]], terms: Sequence[Sequence[str]],
                       fallbacks: Sequence[str]) -> list[str]:
    """One label per group of items (each ordered nearest its centroid first), distinct from the
    others; groups are given largest first, which keep their first choice. `fallbacks` label a
    group where no noun phrase can be found (its top terms, or its first statement quoted).
    The rules' label gives way only when the fitted second opinion is sure (`label_choice`),
    and never stays one word, a list of terms or a cut phrase (`whole`)."""
    signals = label_signals(groups, terms)
    if signals is None:
        return _unique(list(fallbacks), terms)
    labels, used = [], set()
    for gi, sig in enumerate(signals):
        label = _choose(sig.ranked, groups[gi], terms[gi], fallbacks[gi], used)
        label = label_choice.second_opinion(label, sig, used)
        if label_choice.shared_instead(label, sig, used):
            label = _choose([sig.shared.label], groups[gi], terms[gi], label, used)
        if _poor(label, sig):
            chapeau = whole.chapeau_label(sig.texts)
            if chapeau and chapeau.lower() not in used:
                label = chapeau
        if whole.shape_problem(label):
            label = _whole(label, sig, used)
        used.add(label.lower())
        labels.append(label)
    return labels


def _whole(label: str, sig: label_choice.Signals, used: set[str]) -> str:
    """What replaces a label of no reader's shape (`whole`): the treaty mechanism a third of
    the members speak of, else the whole phrase most members hold; the label when none is."""
    mechanism = procedure(sig.texts, whole.FEW_MECHANISM)
    if mechanism and mechanism.lower() not in used:
        return mechanism
    return whole.rebuilt([c for c in sig.ranked + [sig.shared.label] + sig.gist_titles
                          if c and not sig.who(c)], sig.texts, used) or label


def _poor(label: str, sig: label_choice.Signals) -> bool:
    """A label no reader keeps by its shape, or that few of the members read hold (a treaty
    mechanism's name is an honest label whoever holds it)."""
    if label in MECHANISMS:
        return False
    return bool(whole.shape_problem(label)) or (
        sharing(label, sig.texts) <= label_choice.FEW_HOLD * len(sig.texts))


def label_signals(groups: Sequence[Sequence[Item]],
                  terms: Sequence[Sequence[str]]) -> list[label_choice.Signals] | None:
    """What the second opinion reads of each group (`label_choice.Signals`), None without a
    trained spaCy pipeline."""
    sample = [list(g[:N_SAMPLE]) for g in groups]
    texts = [predicate(it)[:MAX_CHARS] for g in sample for it in g]
    docs = _tagged(texts) if texts else []
    if docs is None:
        return None
    weights = _word_weights(groups)
    people = {w for g in groups for it in g for b in it.beneficiaries for w in content_words(b)}
    everyone = people | PEOPLE

    def who(label: str) -> bool:                 # names people, bodies or places, not what
        have = set(content_words(label))
        names = [w for w in label.split()[1:] + label.split()[:1] if w[:1].isupper()]
        return (bool(have) and have <= everyone or head_stem(label) in everyone
                or 2 * len(names) >= max(1, len(have)))

    out, pos = [], 0
    for gi, g in enumerate(sample):
        ranked, common = _ranked(g, weights[gi], docs[pos:pos + len(g)], terms[gi], people)
        pos += len(g)
        out.append(label_choice.Signals(ranked, [it.text for it in g], label_choice.gists(g),
                                        weights[gi], who, _names_aim, common))
    return out


def _choose(ranked: list[str], group: Sequence[Item], terms: Sequence[str], fallback: str,
            used: set[str]) -> str:
    """A cluster of procedural clauses is named after its treaty mechanism; else its best
    candidate, for the people most of its statements name; when taken by a larger cluster, the
    next candidate not taken."""
    mechanism = procedure([it.text for it in group])
    if mechanism and mechanism.lower() not in used:
        return mechanism
    if not ranked:
        return fallback if fallback.lower() not in used else _suffixed(fallback, terms, used)
    whom = [it.beneficiaries for it in group]
    texts = [it.text for it in group]
    for cand in ranked[:4]:
        if not _names_aim(cand):
            cand = with_aim(cand, head_stem(cand))
        who = for_whom(whom, cand, texts)
        tries = [f"{cand} for {who}", cand] if who and _names_aim(cand) else \
            [cand, f"{cand} for {who}"] if who else [cand]
        for label in tries:
            if label.lower() not in used:
                return label
    return _suffixed(ranked[0], terms, used)


def _names_aim(label: str) -> bool:
    """Does a label name what is done ('access to …', 'elimination of …', 'right to vote')?"""
    first = label.split()[0].lower()
    return head_stem(label) in _AIM_HEADS or first.endswith("ing") or first in AIM_NOUNS


def _suffixed(label: str, terms: Sequence[str], used: set[str]) -> str:
    """`label (term)` with the cluster's first distinctive term the label does not contain."""
    words = set(content_words(label))
    for t in terms:
        cand = f"{label} ({t})" if label else t
        if not set(content_words(t)) <= words and cand.lower() not in used:
            return cand
    k = 2
    while f"{label} ({k})".lower() in used:
        k += 1
    return f"{label} ({k})"


def _unique(labels: list[str], terms: Sequence[Sequence[str]]) -> list[str]:
    used: set[str] = set()
    out = []
    for label, t in zip(labels, terms):
        if label.lower() in used or not label:
            label = _suffixed(label, t, used)
        used.add(label.lower())
        out.append(label)
    return out
