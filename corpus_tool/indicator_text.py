"""Wording of indicator drafts: topics, groups concerned, titles, questions, scales, rationales.

Deterministic templates filled from the statements themselves (their object, aim, beneficiaries,
strength and the documents they come from). No external service. The topic templates live in
`corpus_tool/data/indicator_topics.yaml` (a project may override them with
`indicators/topics.yaml`).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import InputError
from .formats import load_yaml

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
                from .formats import yaml_line_of
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


def who_phrase(groups: Counter, n: int, *, compare: bool = False) -> str:
    """How the groups concerned read in a title or question: 'migrant pupils', 'migrant and
    minority pupils', 'pupils with disabilities'…  A group is named when at least a fifth of the
    statements (and at least one) concern it; pupils with disabilities alone only when they are
    the subject of half the statements. `compare`: the question compares with nationals or other
    pupils, so the subject is the migrant pupils themselves."""
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


def phrase_generic(*, objects: Sequence[str], aims: Sequence[str], who: str, status: bool
                   ) -> tuple[str, str, str]:
    """Title, question and provision for a group no topic fits: from the most frequent object
    and aim of its statements."""
    obj = _common_phrase(objects) or "the matter concerned"
    aim = _common_phrase(aims) or "provide for"
    obj = re.sub(r"^(the|a|an|such|all|any)\s+", "", obj, flags=re.I)
    title = fill("{obj} for {who} {status}", obj=obj, who=who,
                 status="regardless of residence status" if status else "")
    question = fill("Does the law require the authorities to {aim} {obj} for {who}?",
                    aim=aim.lower(), obj=obj, who=who)
    return title, question, obj


def _common_phrase(values: Sequence[str]) -> str:
    vals = [re.sub(r"\s+", " ", v).strip(" ,;.:") for v in values if v and v.strip()]
    vals = [v for v in vals if 2 <= len(v) <= 90]
    if not vals:
        return ""
    counts = Counter(v.lower() for v in vals)
    best = sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    words = best.split()
    return " ".join(words[:10])


def phrase_scale(*, provision: str, who: str, binding: bool, status: bool,
                 conditional: bool) -> list[dict]:
    """The three levels of compliance, from the strength and scope of the sources: the top
    level asks for what the strongest sources ask (binding law when they are binding), the middle
    one for less in scope (some groups, levels or regions) or in force (non-binding)."""
    everyone = who if who.startswith("all ") else "all " + who
    everyone = everyone.replace(" including migrant pupils", "")
    scope = ", whatever their residence status" if status else ""
    if binding:
        top = (f"Binding law provides for {provision}, covering {everyone} concerned{scope}, "
               "as an enforceable entitlement.")
    else:
        top = (f"Law or binding national policy provides for {provision}, covering {everyone} "
               f"concerned{scope}, in every region.")
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
