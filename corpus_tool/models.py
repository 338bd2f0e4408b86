"""One frozen, slotted dataclass per concept. Plain data: no I/O, no logic beyond `to_dict`."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


def _dict(obj) -> dict:
    return asdict(obj)


# --- corpus -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """A row of corpus/manifest.csv: one source instrument."""
    id: str                      # readable slug, e.g. "un-crc-1989"
    title: str
    issuer: str
    year: int | None
    type: str                    # convention, covenant, protocol, charter, declaration, general comment…
    legal_force: str             # binding / non-binding
    language: str                # corpus language of the document, e.g. "en"
    path: str                    # relative to corpus/
    source: str = ""             # where it came from (URL or repository + path + commit)
    licence: str = ""
    sha256: str = ""             # of the file as stored in corpus/

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Passage:
    """The smallest citable unit: an article paragraph, a numbered paragraph or a layout paragraph."""
    id: str                      # "<doc_id>:<locator slug>", e.g. "un-crc-1989:art-28-1-a"
    doc_id: str
    seq: int                     # order in the document
    page: int | None             # 1-based page for PDFs, None otherwise
    locator: str                 # "Art. 28(1)(a)", "para. 59", "Preamble", "p. 3 ¶ 2"
    start: int                   # offsets into the document text
    end: int
    lang: str                    # detected language ("en", "nl", …)
    heading: str                 # context: "Part I > Article 28"
    text: str

    to_dict = _dict


# --- statements -------------------------------------------------------------------------------

STRENGTHS = ("obligation", "prohibition", "recommendation", "permission", "recognition", "none")


@dataclass(frozen=True, slots=True)
class Statement:
    """A normative statement with its Institutional-Grammar parts, anchored in a passage."""
    id: str
    doc_id: str
    passage_id: str
    page: int | None
    locator: str
    start: int                   # offsets into the document text
    end: int
    text: str
    actor: str
    deontic: str
    strength: str                # one of STRENGTHS
    aim: str
    object: str
    condition: str
    beneficiaries: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["beneficiaries"] = list(self.beneficiaries)
        return d
