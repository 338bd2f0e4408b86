"""Names and ids that people type (coder names; area, indicator and document ids) and text kept
in hand-edited files, checked where they enter: the CLI, the web API and the files themselves.

A control character (U+0000–U+001F, U+007F–U+009F) or an invisible format character (bidi
overrides, zero-width joiners, the BOM) in a name is refused with the reason: it cannot go into
an XLSX cell, it breaks the lines of every table and it can make one name look like another.
Free text (titles, quotes, memos) may hold tabs, line breaks and invisible format characters
(soft hyphens come with real documents), no other control character.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError

MAX_NAME = 80
MAX_ID = 120
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
TEXT_WHITESPACE = "\t\n\r"


NAME_UNSAFE = ("Cc", "Cf", "Cs")      # controls, invisible format characters, lone surrogates
TEXT_UNSAFE = ("Cc", "Cs")            # free text keeps soft hyphens and zero-width spaces


def unsafe_char(text: str, *, allow: str = "", categories: tuple[str, ...] = NAME_UNSAFE
                ) -> str | None:
    """The first character of `text` in one of the Unicode `categories` (not in `allow`),
    written as `U+XXXX`, or None."""
    for ch in text:
        if ch in allow:
            continue
        if unicodedata.category(ch) in categories:
            return f"U+{ord(ch):04X}"
    return None


def check_name(value: str, *, what: str = "coder name", path: str | Path | None = None,
               line: int | None = None) -> str:
    """A person's name as written (letters of any script, spaces, punctuation), or InputError."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"empty {what}", path=path, line=line, fix=f"give a {what}")
    bad = unsafe_char(value)
    if bad:
        raise InputError(f"the {what} {value!r} holds a control or invisible character ({bad})",
                         path=path, line=line, fix="use letters, digits, spaces and punctuation")
    if value != value.strip():
        raise InputError(f"the {what} {value!r} starts or ends with a space", path=path,
                         line=line, fix="remove the spaces around it")
    if len(value) > MAX_NAME:
        raise InputError(f"the {what} is too long ({len(value)} characters; at most {MAX_NAME})",
                         path=path, line=line, fix="use a shorter name")
    return value


def check_id(value: str, *, what: str, path: str | Path | None = None,
             line: int | None = None) -> str:
    """An id (area, indicator, document…): ASCII letters, digits, `.`, `_` and `-`."""
    if not isinstance(value, str) or not ID_RE.match(value) or len(value) > MAX_ID:
        shown = repr(value) if isinstance(value, str) else type(value).__name__
        bad = unsafe_char(value) if isinstance(value, str) else None
        why = f" (it holds {bad})" if bad else ""
        raise InputError(f"bad {what} {shown}{why}", path=path, line=line,
                         fix=f"use letters, digits, '.', '_' and '-' (at most {MAX_ID}), "
                             "starting with a letter or digit, e.g. acc-free-primary")
    return value


def unsafe_strings(data: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(key path, reason) for every key or string value of a loaded YAML/JSON document that
    holds a control character other than tab and line breaks."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, obj = stack.pop()
        if isinstance(obj, dict):
            for k, v in reversed(list(obj.items())):
                if isinstance(k, str) and (bad := _text_unsafe(k)):
                    yield (*loc, k), f"the key {k!r} holds a control character ({bad})"
                stack.append(((*loc, k), v))
        elif isinstance(obj, list):
            stack.extend(((*loc, i), v) for i, v in reversed(list(enumerate(obj))))
        elif isinstance(obj, str) and (bad := _text_unsafe(obj)):
            yield loc, f"{obj[:60]!r} holds a control character ({bad})"


def _text_unsafe(text: str) -> str | None:
    return unsafe_char(text, allow=TEXT_WHITESPACE, categories=TEXT_UNSAFE)
