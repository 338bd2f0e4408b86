"""A private code's or policy's own voice: a community, a platform or a company sets rules for
its members, users or employees (a code of conduct, community guidelines, terms of use, a
company's internal policy), and writes them in two ways no treaty or general comment uses:

- **the imperative to the reader** ("Be open to other ideas and experience levels.", "Don't
  start a discussion in the wrong category.", "If you are being harassed …, please speak
  directly with a venue security officer"): in a code (genre `conduct`) a positive imperative
  recommends the conduct, a negated one forbids it; in a policy in its issuer's own voice
  (genre `pledging`) only an imperative that addresses the reader ("please", "you") is the
  reader's — a required step of the policy's process, an `obligation` — while a bare one stays
  the plan's own action item ("Enhance education and outreach efforts …"; `genre.action_item`);
- **a list of conduct under a lead-in without a modal**, whose items take the lead-in's
  polarity ("Unacceptable behavior includes, but is not limited to:" / "Examples of encouraged
  behavior … include:" / "We do not allow content or activity on GitHub that:" / "Here is some
  stuff that is actually ok …:"): what the lead-in approves is permitted, what it encourages is
  recommended, what it disapproves of (a word of approval negated by the parse or by its prefix:
  "not allow", "aren't ok", "unacceptable", "inappropriate") is forbidden.

The actor is the reader the document addresses, which the unit does not name: none is given.
A treaty's or a general comment's imperatives are read as before (their genres are others).
"""
from __future__ import annotations

from corpus_tool.statements import modality as M, words as W

# manifest types of a private code: rules a community or a company sets for its own members,
# users or employees (non-binding: a code binds no State). A bare `policy` is a government's
# (`genre` pledging: the unseen gold's amendment); a company's is `company policy`
CONDUCT_TYPES = frozenset({"code of conduct", "code of ethics", "code", "guidelines",
                           "terms of service", "terms of use", "acceptable use policy",
                           "company policy"})

# words of approval (a lead-in's items are permitted), of encouragement (recommended) and of
# disapproval (forbidden); a word of approval negated ("not allow", "aren't ok") or with a
# negative prefix ("unacceptable", "inappropriate") disapproves
_APPROVING = {"acceptable", "ok", "okay", "allowed", "allow", "permitted", "permit", "fine"}
# approval that judges only with a negative prefix ("inappropriate"; "appropriate support"
# approves nothing in particular)
_PREFIXED = _APPROVING | {"appropriate"}
_ENCOURAGING = {"encouraged", "encourage", "expected", "positive", "welcome"}
_DISAPPROVING = {"prohibited", "prohibit", "forbidden", "forbid", "banned", "ban",
                 "restriction", "restrictions", "unacceptable", "inappropriate"}
_NEGATIVE_PREFIXES = ("un", "in", "im", "dis")
# what an imperative to the reader does not ask of its conduct: thanks and pointers to other
# texts ("Thank you for helping …", "Please see our Terms of Service …"), the text presenting
# itself ("Please note that …"; "remember to criticize …" asks, it takes an infinitive)
_NOT_CONDUCT = M.PRESENTING | {"thank", "see", "refer", "visit", "read", "find", "learn"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def imperative(doc) -> str | None:
    """Is the unit's main clause an imperative (a verb in its base form with no subject and no
    modal: "Treat GitHub Community with respect.", "Do your best to …", "If you're unable to
    engage respectfully, consider taking a step back …")? "prohibition" when negated ("Don't
    start …", "Do not just post …", "Never …"), else "recommendation"; None otherwise."""
    if doc.text.rstrip().endswith("?"):
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    first = next((t for t in doc if not t.is_punct and t.lower_ != "please"), None)
    if root is not None and root.tag_ != "VB" and first is not None and first.tag_ == "VB" and \
            first.dep_ == "aux" and first.head.i == root.i:
        root = first        # "Be welcoming and open-minded": the parser hangs "Be" on the adjective
    if root is None or root.tag_ != "VB" or W.lemma_in(root, _NOT_CONDUCT) and not any(
            c.dep_ == "xcomp" for c in root.children):
        return None
    kids = list(root.head.children) if root.dep_ == "aux" else list(root.children)
    if any(c.dep_ in _SUBJECTS for c in kids) or any(
            c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in kids):
        return None
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in kids)
    return "prohibition" if negated else "recommendation"


def addresses_reader(doc) -> bool:
    """Does the unit speak to the reader: "please", or "you"/"your"?"""
    return any(t.lower_ in ("please", "you", "your") for t in doc)


def asks_reader(doc) -> bool:
    """A lead-in that asks the reader to do its items ("When you submit your expense report
    for reimbursement, please:"): "please" just before its colon."""
    toks = [t for t in doc if not t.is_space]
    return len(toks) >= 2 and toks[-1].text == ":" and toks[-2].lower_ == "please"


def list_polarity(doc) -> str | None:
    """The strength a lead-in without a modal lends the items of its list of conduct, from the
    first word that judges them: "permission" (approved: "Here is some stuff that is actually
    ok …:"), "recommendation" (encouraged: "Examples of encouraged behavior … include:"),
    "prohibition" (disapproved: "Unacceptable behavior includes …:", or approval negated: "We
    do not allow content … that:", "Here are some other things that aren't ok:"); None when no
    word judges them."""
    for t in doc:
        low = t.lower_
        if low in _DISAPPROVING or W.lemma_in(t, _DISAPPROVING):
            return "prohibition"
        approving = low in _APPROVING or W.lemma_in(t, _APPROVING)
        if not approving and low.startswith(_NEGATIVE_PREFIXES) and any(
                low[len(p):] in _PREFIXED for p in _NEGATIVE_PREFIXES if low.startswith(p)):
            return "prohibition"
        if approving or low in _ENCOURAGING:
            heads = [t] + ([t.head] if t.dep_ in ("acomp", "attr", "xcomp", "amod") else [])
            if any(c.dep_ == "neg" for h in heads for c in h.children):
                return "prohibition"
            return "permission" if approving else "recommendation"
    return None
