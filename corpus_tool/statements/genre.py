"""A document's genre, from its manifest type and legal force, and how it changes the reading of
a unit (the same sentence says different things in a constitution and in a general comment):

- **recommending** (a general comment, a general recommendation, a recommendation, a resolution,
  concluding observations or a report that binds no one): a "may" that offers a duty-bearer a
  course is a recommendation (`modality.offers_course`); a "may" whose subject is a group the
  text protects ("Women migrant workers may receive lower wages than …", "Girls may drop out of
  school") states what can happen to them, not a liberty granted: it is no deontic there.
- **resolving** (a resolution or a report: an assembly or an author speaking in its own voice,
  binding no one): read as a recommending text, except that a bare "To …" clause is the
  author's own act ("To receive with gratitude …", "To affirm that this church will …"), a
  recommendation only when it addresses someone ("To encourage the Office … to plan …");
  in a treaty body's list such a clause asks the States parties to act. A government's
  strategy, action plan or programme speaks in its issuer's voice too, and commits it: a
  chapeau that pledges ("To build back better, we will:", "The Administration will:") lends its
  items an `obligation` of the issuer (`voice.commitment`), not a recommendation to "States
  parties";
  so does a main clause of its own ("This Administration will continue to …", "We are
  committed to …", "A national register will be established", `voice.pledge`) and a bare action
  item ("Enhance education and outreach efforts …", `voice.action_item`). This is the
  **pledging** genre.
- **declaring** (a non-binding declaration, a compact, a programme of action): its authors'
  voice is read as a pledging text's (their commitments, their action items, "we" as the
  issuer) and so are their calls on others (`voice.own_call`: "The World Conference … calls on
  all States to …", "We call for …"); its "may" is read as in a text of no genre, since a
  declaration also proclaims rights (session 38).
- **enacting** (a binding text that lays down the law: a constitution, a statute, a treaty, an
  EU act; not a judgment, binding but reasoning in the present tense): a main clause in the
  simple present without a modal can enact a guarantee ("Human life is protected by the law",
  "Everyone enjoys the secrecy of correspondence", "The State respects and protects freedom of
  belief"), as "shall" does in other instruments.
- **conduct** (a private code: a code of conduct, community guidelines, terms of use): a
  community or a company sets rules for its own members or users; its imperatives and its
  lists of conduct under a lead-in without a modal are its norms (`conduct`).
- **judging** (a judgment): the court reasons in the present tense and says what the law
  "must" mean; a "shall" in it is the legislation it quotes ("The controller shall facilitate
  …", GDPR Art. 12(2) in C-154/21), not a norm of the judgment. Otherwise read as a text of no
  known genre.

`stage` reads the genre of each document from the index (`genre_of`); `parts` applies the
readings with the parse.
"""
from __future__ import annotations

from corpus_tool.statements import cues as C, groups as G, modality as M, words as W
from corpus_tool.statements.conduct import CONDUCT_TYPES
from corpus_tool.statements.cues import Cue

# Document types whose operative text recommends (the unseen gold's protocol: a "may" that
# offers the addressee a course there is a recommendation): with legal_force non-binding. Not
# declarations (they proclaim rights: "Everyone … may"), and not a document of no stated type
# (a constitution added without one defaults to non-binding too).
RECOMMENDING_TYPES = frozenset({"general comment", "general recommendation", "recommendation",
                                "resolution", "concluding observations", "report"})
# recommending types in the author's own voice: their bare "To …" clauses are its own acts
_OWN_VOICE_TYPES = frozenset({"resolution", "report"})
# own-voice types in which a government sets out its own future action (`pledging`: a strategy,
# an action plan, a programme, a policy: manifest types, README "statements"), or governments
# jointly theirs (a summit's communiqué: "We will explore …", "We are committed to …"; two heads
# of State's joint statement: "President X and President Y committed to …"), or an
# administration's own, as its fact sheets and press briefings announce them ("The
# Administration is committed to …", "We're going to do everything we can …"); the unseen
# gold's amendment covers the voice, not a list of types; a declaration proclaims rights)
_PLEDGING_TYPES = frozenset({"strategy", "action plan", "programme", "policy", "communiqué",
                             "communique", "joint statement", "press briefing", "fact sheet"})
# non-binding declarations (the **declaring** genre): an intergovernmental declaration, a compact
# or a programme of action speaks in its authors' voice ("We commit to …", "We will …", "The
# World Conference … urges States to …", bare action items "Enact laws …" under a chapeau the
# unit lost) and commits them as a pledging text does; it also proclaims rights, so its "may"
# is read as in a text of no genre ("Persons belonging to minorities may exercise their rights
# …" stays a permission): the pledging genre's own-voice readings without the recommending
# genres' readings of "may" (session 38, README of the unseen gold)
_DECLARING_TYPES = frozenset({"declaration", "political declaration", "compact",
                              "global compact", "programme of action", "program of action",
                              "platform for action", "outcome document"})
# the deontic of what a pledging text commits its issuer to (`voice.commitment`, `voice.pledge`)
COMMITMENT = "will (commitment)"
# the actor of a pledging text's "we", of its bare action items and of its agentless passives:
# the issuer, which the document's manifest names; the stage and `stage.extract` put the issuer
# (or nothing, when it is not known) in its place (`rows.with_issuer`), so it is never stored
ISSUER = "(the issuer)"

GENRES = ("", "recommending", "resolving", "pledging", "declaring", "enacting", "conduct",
          "judging")
# the genres in the author's own voice (a "pledging" text is a "resolving" one that also commits)
OWN_VOICE_GENRES = frozenset({"resolving", "pledging", "declaring"})
# the genres whose authors commit themselves in their own voice (`voice`): a government's plan,
# and a declaration
PLEDGING_GENRES = frozenset({"pledging", "declaring"})
# the genres whose "may" offers a course and whose "may" of a protected group is no deontic
RECOMMENDING_GENRES = frozenset({"recommending", "resolving", "pledging"})
# the genres that address their recommendations to others (a treaty body, an assembly, a
# report): a bare imperative there recommends to the addressee
ADDRESSING_GENRES = frozenset({"recommending", "resolving"})
# the deontic of a guarantee read from the present tense of an enacting text
PRESENT_TENSE = "(present tense)"
# binding, but what its present tense says is reasoning and narrative, not enactment
_NARRATING_BINDING_TYPES = frozenset({"judgment"})


def genre_of(doc_type: str, legal_force: str) -> str:
    """The genre (`GENRES`) of a document of this manifest type and legal force."""
    if legal_force == "binding":
        return "judging" if doc_type in _NARRATING_BINDING_TYPES else "enacting"
    if doc_type in _PLEDGING_TYPES:
        return "pledging"
    if doc_type in _DECLARING_TYPES:
        return "declaring"
    if doc_type in CONDUCT_TYPES:
        return "conduct"
    if doc_type in _OWN_VOICE_TYPES:
        return "resolving"
    return "recommending" if doc_type in RECOMMENDING_TYPES else ""


def group_may(doc, cue: Cue) -> bool:
    """In a recommending text: is this "may" said of a group the text protects ("Women migrant
    workers may receive …"), not of one who owes or is offered a course? The subject names a
    beneficiary group (other than "everyone") and is no duty-bearer (a State, a party, an
    authority, an employer, a body …). Also a passive: "Women migrant workers may be subjected
    to particularly disadvantageous terms …" says what can be done to them (unless "only" or
    a negation limits it: "… may be detained only as a measure of last resort")."""
    tok = W.token_at(doc, cue.anchor)
    if tok is None or tok.lower_ != "may" or tok.dep_ != "aux":
        return False
    verb = tok.head
    subj = W.shared_subject(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if subj is None or subj.dep_ != ("nsubjpass" if passive else "nsubj") or \
            subj.lower_ in _DUTY_BEARERS:
        return False
    if passive and (any(t.lower_ == "only" for t in verb.subtree) or
                    any(c.dep_ == "neg" for c in verb.children)):
        # "… may be detained only as a last resort", "a child may not be separated from his
        # or her parents …": a limit on what may be done to them, a norm
        return False
    # the head names the group ("Women migrant workers"), not a thing of theirs ("Refugee
    # status may be granted …", "the child's best interests")
    return bool(set(G.beneficiaries(subj.text)) - {"everyone"})


# heads of a subject that owes duties or is offered a course in a recommending text
_DUTY_BEARERS = {"state", "states", "party", "parties", "government", "governments", "authority",
                 "authorities", "employer", "employers", "organization", "organizations",
                 "organisation", "organisations", "institution", "institutions", "body",
                 "bodies", "court", "courts", "agency", "agencies", "committee", "school",
                 "schools", "provider", "providers", "officials", "professionals", "staff"}
_ENTITLING = {"enjoy", "have", "possess", "retain", "exercise"}
_BURDENS = {"duty", "obligation", "responsibility"}       # what one has that binds one
_OFFENCES = {"offence", "offense", "crime"}
# a present passive of these forbids what its subject names ("Forced labour is prohibited")
_PROHIBITING = {"prohibit", "forbid", "ban", "outlaw", "proscribe"}
# verbs that present, judge or undergo rather than act ("The Congress finds that …")
_NOT_ENACTING = M.DISCOURSE | M.JUDGEMENT | M.PRESENTING | (W.NON_AGENTIVE - _ENTITLING)


# what a law does when it "may": it permits, authorises, exempts … ("National laws or
# regulations may permit the employment …")
_ENABLING = {"permit", "authorize", "authorise", "allow", "exempt", "exclude", "prescribe",
             "provide", "establish", "determine", "specify", "derogate", "contain", "lay"}
_LAWS = {"law", "laws", "regulation", "regulations", "legislation", "decree", "decrees",
         "statute", "statutes"}


def law_enables(doc, cue: Cue) -> bool:
    """In an enacting text, is this "may" the law's own enabling ("National laws or
    regulations may permit the employment of persons 13 to 15 years of age …", "That legal
    basis may contain specific provisions …")? Its subject is a law, a regulation or a legal
    basis (not the instrument itself: "This Convention may …"), its verb one of
    enabling, active, in a main clause; a permission without an actor. The modality check
    reads a thing's "may" as a possibility ("Nationality laws may discriminate …"), which
    outside a law it is."""
    tok = W.token_at(doc, cue.anchor)
    if tok is None or tok.lower_ != "may" or tok.dep_ != "aux" or cue.strength != "permission":
        return False
    verb = tok.head
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children) or M.subordinate(verb) or \
            not W.lemma_in(verb, _ENABLING):
        return False
    subj = W.grammatical_subject(verb)
    # "That legal basis may contain specific provisions …": the basis in law is a law
    return subj is not None and subj.dep_ == "nsubj" and (subj.lower_ in _LAWS or (
        subj.lower_ == "basis" and any(c.lower_ == "legal" for c in subj.children)))


def sentence(text: str) -> bool:
    """Is the unit a sentence of a few words that ends like one, worth parsing in an enacting
    text for a guarantee without a modal (not a heading, a number, a fragment)?"""
    t = text.rstrip()
    return t[-1:] in (".", ";") and len(t.split()) >= 4 and t[:1].isupper()


def present_guarantee(doc) -> tuple[str, object | None] | None:
    """In an enacting text, a unit whose main clause is in the simple present without a modal
    and states a guarantee: (strength, the subject that acts or holds, if any), else None.

    - a present passive ("is/are protected, guaranteed, respected …") of a thing ("Human
      life", "The right of private ownership"): `recognition`, no actor; `prohibition` when
      the verb forbids ("Sex discrimination is strictly prohibited");
    - an active present verb with an object and an agent for subject: `recognition` when the
      verb confers what the subject holds ("Every one enjoys the secrecy of …"), else
      `obligation` of the subject ("The State respects and protects freedom of belief":
      coordinated verbs share the object the last one carries).

    Not a question, a negation, a copula, a perfect or a past ("has been established"), a
    passive of an agent ("The Board is established", set up rather than guaranteed) or of a
    new entity ("An independent advisory group … is established": an indefinite subject), a
    passive of purpose ("The information … is intended to provide …": an infinitive follows),
    an instrument or a pronoun for subject ("This Regulation lays down …", "It applies …"), nor
    verbs of judgement, presentation or experience ("is considered", "is set out in Annex I",
    "faces")."""
    if doc.text.rstrip().endswith("?"):
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.pos_ == "AUX" and root.lower_ in ("is", "are"):
        return _copula_guarantee(root)
    # verbs sharing the subject and the object: "The State respects and protects freedom of
    # belief" (the object hangs on the last one; the tagger may take the first for a noun)
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP")]
    kids = list(root.children)
    if root.pos_ != "VERB" and not (len(verbs) > 1 and root.tag_ == "NNS" and
                                    any(c.dep_ == "nsubj" for c in kids)):
        return None
    if any(c.tag_ == "MD" or c.dep_ in ("neg", "mark") for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ in ("PRP", "WDT", "WP", "DT", "EX") or \
            subj.lower_ in M.INSTRUMENTS or subj.lower_ in C.PRONOUNS or \
            any(c.lower_ == "following" for c in subj.children):
        return None     # (… "the following principles are established: 1.": a list's lead-in)
    aux = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in kids):
        if root.tag_ != "VBN" or len(aux) != 1 or aux[0].tag_ not in ("VBZ", "VBP") or \
                W.is_agent(subj) or W.lemma_in(root, M.JUDGEMENT | M.PRESENTING) or \
                _cross_reference(root) or any(c.dep_ == "xcomp" for c in kids) or \
                any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in subj.children):
            return None
        if W.lemma_in(root, _PROHIBITING):
            return "prohibition", None      # "Sex discrimination is strictly prohibited."
        return "recognition", None
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
    if root.tag_ not in ("VBZ", "VBP", "NNS") or aux or not objects:
        return None
    if W.lemma_in(root, {"commit"}) and any(W.lemma_in(o, _OFFENCES) for o in objects):
        return None     # "A person who hinders … an authorised official … commits an offence":
        # what counts as an offence, no guarantee
    if any(W.lemma_in(o, _RIGHTS) for o in objects) and (
            W.lemma_in(root, {"recognize", "recognise"}) or
            W.lemma_in(root, {"include"}) and W.lemma_in(subj, _RIGHTS)):
        # "The State recognizes and protects intellectual property rights …" (a right
        # recognised, not a fact: "recognizes the contribution of …"), "This freedom includes
        # the right to …" (the right goes on)
        return "recognition", subj if W.is_agent(subj) else None
    if not W.is_agent(subj) or W.lemma_in(root, _NOT_ENACTING):
        return None
    if W.lemma_in(root, _ENTITLING) and any(W.lemma_in(o, _BURDENS) for o in objects):
        return "obligation", subj   # "Every stateless person has duties to the country in
        # which he finds himself" (1954 Convention Art. 2, read as a right: trial 42, P5)
    return ("recognition" if W.lemma_in(root, _ENTITLING) else "obligation"), subj


_RIGHTS = {"right", "freedom", "liberty"}
# adjectives that bind: "Environmental education is obligatory …", "Primary education is
# compulsory"
_BINDING = {"obligatory", "compulsory", "mandatory"}


def _copula_guarantee(root) -> tuple[str, None] | None:
    """A guarantee written with a copula in an enacting text: "Environmental education is
    obligatory in …" (an adjective that binds: `obligation`, no actor), "Cultural values are
    … a fundamental right to be … guaranteed by the State" (a right named as what the subject
    is: `recognition`). Not a negation, a modal or a pronoun, an instrument or a question
    word for subject ("It is compulsory to …", "This Convention is …")."""
    kids = list(root.children)
    if any(c.tag_ == "MD" or c.dep_ in ("neg", "mark", "aux") for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("PRP", "WDT", "WP", "DT", "EX") or \
            subj.lower_ in M.INSTRUMENTS or subj.lower_ in C.PRONOUNS:
        return None
    for c in kids:
        if c.dep_ == "acomp" and (c.lower_ in _BINDING or
                                  any(k.dep_ == "conj" and k.lower_ in _BINDING
                                      for k in c.children)):
            return "obligation", None
        if c.dep_ == "attr" and any(W.lemma_in(n, _RIGHTS) for n in
                                    [c] + [k for k in c.children if k.dep_ == "conj"]):
            return "recognition", None
    return None


def _cross_reference(verb) -> bool:
    """A passive that points to a part of the text ("The list … is set out in Annex I", "… are
    laid down in Article 5"): where the text presents its matter, not a guarantee."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in M.TEXT_PARTS
                                        for o in c.children) for c in verb.children)
