"""The one reader interface: a reader turns a file into a list of `Block`s (headings and
paragraphs, already cleaned, with their page); `segment.py` turns blocks into the document text
and citable passages. Readers register themselves by file suffix."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


def decode_text(data: bytes, path: Path, warnings: list[str]) -> str:
    """UTF-8 text (BOM tolerated); binary junk is refused; other 8-bit text is decoded as
    Windows-1252 (a superset of Latin-1 for printable text) with a warning."""
    if not data.strip():
        raise InputError("the file is empty", path=path, fix="replace it with the real document")
    sample = data[:65536]
    if b"\x00" in sample:
        raise InputError("binary data, not text (contains NUL bytes)", path=path,
                         fix="check the file: is it really a text document?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1252")
            enc = "Windows-1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            enc = "Latin-1"
        warnings.append(f"{path.name}: not UTF-8 ({e.reason} at byte {e.start}); "
                        f"decoded as {enc} — save it as UTF-8 to silence this")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError("binary data, not text (many control characters)", path=path,
                         fix="check the file: is it really a text document?")
    return normalise_newlines(text)
