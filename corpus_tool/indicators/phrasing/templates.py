"""Titles, questions, scales and rationales of indicator drafts: deterministic templates filled
from the statements themselves (topic wording first, the gist of the statements next)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from corpus_tool.indicators.phrasing.gist import (_NOMINAL, _PROVIDE, Gist, StatementParts,
                                                  _clean_text, _cut, _join_and, _lower_first,
                                                  _shorten, sentence_case, statement_gist)
from corpus_tool.indicators.phrasing.topics import People, Topic


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


_NOMINAL.update({"excluded": "exclusion", "discriminated": "discrimination", "denied": "denial",
                 "detained": "detention", "separated": "separation", "segregated": "segregation",
                 "expelled": "expulsion", "deprived": "deprivation", "returned": "return",
                 "heard": "hearing", "taught": "teaching", "given": "granting",
                 "imposed": "imposition", "accorded": "granting", "subjected": "subjection"})


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
