"""The codebook (annotations/codebook.yaml): the areas coders and suggestions use, each with its
definition, include/exclude notes and examples. Loaded and validated here, below both coding
(which checks an annotation's area) and suggestions (which score statements against areas)."""
from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from pydantic import (BaseModel, ConfigDict, Field, ValidationError, field_validator,
                      model_validator)

from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import (dumps_json, load_yaml, sha256_text, yaml_line_of,
                                 yaml_validation_problem)
from corpus_tool.models import AreaExample, AreaIndicator, CodebookArea
from corpus_tool.project import Project

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc: str = Field(min_length=1)
    quote: str = Field(min_length=1)
    locator: str = ""


def _str_list(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return v


class _Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str = ""
    definition: str = ""

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError("an indicator id is lowercase letters, digits and hyphens, "
                             "e.g. `lab-acc-employer-tie`")
        return v

    @model_validator(mode="after")
    def _said(self) -> "_Indicator":
        if not self.name.strip() and not self.definition.strip():
            raise ValueError("an indicator needs a `name` or a `definition`")
        return self


class _Area(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    include: list[str] = []
    exclude: list[str] = []
    seed_terms: list[str] = []
    examples: list[_Example] = []
    indicators: list[_Indicator] = []

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError("an area id is lowercase letters, digits and hyphens, e.g. `access`")
        return v

    @field_validator("include", "exclude", "seed_terms", mode="before")
    @classmethod
    def _lists(cls, v):
        return _str_list(v)


class _Codebook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    title: str = ""
    areas: list[_Area] = Field(min_length=1)


def parse_codebook(path: Path) -> list[CodebookArea]:
    """Read and validate a codebook file; errors name the file, the line and the field."""
    path = Path(path)
    if not path.exists():
        raise InputError("no codebook", path=path,
                         fix="run `corpus-tool init` or copy the default codebook there")
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError("a codebook is a mapping with an `areas:` list", path=path, line=1,
                         fix="see the default codebook in corpus_tool/data/codebook.yaml")
    try:
        cb = _Codebook.model_validate(data)
    except ValidationError as e:
        field, msg, line = yaml_validation_problem(path, e)
        first = e.errors()[0]
        known = {1: _Codebook.model_fields, 3: _Area.model_fields}.get(len(first["loc"]), {})
        near = difflib.get_close_matches(str(first["loc"][-1]), list(known), n=1, cutoff=0.75) \
            if first["type"] == "extra_forbidden" else []
        raise InputError(f"{field}: {msg}", path=path, line=line,       # "seed_term" (trial 45)
                         fix=f"did you mean {near[0]!r}?" if near else
                         "fix this field of the codebook") from None
    seen: dict[str, int] = {}
    for i, a in enumerate(cb.areas):
        if a.id in seen:
            # the first by its line: "(also area 2)", counted from 0 as the field path is, read
            # as the second area (trial 40, P14)
            raise InputError(f"areas -> {i} -> id: duplicate area id {a.id!r} (also the id of "
                             f"the area at line {yaml_line_of(path, ['areas', seen[a.id], 'id'])})",
                             path=path, line=yaml_line_of(path, ["areas", i, "id"]),
                             fix="give every area its own id")
        seen[a.id] = i
    ind_seen: dict[str, str] = {}
    for i, a in enumerate(cb.areas):
        for k, ind in enumerate(a.indicators):
            if ind.id in ind_seen:
                raise InputError(f"areas -> {i} -> indicators -> {k} -> id: duplicate indicator "
                                 f"id {ind.id!r} (also under area {ind_seen[ind.id]!r})",
                                 path=path,
                                 line=yaml_line_of(path, ["areas", i, "indicators", k, "id"]),
                                 fix="give every indicator its own id")
            ind_seen[ind.id] = a.id
    return [CodebookArea(id=a.id, name=a.name.strip(), definition=" ".join(a.definition.split()),
                 include=tuple(" ".join(s.split()) for s in a.include),
                 exclude=tuple(" ".join(s.split()) for s in a.exclude),
                 seed_terms=tuple(s.strip() for s in a.seed_terms if s.strip()),
                 examples=tuple(AreaExample(doc=x.doc, quote=" ".join(x.quote.split()),
                                            locator=x.locator) for x in a.examples),
                 indicators=tuple(AreaIndicator(id=x.id, name=" ".join(x.name.split()),
                                                definition=" ".join(x.definition.split()))
                                  for x in a.indicators))
            for a in cb.areas]


def load_codebook(project: Project) -> list[CodebookArea]:
    """The areas of the project's codebook, in file order. Errors name the file relative to the
    project (`annotations/codebook.yaml, line 12: areas -> 2 -> seed_terms -> 0: …`)."""
    try:
        return parse_codebook(project.codebook_path)
    except InputError as e:
        try:
            e.path = str(project.codebook_path.relative_to(project.root))
        except ValueError:
            pass
        e.args = (str(e),)
        raise


def area_ids(project: Project) -> list[str]:
    return [a.id for a in load_codebook(project)]


def get_area(project: Project, area_id: str) -> CodebookArea:
    areas = load_codebook(project)
    for a in areas:
        if a.id == area_id:
            return a
    raise NotFoundError(f"no area {area_id!r} in {project.codebook_path.name} "
                        f"(areas: {', '.join(a.id for a in areas)})")


def codebook_fingerprint(areas: Sequence[CodebookArea]) -> str:
    """What the area suggestions depend on: the areas without the indicators they describe."""
    return sha256_text(dumps_json([{k: v for k, v in a.to_dict().items() if k != "indicators"}
                                   for a in areas]))[:12]


class AreaListing(TypedDict):
    """`areas list`: each area of the codebook with the number of annotations coded to it."""
    areas: list[dict[str, Any]]


def area_listing(areas: Sequence[CodebookArea], coded: Sequence[str]) -> AreaListing:
    """The codebook's areas, each with how many of `coded` (the area ids of the annotations)
    name it."""
    counts: dict[str, int] = {}
    for area_id in coded:
        counts[area_id] = counts.get(area_id, 0) + 1
    return {"areas": [a.to_dict() | {"annotations": counts.get(a.id, 0)} for a in areas]}
