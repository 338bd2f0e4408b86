"""Modality in context: which deontic cues of a unit are really deontic, read from the parse.

`statements.units.find_cues` finds every word that *can* carry a norm; this module decides, with
the dependency parse, which of them do:

- **epistemic vs deontic "may"**: "may" grants a power or liberty only to an agent. Its subject
  must be a party, person or group (not a thing: "Nationality laws may discriminate…", not a
  relative pronoun: "…, which may reinforce…"), the clause must not be hedged ("For example, …",
  "often", "also" with an experiencer verb: "She may also lack confidence…") and the verb must
  not be one of experience or causation ("may stem from", "may lack", "may fear"). A "may" in
  a relative clause or a condition ("Except where an agreement which has been, or may be,
  concluded provides otherwise") grants nothing either.
- **causatives**: "may require" and "may cause" of an agent whose object is made to act ("The
  Minister may require the owner to provide …", "… may cause the position … to be marked") or
  over the items of a lead-in ("The Governor in Council may require:") grant a power; of a
  need or an effect ("such measures may require recourse to …") they grant nothing.
- **discourse modals**: "It must be emphasized/noted/recalled that…" is the writer's voice.
- **participles**: "rights recognised by this Charter", "whether undertaken by public or private
  institutions", "measures required by…": a participle modifying a noun (or an adverbial
  participle clause) is not a deontic, and its by-phrase is not an actor.
- **quotations**: a cue inside quotation marks is the quoted text's, not the unit's — also
  when the unit opens a quotation it does not close, or closes one it never opened (a unit cut
  out of a longer quotation: "… by their development projects" (E/CN.4/…)").
- **reasoning**: what follows an impersonal "It follows that …" or "it must be recalled / borne
  in mind that …" is the writer's (or the court's) conclusion or the case-law recalled, not a
  norm the text lays down ("It follows that a former guardian … must be classified as a
  'controller' …").
- **"might" that offers a course**: in the main clause, not negated, hedged or about a state
  or an experience ("The compensation might take the form of a lump sum or of periodic
  payments", "… might include the following:"), "might" recommends an option of a recommending
  text; elsewhere ("which might be subjected to …", "might not always be compatible") a possibility.
- **entitlements**: "X shall, …, be entitled to…", "This right shall include…", "shall enjoy",
  "The arts … shall be free of constraint": a modal whose verb confers an entitlement is
  `recognition`, the framework's strength for rights held (see `models.STRENGTHS`), not
  `obligation`.
- **mood without a modal** is read in `statements.mood` (a mandative subjunctive, a request in
  a that-clause, a participial opener before a main clause); what follows "it must be recalled
  that …" is the case-law recalled, not a norm the text lays down.

Without a parse (rules-only mode) only the text-level checks apply (quotations, "… by"
participles); the lexicon-based `statements.units._EPISTEMIC_MAY` remains the fallback there.
"""
from __future__ import annotations

import re

from corpus_tool.statements import negation as NG
from corpus_tool.statements.beneficiaries import GENERAL_HEADS, PERSON_HEADS
from corpus_tool.statements.cues import MAY_LIMIT, Cue
from corpus_tool.statements.groups import beneficiaries as lexicon_groups
from corpus_tool.statements.quotes import in_quotes
from corpus_tool.statements.possibility import DISCOURSE, befalls, discourse, hindsight, not_so
from corpus_tool.statements.words import (MODALS, NON_AGENTIVE, doing_after_modal,
                                          grammatical_subject, is_agent, lemma_in,
                                          shared_subject, token_at)

# who a treaty lets refuse or deny (not "She may refuse treatment …", a possibility)
_PARTIES = {"state", "states", "party", "parties", "member", "members", "government",
            "governments", "authority", "authorities"}    # "The central authority … may refuse"
HEDGES = re.compile(r"^\W*(?:For\s+(?:example|instance)|In\s+(?:some|many|certain|practice)|"
                     r"Often|Sometimes|Moreover,?\s+(?:some|many)|However,?\s+(?:some|many))\b|"
                     r"\b(?:often|sometimes|frequently|in\s+some\s+cases|in\s+practice|"
                     r"potentially|possibly|likely|unlikely)\b", re.I)
# how a text presents its own matter: "The facts … may be summarised as follows", "… can be
# described as …" (a passive of these with a thing for subject grants nothing)
PRESENTING = DISCOURSE | {"summarise", "summarize", "describe", "outline", "say", "state",
                            "present", "illustrate", "list", "group", "divide"}
# the impersonal formulas of reasoning whose that-clause restates what others laid down or
# concludes from it ("it must be recalled that the interpretation … must …", "It follows that
# … must be classified as …"); not "It should be emphasized that … should be offered free of
# cost": the writer's own emphasis of a norm, like "The Committee emphasizes that …"
_REASONING = {"recall", "remember", "bear", "follow"}
# what a passive "may" says can come about, not what someone may do ("Formal equality may be
# achieved by adopting gender-neutral laws", "this may be exacerbated for those who …")
_COME_ABOUT = {"achieve", "exacerbate", "aggravate", "cause", "explain", "attribute", "affect"}
# the verbs by which an agent makes another act ("may require X to …", "may cause X to be …")
_CAUSATIVE = {"require", "cause"}
# verbs of judgement: a passive "might be considered/regarded …" states a view, not an option
JUDGEMENT = {"consider", "regard", "see", "view", "interpret", "understand", "expect", "argue",
              "say", "think", "thought", "deem", "describe", "call", "treat", "classify"}
INSTRUMENTS = {"convention", "covenant", "charter", "declaration", "protocol", "article",
                "directive", "regulation", "constitution", "law", "act"}
_PARTICIPLE_DEPS = {"acl", "amod", "advcl", "relcl", "npadvmod", "oprd"}
# the parts of a text ("Article 5", "Points 4.3. … of Annex VII"): a clause that makes them
# apply is a cross-reference, and a passive that points to them presents the text's matter
TEXT_PARTS = {"annex", "annexes", "article", "articles", "paragraph", "paragraphs", "chapter",
              "chapters", "section", "sections", "part", "parts", "point", "points",
              "subparagraph", "subparagraphs", "schedule", "title", "provisions"}


_PRICE = {"charge", "charges", "cost", "costs", "fee", "fees", "payment", "price"}


def _free(verb) -> bool:
    """ "The arts and scientific research shall be free of constraint", "Everyone shall be free
    to leave any country": a liberty stated. Not "Education shall be free" (of charge) nor
    "consent must be free and informed"."""
    if verb.lower_ != "be":
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ == "free":
            for k in c.children:
                if k.dep_ == "xcomp":
                    return True         # free to leave
                if k.dep_ == "prep" and k.lower_ in ("of", "from") and not any(
                        p.lower_ in _PRICE for p in k.children if p.dep_ == "pobj"):
                    return True         # free of constraint, free from interference
    return False


def _inviolable(verb) -> bool:
    """ "Freedom of the person shall be inviolable": a freedom or a dignity stated as such."""
    return verb.lower_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "inviolable"
                                       for c in verb.children)


def keep_cue_text(text: str, cue: Cue) -> bool:
    """Text-level checks that need no parse (also used in rules-only mode)."""
    # "rights recognised by this Charter", "whether undertaken by …"; "consultations may be
    # undertaken" (a passive: carried out, the modal says how strong it is)
    return not (in_quotes(text, cue.start) or doing_after_modal(text[:cue.start], cue.deontic)
                or re.fullmatch(r"(?:undertaken|recogni[sz]ed|required)", cue.deontic) and (
        re.match(r"\s+(?:by|in|under)\b", text[cue.end:]) or cue.deontic == "undertaken" and
        re.search(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", text[:cue.start], re.I)))


_CONDITION_MARKS = {"where", "if", "unless", "when", "whenever", "except", "insofar"}


def subordinate(verb) -> bool:
    """Is the verb inside a relative clause or a condition ("Except where an agreement which
    has been, or may be, concluded provides otherwise, …")? A "may" there qualifies the
    circumstances; it grants nothing."""
    if verb.dep_ in ("relcl", "pcomp"):
        return True
    if verb.dep_ in ("csubj", "csubjpass", "conj") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True     # "That … was unlawful, and that he may … be expelled, cannot negate …"
    v, hops = verb, 0
    while hops < 6 and v.head is not v:
        if v.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITION_MARKS
                                     for c in v.children):
            return True
        if v.dep_ not in ("conj", "advcl", "xcomp"):
            return False
        v, hops = v.head, hops + 1
    return False


def _epistemic_may(tok, verb, text: str) -> bool:
    if verb.dep_ == "ccomp" and lemma_in(verb.head, {"note", "observe"}) or subordinate(verb):
        return True
    subj = shared_subject(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:     # "this may be exacerbated for those who …": what may come about
        return subj is not None and subj.lower_ in ("which", "who", "that") or \
            lemma_in(verb, _COME_ABOUT)
    if subj is None:
        return lemma_in(verb, NON_AGENTIVE)
    opener = next((c for c in verb.children if c.dep_ == "advcl" and c.i < subj.i), None)
    if subj.lower_ == "it" and opener is not None and grammatical_subject(opener) is not None:
        subj = grammatical_subject(opener)  # "Where a supervisory authority has …, it may …"
    if not is_agent(subj):
        return True
    if HEDGES.search(text):
        return True
    if lemma_in(verb, {"refuse", "deny"}) and subj.lower_ in _PARTIES and verb.dep_ != "advcl":
        return False        # "Contracting States may refuse to recognize a divorce …": a ground
    if lemma_in(verb, _CAUSATIVE) and (_makes_act(verb) or
                                        lemma_in(verb, {"require"}) and _opens_items(verb)):
        return False        # an agent makes someone act: "Any Party that supplies information …
        # may require the other Party to explain …", "The chief fire officer may cause the
        # position of a fire hydrant to be marked …", "The Governor in Council may require:" (its
        # items); not "… may require resources", "Parents may cause their children to suffer"
    return lemma_in(verb, NON_AGENTIVE)


def _makes_act(verb) -> bool:
    """Does this causative take an infinitive of what an agent is made to do or a thing made
    to undergo ("require the owner to provide …", "require that chemicals … be labelled";
    "cause the position … to be marked …", whose infinitive the parse may hang on the object's
    last noun)? Not a need ("require assistance to implement …": no one is made to act), nor
    what a person suffers ("cause them to suffer")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    done = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")] + [
        t for o in objects for t in o.subtree if t.dep_ in ("relcl", "acl") and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]

    def made(v) -> bool:
        if lemma_in(verb, {"cause"}) and lemma_in(v, NON_AGENTIVE):
            return False
        if any(c.dep_ == "auxpass" for c in v.children) or \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
            return True
        doer = grammatical_subject(v) if v.dep_ == "ccomp" else None
        return any(is_agent(o) for o in ([doer] if doer is not None else objects))
    return any(made(v) for v in done)


def _opens_items(verb) -> bool:
    """Does the clause of this verb end on a colon with its object left to the items below
    ("The Governor in Council may require:")?"""
    last = [t for t in verb.subtree if not t.is_space][-1]
    return last.text in (":", "—", "-") and not any(c.dep_ in ("dobj", "ccomp", "xcomp")
                                                      for c in verb.children)


def _option_might(verb, text: str) -> bool:
    """Does "might" offer a course here: the main clause (or a verb conjoined to it), not
    negated, not hedged, not a state, an experience or a view ("The compensation might be
    effected …", "The scheme might subrogate in the victim's claims")?"""
    v = verb
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    if v.dep_ != "ROOT" or any(c.dep_ == "neg" for c in verb.children) or HEDGES.search(text):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in v.children):
        return False    # a consequence: "if land users are deprived …, their right might be …"
    if any(c.dep_ == "auxpass" for c in verb.children):
        return not lemma_in(verb, JUDGEMENT)
    if lemma_in(verb, {"include"}) and re.search(r"(?:\bthe\s+following|:|\s-)\s*$", text):
        return True     # "These guarantees might include the following:" offers its items
    subj = shared_subject(verb)
    return not lemma_in(verb, NON_AGENTIVE) and not (subj is not None and subj.lower_ == "it" and
                                                 subj.dep_ == "expl")


def offers_course(doc, cue: Cue) -> bool:
    """Does a deontic "may" offer its subject a course ("States may grant refugee status on a
    group basis", "States parties may wish to consider …"): active voice, an agent for subject,
    a verb of action, in a main clause? In a recommending text that is a recommendation. Not a
    passive ("Women migrant workers may be subjected to …", what may happen to people) nor a
    thing for subject: those keep their reading."""
    tok = token_at(doc, cue.anchor)
    if tok is None or tok.lower_ != "may" or tok.dep_ != "aux":
        return False
    verb = tok.head
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children) or subordinate(verb):
        return False
    subj = shared_subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and is_agent(subj) and \
        subj.lower_ not in ("which", "who", "that") and not lemma_in(verb, NON_AGENTIVE)


def causative_need(doc, text: str, cue: Cue) -> bool:
    """Is this "may" of "require" or "cause" a need or an effect, not a power ("such measures may
    require recourse to specialised … services")? The text-level gate (`cues._EPISTEMIC_MAY`)
    lets a causative with an object and an infinitive through for the parse to judge; the
    detector's unfiltered reading, which skips the parse's checks, asks this one still."""
    tok = token_at(doc, cue.anchor)
    if tok is None or tok.lower_ != "may" or tok.dep_ != "aux" or cue.strength != "permission" or \
            not lemma_in(tok.head, _CAUSATIVE):
        return False
    return _epistemic_may(tok, tok.head, text)


def check_cue(doc, text: str, cue: Cue) -> Cue | None:
    """The cue as the parse reads it in context: None when it is not deontic here (epistemic,
    discourse, reasoning, participle), the cue with strength `recognition` when its verb confers
    an entitlement, else the cue unchanged."""
    if not keep_cue_text(text, cue):
        return None
    tok = token_at(doc, cue.anchor)
    if tok is None:
        return cue
    if _reasoned(tok.head if tok.dep_ in ("aux", "auxpass") else tok):
        return None     # "It follows that … must be classified as …"
    if hindsight(tok):
        return None     # "… should have obtained guarantees": judged after the fact
    asked = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    if asked.dep_ != "ROOT" and any(c.dep_ == "mark" and c.lower_ == "whether"
                                    for c in asked.children):
        return None     # "… shall determine … the question whether a right to damages may be
        # assigned", "Another important issue is whether discrimination … is prohibited by the
        # Covenant" (trial 36, P8): a question asked, not a norm
    if tok.lower_ in MODALS and tok.dep_ in ("aux", "auxpass"):
        verb = tok.head
        # the parser may hang the subject on the modal itself: "No detained or imprisoned person
        # shall, even with his consent, be subjected to …"
        subj = grammatical_subject(verb) or grammatical_subject(tok)
        if tok.lower_ == "might":
            return cue if _option_might(verb, text) else None
        denied = NG.denied(verb, subj) or NG.opened_by_no(tok)
        if not denied:  # "… no consequences other than those which may result from …"
            cue = NG.as_it_stands(cue, tok, verb)
        if tok.lower_ == "may" and cue.strength == "permission" and (befalls(tok) or (
                not MAY_LIMIT.match(text, cue.start) and _epistemic_may(tok, verb, text))):
            return None     # what may be true of people ("they may be subject to abuse")
        if tok.lower_ == "may" and cue.strength == "prohibition" and not_so(verb, subj):
            return None     # "… it may not yet be possible to conclude that …"
        if discourse(tok):
            return None     # "It must be emphasized that …"
        if tok.lower_ in ("may", "can") and lemma_in(verb, PRESENTING) and \
                any(c.dep_ == "auxpass" for c in verb.children) and \
                (subj is None or not is_agent(subj)):
            return None     # "The facts of the case … may be summarised as follows."
        if subj is not None and subj.lower_ in ("we", "i") and tok.lower_ in ("shall", "will"):
            return None     # the author's future: "As we shall demonstrate, …"
        if subj is not None and lemma_in(verb, {"remain", "cease", "continue"}) and \
                subj.lower_ in INSTRUMENTS | TEXT_PARTS:
            return None     # "The Convention shall remain in force for …": the text's own life
        if subj is not None and _applies_parts(verb, subj):
            return None     # "Points 4.3. … of Annex VII shall also apply." (cross-reference)
        if tok.lower_ == "shall" and lemma_in(verb, {"construe", "interpret"}) and \
                any(c.dep_ == "auxpass" for c in verb.children):
            # "The term people … shall in no way be interpreted …": the instrument's
            # construction clause, however its negation is written (a treaty body's "… must
            # be interpreted in an age and gender-sensitive manner" is guidance to States)
            return None
        if verb.tag_.startswith("VB") and subj is not None and is_agent(subj) and (
                lemma_in(verb, {"consist", "comprise"}) or (lemma_in(verb, {"compose"}) and any(
                    c.dep_ == "auxpass" for c in verb.children))):
            return None     # "The Task Force shall consist of …": a body's composition, stated
            # ("The assessment process should comprise …" is what it must contain)
        if denied:      # "No pre-judgment measures of constraint, such as …, may be taken"
            cue = NG.prohibited(cue, tok)
        if cue.strength == "obligation" and (
                verb.lower_ == "entitled" or lemma_in(verb, {"enjoy"}) or _free(verb) or
                _inviolable(verb) or _receives(verb, subj) or
                (lemma_in(verb, {"include"}) and subj is not None and lemma_in(subj, {"right"}))):
            return Cue(cue.start, cue.end, "recognition", cue.deontic, cue.anchor)
        return cue
    subj = grammatical_subject(tok)
    if subj is not None and tok.tag_ in ("VBZ", "VBP") and lemma_in(tok, _PROVIDING) and \
            subj.lower_ in TEXT_PARTS:
        return None     # "Articles 5 and 17 of the … Declaration … recognize this right …": what
        # a part of a text provides, described (not "The … Charter guarantees the rights …")
    if tok.tag_ == "VBN" and tok.dep_ in _PARTICIPLE_DEPS and \
            not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None     # "rights recognised by …", "measures required under …"
    if cue.deontic.endswith("to be") and subordinate(tok.head if tok.dep_ == "xcomp" else tok):
        return None     # "the process by which the right to education is to be promoted"
    return cue


def _receives(verb, subj) -> bool:
    """"The peoples concerned shall … receive fair compensation", "Victims shall receive …":
    what people are to receive is theirs by right, not their duty (a researcher's trial 26);
    a body that receives reports or complaints is not people."""
    return subj is not None and lemma_in(verb, {"receive"}) and not any(
        c.dep_ == "neg" for c in verb.children) and (
        subj.lower_ in PERSON_HEADS or subj.lower_ in GENERAL_HEADS | {"they", "peoples"}
        or bool(lexicon_groups(subj.text)))


# what a part of a text does when it is described ("Articles 5 and 17 of the … Declaration
# recognize this right")
_PROVIDING = {"recognize", "recognise", "provide", "guarantee", "enshrine", "affirm", "establish",
              "require", "protect", "state", "stipulate", "prescribe", "set"}


def _applies_parts(verb, subj) -> bool:
    """Does the clause only make parts of a text apply ("Points 4.3., 4.4. … of Annex VII shall
    also apply", "Article 5 shall apply mutatis mutandis", "The provisions of the Convention
    shall apply … to this Protocol"): the verb "apply" without an object or persons it extends
    to, its subject a part of the text? A cross-reference, not a norm of its own; not "These
    measures shall apply to …", "States shall apply …" nor a passive ("… shall be applied in good
    faith"), which asks someone to apply them. "It shall not apply to:" is the instrument's scope
    clause over its items (the instrument named before)."""
    if not lemma_in(verb, {"apply"}) or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) and \
            not any(t.lower_ == "mutatis" for t in verb.subtree):
        return False    # "The provisions of the Convention shall be applied without
        # discrimination to …": someone is to apply them (not "… shall be applied mutatis mutandis")
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and is_agent(o) and o.lower_ not in INSTRUMENTS
            for o in c.children) for c in verb.children):
        return False    # "The provisions of this article shall also apply to members of the
        # migrant worker's family …": extended to persons, a norm
    return subj.lower_ in TEXT_PARTS | {"agreement", "arrangement", "convention", "treaty", "it"} or (
        subj.pos_ == "NUM" and subj.head.lower_ in TEXT_PARTS)  # "This Agreement shall apply,"


def contextual_cues(cues: list[Cue], doc, text: str) -> list[Cue]:
    """`cues` filtered and re-read in context (see `check_cue`); without a parse only the
    text-level checks, and no "might" (only the parse tells an option from a possibility)."""
    out = []
    for c in cues:
        if doc is not None:
            k = check_cue(doc, text, c)
        else:
            k = c if keep_cue_text(text, c) and c.deontic != "might" else None
        if k is not None:
            out.append(k)
    return out


def _reasoned(verb) -> bool:
    """Is the verb inside the that-clause of an impersonal formula of reasoning: "It follows
    that …", "it must be recalled / borne in mind / noted / emphasized that …"?"""
    v, hops = verb, 0
    while hops < 4 and v.dep_ in ("ccomp", "conj") and v.head is not v:
        v, hops = v.head, hops + 1
        subj = grammatical_subject(v)
        if v.dep_ != "conj" and lemma_in(v, _REASONING) and subj is not None and \
                subj.lower_ == "it":
            return True
    return False
