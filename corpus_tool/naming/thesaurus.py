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

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from corpus_tool.naming.group import content_stems

DATA = "data/eurovoc_descriptors.tsv"
NOT_SUBJECTS = ("72", "76", "1006", "1016")


@dataclass(frozen=True)
class Descriptor:
    id: str
    microthesaurus: str
    label: str


@dataclass(frozen=True)
class Support:
    """A subject descriptor and how many of a group's texts say every content word of it."""
    descriptor: Descriptor
    members: int


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


@lru_cache(maxsize=1)
def _subject_stems() -> tuple[tuple[Descriptor, frozenset[str]], ...]:
    return tuple((d, frozenset(content_stems(d.label))) for d in subjects()
                 if content_stems(d.label))


def supported(texts: Sequence[str], *, min_members: int = 2) -> list[Support]:
    """The subject descriptors that at least `min_members` of `texts` support, each text saying
    every content word of the label (by stem, in any order): most members first, then the more
    specific label (more words), then the label."""
    stem_sets = [content_stems(t) for t in texts]
    seen = set().union(*stem_sets) if stem_sets else set()
    found = []
    for descriptor, stems in _subject_stems():
        if stems <= seen:
            members = sum(stems <= ws for ws in stem_sets)
            if members >= min_members:
                found.append(Support(descriptor, members))
    found.sort(key=lambda s: (-s.members, -len(s.descriptor.label.split()), s.descriptor.label))
    return found
