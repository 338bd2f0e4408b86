"""Institutional-Grammar parts of one unit (a sentence or an enumeration item): which deontic
cue governs, the actor, aim, object, condition and beneficiaries. With a spaCy parse the
grammatical subject and the main clause decide; without one, the lexicon rules of
`statements.rules` do."""
from __future__ import annotations

from dataclasses import replace

from corpus_tool.statements import actors as A, anchor as AN, clauses as CL, conduct as CD
from corpus_tool.statements import cues as C
from corpus_tool.statements import filters as F, genre as GN, grants as GR
from corpus_tool.statements import modality as M, mood as MO, nominals as N, organs as OG
from corpus_tool.statements import possibility as PO
from corpus_tool.statements import rules as R
from corpus_tool.statements import structure as ST, units as U, voice as VO, words as W
from corpus_tool.statements.beneficiaries import unit_beneficiaries
from corpus_tool.statements.cues import Cue
from corpus_tool.statements.rules import Parts


# the modals of what a judgment quotes or reads, not of what the court requires (`analyse_unit`),
# and the powers a law confers ("… those who … are authorised to process personal data …")
_QUOTED_MODALS = ("shall", "should", "may", "is authori", "are authori", "is empowered",
                  "are empowered")


def analyse_unit(text: str, *, doc=None, chapeau: Parts | None = None, chapeau_text: str = "",
                 item: bool = False, preamble: bool = False, prev_actor: str = "",
                 for_items: bool = False, unfiltered: bool = False,
                 genre: str = "") -> Parts:
    """The statement parts of one unit (`text` without its item marker). `chapeau` is the
    analysed chapeau the unit continues, if any. `unfiltered`: as if no filter (preamble,
    definition, procedural…) and no modality check had dropped anything — the parts the statement
    detector (`statements.detector`) takes when it overrules the rules. `genre`: the genre of the
    unit's document (`genre.genre_of`). In a recommending text (a general comment, a
    recommendation, a report …) a "may" that offers its subject a course
    (`modality.offers_course`) is a recommendation: such a text grants no permission (it binds
    no one); one said of a group the text protects is no deontic (`genre.group_may`). In an
    enacting text a main clause in the present tense can state a guarantee without a modal
    (`genre.present_guarantee`)."""
    norm = U.normalise(text)
    if norm.rstrip().endswith("?"):
        # a question states no duty, under whatever chapeau: a report's check-list item "• Do
        # people with disabilities have opportunities to …?" read on from a lead-in cut at a
        # page break ("… people with disabilities should be") was a recommendation (trial 24)
        return Parts(False, reason="question")
    if not unfiltered:
        if chapeau is not None and chapeau.reason:
            return Parts(False, reason=chapeau.reason)
        reason = F.filter_reason(norm, preamble=preamble)
        if reason == "procedural" and F.filter_reason(ST.without_report_words(norm)) is None \
                and (doc is not None and ST.named_reporting(doc) or
                     ST.domestic_reporting(norm, genre)):
            # only its report words made it procedural, and they are no State's report to a
            # treaty body: "… on the reporting and complaint mechanisms …" names a mechanism,
            # "… the agency shall report to the Office of the Governor …" is an administration's
            reason = None
        if reason == "procedural" and F.filter_reason(ST.without_observations(norm)) is None:
            reason = None   # "In its concluding observations on States parties' reports, …"
        if reason == "definition" and doc is not None and CL.deeming_in_part(doc) and \
                F.filter_reason(CL.without_deeming(norm)) is None:
            reason = None   # "… shall be deemed to be included … and shall be included …"
        if reason == "procedural" and (ST.makes_laws(norm) or chapeau is not None and
                                       chapeau.statement and ST.makes_laws(chapeau_text)):
            # "The Parliament … may make laws for … elections of senators …", "Parliament
            # shall enact legislation to provide for— (b) the nomination of candidates;"
            reason = None
        if reason is None and doc is not None and genre in GN.ADDRESSING_GENRES and \
                ST.information_list(doc):
            reason = "procedural"   # "… specific information should be provided on the following:"
        if reason is None and doc is not None and OG.organ_machinery(doc):
            reason = "procedural"   # "The committee shall consist of not more than ten members"
        if reason is None and doc is not None and F.opener_with_main_clause(norm) and \
                not MO.main_clause_after_opener(doc) and not (
                    genre in GN.PLEDGING_GENRES and (VO.pledge(doc) is not None or
                                                     VO.own_call(doc) is not None)):
            reason = "preamble"     # the parse finds no main clause after "Considering …,"
            # (in its authors' voice, "Mindful of …, we reaffirm our commitments …" has one)
        if reason == "procedural" and chapeau is not None and \
                chapeau.strength == "recommendation" and R.imperative(norm):
            reason = None       # "Sign and ratify the Convention …" recommended to a State
        if reason == "preamble" and chapeau is not None and chapeau.statement and \
                chapeau.strength != "none" and R.continues_infinitive(norm):
            reason = None       # "… shall take … the measures … which are needed: … (b) Taking
            # into account the problems of …, to ensure …" (ICESCR Art. 11(2)(b); trial 34)
        if reason:
            return Parts(False, reason=reason)
    who = VO.commitment(doc) if for_items and genre in GN.PLEDGING_GENRES and doc is not None and \
        chapeau is None else None
    if who is not None:     # "To build back better, we will:": the issuer commits to its items
        actor = GN.ISSUER if VO.speaks_for_the_authors(who) else R.clean_actor(
            doc[who.left_edge.i:who.right_edge.i + 1].text)
        return Parts(True, "obligation", GN.COMMITMENT, actor, "", "", R.conditions(norm))
    if chapeau is not None and chapeau.statement and chapeau.strength == "permission" and \
            chapeau.deontic.lower() == "may" and doc is not None and PO.possible_item(doc):
        return Parts(False, reason="possibility")   # "Victims may:" / "• Suffer injuries …"
    if chapeau is not None and chapeau.statement and chapeau.strength != "none" and \
            not AN.own_leave(doc):
        aim_obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", AN.first_word(norm))) \
            if doc is not None else None
        aim, obj = aim_obj if aim_obj else R.item_aim_object(norm)
        if not (AN.starts_with_verb(doc) if doc is not None else R.imperative(norm)):
            # "b) The development of respect for …": the item is the object of the chapeau's aim
            aim, obj = chapeau.aim, R.first_words(norm)
        strength = "prohibition" if chapeau.strength == "obligation" and AN.negated_verb(doc) \
            else chapeau.strength   # "The non-punishment principle must:" / "(b) Not compel …"
        p = Parts(True, strength, chapeau.deontic, chapeau.actor or _own_actor(doc, norm, chapeau_text),
                  aim, obj, R.conditions(norm) or chapeau.condition)
        return _with_beneficiaries(p, doc, norm, chapeau_text)
    cues = C.find_cues(norm)
    if unfiltered and doc is not None:
        cues = [c for c in cues if not M.causative_need(doc, norm, c)
                and not PO.befalls_cue(doc, c) and not PO.discourse_cue(doc, c)]
    if not unfiltered:
        kept = M.contextual_cues(cues, doc, norm)
        if doc is not None:     # a rule of effect or of applicable law; an agreement's reading
            kept = [c for c in kept if CL.agreement_binds(doc, c) and not CL.binds_no_one(doc, c)
                    and not CL.verb_read_as_noun(doc, c)]
            kept = [c for c in kept if not CL.in_condition(doc, c)] or kept
        if genre == "enacting" and doc is not None:
            # "National laws or regulations may permit …": in a law, the law enables
            kept = sorted(kept + [c for c in cues if c not in kept and GN.law_enables(doc, c)],
                          key=lambda c: c.start)
        cues = [c for c in kept if doc is None or MO.adverbs_only(doc, c)]
        cues = [replace(c, strength="permission") if doc is not None and c.strength ==
                "obligation" and GR.grants_power(doc, c.anchor) else
                replace(c, strength="recognition") if doc is not None and c.strength in
                ("obligation", "prohibition") and GR.immunity(doc, c.anchor) else c for c in cues]
        if cues and doc is not None and chapeau is None and all(AN.described(doc, c)
                                                                 for c in cues):
            cues = []   # "… entails …, in addition to the measures that States are required to …"
        if cues and genre in GN.RECOMMENDING_GENRES and F.restated_article(norm) and all(
                c.strength == "recognition" for c in cues):
            cues = []   # a commentary's "Under article 24, paragraph 2, every child has the right"
    if genre in GN.RECOMMENDING_GENRES and doc is not None:   # a genre's reading, also unfiltered
        cues = [c for c in cues if not GN.group_may(doc, c)]
    if genre == "judging" and cues and all(c.deontic.lower().startswith(_QUOTED_MODALS)
                                           for c in cues):
        # the legislation a judgment quotes ("… the controller may charge a reasonable fee …",
        # a regulation's recital "… should not cover …"), or the court's reading of it: a court
        # lays down what it requires with "must" or "is to", and recommends nothing
        return Parts(False, reason="quotation")
    requested = MO.requested_clause(doc) if doc is not None and chapeau is None else None
    if requested is not None and all(
            requested[0].left_edge.idx <= c.anchor <= requested[0].right_edge.idx for c in cues):
        # "… requests that X join …": X is to act, whatever modal the request holds ("… with
        # suggestions for how the UCC might undertake …" is part of what is requested)
        verb, who = requested
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", verb.idx)) or ("", "")
        actor = R.clean_actor(doc[who.left_edge.i:who.right_edge.i + 1].text) if who else ""
        p = Parts(True, "recommendation", "(requests that …)", actor, aim, obj,
                  R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    declared = MO.policy_of(doc) if doc is not None and chapeau is None and not preamble \
        else None
    if declared is not None:    # "It is the policy of my Administration to protect …"
        who, verb = declared
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", verb.idx)) or ("", "")
        name = " ".join(t.text for t in doc[who.left_edge.i:who.i + 1] if t.tag_ != "PRP$")
        p = Parts(True, "obligation", "(it is the policy of … to)", R.clean_actor(name), aim,
                  obj, R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    told = _told(doc, genre, for_items) if doc is not None and not preamble and (
        chapeau is None or chapeau.strength == "none") else None
    if told is not None:    # "Be open to other ideas …", "Don't start …", "… please:"
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", AN.root_idx(doc))) or ("", "")
        p = Parts(True, told, "(imperative)", "", aim, obj, R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    if genre in GN.ADDRESSING_GENRES and doc is not None and not preamble and \
            not cues and (chapeau is None or R.topic_label(chapeau, chapeau_text) or
                          not chapeau.statement and R.names_measures(chapeau_text)) \
            and (CD.imperative(doc) == "recommendation" or VO.action_item(doc)):
        # a treaty body's paragraph with no chapeau ("Safeguard …"), an item under a topic's
        # label, under a lead-in that names measures and asks nothing itself ("Specific
        # measures include, but are not limited to, the following: … (iii) Ensure that …",
        # CEDAW GR 26 para. 26(c)) or one whose lead-in the text lost ("(n) Establish
        # committees of …"); a
        # report's recommendation whose lead-in is in another passage ("Strengthen its policy
        # aimed at combating prejudice against minorities (Angola);", a review's list)
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", AN.root_idx(doc))) or ("", "")
        p = Parts(True, "recommendation", "(imperative)", prev_actor or R.DEFAULT_ADDRESSEE,
                  aim, obj, R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    if genre in GN.PLEDGING_GENRES and doc is not None and not preamble and (
            genre == "pledging" or not cues) and (
            chapeau is None or chapeau.strength == "none") and (
            (who := VO.pledge(doc) if chapeau is None else None) is not None or
            VO.action_item(doc, listed=item or chapeau is not None) and not (
                chapeau is not None and chapeau_text and not chapeau.statement)):
        # (in a declaration, only a unit with no deontic of its own: "… this will shall be
        # expressed in periodic and genuine elections …" is no pledge of its authors;
        # not an item of a lead-in that pledges nothing: "The Open Data Program exists
        # explicitly to: Generate economic opportunity …", "More data will: Improve …")
        # "This Administration will continue to partner with …", "Enhance education and
        # outreach efforts …": the issuer's own commitment
        verb = who.head if who is not None else AN.root_token(doc)
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", verb.idx)) or ("", "")
        addressed = A.infinitive_addressee(verb) if who is None else None
        if addressed is not None:   # "Encourage the Economic and Social Council to request …":
            strength, actor = addressed     # a call on others, the addressee to act
            p = Parts(True, strength, "(imperative)", R.clean_actor(actor), aim, obj,
                      R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        actor = GN.ISSUER if who is None or VO.speaks_for_the_authors(who) or \
            who.dep_ == "nsubjpass" and not VO.undertakes(who.head) else R.clean_actor(
                doc[who.left_edge.i:who.right_edge.i + 1].text)
        p = Parts(True, "obligation", GN.COMMITMENT, actor, aim, obj, R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    called = VO.own_call(doc) if genre == "declaring" and doc is not None and not cues and \
        not preamble and chapeau is None else None
    if called is not None:  # "The World Conference … encourages States to consider …"
        strength, actor = called
        root = AN.root_token(doc)
        aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", root.idx)) or ("", "")
        p = Parts(True, strength, root.text, R.clean_actor(actor), aim, obj, R.conditions(norm))
        return _with_beneficiaries(p, doc, norm)
    if not cues and for_items and chapeau is None and doc is not None and \
            genre in _OWN_RULES and (judged := CD.list_polarity(doc)) is not None:
        # "Unacceptable behavior includes:", "We do not allow content … that:": its items
        return Parts(True, judged, "(a list of conduct)", "", "", "", R.conditions(norm))
    if not cues:
        held = GN.present_guarantee(doc) if genre == "enacting" and doc is not None and \
            chapeau is None and not preamble else None
        if held is not None:        # "Human life is protected by the law." (a constitution)
            strength, who = held
            at = who.head.idx if who is not None else AN.root_idx(doc)
            aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", at)) or ("", "")
            actor = R.clean_actor(N.span_text(who)) if who is not None else ""
            p = Parts(True, strength, GN.PRESENT_TENSE, actor, aim, obj, R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        if chapeau is not None and not chapeau.statement and not R.imperative(norm):
            return Parts(False)     # an item of a descriptive list ("Such measures include:")
        if item or chapeau is not None:
            aim, obj = R.item_aim_object(norm)
            keep = Parts(True, "none", "", chapeau.actor if chapeau else "", aim, obj,
                         R.conditions(norm))
            return _with_beneficiaries(keep, doc, norm, chapeau_text)
        verb = AN.infinitive_verb(doc) if doc is not None else None
        if chapeau is None and not preamble and (
                R.chapeau_less_item(norm) if doc is None else verb is not None):
            # an item that lost its chapeau: "To encourage X to …" addresses X; a treaty body's
            # "To adopt …" asks the States parties; an assembly's "To receive …" is its own act
            addressed = A.infinitive_addressee(verb) if verb is not None else None
            if addressed is None and genre in GN.PLEDGING_GENRES:
                # "To establish a national register by 2027.": the plan's own action
                aim, obj = R.item_aim_object(norm)
                p = Parts(True, "obligation", GN.COMMITMENT, GN.ISSUER, aim, obj,
                          R.conditions(norm))
                return _with_beneficiaries(p, doc, norm)
            if addressed is None and genre in GN.OWN_VOICE_GENRES and \
                    not R.recommended_by(norm):     # ("To continue to empower women … (Turkey);")
                return Parts(False)
            strength, actor = addressed or ("recommendation", prev_actor or R.DEFAULT_ADDRESSEE)
            aim, obj = R.item_aim_object(norm)
            p = Parts(True, strength, "(to …)", actor, aim, obj, R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        task = MO.task_of(doc) if doc is not None and chapeau is None and not preamble and \
            genre not in GN.RECOMMENDING_GENRES else None
        if task is not None:    # "It is … for that controller or processor to verify …"
            who, verb = task
            aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", verb.idx)) or ("", "")
            end = verb.left_edge.i if verb.head.i == who.i else who.right_edge.i + 1
            name = doc[who.left_edge.i:end].text
            p = Parts(True, "obligation", "(it is for … to)", R.clean_actor(name), aim, obj,
                      R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        subj = MO.subjunctive_subject(doc) if doc is not None and chapeau is None else None
        if subj is not None and not preamble:
            aim, obj = AN.aim_object_from_parse(doc, Cue(0, 0, "", "", subj.head.idx)) or ("", "")
            name = doc[subj.left_edge.i:subj.right_edge.i + 1].text     # the whole name
            p = Parts(True, "recommendation", "(subjunctive)", R.clean_actor(name), aim, obj,
                      R.conditions(norm))
            return _with_beneficiaries(p, doc, norm)
        return Parts(False)
    cue = AN.main_cue(cues, doc)
    if for_items and len(cues) > 1 and (AN.clause_cue(cues, norm) or
                                        not norm[cues[-1].end:].strip(" :")):
        # the items continue the clause nearest the colon ("Upon such terms and conditions as
        # the Council may determine, the Organisation may:")
        cue = cues[-1]
    actor = A.actor_from_parse(doc, cue) if doc is not None else None
    if actor is None:
        actor = R.actor_by_rules(norm, cue)
    actor = R.clean_actor(actor)
    pronoun = actor.lower()
    if genre in GN.PLEDGING_GENRES and actor.lower() == "we":
        actor = GN.ISSUER       # "We must also reaffirm …": the issuer's own voice
    elif actor.lower() == "it":       # a thing, unless the unit names what it stands for
        actor = R.clean_actor(N.antecedent_in_unit(doc, actor)) if doc is not None else ""
    elif actor.lower() in C.PRONOUNS:
        actor = R.clean_actor(N.antecedent_in_unit(doc, actor) if doc is not None else "") or \
            prev_actor or (chapeau.actor if chapeau else "")
        if not actor and cue is not cues[0]:
            # "States Parties recognize …, and … they shall": the unit's first actor
            first = A.actor_from_parse(doc, cues[0]) if doc is not None else None
            actor = R.clean_actor(first if first is not None else R.actor_by_rules(norm, cues[0]))
            if actor.lower() in C.PRONOUNS:
                actor = ""
        if not actor and pronoun == "they" and genre == "recommending" and doc is not None and \
                cue.deontic.split()[0].lower() in ("must", "should", "shall", "ought") and \
                _acts(W.token_at(doc, cue.anchor)):
            actor = R.DEFAULT_ADDRESSEE     # "They should also prevent …" in a general comment
            # whose paragraph names no one: the States parties it addresses (not "They should
            # be accessible to all women": services)
    if not actor and chapeau is not None:
        actor = chapeau.actor          # "States Parties agree that: (a) Education shall …"
    aim_obj = AN.aim_object_from_parse(doc, cue) if doc is not None else None
    aim, obj = aim_obj if aim_obj else R.aim_object_by_rules(norm, cue)
    strength = cue.strength
    if genre in GN.RECOMMENDING_GENRES and strength == "permission" and doc is not None and \
            M.offers_course(doc, cue):
        strength = "recommendation"
    p = Parts(True, strength, cue.deontic, actor, aim, obj, R.conditions(norm))
    return _with_beneficiaries(p, doc, norm, chapeau_text)


def _acts(tok) -> bool:
    """Does the deontic at `tok` ask someone to act: its verb is neither "be" nor a passive?"""
    verb = A.governor(tok) if tok is not None else None
    return verb is not None and verb.lower_ not in ("be", "is", "are") and not any(
        c.dep_ == "auxpass" for c in verb.children)


# the genres in which a community's or a company's text sets rules for its own readers
_OWN_RULES = ("conduct", "pledging")


def _told(doc, genre: str, for_items: bool) -> str | None:
    """The reader told what to do (`conduct`): in a code, an imperative recommends or forbids;
    in a policy in its issuer's voice, one that addresses the reader ("please", "you") is a
    step it requires, and so are the items of a lead-in that asks for them ("…, please:")."""
    if genre not in _OWN_RULES:
        return None
    if for_items and CD.asks_reader(doc):
        return "recommendation" if genre == "conduct" else "obligation"
    if genre == "pledging" and not CD.addresses_reader(doc):
        return None
    mood = CD.imperative(doc)
    return mood if mood is None or genre == "conduct" or mood == "prohibition" else "obligation"


def _own_actor(doc, norm: str, lead: str) -> str:
    """The actor an item names by its own modal, else by its own subject (`mood.item_subject`)."""
    cues = [c for c in C.find_cues(norm) if c.deontic.lower() in ("shall", "must", "will")] \
        if doc is not None else []
    actor = R.clean_actor((A.actor_from_parse(doc, AN.main_cue(cues, doc)) if cues else
                           MO.item_subject(doc, lead)) or "")
    return "" if actor.lower() in C.PRONOUNS else actor


def _with_beneficiaries(p: Parts, doc, norm: str, *texts: str) -> Parts:
    return replace(p, beneficiaries=unit_beneficiaries(norm, *texts, doc=doc,
                                                       strength=p.strength, actor=p.actor))


def chapeau_context(parts: Parts, text: str) -> Parts:
    """A chapeau without its own deontic that introduces measures lends a recommendation; one
    that ends on its subject lends that subject to items that have none ("…, a court, tribunal
    or forum -" / "(c) may consider foreign law.")."""
    if parts.statement and parts.strength != "none":
        # "…, each City department and office shall:": the subject the parse missed (a verbless
        # modal is the parse's root, and the actor it finds is the opener's)
        norm = U.normalise(text)
        lead = R.lead_in_subject(norm)
        return replace(parts, actor=lead) if lead and (
            not parts.actor or R.ends_on_modal(norm)) else parts
    if parts.reason:
        return parts
    s = R.chapeau_strength_fallback(U.normalise(text))
    if not s and not parts.actor:
        return replace(parts, actor=R.chapeau_subject(U.normalise(text)))
    if s:
        norm = U.normalise(text)
        if R.imperative_chapeau(norm):
            # a nested list under a recommended action: its addressee, like a "To adopt …" item
            return replace(parts, statement=True, strength=s, deontic="(imperative)",
                           actor=parts.actor or R.DEFAULT_ADDRESSEE)
        actor = R.recommendation_addressee(norm) or R.actor_by_rules(norm, Cue(0, 0, "", "",
                                                                                len(text)))
        deontic = "(the following recommendations)" if "recommendations" in norm else \
            "(recommends …:)" if R.operative_recommendation(norm) else \
            "(core obligations …:)" if s == "obligation" else \
            "(adopt the following measures)"
        if s == "obligation" and "State" not in (actor or ""):
            actor = R.DEFAULT_ADDRESSEE       # the Committee's view, the parties' obligations
        return replace(parts, statement=True, strength=s, deontic=deontic,
                       actor=R.clean_actor(actor))
    return parts
