"""The text side of statement extraction: units, deontic cues, filters and Institutional-Grammar
parts. Plain functions over strings; spaCy `Doc`s are optional (a parse improves the actor, the
choice of the main deontic, deontic vs epistemic "may", aim and object).

Everything here works on *units*: a sentence of a passage, or one item of an enumeration, with
offsets relative to the passage text. `statements.py` wires units to the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

# --- text normalisation (length-preserving, so offsets stay valid) -----------------------------

_TRANS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\u00ad": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\t": " ", "\r": " ", "\x0b": " ", "\x0c": " ", "\u2028": "\n", "\u2029": "\n",
})


def normalise(text: str) -> str:
    """Same length as `text`: odd spaces, dashes and quotes mapped to ASCII; control characters
    to spaces. Used for matching only; stored text is always the original."""
    t = text.translate(_TRANS)
    if any(ord(c) < 32 and c != "\n" for c in t):
        t = "".join(" " if ord(c) < 32 and c != "\n" else c for c in t)
    return t


# --- units ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Unit:
    start: int          # offsets into the passage text (marker included)
    end: int
    body: int           # where the text after the item marker starts
    item: bool          # an enumeration item ("a) …", "(ii) …", "- …", "1. to …")
    colon: bool         # ends with ":" -> a chapeau for the items that follow


_ABBREV = {"art", "arts", "para", "paras", "no", "nos", "e.g", "i.e", "etc", "cf", "mr", "mrs",
           "ms", "dr", "st", "vol", "p", "pp", "ibid", "op", "v", "vs", "inc", "co", "ltd", "rev",
           "add", "corr", "doc", "res", "gen", "sess", "suppl", "sect", "sec", "ch", "fig",
           "approx", "u.n", "u.s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii", "iv"}
_MARKER = re.compile(
    r"[ ]*(?:\((?:[a-z]{1,2}|[ivxlc]{1,5})\)|(?:[a-z]|[ivxlc]{1,5})\)|[a-z]\.(?=\s*\S)|[-•*–]\s|"
    r"\d{1,2}\.\s+(?=[a-z]))[ ]*")
_PARA_NUM = re.compile(r"[ ]*\d{1,3}\.\s+(?=\S)")
_BARE_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]\s*")   # "2." opening a paragraph is not a sentence
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|(?<=[:;])\s+(?=\(?[a-z]{1,3}\)\s*\S)"
                       r"|(?<=:)\s+(?=[A-Z])")


def split_units(text: str) -> list[Unit]:
    """Sentences and enumeration items of a passage, in order."""
    norm = normalise(text)
    units: list[Unit] = []
    pos = 0
    for block in re.finditer(r"[^\n]+", norm):
        b0, b1 = block.start(), block.end()
        if not block.group().strip():
            continue
        starts = [b0] + [m.end() for m in _BOUNDARY.finditer(norm, b0, b1)
                         if not _is_abbrev(norm, m.start())
                         and not _BARE_NUMBER.fullmatch(norm, b0, m.start())]
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else b1
            seg = norm[s:e]
            lead = len(seg) - len(seg.lstrip())
            s += lead
            e = s + len(seg.strip())
            if e <= s:
                continue
            m = _MARKER.match(norm, s, e)
            item = False
            body = s
            if m and m.end() < e:
                item, body = True, m.end()
            else:
                pm = _PARA_NUM.match(norm, s, e)
                if pm and pm.end() < e:
                    body = pm.end()
            if not norm[body:e].strip(" .;:,-"):
                continue
            units.append(Unit(s, e, body, item, norm[s:e].rstrip().endswith(":")))
        pos = b1
    del pos
    return units


def _is_abbrev(norm: str, dot_pos: int) -> bool:
    """Is the full stop before `dot_pos` part of an abbreviation ("Art. 28", "e.g.", "No. 3")?"""
    j = dot_pos
    while j > 0 and norm[j - 1] in "\"')]":
        j -= 1
    if j == 0 or norm[j - 1] not in ".":
        return False
    k = j - 1
    w = k
    while w > 0 and (norm[w - 1].isalpha() or norm[w - 1] == "."):
        w -= 1
    word = norm[w:k].lower()
    return word in _ABBREV


# --- lexicons ------------------------------------------------------------------------------------

BENEFICIARIES: list[tuple[str, re.Pattern]] = [(name, re.compile(p, re.I)) for name, p in [
    ("children", r"\b(child|children|childhood|juveniles?|minors|young persons|young people|"
                 r"adolescents?|boys|infants?|(?:persons|those) who have not attained the age)\b|"
                 r"\bchild(?:'s|ren's)\b|\bchild-"),
    ("parents", r"\b(parents?|parental|legal guardians?)\b"),
    ("girls and women", r"\b(women|woman|girls?|mothers?|maternity|pregnant)\b"),
    ("migrant workers and their families", r"\bmigrant workers?\b|\bmembers of (?:their|his|the) famil"),
    ("migrants", r"\b(migrants?|migration|immigrants?|emigrants?)\b(?!\s+workers?\b)"),
    ("refugees", r"\brefugees?\b"),
    ("asylum seekers", r"\basylum\b"),
    ("non-citizens", r"\bnon-?citizens?\b|\bforeign nationals\b|\baliens\b|\bforeigners\b|"
                     r"\bnon-?nationals\b"),
    ("stateless persons", r"\bstateless(ness)?\b"),
    ("minorities", r"\bminorit(y|ies)\b"),
    ("indigenous peoples", r"\bindigenous\b|\btribal peoples\b|\bpeoples concerned\b|"
                           r"\bthese peoples\b"),
    ("persons with disabilities", r"\bdisabilit(y|ies)\b|\bdisabled\b|\bimpairments?\b"),
    ("workers", r"\bworkers?\b"),
    ("everyone", r"\b(everyone|everybody|no one|no person|every person|all persons|any person|"
                 r"every human being|all individuals)\b|\bto all\b|\bfor all\b|"
                 r"^\W*(all|everyone) (are|is|have|shall)\b"),
]]
# "migrant workers" also matches "workers"; the family name is what researchers look for
_IMPLIES = {"migrant workers and their families": ("workers",)}


def beneficiaries(text: str) -> tuple[str, ...]:
    found = {name for name, rx in BENEFICIARIES if rx.search(text)}
    for k, drop in _IMPLIES.items():
        if k in found:
            found.difference_update(drop)
    return tuple(sorted(found))


ACTOR_HEADS = {
    "state", "states", "party", "parties", "government", "governments", "authority",
    "authorities", "member", "members", "everyone", "everybody", "one", "person", "persons",
    "people", "peoples", "child", "children", "parent", "parents", "worker", "workers",
    "employer", "employers", "women", "girls", "men", "minorities", "family", "families",
    "individual", "individuals", "migrant", "migrants", "refugee", "refugees", "country",
    "countries", "organization", "organizations", "organisation", "organisations", "all",
    "community", "communities", "guardian", "guardians", "teacher", "teachers", "school",
    "schools", "institution", "institutions", "society", "body", "bodies", "court", "courts",
    "agency", "agencies", "committee", "committees", "they", "he", "she", "we", "nationals",
    "citizens", "non-citizens", "learners", "students", "pupils", "professionals", "staff",
    "officials", "employers", "providers", "stakeholders", "municipalities", "legislature",
}
_ACTOR_RX = re.compile(
    r"\b(?:(?:Each|Every|Any|All|The|the|each|every|any|all|no|No)\s+)?(?:"
    r"(?:High\s+)?Contracting\s+(?:States?|Part(?:y|ies))|States?\s+[Pp]art(?:y|ies)|"
    r"[Mm]ember\s+States|Members?|Part(?:y|ies)|parties|Governments?|governments?|"
    r"(?:competent|public|national|local|relevant|State)\s+authorit(?:y|ies)|"
    r"[Ee]veryone|[Ee]verybody|[Nn]o\s+one|Countries|countries|States|[Ss]tate|"
    r"(?:[Mm]igrant\s+)?[Ww]orkers(?:\s+and\s+(?:employers|members\s+of\s+their\s+families))?|"
    r"[Ee]mployers|[Pp]arents|(?:[Mm]igrant\s+)?[Cc]hildren|[Pp]ersons\s+(?:belonging\s+to\s+"
    r"(?:a\s+)?national\s+minorit(?:y|ies)|with\s+disabilities|with\s+family\s+responsibilities)|"
    r"[Tt]he\s+peoples\s+concerned|All|They|they)\b")

PRONOUNS = {"they", "it", "he", "she", "we", "them"}


# --- filters: units that look normative but are not statements --------------------------------

_PROCEDURAL = re.compile(
    r"\b(ratif\w*|accession|accede[sd]?|acceding|denunciation|denounce[sd]?|entry into force|"
    r"enter(s|ed)? into force|come into force|instruments? of (ratification|acceptance|approval|"
    r"accession)|deposit(ed|ary)?|depositary|signature|open for signature|reservations?|"
    r"amendments?|authentic|equally authoritative|certified (true )?copies|Secretary[- ]General|"
    r"Director[- ]General|registered (with|by) the Secretar\w+|registration with the Secretariat|"
    r"elections?|elected|"
    r"nominat\w+|term of office|quorum|rules of procedure|International Court of Justice|"
    r"dispute|IN WITNESS WHEREOF|DONE at|DONE in|declarations? (made|addressed)|notification|"
    r"reports?\b(?! of (violence|abuse))|to report\b|reporting)\b", re.I)
# substantive words that keep a unit with a procedural word a statement ("registration of births")
_PROC_EXCEPT = re.compile(r"\b(registration of (the )?(birth|child)|registered immediately after "
                          r"birth|birth registration|immigration (authorities|enforcement|control)|"
                          r"(report|share)\w*\s+(or\s+(report|share)\w*\s+)?(personal\s+)?data)\b",
                          re.I)
_TREATY_BODIES = re.compile(
    r"\b([Tt]he Court|Grand Chamber|Chambers?|[Jj]udges?|Registrar|Committee of Ministers|"
    r"[Mm]embers? of the Committee|Conference of (the )?States Parties|Meeting of the Parties|"
    r"[Ss]tates [Pp]arties present and voting)\b")
_BODY_ACTOR = re.compile(r"^\W*(The\s+)?(Committee|Conference of (the )?States Parties|Economic and "
                         r"Social Council|General Assembly|Advisory Committee|Consultative Committee|"
                         r"Committee of Ministers|Governmental Committee|Secretariat)\b[^.]{0,60}?"
                         r"\b(shall|may|will)\b")
_DEFINITION = re.compile(
    r"\bfor the purposes? of (this|the present)\b|\bthe terms?\s+[\"'`]|\b(shall )?mean(s)?\b(?! of)"
    r"(?=\s+(any|every|a|an|the|all|persons?|children|those)\b)|\brefers? to (all|any|the)\b|"
    r"\bshall (not )?be deemed\b|\bis defined as\b|\bterms? [\"`']+[^\"`']+[\"`']+\s+(embrace|include)",
    re.I)
_CONSTRUCTION = re.compile(
    r"\b(shall|may|can)\s+(not\s+)?be\s+(construed|interpreted|understood)\b|"
    r"^\W*Nothing\s+in\b|^\W*No\s+(provision|part)\s+of\b|"
    r"^\W*(This|The present)\s+(article|Article|Convention|Covenant|Charter|Protocol|Part)\b[^.]{0,60}"
    r"\bshall\s+not\s+(prevent|affect|have the effect|apply|be applied|prejudice)\b|"
    r"\bshall\s+be\s+implemented\s+without\s+prejudice\b|"
    r"\bshall\s+(not\s+)?(affect|prejudice|derogate from)\s+(any|the)\s+(provisions?|rights?)\s+"
    r"(of|which|under)\b")
_PREAMBLE = re.compile(
    r"^\W*(Recalling|Considering|Recognizing|Recognising|Bearing in mind|Convinced|Noting|"
    r"Reaffirming|Having regard|Having considered|Desiring|Desirous|Emphasizing|Emphasising|"
    r"Concerned|Deeply concerned|Mindful|Being determined|Determined|Aware|Believing|Affirming|"
    r"Acknowledging|Taking (into account|note)|Stressing|Welcoming|Whereas|Referring|Observing|"
    r"Underlining|Expressing|Realizing|Realising|Keeping in mind|Have agreed|Having adopted|"
    r"Having decided|Proclaims|Now,? therefore)\b")
_EPISTEMIC_MAY = re.compile(
    r"\bmay\s+(also\s+|\w+ly\s+)?(be\s+(necessary|needed|required|at risk|considered|affected|faced|the case|"
    r"useful|able|in|more|less|particularly|especially|exposed|vulnerable|unable|unaware|different|"
    r"difficult|lacking|\w+ing)\b|include|require|arise|have|lead|result|cause|occur|exist|originate|affect|"
    r"involve|help|prove|differ|vary|need|face|find|become|seem|appear|constitute|contribute|create|"
    r"lose|suffer|experience|encounter|miss|remain|fail|struggle|be\s+lost|"
    r"well|therefore|thus|even)\b|"
    r"\bmay\s+not\s+(always\s+|necessarily\s+|even\s+)?(be\s+(eligible|able|aware|available|possible|"
    r"sufficient|adequate|appropriate|enough|known|in a position|the case)|have|know|receive|"
    r"understand|include|exist|apply|reflect|benefit|speak|seek|report)\b", re.I)
_MAY_LIMIT = re.compile(r"\bmay\s+(be\s+)?subject(ed)?\s+(only\s+)?to\b", re.I)


_NARRATIVE = re.compile(
    r"^.{0,80}?\b(?:the|this|that|its)\s+(?:Covenant|Convention|Charter|Declaration|provision|"
    r"[Aa]rticle\s+\d+[\w(), ]{0,30}?)\s+(?:also\s+|further\s+|thus\s+|clearly\s+)?"
    r"(?:recogni[sz]es|provides|states|requires|establishes|stipulates|guarantees|sets out|"
    r"prescribes|obliges|imposes|affirms|enshrines|protects)\b")


def filter_reason(text: str, *, preamble: bool = False) -> str | None:
    """Why a unit is not a statement (definition, preamble, procedural, construction clause), or
    None when it may be one."""
    if preamble or _PREAMBLE.match(text):
        return "preamble"
    if _DEFINITION.search(text):
        return "definition"
    if _CONSTRUCTION.search(text):
        return "construction"
    if _NARRATIVE.match(text):
        return "narrative"
    if _BODY_ACTOR.match(text):
        return "procedural"
    if (_PROCEDURAL.search(text) or _TREATY_BODIES.search(text)) and not _PROC_EXCEPT.search(text):
        return "procedural"
    return None


# --- deontic cues --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cue:
    start: int          # offsets in the unit text
    end: int
    strength: str
    deontic: str        # as written
    anchor: int         # offset of the modal/verb token the actor and aim hang on


_NEG_SUBJ = r"(?:No|no|None|none|Nor|nor|Neither|neither)"
_CUES: list[tuple[str, re.Pattern]] = [(s, re.compile(p)) for s, p in [
    # relief from an obligation ("no Party shall be bound to …") is a permission
    ("permission", r"\b(?:shall|will)\s+not\s+be\s+(?:bound|obliged|required)\b|"
                   r"\bno\s+[\w ]{1,40}?\s+shall\s+be\s+(?:bound|obliged|required)\b"),
    ("prohibition", r"\b(?:shall|must|may|should|will|can)\s+not\b(?!\s+only)|"
                    r"\b(?:shall|must|may)\s+in\s+no\s+case\b|\b(?:shall|must|should|may)n't\b|"
                    r"\bshall\s+(?:be\s+)?(?:prohibited|forbidden|outlawed)\b|"
                    r"\bshall\s+refrain\s+from\b|\bare\s+prohibited\b|"
                    r"\b" + _NEG_SUBJ + r"\s+(?:[\w'-]+\s+){0,10}?(?:shall|may|must|should)\b|"
                    r"\bare\s+entitled\s+not\s+to\s+be\s+denied\b"),
    ("recognition", r"\b(?:shall\s+|undertake\s+to\s+|also\s+)?recogni[sz]e[sd]?\s+(?:that\s+)?"
                    r"(?=[^.;:]{0,80}\bright)|"
                    r"\b(?:has|have|shall\s+have|should\s+have)\s+(?:a|the|an?\s+equal|the\s+same|equal|"
                    r"a\s+prior)?\s*rights?\b|"
                    r"\b(?:is|are|shall\s+be|should\s+be|be)\s+(?:\w+\s+)?entitled\b|\bshall\s+enjoy\b|"
                    r"\bshall\s+have\s+(?:full\s+|equal\s+)?access\b|"
                    r"\bprinciples\s+of\s+the\s+present\s+\w+\s+shall\s+be\b|"
                    r"\b(?:Parties|States|Members)\s+(?:[\w-]+\s+){0,8}?recogni[sz]e\s+that\b"
                    r"(?!\s+rights?\b)"),
    ("recommendation", r"\bshould\b|\bought\s+to\b|\b(?:recommends?|recommended|urges?|urged|"
                       r"calls?\s+(?:up)?on|encourages?|invites?|requests?)\b(?=\s+(?:that\s+)?"
                       r"(?:the\s+)?(?:all\s+)?(?:States?|Governments?|Parties|parties|Member|"
                       r"countries|it|them|the\s+State))|\bit\s+is\s+recommended\b|"
                       r"\bare\s+(?:encouraged|urged|invited)\s+to\b"),
    ("obligation", r"\bshall\b|\bmust\b|\bundertakes?\b|\bundertaken\b|"
                   r"\b(?:is|are)\s+(?:required|obliged|bound|obligated)\s+to\b|"
                   r"\b(?:has|have|are\s+under|is\s+under|bears?)\s+(?:an?|the)\s+(?:\w+\s+)?"
                   r"(?:obligation|duty|responsibility)\s+to\b|\bagree\s+that\b"),
    ("permission", r"\bmay\b"),
]]


def find_cues(text: str) -> list[Cue]:
    """All deontic cues of a unit, earliest first; overlapping weaker readings dropped (the
    first pattern list entry that covers a position wins)."""
    found: list[Cue] = []
    if not HAS_CUE.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for strength, rx in _CUES:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            dtext = m.group().strip()
            if strength == "prohibition" and dtext.startswith("may") and _EPISTEMIC_MAY.match(text, s):
                continue
            if strength == "permission" and dtext == "may":
                if _EPISTEMIC_MAY.match(text, s) and not _MAY_LIMIT.match(text, s):
                    continue
            if strength == "obligation" and dtext == "agree that":
                # "X agree that education shall …": the agreement carries the later "shall"
                nxt = re.compile(r"\bshall\b|\bmust\b").search(text, e)
                if not nxt and not text.rstrip().endswith(":"):
                    continue
            anchor = s
            mm = re.search(r"\b(shall|must|may|should|will|can|undertakes?|undertaken|recogni[sz]e[sd]?|"
                           r"ha(?:s|ve)|(?:is|are|be)|urges?|recommends?|encourages?|calls?|"
                           r"invites?|requests?|ought|agree|enjoy)\b", dtext)
            if mm:
                anchor = s + mm.start()
            found.append(Cue(s, e, strength, _tidy(dtext), anchor))
            taken.append((s, e))
    found.sort(key=lambda c: c.start)
    return found


def _tidy(deontic: str) -> str:
    d = re.sub(r"\s+", " ", deontic).strip()
    d = re.sub(r"^(?:No|no|None|none|Nor|nor|Neither|neither)\s+.*?\s+(shall|may|must|should)$",
               r"no … \1", d)
    d = re.sub(r"^(?:Parties|States|Members)\b.*?\b(recogni[sz]e that)$", r"\1", d)
    return d


HAS_CUE = re.compile(  # a superset of every word the cue patterns need: the cheap first gate
    r"\b(shall|must|may|should|will|can|cannot|shan't|mustn't|undertak\w*|recogni[sz]\w*|rights?|"
    r"entitled|enjoy|principles|prohibited|ought|recommend\w*|urg\w*|calls?|encourag\w*|"
    r"invit\w*|requests?|required|obliged|bound|obligated|obligations?|dut(?:y|ies)|"
    r"responsibilit\w*|agree)\b", re.I)


# --- parts ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Parts:
    """A unit's analysis. `strength == "none"` with `statement=True` marks a kept item whose
    chapeau is missing (nothing is lost, nothing is guessed)."""
    statement: bool
    strength: str = "none"
    deontic: str = ""
    actor: str = ""
    aim: str = ""
    object: str = ""
    condition: str = ""
    beneficiaries: tuple[str, ...] = field(default_factory=tuple)
    reason: str = ""            # why not a statement (filter name), "" otherwise


_CONDITIONS = re.compile(
    r"\b(in accordance with [^,;:.]{3,90}|in conformity with [^,;:.]{3,90}|"
    r"subject (?:only )?to [^,;:.]{3,90}|within the framework of [^,;:.]{3,60}|"
    r"where (?:appropriate|necessary|needed|applicable|relevant|possible|practicable)|"
    r"wherever (?:possible|practicable|appropriate)|when(?:ever)? (?:appropriate|necessary|applicable)|"
    r"as (?:far as|much as) (?:possible|practicable)|to the (?:maximum|fullest) extent (?:possible|of [^,;:.]{3,40})|"
    r"to the maximum of (?:its|their) available resources|within (?:their|its) means|"
    r"within (?:their|its) abilities and financial capacities|"
    r"as appropriate|if need be|in case of need|if there is (?:a )?sufficient demand|"
    r"insofar as [^,;:.]{3,90}|in so far as [^,;:.]{3,90}|provided that [^,;:.]{3,90}|"
    r"unless [^,;:.]{3,90}|except (?:when|where|on) [^,;:.]{3,90}|"
    r"(?:if|when|where) [^,;:.]{3,90}(?=,))", re.I)


def conditions(text: str) -> str:
    seen, out = set(), []
    for m in _CONDITIONS.finditer(text):
        c = re.sub(r"\s+", " ", m.group(1)).strip()
        if c.lower() not in seen:
            seen.add(c.lower())
            out.append(c)
    return "; ".join(out)


_DET = re.compile(r"^(the|a|an)\s+", re.I)
_ACTOR_TAIL = re.compile(
    r"\s+(to|of)\s+(the\s+present|this|the)\s+(framework\s+)?(Convention|Covenant|Charter|Protocol|"
    r"Agreement)\b.*$|\s+thereto\b.*$|\s+to\s+it\b.*$", re.I)


def clean_actor(actor: str) -> str:
    a = re.sub(r"\s+", " ", actor).strip(" ,;:")
    a = _ACTOR_TAIL.sub("", a)
    a = _DET.sub("", a)
    a = re.sub(r"^no\s+(?!one\b)", "", a, flags=re.I)
    return a.strip(" ,;:")


_IRREGULAR_PP = ("held|made|done|sent|kept|put|set|brought|paid|sought|heard|taught|built|laid|"
                 "bound|found|led|fed|met|read|run|shown|told|understood|drawn|borne|won|dealt|"
                 "spent|lost|left|meant|struck|cut|hit|let|shut")


def actor_by_rules(text: str, cue: Cue) -> str:
    """The nearest actor-lexicon phrase before the cue in the same clause (rules-only mode)."""
    if re.match(r"(?:it\s+is\s+)?(?:recommend|urge|encourage|call|invite|request)", cue.deontic, re.I):
        # "The Committee urges States parties to …": the addressee acts
        m = _ACTOR_RX.search(text, cue.end, cue.end + 60)
        if m:
            return clean_actor(m.group())
    left = text[:cue.anchor]
    # a passive without a by-agent has no actor
    after = text[cue.anchor:cue.anchor + 60]
    best = ""
    for m in _ACTOR_RX.finditer(left):
        best = m.group()
    if re.match(r"\w+\s+(?:\w+ly\s+|also\s+|further\s+|not\s+|,[^,]*,\s*)?be\s+(?:\w+ly\s+)?"
                r"(?:\w+(?:ed|en)|" + _IRREGULAR_PP + r")\b", after) \
            and not re.match(r"\w+\s+(?:not\s+)?be\s+entitled\b", after):
        agent = re.search(r"\bby\s+(" + _ACTOR_RX.pattern + r")", text[cue.anchor:])
        return clean_actor(agent.group(1)) if agent else ""
    if re.match(r"^(No|no)\s", best):
        return "no one" if re.search(r"\bone\b", best) else ""
    return clean_actor(best)


def aim_object_by_rules(text: str, cue: Cue) -> tuple[str, str]:
    rest = text[cue.end:]
    for _ in range(3):      # ", where appropriate," / ", in particular,"
        rest = re.sub(r"^\s*,[^,;:]{0,80},", "", rest)
    rest = re.sub(r"^[\s,]*(?:(?:also|further|furthermore|in particular|particularly|in addition|"
                  r"not|to|be|that|,)\s*)*", "", rest)
    m = re.match(r"([A-Za-z-]+)\s+(.*)", rest)
    if not m:
        return "", ""
    aim = m.group(1)
    obj = re.split(r"[,;:.]|\b(?:in order|with a view|so as|which|who|in accordance|where|when|if)\b",
                  m.group(2))[0].strip()
    words = obj.split()
    return aim, " ".join(words[:12])


def item_aim_object(text: str) -> tuple[str, str]:
    """Aim and object of an item that continues its chapeau ("a) Make primary education…")."""
    t = re.sub(r"^\s*(?:to\s+)?", "", text, flags=re.I)
    m = re.match(r"([A-Za-z-]+)\s+(.*)", t)
    if not m:
        return "", ""
    obj = re.split(r"[,;:.]|\b(?:in order|with a view|so as|which|who|in accordance|where|when|if)\b",
                   m.group(2))[0].strip()
    return m.group(1), " ".join(obj.split()[:12])


_IMPERATIVES = set("""
abolish abrogate accord adopt allow amend apply assess assist assure avoid combat consider
continue create design develop disseminate eliminate enable enact encourage endeavour enhance
ensure establish expand extend facilitate foster give grant guarantee implement improve include
increase integrate introduce invest involve maintain make mobilize mobilise monitor offer pay
permit plan prevent prioritize prioritise prohibit promote protect provide pursue raise recognize
recognise reduce refrain regularize regularise remove repeal respect review revise safeguard
secure seek set strengthen support take train undertake use withdraw""".split())


def imperative(text: str) -> bool:
    """Does an item start with a verb ("Make…", "to ensure…", "Providing…")?"""
    m = re.match(r"^\W*(?:to\s+)?([A-Za-z]+)", text, re.I)
    if not m:
        return False
    w = m.group(1).lower()
    if w in _IMPERATIVES:
        return True
    return w.endswith("ing") and (w[:-3] in _IMPERATIVES or w[:-3] + "e" in _IMPERATIVES)


def first_words(text: str, n: int = 12) -> str:
    t = re.split(r"[;:]", text.strip())[0].strip(" .,")
    return " ".join(t.split()[:n])


def chapeau_strength_fallback(text: str) -> str | None:
    """A chapeau without a deontic that still introduces measures ("…, that the States parties
    … adopt the following measures:") is a recommendation (the recommending verb is elided)."""
    if re.search(r"\b(?:adopt|take)\s+the\s+following\s+(?:measures|steps)\b", text):
        return "recommendation"
    return None


def with_beneficiaries(parts: Parts, *texts: str) -> Parts:
    b = set()
    for t in texts:
        b.update(beneficiaries(t))
    return replace(parts, beneficiaries=tuple(sorted(b)))
