"""Topics: a project's optional wording overlay (`indicators/topics.yaml`; the reference project
keeps its migrant-education topics there) and matching statements to them. Without the file,
drafts are grouped and worded from the corpus alone (`meaning`, `naming`).

The overlay may also name the people its topic drafts speak of (`people:`, see `People`): the
package's own words are general ('migrants', 'everyone concerned'); a project on schooling says
'migrant pupils' there."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.formats import load_yaml, yaml_line_of

BINDING_STRENGTHS = ("obligation", "prohibition")


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    areas: tuple[str, ...]
    terms: tuple[str, ...]
    title: str
    question: str
    provision: str


@dataclass(frozen=True, slots=True)
class People:
    """How the people concerned read in topic drafts ({who}): one wording per group the drafter
    recognises in the statements (`groups.concerned_groups`), and for the cases where no group is
    named. A project overrides any of them in `indicators/topics.yaml` under `people:`."""
    migrants: str = "migrants"
    migrants_and_minorities: str = "migrants and persons belonging to minorities"
    minorities_and_indigenous: str = "persons belonging to national minorities and indigenous peoples"
    indigenous: str = "indigenous peoples"
    minorities: str = "persons belonging to national minorities"
    disabilities: str = "persons with disabilities"
    compared: str = "non-nationals"          # the subject of a question comparing with nationals
    everyone: str = "everyone concerned"     # nobody named: all, the groups of concern included
    all: str = "everyone"                    # a provision for every person (no {who} in the topic)
    each: str = "everyone"                   # the same, when residence status is at stake
    with_permit: str = "those with a residence permit"   # a partial scope, in the scale


PEOPLE_FIELDS = tuple(People.__slots__)


def load_topics(project_indicators_dir: Path | None = None) -> list[Topic]:
    """The project's topic templates (`indicators/topics.yaml`), an optional wording overlay;
    none when the project has no such file (drafts are then worded from the corpus alone). A
    malformed entry is refused with the file, line and field."""
    if project_indicators_dir is None or not (project_indicators_dir / "topics.yaml").exists():
        return []
    path = project_indicators_dir / "topics.yaml"
    data = load_yaml(path)
    topics = []
    seen = set()
    for i, t in enumerate((data or {}).get("topics") or []):
        for field in ("id", "areas", "terms", "title", "question", "provision"):
            if not t.get(field):
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


def load_people(project_indicators_dir: Path | None = None) -> People:
    """The overlay's `people:` wording (a mapping of `People` fields to phrases), the general
    words for any field it leaves out; `People()` without a topics file."""
    if project_indicators_dir is None or not (project_indicators_dir / "topics.yaml").exists():
        return People()
    path = project_indicators_dir / "topics.yaml"
    data = (load_yaml(path) or {}).get("people") or {}
    if not isinstance(data, dict):
        raise InputError("`people` is a mapping of group → wording", path=path,
                         line=yaml_line_of(path, ["people"]),
                         fix=f"give some of: {', '.join(PEOPLE_FIELDS)}")
    unknown = sorted(set(data) - set(PEOPLE_FIELDS))
    if unknown:
        raise InputError(f"people: unknown key {unknown[0]!r}", path=path,
                         line=yaml_line_of(path, ["people", unknown[0]]),
                         fix=f"use some of: {', '.join(PEOPLE_FIELDS)}")
    empty = sorted(k for k, v in data.items() if not str(v or "").strip())
    if empty:
        raise InputError(f"people: {empty[0]!r} is empty", path=path,
                         line=yaml_line_of(path, ["people", empty[0]]),
                         fix="give the words, e.g. `migrants: migrant pupils`")
    return People(**{k: " ".join(str(v).split()) for k, v in data.items()})


def load_suggestion_words(project_indicators_dir: Path | None = None) -> re.Pattern | None:
    """The overlay's optional `suggestion_words` (regular expressions matched as whole words,
    case-insensitive): a confident suggestion joins a topic's indicator only when its statement
    uses one of them. None without a topics file or without the key."""
    if project_indicators_dir is None or not (project_indicators_dir / "topics.yaml").exists():
        return None
    path = project_indicators_dir / "topics.yaml"
    words = (load_yaml(path) or {}).get("suggestion_words") or []
    if not words:
        return None
    try:
        return re.compile(r"\b(" + "|".join(str(w) for w in words) + r")\b", re.I)
    except re.error as e:
        raise InputError(f"suggestion_words: {e}", path=path,
                         fix="give regular expressions such as 'school\\w*'") from None


def norm(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip() + " "


def topic_scores(topics: Sequence[Topic], *, text: str, focus: str = "", area: str | None = None
                 ) -> list[tuple[float, Topic]]:
    """Score each topic for one statement: a term found in the focus (object + aim) counts
    twice, in the full text once; a topic of the statement's area gets a small bonus; ties are
    broken by topic order in the file. Best first; topics without any hit are left out."""
    full, foc = norm(text), norm(focus)
    out = []
    for rank, t in enumerate(topics):
        s = 0.0
        for term in t.terms:
            needle = norm(term)
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
