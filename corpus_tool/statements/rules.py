"""Institutional-Grammar parts of a unit by lexicon rules, without a parse: actor, aim,
object, condition, beneficiaries; `parts` improves on them when a spaCy parse is there."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus_tool.statements.cues import ACTOR_RX, ACTOR_HEADS, Cue


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


# articles, and the quantifiers an addressee may carry ("Urges various governments …")
_DET = re.compile(r"^(the|a|an|various|several|numerous|its|their|both|other|either)\s+", re.I)
# how many of the actors, or which other one, the sentence speaks of, not who they are ("Neither
# Contracting Party shall …", "two or more Parties shall …", "only the Republic of Panama shall
# …", "… may be appointed by another Government")
_QUANTIFIER = re.compile(r"^(?:only|neither|another|(?:one|two|three|four|five)\s+or\s+more)\s+",
                         re.I)


_ACTOR_TAIL = re.compile(
    r"\s+(to|of)\s+(the\s+present|this|the)\s+(framework\s+)?(Convention|Covenant|Charter|Protocol|"
    r"Agreement)\b.*$|\s+thereto\b.*$|\s+to\s+it\b.*$", re.I)


# a paragraph number the source glued to the subject ("3.A Member may …", "7.The competent
# bodies …")
_GLUED_NUMBER = re.compile(r"^\(?\d{1,3}[.)](?=[A-Z])|"
                           # a section's number before its subject ("2.1.2 Parties with …")
                           r"^\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[A-Z])|"
                           # a capital letter's item ("A. Rivergrove agrees to:")
                           r"^[A-H]\.\s+(?=[A-Z][a-z])")


def clean_actor(actor: str) -> str:
    a = re.sub(r"\s+", " ", actor).strip(" ,;:")
    # a heading glued to the sentence ("Primary Pollutants of ConcernThe Contracting Parties")
    a = re.sub(r"^[^,;:]*?[a-z](?=(?:The|Each|Every|All|Any)\s)", "", a)
    a = _GLUED_NUMBER.sub("", a)
    a = _ACTOR_TAIL.sub("", a)
    a = _DET.sub("", _QUANTIFIER.sub("", a))
    a = re.sub(r"^no\s+(?!one\b)", "", a, flags=re.I)
    a = re.sub(r"^that(?:\s+|$)", "", a)    # "Also recommends that:": the items name their own
    # the determiners inside a list of actors ("The State and all institutions …" → "State and
    # institutions …", "the Secretary of State and the Secretary of the Treasury")
    a = re.sub(r"((?:,|\band|\bor)\s+)(?:the|all)\s+(?=\w)", r"\1", a)
    a = a.strip(" ,;:")
    if re.fullmatch(r"(?:he|she)\s*(?:or|/)\s*(?:she|he)", a, re.I):
        return "he"     # "he or she shall …": a pronoun, read for its antecedent
    # "All revenues … shall …": "All"; "… by whomsoever held": no one named
    return "" if a.lower() in _BARE_DETERMINERS or a.lower().split(" ")[0] in _ANYONE_AT_ALL \
        else a


_BARE_DETERMINERS = {"all", "each", "every", "any", "both", "such", "some"}
_ANYONE_AT_ALL = {"whomsoever", "whosoever", "whom"}


_IRREGULAR_PP = ("held|made|done|sent|kept|put|set|brought|paid|sought|heard|taught|built|laid|"
                 "bound|found|led|fed|met|read|run|shown|told|understood|drawn|borne|won|dealt|"
                 "spent|lost|left|meant|struck|cut|hit|let|shut")


def actor_by_rules(text: str, cue: Cue) -> str:
    """The nearest actor-lexicon phrase before the cue in the same clause (rules-only mode)."""
    if re.match(r"(?:it\s+is\s+)?(?:recommend|urge|encourage|call|invite|request)", cue.deontic, re.I):
        # "The Committee urges States parties to …": the addressee acts
        m = ACTOR_RX.search(text, cue.end, cue.end + 60)
        if m:
            return clean_actor(m.group())
    left = text[:cue.anchor]
    # a passive without a by-agent has no actor
    after = text[cue.anchor:cue.anchor + 60]
    best = ""
    for m in ACTOR_RX.finditer(left):
        best = m.group()
    if re.match(r"\w+\s+(?:\w+ly\s+|also\s+|further\s+|not\s+|,[^,]*,\s*)?be\s+(?:\w+ly\s+)?"
                r"(?:\w+(?:ed|en)|" + _IRREGULAR_PP + r")\b", after) \
            and not re.match(r"\w+\s+(?:not\s+)?be\s+entitled\b", after):
        agent = re.search(r"\bby\s+(" + ACTOR_RX.pattern + r")", text[cue.anchor:])
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
secure seek set strengthen support take train undertake use withdraw sign ratify accede deepen
intensify expedite redouble step combat address investigate punish criminalize criminalise
adapt amend bring build conduct collect counter""".split())


# "-ing" words that open a phrase as prepositions, not actions ("According to UNICEF, a child
# rights approach is one that:")
_PREPOSITIONS = {"according", "regarding", "concerning", "following", "pending", "notwithstanding"}


def imperative(text: str) -> bool:
    """Does an item start with a verb ("Make…", "to ensure…", "Providing…")?"""
    m = re.match(r"^\W*(?:to\s+)?([A-Za-z]+)", text, re.I)
    if not m:
        return False
    w = m.group(1).lower()
    if w in _IMPERATIVES:
        return True
    return w not in _PREPOSITIONS and w.endswith("ing") and (
        w[:-3] in _IMPERATIVES or w[:-3] + "e" in _IMPERATIVES)


# a review's recommendation closes on the State that made it ("… against minorities (Angola);",
# "… (United Kingdom of Great Britain and Northern Ireland)."), the Universal Periodic Review's
# form: not an abbreviation ("(CRC)"), a number or a reference
_NAME = r"(?:d['\u2019])?[A-Z][\w'\u2019.-]*[a-z][\w'\u2019.-]*"
_STATE = rf"{_NAME}(?:\s+(?:(?:and|of|the|de|du)\s+)*{_NAME})*"
_RECOMMENDED_BY = re.compile(rf"\(\s*{_STATE}(?:\s*[,;]\s*{_STATE})*\s*\)\s*[;.]?\s*$")


def recommended_by(text: str) -> bool:
    """Does a unit close on the name of the State that recommends it, in brackets?"""
    return bool(_RECOMMENDED_BY.search(text))


def first_words(text: str, n: int = 12) -> str:
    t = re.split(r"[;:]", text.strip())[0].strip(" .,")
    return " ".join(t.split()[:n])


# the addressee of a treaty body's recommendations when an item names none: an item "To adopt…"
# with no chapeau in the text (CERD General Recommendation 27) asks the States parties to act
DEFAULT_ADDRESSEE = "States parties"
_TO_ITEM = re.compile(r"^\W*To\s+([a-z]+)\b")


# "The High Commissioner for Human Rights consider …": a capitalised name, then a verb of the
# imperative list in its base form (a mandative subjunctive; the parse confirms it)
_SUBJUNCTIVE = re.compile(r"^\W*(?:The\s+)?[A-Z][\w-]*(?:,?\s+(?:[A-Z][\w-]*|for|of|on|against|and|"
                          r"the|to|in))*\s+([a-z]+)\b")


def infinitive_start(text: str) -> bool:
    """Does the unit open "To <verb>…" or "<Name> <verb>…" (worth a parse: it may be a
    chapeau-less item, an infinitive or a subjunctive)?"""
    if _TO_ITEM.match(text):
        return True
    m = _SUBJUNCTIVE.match(text)
    return bool(m) and m.group(1) in _IMPERATIVES


# an item that opens on a participle and goes on to what its chapeau asks ("Taking into account
# the problems of …, to ensure an equitable distribution …")
_INFINITIVE_AFTER_OPENER = re.compile(r"^\W*[A-Z][a-z]+ing\b[^;:]*?,\s+to\s+[a-z]+\b")


def continues_infinitive(text: str) -> bool:
    """Does an item open on a participle and go on with "to <verb>" (`_INFINITIVE_AFTER_OPENER`),
    an operative chapeau's infinitive list, not a preamble's "Taking into account …,"?"""
    return bool(_INFINITIVE_AFTER_OPENER.match(text))


def chapeau_less_item(text: str) -> bool:
    """A recommendation item that lost its chapeau: "To adopt…", "To ensure…"."""
    m = _TO_ITEM.match(text)
    return bool(m) and imperative(m.group(1))


_REC_LIST = re.compile(r"\b(?:the\s+)?(?:following\s+)?recommendations\b(?![^:]{0,40}\bof\s+the\s+"
                       r"Committee\b)")
_REC_ADDRESSEE = re.compile(r"\b(?:examined|accepted|supported|noted|considered)\s+by\s+"
                            r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})|\bsupport\s+of\s+"
                            r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")


def recommendation_addressee(text: str) -> str:
    """Who a list of recommendations is addressed to, when its chapeau names it ("… have been
    examined by Slovenia and enjoy the support of Slovenia:")."""
    m = _REC_ADDRESSEE.search(text)
    return (m.group(1) or m.group(2)) if m else ""


_LEAD_ADVERBIAL = re.compile(r"^\W*(?:In\s+particular|Also|Further(?:more)?|Moreover|"
                             r"In\s+addition|Specifically),?\s+")


def imperative_chapeau(text: str) -> bool:
    """A list's chapeau that is itself a recommended action without a modal ("In particular,
    repeal the following:", "(a) Adopt … measures …, including by:"), as in the nested
    recommendation lists of treaty bodies."""
    return text.rstrip().endswith(":") and imperative(_LEAD_ADVERBIAL.sub("", text))


# the subject a chapeau without a deontic leaves to its items ("When interpreting the Bill of
# Rights, a court, tribunal or forum -" / "(c) may consider foreign law."): a trailing noun
# phrase after a comma or at the start, opened by a determiner
_TRAILING_SUBJECT = re.compile(
    r"(?:^|,\s+)((?:[Aa]|[Aa]n|[Tt]he|[Ee]very|[Ee]ach|[Aa]ny)\s+[\w-]+(?:\s+[\w-]+)?"
    r"(?:,\s+[\w-]+)*(?:,?\s+(?:or|and)\s+[\w-]+)?)\s*(?::|-)\s*$")
# the pieces of a lead-in: its paragraph marker ("(2) ", "3. "), the words that make a noun phrase
# a clause, and a verbless modal at its end, an aside allowed before the dash ("… shall:", "The
# Legislature of a State may, by law,—")
_MARKER = r"(?:\(\w{1,4}\)\s+|\w{1,4}[.)]\s+)?"
_CLAUSE_WORDS = r"shall|must|should|will|may|can|is|are|was|were|has|have|had|does|do|that|which|who"
_MODAL_END = r"(?:shall|must|should|will|may)(?:\s*,[^,:;]{1,60},?)?\s*[:-]\s*$"
# a lead-in that is a noun phrase alone, its items the clauses it is subject of ("(1) A person
# carrying on the business of informal trader— … (g) may not carry on …"): its head is the
# word after the determiner
_LEAD_IN_NP = re.compile(
    r"^" + _MARKER + r"((?:[Aa]|[Aa]n|[Tt]he|[Ee]very|[Ee]ach|[Aa]ny)\s+"
    r"(?:(?!\b(?:" + _CLAUSE_WORDS + r"|following)\b)[^,:;()]){2,90}?)\s*[:-]\s*$")


def chapeau_subject(text: str) -> str:
    """The actor a chapeau without a deontic hands to its items, if it ends on one ("…, a court,
    tribunal or forum -" → "court, tribunal or forum")."""
    m = _TRAILING_SUBJECT.search(text)
    if not m or not any(w.lower() in ACTOR_HEADS for w in re.findall(r"[\w-]+", m.group(1))[1:]):
        m = _LEAD_IN_NP.match(text)
        if not m or re.findall(r"[\w-]+", m.group(1))[1].lower() not in ACTOR_HEADS:
            return ""
    # "The Government will:" (its items are what the Government will do) → "Government"
    return clean_actor(re.sub(r"\s+(?:will|shall|must|should|may)$", "", m.group(1)))


# the subject a lead-in leaves to its items when the parse cannot find it: "…, each City
# department and office shall:" (a modal with no verb, which the parser takes for the root),
# "… shall take place only if the competent authorities of the State of origin:" (the items
# are what that subject has done: "d) have ensured …"); a noun phrase without a verb
_NP = (r"((?:[Tt]he|[Ee]ach|[Ee]very|[Aa]ny|[Aa]ll)\s+(?:(?!\b(?:" + _CLAUSE_WORDS +
       r")\b)[^,:;]){2,90}?)")
_LEAD_IN_SUBJECT = re.compile(
    r"(?:^" + _MARKER + r"|,\s+)" + _NP + r"\s+" + _MODAL_END + r"|"
    r"\b(?:if|unless|where|when|whenever)\s+" + _NP + r"\s*[:-]\s*$")


def ends_on_modal(text: str) -> bool:
    """Does the (normalised) lead-in end on a modal without its verb ("…, each City department
    and office shall:", "The Legislature of a State may, by law,—")?"""
    return bool(re.search(r"\b" + _MODAL_END, text))
# what a text names that is a thing, not a body, however it is capitalised ("The Open Government
# Report shall address …", "The Open Data Plan shall include …")
DOCUMENT_HEADS = {"report", "reports", "plan", "plans", "list", "lists", "catalog", "catalogue",
                  "portal", "policy", "strategy", "programme", "program", "website", "inventory",
                  "register", "registry", "directive", "order", "regulations", "guidelines",
                  "agreement", "act", "code", "standard", "standards"}


def lead_in_subject(text: str) -> str:
    """The actor a lead-in hands to its items from the noun phrase it ends on, before its
    verbless modal or after "only if", when it names a body ("…, each City department and
    office shall:" → "City department and office")."""
    m = _LEAD_IN_SUBJECT.search(text)
    if not m:
        return ""
    np = m.group(1) or m.group(2)
    words = re.findall(r"[\w-]+", np)[1:]
    if not any(w.lower() in ACTOR_HEADS or w[:1].isupper() for w in words[:4]) or \
            any(w.lower() in DOCUMENT_HEADS for w in words[:4]):
        return ""
    return clean_actor(np)


# what makes a lead-in a clause rather than a label ("The objectives … are:", "… include:")
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|includ\w*|contain\w*|shall|should|"
                          r"will|would|may|must|can|could|has|have|had|following)\b", re.I)


def topic_label(chapeau: Parts | None, text: str) -> bool:
    """Is the chapeau only a topic's label ("Segregation:", "Administration of justice:",
    "Multiple discrimination against women members of descent-based communities:"): no
    statement, six words at most, or twelve without a word that makes a clause? The items
    under it stand on their own."""
    n = len(text.split())
    return chapeau is not None and not chapeau.statement and (
        n <= 6 or n <= 12 and not _CLAUSE_WORD.search(text))


# measures a lead-in calls needed: "However, the following measures are of crucial importance:"
# (CESCR GC 26 para. 55; a researcher's trial 27)
_MEASURES_LIST = re.compile(
    r"\b[Tt]he\s+following\s+(?:[\w-]+\s+){0,2}?(?:measures|steps|actions)\s+(?:is|are)\s+"
    r"(?:also\s+)?(?:of\s+(?:crucial|critical|particular|key|vital|paramount)\s+importance|"
    r"essential|crucial|vital|critical|necessary|required|recommended)\b")


def names_measures(text: str) -> bool:
    """Does a lead-in name measures or steps ("Specific measures include, but are not limited
    to, the following:")?"""
    return bool(re.search(r"\b(?:measures|steps)\b", text, re.I))


# a treaty body's core obligations listed under its view of them ("In the Committee's view, at
# least a number of core obligations in relation to the right to water can be identified, which
# are of immediate effect:", CESCR GC 15 para. 37; "these core obligations include at least the
# following obligations:", GC 14 para. 43): the Committee's own view of an obligation, not a
# description of a provision (the gold sets' CESCR GC 15 and GC 21 items; trial 35, P3)
_CORE_OBLIGATIONS = re.compile(r"\b(?:core|minimum)\s+obligations\b[^.;]*:\s*$", re.I)


def chapeau_strength_fallback(text: str) -> str | None:
    """A chapeau without a deontic that still introduces measures ("…, that the States parties
    … adopt the following measures:", "In particular, repeal the following:") is a
    recommendation (the recommending verb is elided); one that introduces core obligations
    (`_CORE_OBLIGATIONS`) lends them as obligations."""
    if _CORE_OBLIGATIONS.search(text):
        return "obligation"
    if re.search(r"\b(?:adopt|take)\s+the\s+following\s+(?:measures|steps)\b", text):
        return "recommendation"
    if _MEASURES_LIST.search(text) and text.rstrip().endswith(":"):
        return "recommendation"
    if _REC_LIST.search(text) and text.rstrip().endswith(":"):
        return "recommendation"
    if imperative_chapeau(text) or operative_recommendation(text):
        return "recommendation"
    return None


# the operative part of a treaty body's recommendation or a resolution, its author unnamed before
# the list ("Recommends to States parties:", "Also recommends:", "Urges States to:")
_OPERATIVE = re.compile(r"^\W*(?:(?:Also|Further)\s+)?(?:[Rr]ecommends|[Uu]rges|"
                        r"[Cc]alls\s+(?:up)?on|[Ee]ncourages|[Ii]nvites)\b[^:;.]*:\s*$")


def operative_recommendation(text: str) -> bool:
    """Is the chapeau a recommending body's operative clause without its subject
    (`_OPERATIVE`)?"""
    return bool(_OPERATIVE.match(text))
