"""The framework file model: hand-edited `indicators/*.yaml` as a tree of pydantic models.

framework → areas → (optional) dimensions → indicators → (optional) sub-indicators.

Inner nodes (areas, dimensions, indicators with sub-indicators, overall variants) carry an
`aggregation` rule; indicators carry a question, a scale, a rationale and their sources (anchors
into the corpus plus what a reader needs to judge them). `load_framework` turns every schema or
consistency problem into an `InputError` naming the file, the line and the key path;
`save_framework` writes the canonical form (fixed key order, defaults left out, atomic), so
load → save reproduces a canonical file byte for byte.

Over 400 lines on purpose: the node classes and the walk over them are one unit
(`Framework.walk()`/`find()` use it, and the walk tests node types)."""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from corpus_tool.errors import NotFoundError
from corpus_tool.formats import fmt_number
from corpus_tool.models import Anchor

SCHEMA_PATH = Path(__file__).parent.parent / "schema" / "framework.schema.json"


RULES = ("mean", "mean_of_leaves", "weighted_mean", "geometric_mean", "min", "lookup", "answered")


Rule = Literal["mean", "mean_of_leaves", "weighted_mean", "geometric_mean", "min", "lookup",
               "answered"]


class _Model(BaseModel):
    """Base: unknown keys are refused (a misspelt key in a hand-edited file is an error)."""
    model_config = ConfigDict(extra="forbid", protected_namespaces=())

    # keys written by save_framework even when they hold their default value
    _always: ClassVar[tuple[str, ...]] = ()


class Level(_Model):
    """One answer option of an indicator: its score and what it means."""
    score: float
    label: str = Field("", description="Short name an answer may use instead of the score, "
                                       "e.g. 'partial'.")
    description: str = ""


class Scale(_Model):
    """The answer options of an indicator: 3, 4 or 5 levels with distinct scores."""
    levels: list[Level] = Field(min_length=3, max_length=5)

    @field_validator("levels")
    @classmethod
    def _distinct(cls, levels: list[Level]) -> list[Level]:
        scores = [lv.score for lv in levels]
        if len(set(scores)) != len(scores):
            raise ValueError(f"level scores must be distinct, got {fmt_list(scores)}")
        labels = [lv.label for lv in levels if lv.label]
        if len(set(labels)) != len(labels):
            raise ValueError("level labels must be distinct")
        return levels

    @property
    def scores(self) -> list[float]:
        return sorted(lv.score for lv in self.levels)

    @property
    def low(self) -> float:
        return min(lv.score for lv in self.levels)

    @property
    def high(self) -> float:
        return max(lv.score for lv in self.levels)

    def level_for(self, answer: str) -> Level | None:
        """The level an answer names, by label (case-insensitive) or by score, or both as the
        questionnaire prints them: "full (100)" (an expert's copy was refused: trial 21)."""
        a = answer.strip().casefold()
        for lv in self.levels:
            if lv.label and a in (lv.label.casefold(),
                                  f"{lv.label.casefold()} ({fmt_number(lv.score)})"):
                return lv
        try:
            x = float(a)
        except ValueError:
            return None
        for lv in self.levels:
            if lv.score == x:
                return lv
        return None


DEFAULT_SCALE = Scale(levels=[
    Level(score=100, label="full", description="Provided in full, for everyone concerned."),
    Level(score=50, label="partial", description="Provided in part: limited to some groups or "
          "levels, or not binding."),
    Level(score=0, label="none", description="Not provided."),
])


LookupValue = Union[float, list[float], Literal["*"]]


class LookupRow(_Model):
    """One row of a lookup table: when every named child has one of the given scores
    (a score, a list of scores, or '*' for any level), the node scores `score`."""
    when: dict[str, LookupValue]
    score: float

    def matches(self, values: dict[str, float]) -> bool:
        for child, cond in self.when.items():
            v = values.get(child)
            if v is None:
                return False
            if cond == "*":
                continue
            allowed = cond if isinstance(cond, list) else [cond]
            if not any(abs(v - a) < 1e-9 for a in allowed):
                return False
        return True


class Aggregation(_Model):
    """How an inner node combines its children.

    mean: available-case mean of the children; mean_of_leaves: mean of all indicators below
    (dimensions flattened); weighted_mean: with `weights` (by child id) or the children's `weight`;
    geometric_mean; min; lookup: `table` over the sub-indicators' levels; answered: no rule, the
    node must be answered directly (its children document the answer).
    """
    rule: Rule = "mean"
    description: str = ""
    weights: dict[str, float] | None = None
    table: list[LookupRow] | None = None
    missing: Literal["available_case", "complete_case"] = Field(
        "available_case", description="available_case: a missing child is left out of the "
        "aggregate; complete_case: any missing child makes this node missing.")
    min_coverage: float | None = Field(
        None, ge=0, le=1, description="Below this coverage (share of the information under "
        "the node that is answered) the node is missing.")

    _always: ClassVar[tuple[str, ...]] = ("rule",)

    @model_validator(mode="after")
    def _check(self) -> Aggregation:
        if self.rule == "lookup" and not self.table:
            raise ValueError("rule 'lookup' needs a 'table' of rows {when: {child: score}, score}")
        if self.rule != "lookup" and self.table:
            raise ValueError(f"'table' is only used by rule 'lookup', not '{self.rule}'")
        if self.weights is not None:
            bad = {k: w for k, w in self.weights.items() if w < 0}
            if bad:
                raise ValueError(f"weights must not be negative: {bad}")
        return self


class SuggestionLink(_Model):
    """The machine suggestion that linked a source: the model that made it, its score and who
    accepted it."""
    # (the suggestion itself, every area's score for a statement, is `models.Suggestion`)
    model_id: str
    model_version: str | None = None
    score: float | None = None
    accepted_by: str = ""


class LinkedBy(_Model):
    """What linked a source to an indicator: a human annotation, or a machine suggestion."""
    annotation_id: str = ""
    suggestion: SuggestionLink | None = None
    by: str = Field("", description="Who made or accepted the link.")


class Coding(_Model):
    """One researcher's coding of a source's text, kept when coders disagree on it."""
    coder: str
    area: str
    indicator: str = Field("", description="The indicator the coder named (empty: none).")
    time: str = Field("", description="When the coding was made or last changed (UTC).")
    annotation_id: str = ""
    stance: Literal["for", "against"] = Field("for", description="`against`: coded as evidence "
                                              "against the indicator.")

    _always: ClassVar[tuple[str, ...]] = ("coder", "area")


class Source(_Model):
    """One piece of evidence for an indicator: an anchor plus what a reader needs to judge it."""
    anchor: Anchor
    document_title: str = ""
    issuer: str = ""
    year: int | None = None
    instrument_type: str = ""
    legal_force: str = ""
    locator: str = ""
    page: int | None = None
    quote: str = ""
    strength: str = ""
    stance: Literal["for", "against"] = Field(
        "for", description="`against`: the text is evidence against the indicator (a clause "
        "that takes away what it asks); listed apart in the rationale and the provenance, it "
        "grounds nothing and counts in no support figure. Set from the coding (`corpus-tool "
        "annotations edit ID --stance`).")
    linked_by: LinkedBy | None = None
    status: Literal["ok", "new", "suspect", "stale"] = "ok"
    note: str = Field("", description="Why a source is new, suspect or stale (set by the tool).")
    comment: str = Field("", description="A researcher's remark on this source: the tool never "
                         "changes it (a remark written in `note` moves here when the tool next "
                         "sets the note).")
    contested: list[Coding] = Field(
        default_factory=list, description="Set by the tool when coders disagree on this text "
        "(another area or indicator): every coding of it, so the disagreement is shown rather "
        "than resolved silently.")

    _always: ClassVar[tuple[str, ...]] = ("anchor", "status")


# how the notes the tool writes on a source begin (`Source.note`); a note that begins otherwise
# is a researcher's remark
TOOL_NOTES = ("no longer linked by", "the quoted words changed", "the document text changed",
              "new evidence since", "linked again", "a new version of ", "quote no longer found",
              "now cited ")


def with_note(s: Source, status: str, note: str, *, was: Source | None = None) -> Source:
    """`s` with the tool's `status` and `note`, keeping the researcher's remark of `was` (the
    source as it stood, when `s` is a refreshed copy of it): its `comment`, and a note of its
    own the researcher wrote, which moves into `comment` rather than being overwritten."""
    was = was or s
    comment = was.comment
    if was.note and not was.note.startswith(TOOL_NOTES) and was.note not in comment:
        comment = f"{comment}\n{was.note}" if comment else was.note
    return s.model_copy(update={"status": status, "note": note, "comment": comment})


class Generated(_Model):
    """What the drafting stage last generated for an indicator: a fingerprint per field and the
    keys of the sources it proposed. A field whose value no longer matches its fingerprint was
    edited by a researcher and is never overwritten by a regeneration."""
    draft: str = Field("", description="Id of the draft this indicator was generated from.")
    fields: dict[str, str] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list)
    withdrawn: bool = Field(False, description="The latest drafts no longer propose it.")


class Support(_Model):
    """Figures on how broad the evidence for an indicator is."""
    statements: int | None = None
    instruments: int | None = None
    issuers: int | None = None
    binding_sources: int | None = None
    earliest_year: int | None = None


class Indicator(_Model):
    """A question experts answer per country on a scale; may be composed of sub-indicators."""
    id: str = Field(min_length=1)
    title: str
    question: str = ""
    scale: Scale | None = Field(None, description="Answer levels; default: the framework's scale.")
    rationale: str = ""
    sources: list[Source] = Field(default_factory=list)
    basis: str = Field(
        "", description="What the indicator rests on when no passage of the corpus can back it: "
        "a condition of national law or practice that the international instruments do not set "
        "(e.g. 'national condition: the residence period required before naturalisation'). "
        "With it, an indicator without sources passes `validate`, and the provenance, the "
        "report and the questionnaire say what it rests on.")
    status: Literal["draft", "reviewed"] = "draft"
    support: Support | None = None
    weight: float | None = Field(None, ge=0)
    aggregation: Aggregation | None = Field(
        None, description="How sub-indicators combine (default: mean).")
    sub_indicators: list[Indicator] = Field(default_factory=list)
    notes: str = ""
    aliases: list[str] = Field(
        default_factory=list, description="Other names of this node in published data files "
        "(column headers), used when comparing scores with published ones, and an indicator's "
        "old ids, under which answers files still find it.")
    generated: Generated | None = Field(
        None, description="Kept by `indicators draft`/`promote`: tells researcher edits apart.")

    _always: ClassVar[tuple[str, ...]] = ("id", "title", "status")

    @model_validator(mode="after")
    def _check(self) -> Indicator:
        if self.aggregation is not None and not self.sub_indicators:
            raise ValueError("'aggregation' is only used with 'sub_indicators'")
        return self

    @property
    def children(self) -> list[Indicator]:
        return self.sub_indicators

    @property
    def rule(self) -> str:
        return (self.aggregation or Aggregation()).rule


def basis_text(ind: Indicator) -> str:
    """What an indicator without sources rests on, as the outputs say it."""
    return f"no international source; it rests on {' '.join(ind.basis.split())}"


class _Node(_Model):
    """What every inner node of the tree (overall variant, area, dimension) has: an id, a
    title, the names it goes by in published data, and a rule combining its children. The
    fields are declared in file order, so a subclass adds its own after these."""
    id: str = Field(min_length=1)
    title: str
    description: str = ""
    aliases: list[str] = Field(
        default_factory=list, description="Other names of this node in published data files "
        "(column headers), used when comparing scores with published ones.")

    _always: ClassVar[tuple[str, ...]] = ("id", "title", "aggregation")

    @property
    def rule(self) -> str:
        """The rule of the node's `aggregation` (which each subclass declares in its place in
        the file's key order)."""
        return self.aggregation.rule


class _Group(_Node):
    """An area or a dimension: weighted within its parent, holding indicators."""
    weight: float | None = Field(None, ge=0)
    aggregation: Aggregation = Field(default_factory=Aggregation)


class Dimension(_Group):
    """A group of indicators inside an area."""
    indicators: list[Indicator] = Field(default_factory=list)

    @property
    def children(self) -> list[Indicator]:
        return self.indicators


class Area(_Group):
    """A policy area (MIPEX: a strand): dimensions and/or indicators."""
    dimensions: list[Dimension] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)

    @property
    def children(self) -> list[Dimension | Indicator]:
        return [*self.dimensions, *self.indicators]


class Overall(_Node):
    """An overall score: its areas combined by a rule (a framework may define several variants)."""
    aggregation: Aggregation = Field(default_factory=Aggregation)
    areas: list[str] = Field(min_length=1, description="Ids of the areas combined.")

    _always: ClassVar[tuple[str, ...]] = ("id", "title", "aggregation", "areas")


class Framework(_Model):
    """A whole indicator framework, as kept in `indicators/<name>.yaml`."""
    id: str = Field(min_length=1)
    title: str
    description: str = ""
    version: str = ""
    scale: Scale | None = Field(None, description="Default scale of indicators (default 100/50/0).")
    overall: list[Overall] = Field(default_factory=list)
    areas: list[Area] = Field(default_factory=list)
    drafts_taken: list[str] = Field(
        default_factory=list, description="Ids of the draft indicators this framework has taken "
        "in (kept by `indicators promote` and `build`): the draft of an indicator a researcher "
        "removed is not added back, unless promoted by name.")

    _always: ClassVar[tuple[str, ...]] = ("id", "title", "areas")

    @field_validator("version", mode="before")
    @classmethod
    def _version_str(cls, v: Any) -> Any:
        return str(v) if isinstance(v, (int, float)) else v

    # -- helpers -------------------------------------------------------------------------------

    @property
    def default_scale(self) -> Scale:
        return self.scale or DEFAULT_SCALE

    def scale_of(self, indicator: Indicator) -> Scale:
        return indicator.scale or self.default_scale

    def walk(self) -> Iterator[NodeRef]:
        return walk(self)

    def find(self, node_id: str) -> NodeRef:
        return find(self, node_id)

    def indicators(self) -> list[Indicator]:
        """Every indicator and sub-indicator, in file order."""
        return [r.node for r in walk(self) if r.kind in ("indicator", "sub-indicator")]

    def only(self, ids: set[str]) -> Framework:
        """A copy holding only the areas' top-level indicators named in `ids` (and their
        areas)."""
        areas = [a.model_copy(update={"indicators": inds}) for a in self.areas
                 if (inds := [i for i in a.indicators if i.id in ids])]
        return self.model_copy(update={"areas": areas})


@dataclass(frozen=True, slots=True)
class NodeRef:
    """A node of the tree with its place: kind, parent id, depth and key path in the file."""
    node: Area | Dimension | Indicator | Overall
    kind: str                         # overall, area, dimension, indicator, sub-indicator
    parent: str | None                # id of the parent node (None for areas and overall variants)
    loc: tuple[str | int, ...]        # key path in the YAML file, e.g. ("areas", 0, "indicators", 3)

    @property
    def id(self) -> str:
        return self.node.id


def walk(fw: Framework) -> Iterator[NodeRef]:
    """Every node, depth first in file order: overall variants, then each area and what it holds."""
    for i, ov in enumerate(fw.overall):
        yield NodeRef(ov, "overall", None, ("overall", i))
    for ai, area in enumerate(fw.areas):
        aloc: tuple[str | int, ...] = ("areas", ai)
        yield NodeRef(area, "area", None, aloc)
        for di, dim in enumerate(area.dimensions):
            dloc = (*aloc, "dimensions", di)
            yield NodeRef(dim, "dimension", area.id, dloc)
            for ii, ind in enumerate(dim.indicators):
                yield from _walk_indicator(ind, dim.id, (*dloc, "indicators", ii), "indicator")
        for ii, ind in enumerate(area.indicators):
            yield from _walk_indicator(ind, area.id, (*aloc, "indicators", ii), "indicator")


def _walk_indicator(ind: Indicator, parent: str, loc: tuple, kind: str) -> Iterator[NodeRef]:
    yield NodeRef(ind, kind, parent, loc)
    for si, sub in enumerate(ind.sub_indicators):
        yield from _walk_indicator(sub, ind.id, (*loc, "sub_indicators", si), "sub-indicator")


def find(fw: Framework, node_id: str) -> NodeRef:
    """The node with this id; `NotFoundError` naming close ids if there is none."""
    for ref in walk(fw):
        if ref.id == node_id:
            return ref
    close = difflib.get_close_matches(node_id, [r.id for r in walk(fw)], n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else \
        " (`corpus-tool indicators list` gives the ids)"
    # (not "no node": the word is the code's, a researcher looks for an indicator: trial 43, P11)
    raise NotFoundError(f"no indicator, area or score '{node_id}' in framework "
                        f"'{fw.id}'{hint}")


def children(node: Area | Dimension | Indicator) -> list:
    return list(node.children)


def leaves(node: Area | Dimension | Indicator | Framework) -> list[Indicator]:
    """The indicators below a node, dimensions flattened (sub-indicators are not leaves here: an
    indicator with sub-indicators counts as one indicator, as composite indices count them)."""
    if isinstance(node, Framework):
        return [ind for a in node.areas for ind in leaves(a)]
    if isinstance(node, Indicator):
        return [node]
    out: list[Indicator] = []
    for ch in node.children:
        out.extend(leaves(ch))
    return out


def fmt_list(xs) -> str:
    return ", ".join(fmt_number(x) if isinstance(x, (int, float)) else str(x) for x in xs)
