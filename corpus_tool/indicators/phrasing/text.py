"""Wording of indicator drafts: topics, groups concerned, titles, questions, scales, rationales.

Deterministic templates filled from the statements themselves (their object, aim, beneficiaries,
strength and the documents they come from). No external service. The topic templates live in
`corpus_tool/data/indicator_topics.yaml` (a project may override them with
`indicators/topics.yaml`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.formats import load_yaml

BINDING_STRENGTHS = ("obligation", "prohibition")


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    areas: tuple[str, ...]
    terms: tuple[str, ...]
    title: str
    question: str
    provision: str


def load_topics(project_indicators_dir: Path | None = None) -> list[Topic]:
    """The topic templates: the project's `indicators/topics.yaml` if present, else the packaged
    ones. A malformed entry is refused with the file, line and field."""
    path: Path | None = None
    if project_indicators_dir is not None and (project_indicators_dir / "topics.yaml").exists():
        path = project_indicators_dir / "topics.yaml"
        data = load_yaml(path)
    else:
        ref = resources.files("corpus_tool") / "data" / "indicator_topics.yaml"
        with resources.as_file(ref) as p:
            path = Path(p)
            data = load_yaml(path)
    topics = []
    seen = set()
    for i, t in enumerate((data or {}).get("topics") or []):
        for field in ("id", "areas", "terms", "title", "question", "provision"):
            if not t.get(field):
                from corpus_tool.formats import yaml_line_of
                raise InputError(f"topic {i + 1} has no `{field}`", path=path,
                                 line=yaml_line_of(path, ["topics", i]),
                                 fix="every topic needs id, areas, terms, title, question, provision")
        if t["id"] in seen:
            raise InputError(f"duplicate topic id {t['id']!r}", path=path, fix="make ids unique")
        seen.add(t["id"])
        topics.append(Topic(id=str(t["id"]), areas=tuple(t["areas"]),
                            terms=tuple(str(x).lower() for x in t["terms"]),
                            title=str(t["title"]), question=str(t["question"]),
                            provision=str(t["provision"])))
    return topics


# --- matching statements to topics ----------------------------------------------------------------

def _norm(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip() + " "


def topic_scores(topics: Sequence[Topic], *, text: str, focus: str = "", area: str | None = None
                 ) -> list[tuple[float, Topic]]:
    """Score each topic for one statement: a term found in the focus (object + aim) counts
    twice, in the full text once; a topic of the statement's area gets a small bonus; ties are
    broken by topic order in the file. Best first; topics without any hit are left out."""
    full, foc = _norm(text), _norm(focus)
    out = []
    for rank, t in enumerate(topics):
        s = 0.0
        for term in t.terms:
            needle = _norm(term)
            if needle.strip() and needle in full:
                # longer phrases are more telling than single words
                w = 1.0 + 0.5 * (len(needle.split()) - 1)
                s += w * (2.0 if needle in foc else 1.0)
        if s <= 0:
            continue
        if area and area in t.areas:
            s *= 1.5 if t.areas[0] == area else 1.2
        out.append((s, -rank, t))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(s, t) for s, _, t in out]


# --- groups concerned -----------------------------------------------------------------------------

_GROUP_WORDS = {
    "migrants": ("migrant", "migration", "non national", "non citizen", "foreign", "refugee",
                 "asylum", "undocumented", "unaccompanied", "separated", "stateless", "alien",
                 "immigrant", "irregular"),
    "minorities": ("minorit", "linguistic minorit", "ethnic", "roma"),
    "indigenous": ("indigenous", "tribal"),
    "disabilities": ("disabilit", "disabled"),
    "girls": ("girl", "women", "woman", "female"),
}

_STATUS_RE = re.compile(
    r"\b(irrespective of (their |the |his or her )?(migration |legal |residence |immigration )?status"
    r"|regardless of (their |the |his or her )?(migration |legal |residence |immigration )?status"
    r"|undocumented|irregular (migration |residence )?status|irregular situation"
    r"|without (a )?residence permit|migration status)\b", re.I)


def concerned_groups(beneficiaries: Iterable[str], texts: Iterable[str]) -> Counter:
    """Count how often each group of concern appears among the statements' beneficiaries (or, when
    the extractor left them empty, in the statement text)."""
    c: Counter = Counter()
    for ben, text in zip(beneficiaries, texts):
        hay = _norm(ben) if ben and ben.strip() else _norm(text)
        hay = hay.replace(" ", " ")
        for group, words in _GROUP_WORDS.items():
            if any(w in hay for w in words):
                c[group] += 1
    return c


def mentions_status(texts: Iterable[str]) -> bool:
    return any(_STATUS_RE.search(t or "") for t in texts)


def who_phrase(groups: Counter, n: int, *, compare: bool = False,
               migrant_education: bool = True) -> str:
    """How the groups concerned read in a title or question: 'migrant pupils', 'migrant and
    minority pupils', 'pupils with disabilities'…  A group is named when at least a fifth of the
    statements (and at least one) concern it; pupils with disabilities alone only when they are
    the subject of half the statements. `compare`: the question compares with nationals or other
    pupils, so the subject is the migrant pupils themselves. `migrant_education`: the codebook is
    about the education of migrants; otherwise nobody is called a migrant pupil by default."""
    keep = {g for g, k in groups.items() if k >= max(1, n / 5)}
    mig = "migrants" in keep
    mino = "minorities" in keep or "indigenous" in keep
    if mig and mino:
        base = "migrant and minority pupils"
    elif mig:
        base = "migrant pupils"
    elif "minorities" in keep and "indigenous" in keep:
        base = "pupils from national minorities and indigenous peoples"
    elif "indigenous" in keep:
        base = "indigenous pupils"
    elif "minorities" in keep:
        base = "pupils belonging to national minorities"
    elif groups.get("disabilities", 0) >= max(1, n / 2) and not compare:
        return "pupils with disabilities"
    elif not migrant_education:
        return "non-national pupils" if compare else "all pupils"
    else:
        return "migrant pupils" if compare else "all pupils including migrant pupils"
    if "disabilities" in keep and groups.get("disabilities", 0) >= max(1, n / 3):
        base += " (including those with disabilities)"
    return base


# --- templates ------------------------------------------------------------------------------------

def fill(template: str, **slots: str) -> str:
    """Fill {slots}; empty slots leave no stray commas or double spaces behind."""
    out = template
    for k, v in slots.items():
        if not v:   # "guarantee {who}, {status_q}, access" → "guarantee {who} access"
            out = re.sub(r",\s*\{" + k + r"\}\s*,", " ", out)
            out = re.sub(r",\s*\{" + k + r"\}", "", out)
        out = out.replace("{" + k + "}", v or "")
    out = re.sub(r"\{[a-z_]+\}", "", out)
    out = re.sub(r"\s*,\s*,", ",", out)
    out = re.sub(r",\s*([?.])", r"\1", out)
    out = re.sub(r"\s+([?.,])", r"\1", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    return out[:1].upper() + out[1:]


def phrase_title_question(topic: Topic, *, who: str, status: bool) -> tuple[str, str]:
    to_who = ("to " + who) if who and not who.startswith("all pupils") else ""
    if status and who.startswith("all pupils"):
        who = "every child"
    ttpl, qtpl = topic.title, topic.question
    if status and "{status}" not in ttpl:
        ttpl += ", regardless of residence status"
    if status and "{status_q}" not in qtpl and "{who}" in qtpl:
        qtpl = qtpl.replace("{who}", "{who}, whatever their residence status,", 1)
    title = fill(ttpl, who=who, to_who=to_who,
                 status="regardless of residence status" if status else "")
    question = fill(qtpl, who=who,
                    status_q="whatever their residence status" if status else "")
    return title, question


# --- phrasing a group no topic fits -------------------------------------------------------------
#
# From the statements' own parts (aim, object, actor) and text: what the provision grants, as a
# noun phrase for the title and scale, and as a verb phrase for the question. No parser at this
# stage: the statements stage already parsed the sentence; these rules only cut and reorder the
# words it found, so the same statements always give the same wording.

@dataclass(frozen=True, slots=True)
class StatementParts:
    """What the generic wording needs of one statement: its text and Institutional-Grammar
    parts."""
    text: str
    aim: str = ""
    object: str = ""
    actor: str = ""
    strength: str = ""


@dataclass(frozen=True, slots=True)
class Gist:
    """One statement's provision: `title` (a noun phrase, sentence case), `question` (a verb phrase
    for 'Does the law …?', with a `{who}` slot), `provision` (lower-case noun phrase)."""
    title: str
    question: str
    provision: str
    subject: str = ""                  # copular statements: the thing that shall be …
    qualities: tuple[str, ...] = ()    # … and what it shall be (free, compulsory)
    closed: bool = False               # the question needs no 'for {who}'


_DETERMINERS = ("the", "a", "an", "such", "all", "any", "every", "each", "their", "its", "his",
                "her", "these", "those", "this", "that", "appropriate")
_ACTOR_WORDS = re.compile(r"\b(states?|parties|party|governments?|authorities|contracting|"
                          r"members?|signator\w*|it|they|he|she|this|each)\b", re.I)
_CUT = re.compile(r"\s*(?:[;:(]|,\s*(?:at least|in particular|including|where|when|if|as far as|"
                  r"in so far|subject to|without prejudice|in accordance|and in|or in|which|who|"
                  r"as well as|so as)\b|\s(?:which|who|whose|whereby|so as|in order to|in "
                  r"accordance with|without prejudice|subject to|as well as|with a view to|"
                  r"in so far as|as far as|at least|on the basis of|notwithstanding)\b|,\s*$|"
                  r",\s*(?:the\s+)?(?:States?|Parties|Contracting|Governments?|Members?|each)\b)",
                  re.I)
_TAIL_WORDS = {"and", "or", "as", "of", "to", "for", "in", "on", "with", "by", "at", "the", "a",
               "an", "their", "its", "well", "from", "into", "such", "all", "any", "nor", "but",
               "within", "among", "between", "under", "against", "without", "through", "about",
               "upon", "including", "than", "regarding", "concerning", "towards", "over", "after",
               "before", "during", "his", "her", "this", "that", "these", "those", "each",
               "every", "no", "not", "is", "are", "be", "shall", "which", "who", "whose"}
_TO_ALL = re.compile(r"\s+(?:to|for|of)\s+(?:all|everyone|everybody|every\s+\w+|all\s+persons|"
                     r"all\s+children)\b(?=$|[\s,;.])", re.I)
_VAGUE = {"measures", "measure", "steps", "step", "action", "actions", "efforts", "effort", "means",
          "treatment", "care", "policy", "policies", "provision", "provisions", "right", "rights",
          "effect", "account", "note", "responsibility", "obligation", "obligations", "what", "",
          "legislation", "mechanisms", "attention"}
_ADJECTIVES = {"free", "compulsory", "available", "accessible", "equal", "equally", "generally",
               "adequate", "appropriate", "effective", "open", "inclusive", "universal", "possible",
               "progressively", "fully", "made", "sufficient", "regular", "public", "safe"}
_NOUN_OF = {"promote": "promotion of", "encourage": "encouragement of", "protect": "protection of",
            "respect": "respect for", "combat": "combating", "eliminate": "elimination of",
            "prevent": "prevention of", "prohibit": "prohibition of", "recognise": "recognition of",
            "recognize": "recognition of", "support": "support for", "teach": "teaching of",
            "develop": "development of", "establish": "establishment of",
            "facilitate": "facilitation of", "improve": "improvement of", "foster": "fostering of",
            "preserve": "preservation of", "strengthen": "strengthening of",
            "reduce": "reduction of", "monitor": "monitoring of", "collect": "collection of",
            "train": "training of", "admit": "admission of", "recruit": "recruitment of",
            "include": "inclusion of", "adopt": "adoption of", "assist": "assistance to",
            "finance": "funding of", "fund": "funding of", "publish": "publication of",
            "disseminate": "dissemination of", "guarantee": "", "ensure": "", "provide": "",
            "make": "", "offer": "", "grant": "", "give": "", "accord": "", "secure": "",
            "allow": "", "permit": "", "take": "", "afford": "", "extend": "", "set": ""}
_NOMINAL = {"protected": "protection", "included": "inclusion", "provided": "provision",
            "admitted": "admission", "enrolled": "enrolment", "informed": "information",
            "respected": "respect", "treated": "treatment", "integrated": "integration",
            "guaranteed": "guarantee", "consulted": "consultation", "supported": "support",
            "assisted": "assistance", "educated": "education", "registered": "registration",
            "recognised": "recognition", "recognized": "recognition", "trained": "training",
            "prepared": "preparation", "accommodated": "accommodation", "housed": "housing"}
_NOMINAL.update({"excluded": "exclusion", "discriminated": "discrimination", "denied": "denial",
                 "detained": "detention", "separated": "separation", "segregated": "segregation",
                 "expelled": "expulsion", "deprived": "deprivation", "returned": "return",
                 "heard": "hearing", "taught": "teaching", "given": "granting",
                 "imposed": "imposition", "accorded": "granting", "subjected": "subjection"})
_COMMISSIVE = {"undertake", "undertakes", "agree", "agrees", "endeavour", "endeavor", "decide",
               "commit", "pledge", "", "take"}
_HAVE = {"have", "has", "receive", "enjoy", "get", "obtain", "benefit"}
_TO_HEADS = {"access", "right", "rights", "entitlement", "admission", "equality", "exposure",
             "respect", "assistance", "support", "information", "guidance"}
_ING = {"ensuring": "ensure", "promoting": "promote", "providing": "provide", "enabling": "enable",
        "facilitating": "facilitate", "guaranteeing": "guarantee", "eliminating": "eliminate",
        "preventing": "prevent", "protecting": "protect", "securing": "secure",
        "encouraging": "encourage", "developing": "develop", "improving": "improve"}
_NOT_NOUN = re.compile(r"(?i)^(?:as|of|to|in|on|at|by|or|and|nor|but|if|when|where|whether|"
                       r"than|which|who|what|without|because|it|they|he|she|we|there|"
                       r"themselves|itself)\b")
_PROVIDE = ("provide", "make", "guarantee", "ensure", "offer", "grant", "give", "secure", "extend",
            "afford", "accord", "allow", "permit", "set", "establish", "organise", "organize")
_MATTER = re.compile(r"\b(?:as regards|with respect to|in respect of|with regard to|in regard to|"
                     r"in the field of|in matters of|in the matter of|as concerns)\s+"
                     r"(?P<m>[^,;:.]+)",
                     re.I)
_RIGHT = re.compile(r"\b(?:(?:has|have|shall have|enjoys?|shall enjoy)\s+(?:the\s+|a\s+)?"
                    r"(?:right|rights|entitlement)\s*|(?:is|are|shall be) entitled\s+|"
                    r"recogni[sz]e\s+the\s+right\s+of\s+(?:\w+\s+){1,4}?(?=to\s))"
                    r"(?P<r>to\s+[^,;:.]+)", re.I)
_PASSIVE = re.compile(r"(?P<subj>[^,;:]+?)\s+(?:shall|must|should|will|may|is to|are to|"
                      r"can)(?:\s+(?:also|progressively|in particular|in principle|therefore|"
                      r"ideally|always|(?P<neg>not)))*\s+(?:be|become)\s+(?P<comp>[^,;:]+.*)$",
                      re.I)
_PARTICIPLE = re.compile(r"^(?:\w+ly\s+)?(?:\w+ed|given|taught|made|known|done|shown|seen|held|"
                         r"kept|paid|built|set|put|met|brought|sought|borne|drawn|chosen)\b",
                         re.I)


def _clean_text(text: str) -> str:
    t = " ".join((text or "").split())
    t = re.sub(r"^(?:\(?[a-z0-9ivx]{1,4}[).]\s+)+", "", t, flags=re.I)
    t = re.sub(r"(?:[;:,.]\s*(?:and|or)?\s*)+$", "", t).strip()
    return t


def _cut(phrase: str, max_words: int = 10) -> str:
    """A noun or verb phrase without its trailing clauses, determiners or dangling words."""
    p = " ".join((phrase or "").split())
    m = _CUT.search(p)
    if m:
        p = p[:m.start()]
    p = p.strip(" ,;:.")
    words = p.split()[:max_words]
    while words and words[-1].lower().strip(",") in _TAIL_WORDS:
        words.pop()
    return " ".join(words).strip(" ,")


def _shorten(phrase: str, limit: int = 12) -> str:
    """A title of at most `limit` words, cut before a preposition rather than mid-phrase."""
    words = phrase.split()
    if len(words) <= limit:
        return phrase
    cuts = [i for i in range(3, limit + 1) if words[i].lower() in (   # not 'of', 'to': they bind
        "in", "for", "with", "on", "among", "at", "from", "by", "under", "within",
        "without", "against", "through", "including")]
    words = words[:cuts[-1]] if cuts else words[:limit]
    while words and words[-1].lower().strip(",") in _TAIL_WORDS:
        words.pop()
    return " ".join(words).strip(" ,")


def _strip_det(np: str) -> str:
    words = np.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _lower_first(s: str) -> str:
    """Lower-case a phrase's first word unless it is an acronym or a name ('UN', 'Roma')."""
    if not s:
        return s
    first = s.split()[0]
    if first.isupper() and len(first) > 1 or any(ch.isdigit() for ch in first):
        return s
    if first.lower() in {"roma", "sinti", "european", "english", "french", "braille", "states",
                         "state", "parties", "party", "member", "members", "contracting", "high",
                         "committee", "convention", "covenant", "charter", "protocol", "council",
                         "article", "articles", "un", "united"}:
        return s
    return s[:1].lower() + s[1:]


def sentence_case(s: str) -> str:
    s = " ".join((s or "").split())
    return s[:1].upper() + s[1:]


def _join_and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(np: str) -> bool:
    """Whether a subject takes 'are': its head noun (before 'of', 'who' …) is plural, or it
    coordinates two nouns."""
    core = re.split(r"(?i)\s(?:of|for|in|with|from|to|on|at|by|who|which|that|taking|"
                    r"concerning|involved|belonging)\s", " " + np + " ")[0].split()
    if not core:
        return False
    if len(core) > 1 and any(w.lower() in ("and", "or") for w in core):
        return True
    head = core[-1].lower()
    if head in ("children", "people", "persons", "women", "men", "peoples", "staff"):
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))


def _quality(q: str) -> str:
    q = re.sub(r"^(?:made\s+)?available\s+(free(?:\s+of\s+charge)?)$", r"\1", q.strip(), flags=re.I)
    q = re.sub(r"^free\s+of\s+charge$", "free", q, flags=re.I)
    return q


def statement_gist(sp: StatementParts) -> Gist | None:
    """The provision one statement makes, phrased three ways (see Gist); None when its words give
    nothing to name."""
    t = _clean_text(sp.text)
    if not t:
        return None
    low = t.lower()
    # a right: "Everyone has the right to education", "recognize the right of everyone to …"
    m = _RIGHT.search(t)
    if m and (sp.strength == "recognition" or not sp.strength or "right" in low):
        r = _cut(m.group("r"), 10)
        if len(r.split()) >= 2:
            np = f"right {_lower_first(r)}"
            return Gist(title=sentence_case(np), question=f"recognise the right of {{who}} {r}",
                        provision=f"the {np}")
    # "As regards housing, the States shall accord to refugees treatment as favourable as …"
    matter = ""
    mm = _MATTER.search(t)
    if mm:
        matter = _lower_first(_strip_det(_cut(re.split(
            r"\s+(?:the\s+)?(?:Contracting|States|Parties|High|Governments?)\b", mm.group("m"))[0],
            6)))
    g = _passive_gist(t)
    if g is not None:
        return g
    # active statements: aim (verb) + object, e.g. "provide … a free primary education"
    verb = (sp.aim or "").strip().lower()
    obj = _clean_text(sp.object)
    rest = ""
    if obj and obj.lower() in low:
        i = low.index(obj.lower())
        rest = t[i + len(obj):]
    if not obj and not matter:
        m = re.match(r"(?i)to\s+([a-z]+)\s+(.+)$", t)
        if m and not m.group(1).endswith("s"):
            verb, obj, rest = m.group(1).lower(), m.group(2), ""
    m = re.match(r"(?i)to\s+([a-z]+)\s+(.+)$", obj)
    if m and not m.group(1).endswith("s"):        # "undertake [to arrange for …]"
        verb, obj = m.group(1).lower(), m.group(2)
    head = (_strip_det(_cut(obj, 10)).split() or [""])[-1].lower()
    if matter and head in _VAGUE:
        if re.search(r"(?i)same treatment|equal(?:ity of)? treatment|treatment (?:as|equal|no|not)"
                     r"[^,;]*nationals|accorded to (?:their own )?nationals", t):
            return Gist(title=sentence_case(f"equal treatment with nationals in {matter}"),
                        question=f"accord {{who}} the same treatment as nationals in {matter}",
                        provision=f"equal treatment with nationals in {matter}")
        return Gist(title=sentence_case(f"access to {matter}"),
                    question=f"guarantee {{who}} access to {matter}",
                    provision=f"access to {matter}")
    for _ in range(2):    # "take measures to ensure X", "undertake: to provide X" → X
        head = (_strip_det(_cut(obj, 10)).split() or [""])[-1].lower()
        if head not in _VAGUE and verb not in _COMMISSIVE:
            break
        m = re.search(r"\bto\s+(?P<v>[a-z]+)\s+(?P<o>[^;:.]+)", (rest or t[len(obj):]) if obj
                      else t)
        if not m:
            break
        v = _ING.get(m.group("v").lower(), m.group("v").lower())
        if v in ("be", "which", "the", "a", "an", "all", "any", "whom", "this", "that") or (
                v.endswith("s") and not v.endswith("ss")) or v.endswith("ing"):
            break
        verb, obj, rest = v, m.group("o"), ""
    # coordinated verbs: "eliminate and prevent discrimination"
    m = re.match(r"(?i)(and|or)\s+([a-z]+)\s+(.+)$", obj)
    if m and (m.group(2).lower() in _NOUN_OF or m.group(2).lower() in _PROVIDE):
        v2, obj = m.group(2).lower(), m.group(3)
        n1, n2 = _NOUN_OF.get(verb, ""), _NOUN_OF.get(v2, "")
        verb = f"{verb} {m.group(1).lower()} {v2}"
        noun_pair = (f"{n1.rsplit(' ', 1)[0]} {m.group(1).lower()} {n2}"
                     if n1 and n2 and n1.endswith(" of") and n2.endswith(" of") else "")
    else:
        noun_pair = ""
    that = re.match(r"(?i)(?:that\s+)?(?P<c>.+?\s(?:is|are|be|shall|will|can|has|have)\s.+)$", obj)
    if that and (obj.lower().startswith("that ") or verb in _COMMISSIVE or verb in (
            "ensure", "guarantee", "secure")):
        return _clause_gist(verb, _cut(that.group("c"), 14))
    if verb in ("make", "render") and re.match(r"(?i)(?:generally\s+|equally\s+)?(?:available|"
                                               r"accessible)\s+", obj):
        words = obj.split()
        k = 1 if words[0].lower() in ("available", "accessible") else 2
        verb, obj = f"make {' '.join(words[:k]).lower()}", " ".join(words[k:])
    pv = re.search(rf"(?i)\b{re.escape(verb)}\s+(into\s+(?:account|consideration))\b", t) \
        if verb else None
    if pv:
        verb = f"{verb} {pv.group(1).lower()}"
    np_q = _cut(obj, 16)
    head = (np_q.split() or [""])[-1].lower()
    if np_q and rest and len(np_q.split()) <= 5 and re.match(
            r"\s+(?:in|of|for|at|on|among|from|against)\s+|,\s*[\w-]+(?:\s[\w-]+)?,?\s"
            r"(?:and|or)\s|\s+(?:and|or)"
            r"\s+[\w-]+\s+(?:among|in|of)\b" + (r"|\s+to\s" if head in _TO_HEADS else ""), rest):
        tail = re.split(r",\s*(?:and\s+)?(?=(?:shall|must|should|will|may|which|who|in order|"
                        r"so as)\b)|[;.]", rest)[0]
        ext = _cut(re.sub(r",(?=\s*(?:and|or)?\s*[\w-]+(?:\s[\w-]+)?(?:,|\s+(?:and|or)\s))",
                          " ,", np_q + tail).replace(" ,", ","), 16)
        if len(ext.split()) > len(np_q.split()):
            np_q = ext
    np_q = _TO_ALL.sub("", np_q)
    if re.match(r"(?i)such\s", np_q):
        np_q = np_q.split(None, 1)[1]
    np = _strip_det(np_q)
    if re.match(r"(?i)(?:for|to|of|with|on|upon)\s", np) and verb in ("arrange", "provide", "call",
                                                                      "care", "account"):
        verb, np = f"{verb} {np.split()[0].lower()}", _strip_det(np.split(None, 1)[1])
        np_q = np
    head = (np.split() or [""])[-1].lower()
    if not np or _NOT_NOUN.match(np) or (len(np.split()) == 1 and head in _ADJECTIVES | {
            "necessary", "exempt", "acceptable", "necessary for"}):
        return None
    np_l, np_ql = _lower_first(np), _lower_first(np_q)
    if verb in _HAVE:       # "migrant workers shall receive the treatment …"
        if re.match(r"(?i)\w+ly\s|(?:from|of|to|for)\s", np):
            return None
        return Gist(title=sentence_case(np_l), question=f"guarantee {{who}} {np_ql}",
                    provision=np_l)
    if verb and verb not in ("be", "is", "are"):
        noun = noun_pair or _NOUN_OF.get(verb.split()[0], None)
        np_the = re.sub(r"(?i)^(?:such|all|any|appropriate)\s+", "", np_ql)
        title = f"{noun} {_lower_first(np_the)}" if noun else np_l
        for_who = " for {who}" if verb.split()[0] in _PROVIDE else ""
        return Gist(title=sentence_case(title), question=f"{verb} {np_ql}{for_who}",
                    provision=_lower_first(title))
    if head not in _VAGUE and len(np.split()) > 1:
        return Gist(title=sentence_case(np_l), question=f"provide for {np_ql} for {{who}}",
                    provision=np_l)
    return None


def _passive_gist(t: str) -> Gist | None:
    """Copular and passive statements: 'Primary education shall be compulsory and available free
    to all', 'No one shall be denied the right to education', 'The child shall be accorded …'."""
    for start in [0] + [x.end() for x in re.finditer(r",\s*", t)]:
        m = _PASSIVE.match(t, start)
        if m and not _ACTOR_WORDS.search(m.group("subj")) and len(m.group("subj").split()) <= 8:
            break
    else:
        return None
    raw_subj = re.split(r"(?i)\bthat\s", m.group("subj"))[-1].strip()
    neg = bool(m.group("neg")) or bool(re.match(r"(?i)(?:no\s+\w+|nobody|none|neither)\b",
                                                 raw_subj))
    if re.match(r"(?i)(?:neither|nor)\b", raw_subj):
        return None
    subj = _lower_first(_strip_det(_cut(raw_subj, 8)))
    comp = re.split(r",?\s+(?:and|or)\s+(?=(?:[\w-]+\s+){0,5}(?:shall|must|should|will|may)\b)",
                    m.group("comp"))[0]
    comp = _TO_ALL.sub("", _cut(comp, 12))
    if not subj or not comp:
        return None
    be = "are" if _plural(subj) else "is"
    if re.match(r"(?i)no\s+(?:one|person|child|body)\b|nobody", raw_subj):
        be, subj_q = "is", raw_subj.lower()
    else:
        subj_q = _lower_first(raw_subj)
    made = bool(re.match(r"(?i)made\s+", comp))
    if made:
        comp = comp.split(None, 1)[1] if len(comp.split()) > 1 else ""
    quals = [_quality(q) for q in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", comp)]
    quals = [q for q in quals if q]
    adjectival = quals and all(len(q.split()) <= 3 and not re.search(
        r"\b(?:to|of|in|for|by|with|on|from|the|a|an)\b", q, re.I) and not _PARTICIPLE.match(q)
        or q.lower() in _ADJECTIVES for q in quals)
    if not neg and adjectival:
        title_q = sorted(dict.fromkeys(quals), key=lambda q: (len(q), q))
        np = f"{_join_and(title_q)} {subj}"
        return Gist(title=sentence_case(np), question=f"make {subj} {_join_and(quals)} for {{who}}",
                    provision=_lower_first(np), subject=subj,
                    qualities=tuple(dict.fromkeys(quals)))
    if made:
        return Gist(title=sentence_case(f"{comp} {subj}") if len(comp.split()) <= 2
                    else sentence_case(subj), question=f"make {subj} {comp} for {{who}}",
                    provision=_lower_first(f"{comp} {subj}"))
    part = comp.split()[0].lower()
    after = comp.split(None, 1)[1] if len(comp.split()) > 1 else ""
    not_ = "not " if m.group("neg") else ""
    question = f"ensure that {subj_q} {be} {not_}{comp}"
    if part in ("accorded", "given", "granted", "offered", "afforded", "guaranteed") and after \
            and not neg and not re.match(r"(?i)(?:to|by|for|in|on|at|\w+ly)\b", after):
        title = _strip_det(after)      # "the child shall be accorded the same protection as …"
    elif neg and part in ("denied", "refused", "deprived") and after:
        obj = _strip_det(re.sub(r"(?i)^of\s+", "", after))
        title = obj
    elif part in _NOMINAL:
        who_of = subj if re.match(r"(?i)no\s", raw_subj) else _lower_first(raw_subj)
        title = f"{'no ' if neg else ''}{_NOMINAL[part]} of {who_of} {after}"
        title = re.sub(r"(?i)^no (\w+) of no (one|person|child)\b", r"no \1 of any \2", title)
    elif neg:
        return None
    else:
        title = f"{subj} {comp}"
    return Gist(title=sentence_case(_cut(_lower_first(title), 14)), question=question,
                provision=_lower_first(_cut(title, 14)))


def _clause_gist(verb: str, clause: str) -> Gist | None:
    """'ensure that the child is protected against …' → 'Protection of the child against
    …'."""
    if verb in _COMMISSIVE or not verb:
        verb = "ensure"
    clause = re.sub(r"(?i)^that\s+", "", clause)
    cm = re.match(r"(?i)(?P<s>.+?)\s+(?:is|are|shall be|will be|can be)\s+(?P<n>not\s+)?"
                  r"(?P<p>\w+ed)\b\s*(?P<r>.*)$", clause)
    title = clause
    if cm and cm.group("p").lower() in _NOMINAL:
        title = (f"{'no ' if cm.group('n') else ''}{_NOMINAL[cm.group('p').lower()]} of "
                 f"{_lower_first(cm.group('s'))} {cm.group('r')}")
    title = _cut(_strip_det(title), 14)
    return Gist(title=sentence_case(title), question=f"{verb} that {_lower_first(clause)}",
                provision=_lower_first(title))


_WORD = re.compile(r"[a-z]{3,}")
_STOP = {"the", "and", "for", "shall", "all", "any", "their", "its", "which", "with", "such",
         "this", "that", "states", "parties", "party", "state", "have", "has", "been", "are",
         "not", "who", "from", "into", "other", "also", "may", "should", "must", "will"}


def _words(s: str) -> set[str]:
    return {w for w in _WORD.findall((s or "").lower()) if w not in _STOP}


_RANK = {"obligation": 0, "prohibition": 0, "recognition": 1, "recommendation": 2,
         "permission": 3}


def phrase_generic(*, statements: Sequence[StatementParts], who: str, status: bool
                   ) -> tuple[str, str, str]:
    """Title, question and provision for a group no topic fits, from its statements' own words:
    the gist most of them share (copular statements about the same thing are merged: 'free' +
    'compulsory' elementary education), else the gist of the most representative statement (the
    one whose words the others share most, binding ones first). Never a placeholder."""
    gists = [(sp, statement_gist(sp)) for sp in statements]
    gists = [(sp, g) for sp, g in gists if g is not None]
    if not gists:
        sp = sorted(statements, key=lambda s: (len(s.text or ""), s.text or ""))[0] if statements \
            else StatementParts(text="")
        clause = _clean_text(sp.text)
        # the clause that holds the modal, without a leading adverbial ("In case of …, ")
        mod = re.search(r"(?i)\b(?:shall|must|should|will|may|undertake)\b", clause)
        if mod:
            head_part = clause[:mod.start()]
            k = head_part.rfind(",")
            if k >= 0 and len(clause[k + 1:mod.start()].split()) <= 8:
                clause = clause[k + 1:].strip()
        np = _cut(clause, 16) or _cut(_clean_text(sp.text), 16)
        inf = re.match(r"(?i)to\s+(.+)$", np)      # a list item: "to provide or promote, as …"
        if inf:
            gists = [(sp, Gist(title=sentence_case(inf.group(1)), question=inf.group(1),
                               provision=f"what the provision requires ({inf.group(1)})",
                               closed=True))]
        else:
            gists = [(sp, Gist(title=sentence_case(np), question="give effect to the provision "
                               f"that {_lower_first(np)}",
                               provision=f"the provision that {_lower_first(np)}"))]
    # copular statements about the same thing: one subject, all its qualities
    by_subject: dict[str, list[Gist]] = defaultdict(list)
    for _, g in gists:
        if g.subject:
            by_subject[g.subject.split()[-1].lower()].append(g)
    merged = None
    for head, gs in sorted(by_subject.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        subjects = Counter(g.subject.lower() for g in gs if g.subject.lower() != head)
        if subjects:    # the most frequent specific subject, and the bare head ('education')
            subj_l = sorted(subjects, key=lambda x: (-subjects[x], len(x.split()), x))[0]
            gs = [g for g in gs if g.subject.lower() in (subj_l, head)]
        if len(gs) >= 2 and len(gs) * 2 >= len(gists):
            subj = sorted({g.subject for g in gs}, key=lambda s: (-len(s.split()), s))[0]
            quals = list(dict.fromkeys(q for g in gs for q in g.qualities))
            title_q = sorted(quals, key=lambda q: (len(q), q))
            np = f"{_join_and(title_q)} {subj}"
            merged = Gist(title=sentence_case(np), question=f"make {subj} {_join_and(quals)} "
                          "for {who}", provision=_lower_first(np), subject=subj,
                          qualities=tuple(quals))
        break
    if merged is not None:
        best = merged
    else:
        counts = Counter(g.title.lower() for _, g in gists)
        all_words = [_words(sp.text) for sp in statements]

        def rank(item):
            sp, g = item
            gw = _words(g.title + " " + sp.text)
            overlap = sum(len(gw & w) / (len(gw | w) or 1) for w in all_words)
            return (-counts[g.title.lower()], _RANK.get(sp.strength, 4), -round(overlap, 6),
                    len(g.title), g.title)
        best = sorted(gists, key=rank)[0][1]
    title = _shorten(best.title, 12)
    if status:
        title += " regardless of residence status"
    q = best.question
    if ("{who}" not in q and who and not best.closed and q.split()[0] in _PROVIDE
            and not q.startswith(("ensure that", "give effect"))):
        q += " for {who}"
    who_q = who
    if status:
        who_q = f"{who}, whatever their residence status," if who else ""
    question = fill("Does the law " + q + "?", who=who_q)
    return tidy(title), tidy_question(question), best.provision


def tidy(s: str) -> str:
    s = re.sub(r"\s+([,.?;:])", r"\1", " ".join((s or "").split()))
    s = re.sub(r",\s*,", ",", s).strip(" ,")
    return sentence_case(s)


def tidy_question(s: str) -> str:
    s = tidy(s).rstrip(" ?.,;:")
    s = re.sub(r",\s*$", "", s)
    return s + "?"


# --- who the evidence is about, when no topic names it ------------------------------------------

_BENEFICIARY_WORDS = {
    "children": "children", "parents": "parents", "girls and women": "girls and women",
    "migrant workers and their families": "migrant workers and their families",
    "migrants": "migrants", "refugees": "refugees", "asylum seekers": "asylum seekers",
    "non-citizens": "non-citizens", "stateless persons": "stateless persons",
    "minorities": "persons belonging to minorities", "indigenous peoples": "indigenous peoples",
    "persons with disabilities": "persons with disabilities", "workers": "workers",
}
# a more specific name makes a broader one redundant
_NARROWER = {"non-citizens": ("refugees", "asylum seekers", "stateless persons", "migrants",
                              "migrant workers and their families"),
             "migrants": ("migrant workers and their families", "refugees", "asylum seekers"),
             "workers": ("migrant workers and their families",)}

_MIGRATION = re.compile(r"\b(migra\w*|immigra\w*|refugee\w*|asylum|non-nationals?|foreign "
                        r"nationals?)\b", re.I)
_EDUCATION_WORDS = re.compile(r"\b(educat\w*|school\w*|pupil\w*|teach\w*|curricul\w*|"
                              r"learn\w*|student\w*)\b", re.I)


def codebook_about_migrant_education(texts: Iterable[str]) -> bool:
    """Whether a codebook (its title, area names, definitions, coding notes) is about the
    education of migrants: only then do drafts speak of 'migrant pupils' by default."""
    hay = " ".join(t for t in texts if t)
    return bool(_MIGRATION.search(hay)) and bool(_EDUCATION_WORDS.search(hay))


def beneficiary_phrase(beneficiaries: Sequence[Sequence[str]], texts: Sequence[str], *,
                       migrant_education: bool) -> str:
    """Who a generic draft speaks of: the beneficiaries its statements name (at least a third of
    them, at most two names, most frequent first), else 'all pupils including migrant pupils'
    when they say 'everyone', else 'all pupils including migrant pupils' when the codebook is
    about migrant education and the statements about education, else 'everyone concerned'."""
    n = max(1, len(beneficiaries))
    c: Counter = Counter()
    for bens in beneficiaries:
        for b in dict.fromkeys(bens):
            c[b] += 1
    named = [b for b in c if b in _BENEFICIARY_WORDS and c[b] >= max(1, n / 3)]
    named = [b for b in named if not any(x in named for x in _NARROWER.get(b, ()))]
    order = list(_BENEFICIARY_WORDS)
    named.sort(key=lambda b: (-c[b], order.index(b)))
    if named:
        return _join_and([_BENEFICIARY_WORDS[b] for b in named[:2]])
    if c.get("everyone", 0) >= max(1, n / 3):
        return "everyone"
    about_education = any(_EDUCATION_WORDS.search(t or "") for t in texts)
    if migrant_education and about_education:
        return "all pupils including migrant pupils"
    return "everyone concerned"


def phrase_scale(*, provision: str, who: str, binding: bool, status: bool,
                 conditional: bool) -> list[dict]:
    """The three levels of compliance, from the strength and scope of the sources: the top
    level asks for what the strongest sources ask (binding law when they are binding), the middle
    one for less in scope (some groups, levels or regions) or in force (non-binding)."""
    if who.startswith("every"):
        everyone = "all persons concerned"
    else:
        everyone = who if who.startswith("all ") else "all " + who
        everyone = everyone.replace(" including migrant pupils", "")
        everyone = everyone if everyone.endswith(" concerned") else everyone + " concerned"
    scope = ", whatever their residence status" if status else ""
    if binding:
        top = (f"Binding law provides for {provision}, covering {everyone}{scope}, "
               "as an enforceable entitlement.")
    else:
        top = (f"Law or binding national policy provides for {provision}, covering {everyone}"
               f"{scope}, in every region.")
    groups = ("some groups (for example only pupils with a residence permit)" if status
              else "some groups")
    mid = (f"The law or policy provides for {provision}, but only for {groups}, some levels or "
           "some regions, or only in non-binding guidance, recommendations or pilot projects.")
    if conditional:
        mid = mid[:-1] + ", or only 'as far as practicable' or on request."
    low = f"Neither law nor policy provides for {provision}."
    return [{"score": 100, "label": "full", "description": top},
            {"score": 50, "label": "partial", "description": mid},
            {"score": 0, "label": "none", "description": low}]


def short_list(items: Sequence[str], limit: int = 5) -> str:
    items = list(items)
    if len(items) > limit:
        rest = len(items) - limit
        items = items[:limit] + [f"{rest} other{'s' if rest > 1 else ''}"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


_STRENGTH_WORDS = {"obligation": ("obligation", "obligations"),
                   "prohibition": ("prohibition", "prohibitions"),
                   "recommendation": ("recommendation", "recommendations"),
                   "permission": ("permission", "permissions"),
                   "recognition": ("recognised right", "recognised rights")}


def phrase_rationale(*, provision: str, docs: Sequence[dict], strengths: Counter,
                     memos: Sequence[str], n_annotated: int, n_suggested: int,
                     binding_verb: str = "require") -> str:
    """Why the indicator is there: which instruments call for the provision and how strongly."""
    binding = [d for d in docs if d.get("legal_force") == "binding"]
    soft = [d for d in docs if d.get("legal_force") != "binding"]

    def cite(d: dict) -> str:
        locs = join_locators(d["locators"])
        name = short_title(d["title"], d.get("doc_id", ""))
        year = f" ({d['year']})" if d.get("year") and str(d["year"]) not in name else ""
        if not name.lower().startswith("the "):
            name = "the " + name
        return f"{name}{year}, {locs}" if locs else f"{name}{year}"

    parts = []
    # say where the indicator comes from without claiming more than the sources say: the
    # provision is the indicator's, the sources are what a researcher linked to it
    if binding:
        kind = {"require": "binding obligations", "recognise": "rights recognised"}.get(
            binding_verb, "binding provisions")
        where = "in binding instruments: " if kind == "rights recognised" else "in "
        parts.append(f"Grounded in {kind} {where}{short_list([cite(d) for d in binding])}.")
    if soft:
        if binding:
            parts.append(f"Elaborated in {short_list([cite(d) for d in soft])}.")
        else:
            parts.append(f"Grounded in non-binding texts only: "
                         f"{short_list([cite(d) for d in soft])}.")
    mix = ", ".join(f"{k} {_STRENGTH_WORDS[s][k != 1]}"
                    for s, k in sorted(strengths.items(), key=lambda kv: (-kv[1], kv[0]))
                    if s in _STRENGTH_WORDS)
    basis = f"{n_annotated} coded passage{'s' if n_annotated != 1 else ''}"
    if n_suggested:
        basis += f" and {n_suggested} confident suggestion{'s' if n_suggested != 1 else ''}"
    parts.append(f"Evidence: {basis}" + (f": {mix}." if mix else "."))
    notes = [m.strip().rstrip(".") for m in memos if m.strip()][:3]
    if notes:
        lead = "Coder's note" if len(notes) == 1 else "Coders' notes"
        parts.append(f"{lead}: " + "; ".join(notes) + ".")
    return " ".join(parts)


_COMMITTEES = {"cescr": "CESCR", "crc": "CRC", "cmw": "CMW", "cerd": "CERD", "cedaw": "CEDAW",
               "ccpr": "Human Rights Committee", "crpd": "CRPD"}


def short_title(title: str, doc_id: str = "") -> str:
    """A citable short name: treaty titles as they are; General Comments and Recommendations as
    'CESCR General Comment No. 13', 'CMW/CRC Joint General Comment No. 4/23'."""
    t = " ".join((title or doc_id).split())
    m = re.match(r"(?i)(joint )?general (comment|recommendation)s? no\.? ?([0-9]+)", t)
    if not m:
        return t
    kind = "General " + m.group(2).lower().capitalize()
    parts = doc_id.split("-")
    if m.group(1) or (len(parts) > 2 and parts[1] in _COMMITTEES and parts[2].startswith("jgc")):
        comm = "/".join(_COMMITTEES.get(p, p.upper()) for p in parts[:2])
        nums = re.findall(r"\d+", "-".join(parts[2:-1]))
        return f"{comm} Joint {kind} No. {'/'.join(nums) or m.group(3)}"
    comm = _COMMITTEES.get(parts[0], parts[0].upper()) if parts else ""
    return f"{comm} {kind} No. {m.group(3)}".strip()


def join_locators(locs: Sequence[str], limit: int = 4) -> str:
    """'para. 28', 'para. 33' → 'paras. 28 and 33'; 'Art. 24(2)(c)', 'Art. 24(2)(d)' →
    'Arts. 24(2)(c) and 24(2)(d)'; others joined as they are. At most `limit`, then '…'."""
    locs = list(locs)
    if not locs:
        return ""
    more = len(locs) > limit
    shown = locs[:limit]
    for single, plural in (("para. ", "paras. "), ("Art. ", "Arts. ")):
        if len(shown) > 1 and all(x.startswith(single) for x in shown):
            rest = [x[len(single):] for x in shown]
            body = ", ".join(rest) + " …" if more else short_list(rest, limit)
            return plural + body
    return ", ".join(shown) + (" …" if more else "")
