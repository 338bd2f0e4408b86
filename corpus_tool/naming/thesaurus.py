"""EuroVoc, the EU's multilingual thesaurus, as a vocabulary of subject names.

A group of statements often shares a subject that no member states in one phrase ("free
education", "family reunification", "recognition of diplomas"). EuroVoc names such subjects
across every policy domain, so a namer may offer the descriptors a group's texts support beside
the phrases it finds in them. The 7,029 English descriptor labels ship with the package
(`corpus_tool/data/eurovoc_descriptors.tsv`, attribution in `eurovoc_descriptors.README.md`);
nothing is downloaded.

Descriptors in the microthesauri of organisations (76xx), of geography (72xx) and of the EU's
own institutions and treaties (1006, 1016) name bodies and places, not subjects: `subjects()`
leaves them out; `descriptors()` keeps every one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = "data/eurovoc_descriptors.tsv"
NOT_SUBJECTS = ("72", "76", "1006", "1016")


@dataclass(frozen=True)
class Descriptor:
    id: str
    microthesaurus: str
    label: str


@lru_cache(maxsize=1)
def descriptors() -> tuple[Descriptor, ...]:
    """Every descriptor, in the file's order (microthesaurus, then label)."""
    text = resources.files("corpus_tool").joinpath(DATA).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0].split("\t") != ["id", "microthesaurus", "label"]:
        raise ValueError(f"corpus_tool/{DATA}, line 1: expected the header "
                         "'id<TAB>microthesaurus<TAB>label'; reinstall corpus-tool")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"corpus_tool/{DATA}, line {number}: expected three tab-separated "
                             "fields (id, microthesaurus, label); reinstall corpus-tool")
        rows.append(Descriptor(*parts))
    return tuple(rows)


@lru_cache(maxsize=1)
def subjects() -> tuple[Descriptor, ...]:
    """The descriptors that name a subject rather than a body, a place or an EU treaty."""
    return tuple(d for d in descriptors() if not d.microthesaurus.startswith(NOT_SUBJECTS))
