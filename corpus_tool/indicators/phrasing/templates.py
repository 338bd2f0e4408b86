"""Titles, questions, scales and rationales of indicator drafts: deterministic templates filled
from the statements themselves (topic wording first, the gist of the statements next)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus_tool.corpus.lang import language_name
from corpus_tool.indicators.phrasing.topics import BINDING_STRENGTHS, People, Topic
from corpus_tool.naming.wording import fill


def phrase_title_question(topic: Topic, *, who: str, status: bool,
                          people: People = People()) -> tuple[str, str]:
    """A topic's title and question filled for `who`; a provision for everyone (`people.everyone`
    or `people.all`) names nobody in `{to_who}` and, where residence status is at stake, speaks of
    `people.each`."""
    broad = who in (people.everyone, people.all)
    to_who = ("to " + who) if who and not broad else ""
    if status and broad:
        who = people.each
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




def phrase_scale(*, provision: str, who: str, binding: bool, status: bool,
                 conditional: bool, people: People = People()) -> list[dict]:
    """The three levels of compliance, from the strength and scope of the sources: the top
    level asks for what the strongest sources ask (binding law when they are binding), the middle
    one for less in scope (some groups, levels or regions) or in force (non-binding)."""
    if who.startswith("every"):
        everyone = "all persons concerned"
    else:
        everyone = people.all if who == people.everyone else who
        everyone = everyone if everyone.startswith("all ") else "all " + everyone
        everyone = everyone if everyone.endswith(" concerned") else everyone + " concerned"
    scope = ", whatever their residence status" if status else ""
    if binding:
        top = (f"Binding law provides for {provision}, covering {everyone}{scope}, "
               "as an enforceable entitlement.")
    else:
        top = (f"Law or binding national policy provides for {provision}, covering {everyone}"
               f"{scope}, in every region.")
    groups = (f"some groups (for example only {people.with_permit})" if status
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


def binding_verb(strengths: Counter) -> str:
    """What an indicator's binding sources do, by what most of them do (`strengths`: their
    strengths): "require" (obligations and prohibitions), "recognise" (rights), else "provide
    for". A duty or two among permissions ("the President may provide …") is no ground for
    "binding obligations" (a researcher's trial 25)."""
    half = sum(strengths.values()) / 2
    if half and sum(strengths[x] for x in BINDING_STRENGTHS) >= half:
        return "require"
    return "recognise" if half and strengths["recognition"] >= half else "provide for"


def phrase_rationale(*, docs: Sequence[dict], strengths: Counter,
                     n_annotated: int, n_suggested: int, binding_verb: str = "require",
                     against: Sequence[dict] = (), unreviewed: Sequence[dict] = ()) -> str:
    """Why the indicator is there: which instruments call for what it asks and how strongly.
    The coders' memos stay out of it: they are working notes, and the rationale is published
    with the framework and the report (a researcher's trial 22: "quote deliberately cut mid-word
    to see what happens" reached the report). `against`: the documents (with their locators) of
    the evidence coded against the indicator, named apart; `unreviewed`: those of suggestions
    nobody reviewed beside coded evidence, which ground nothing and are named apart."""
    read = [d for d in docs if not d.get("unread")]
    # a binding text's recommendations ("should") elaborate; they ground no binding obligation
    binding = [d for d in read if d.get("legal_force") == "binding" and d.get("normative", True)
               and not d.get("advisory")]
    soft = [d for d in docs if d.get("legal_force") != "binding" or d.get("advisory")]
    bare = [d for d in read if d.get("legal_force") == "binding" and not d.get("normative", True)]
    # binding texts in a language the statements stage does not read: what they require is not
    # known, so they neither ground the indicator nor "state no duty or right"
    unread = [d for d in docs if d.get("legal_force") == "binding" and d.get("unread")
              and not d.get("advisory")]
    # a State's own law grounds no international standard: it is how one country does it (a
    # Sri Lankan summary-ejectment law was the "binding" ground of eviction only by court order,
    # a researcher's trial 32, P3); a project of national laws alone is grounded in them
    national = [d for d in docs if d.get("national")]
    if national and len(national) < len(docs):
        binding, soft, bare, unread = ([d for d in ds if not d.get("national")]
                                       for ds in (binding, soft, bare, unread))
    else:
        national = []

    def cite(d: dict) -> str:
        locs = join_locators(d["locators"])
        name = short_title(d["title"], d.get("doc_id", ""), d.get("issuer", ""))
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
    if unread:
        langs = short_list(sorted({language_name(x) for d in unread for x in d["unread"]}))
        parts.append(f"{'Also cited' if binding else 'Cited'} in binding texts in {langs}, whose "
                     f"duties and rights the tool does not read (check them): "
                     f"{short_list([cite(d) for d in unread])}.")
    if soft:
        if binding or unread:
            parts.append(f"Elaborated in {short_list([cite(d) for d in soft])}.")
        else:
            texts = "recommendations" if all(d.get("advisory") for d in soft) else \
                "non-binding texts"
            parts.append(f"Grounded in {texts} only: {short_list([cite(d) for d in soft])}.")
    if national:
        parts.append(f"National law cited: {short_list([cite(d) for d in national])}.")
    if bare:        # binding texts cited only for words that state no duty or right
        parts.append(f"Also cited, for words that state no duty or right: "
                     f"{short_list([cite(d) for d in bare])}.")
    mix = ", ".join(f"{k} {_STRENGTH_WORDS[s][k != 1]}"
                    for s, k in sorted(strengths.items(), key=lambda kv: (-kv[1], kv[0]))
                    if s in _STRENGTH_WORDS)
    basis = f"{n_annotated} coded passage{'s' if n_annotated != 1 else ''}"
    if unreviewed and mix:          # the mix is the coded passages' alone
        basis, mix = f"{basis} ({mix})", ""
    if n_suggested:
        basis += f" and {n_suggested} confident suggestion{'s' if n_suggested != 1 else ''}"
    parts.append(f"Evidence: {basis}" + (f": {mix}." if mix else "."))
    if unreviewed:
        parts.append(f"Suggested by the tool, not reviewed and not counted above: "
                     f"{short_list([cite(d) for d in unreviewed])}.")
    if against:     # coded as taking away what the indicator asks: no ground of it
        parts.append(f"Evidence against (coded): {short_list([cite(d) for d in against])}.")
    return " ".join(parts)


_COMMITTEES = {"cescr": "CESCR", "crc": "CRC", "cmw": "CMW", "cerd": "CERD", "cedaw": "CEDAW",
               "ccpr": "Human Rights Committee", "crpd": "CRPD", "cat": "CAT", "ced": "CED"}


# the treaty bodies by their names, for a document whose id does not start with the acronym
_COMMITTEE_NAMES = {"economic, social and cultural rights": "CESCR",
                    "rights of the child": "CRC", "migrant workers": "CMW",
                    "racial discrimination": "CERD", "discrimination against women": "CEDAW",
                    "human rights committee": "Human Rights Committee",
                    "rights of persons with disabilities": "CRPD", "against torture": "CAT",
                    "enforced disappearances": "CED"}


def _committee(prefix: str, issuer: str) -> str:
    """The body of a General Comment: by its id's first word ('cescr-gc13-1999'), else by its
    issuer ('CEDAW', 'Committee on the Elimination of Discrimination against Women'), else ''."""
    if prefix in _COMMITTEES:
        return _COMMITTEES[prefix]
    issuer = " ".join(issuer.split())
    if issuer.upper() in {v.upper() for v in _COMMITTEES.values()}:
        return issuer
    named = next((v for k, v in _COMMITTEE_NAMES.items() if k in issuer.lower()), "")
    # an acronym of a body this list does not know ('spt-gc1'), not a word of a title
    return named or (prefix.upper() if prefix.isalpha() and len(prefix) <= 5 else "")


def short_title(title: str, doc_id: str = "", issuer: str = "") -> str:
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
    comm = _committee(parts[0] if parts else "", issuer)
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
