"""The one reader interface: a reader turns a file into a list of `Block`s (headings and
paragraphs, already cleaned, with their page); `segment.py` turns blocks into the document text
and citable passages. Readers register themselves by file suffix."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus_tool.corpus.readers.encoding import decode_bytes, repair_if_needed
from corpus_tool.corpus.textclean import normalise_newlines
from corpus_tool.errors import InputError


@dataclass(frozen=True, slots=True)
class Block:
    """A cleaned piece of a document in reading order."""
    text: str
    kind: str = "para"                 # "para" or "heading"
    page: int | None = None            # 1-based page (PDFs)
    level: int = 0                     # heading level (1 = top) when known
    locator: str | None = None         # explicit locator, e.g. "para. 59" (JSON paragraphs)
    slug: str | None = None            # explicit id slug, e.g. "para-59"
    labels: tuple[str, ...] = ()       # third-party tags carried by the source (JSON)
    hard: bool = False                 # must not be split further (explicit paragraph)
    note: str | None = None            # footnote number (PDF footnotes in small type): `fn. 4`
    breaks: tuple[tuple[int, int], ...] = ()    # (offset in `text`, page): a later page begins


@dataclass(slots=True)
class Extracted:
    """What a reader returns."""
    blocks: list[Block]
    n_pages: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    password: str | None = None


Reader = Callable[[Path, ReadOptions], Extracted]


@dataclass(frozen=True, slots=True)
class ReaderInfo:
    name: str                          # versioned, e.g. "markdown-v1"
    suffixes: tuple[str, ...]
    read: Reader


READERS: dict[str, ReaderInfo] = {}


def register(name: str, *suffixes: str) -> Callable[[Reader], Reader]:
    """Decorator: `@register("markdown-v1", ".md", ".markdown")`."""
    def deco(fn: Reader) -> Reader:
        info = ReaderInfo(name, tuple(s.lower() for s in suffixes), fn)
        for s in info.suffixes:
            READERS[s] = info
        return fn
    return deco


def decode_text(data: bytes, path: Path, warnings: list[str], *,
                declared: str | None = None) -> str:
    """The text of a text file (see `encoding.decode_bytes`: BOM, UTF-16, declared charset,
    UTF-8, Windows-1252 with a warning); binary junk is refused; mojibake is repaired when the
    document shows evidence of it, with a warning."""
    if not data.strip():
        raise InputError("the file is empty", path=path, fix="replace it with the real document")
    text, note = decode_bytes(data, declared=declared)
    if note:
        warnings.append(f"{note} — save it as UTF-8 to silence this")
    if "\x00" in text[:65536]:
        raise InputError("binary data, not text (contains NUL bytes)", path=path,
                         fix="check the file: is it really a text document?")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError("binary data, not text (many control characters)", path=path,
                         fix="check the file: is it really a text document?")
    text, repaired = repair_if_needed(text)
    if repaired:
        warnings.append(repaired)
    return normalise_newlines(text)
