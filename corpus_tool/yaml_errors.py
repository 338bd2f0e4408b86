"""A YAML syntax error as a message a researcher can act on: the line of their mistake (not the
line where the parser gave up) and the fix. The common mistake in hand-written codebooks,
cluster and framework files is prose with ': ' (a colon and a space) in an unquoted value: YAML
reads it as `key: value`. On one line PyYAML says "mapping values are not allowed here" at the
colon; in a list item that runs over several lines it says "could not find expected ':'" at the
item's second or third line, after the line that holds the colon. The other common slip is a
quote opened and not closed: YAML reads the keys below as part of the value and fails at the
next quote, or at the end of the file; the message names the line where the quote opened. One
message names every line with a colon to quote (`syntax_errors`). An alias used inside its own
anchored node (a cycle) is named with its line too (`cycle_error`). Shared ground: imports only
PyYAML and the errors."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from corpus_tool.errors import InputError

# indentation, an optional list dash, an optional `key:` (up to the first ': '), the rest
_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?:(?P<key>[^\s'\"#|>][^#]*?):(?: +|$))?"
                   r"(?P<value>.*)$")
_WORD_KEY = re.compile(r"^[A-Za-z_][\w-]*$")
_COLON = "a colon followed by a space (': ') in a value without quotes"


# how many more lines with the same mistake one message names
MORE_LINES = 20


def syntax_errors(path: Path, text: str, e: yaml.MarkedYAMLError, parse) -> InputError:
    """`syntax_error`, naming the further lines with the same mistake, ': ' in a value without
    quotes, and the item to quote on each: each value already named is read as if its colons
    were not there, and `text` parsed again (`parse(text)` raises the next MarkedYAMLError), so
    that one run names them all (a researcher fixed a codebook one run per error: trial 29,
    P13)."""
    first = err = syntax_error(path, text, e)
    lines, more = text.split("\n"), []
    while err.message.startswith(f"invalid YAML: {_COLON}") and len(more) < MORE_LINES:
        lines = _without_colons(lines, err.line - 1)
        rest = "\n".join(lines)
        try:
            parse(rest)
            break
        except yaml.MarkedYAMLError as again:
            err = syntax_error(path, rest, again)
        if not err.message.startswith(f"invalid YAML: {_COLON}") or \
                err.line in [first.line, *(m.line for m in more)]:
            break
        more.append(err)
    if more:
        first.fix = "; ".join([first.fix or "", *(f"line {m.line}: {m.fix}" for m in more)])
        first.message += f" (and on {len(more)} more line{'s' if len(more) > 1 else ''})"
    return first


def _without_colons(lines: list[str], i: int) -> list[str]:
    """The lines with the value that holds line `i` read without its ': ' (one already named)."""
    start = _item_start(lines, i)
    out = list(lines)
    for j in range(start, len(lines)):
        if j > max(i, start) and (_blank(lines[j]) or _indent(lines[j]) <= _indent(lines[start])):
            break
        m = _LINE.match(lines[j]) if j == start else None
        # (a key before a value with ': ', "quote: … due to: …", stays; "- outreach: mobile
        # health services …" is an item's text)
        key = m is not None and m["key"] is not None and _WORD_KEY.match(m["key"]) and \
            ": " in m["value"]
        head = len(lines[j]) - len(m["value"]) if key else len(m["indent"] + (
            m["dash"] or "")) if m else 0
        out[j] = lines[j][:head] + lines[j][head:].replace(": ", "; ")
    return out


def syntax_error(path: Path, text: str, e: yaml.MarkedYAMLError) -> InputError:
    """The InputError for a YAML syntax error in `text` (the contents of `path`)."""
    lines = text.splitlines()
    problem, context = e.problem or "", e.context or ""
    at = e.problem_mark.line if e.problem_mark else None
    inside = at is not None and at < len(lines)        # (not at the end of the file)
    if problem.startswith("mapping values are not allowed") and inside:
        start = _item_start(lines, at)
        where, or_key = ("", "") if start == at else (
            f", from line {start + 1},", "; or, if this line is a new key, indent it as the "
                                         "keys above it")
        return InputError(f"invalid YAML: {_COLON}", path=path, line=at + 1,
                          fix=f"put the whole value{where} in quotes: {_quoted(lines, start)}"
                              + or_key)
    simple_key = context.startswith("while scanning a simple key") and e.context_mark
    # the line PyYAML read as a new key (or token) of the mapping a ': ' in the item above began
    key = e.context_mark.line if simple_key else at if inside else None
    prev = _previous(lines, key) if key is not None else None
    if prev is not None and _opens_mapping_in_text_list(lines, prev, key):
        return InputError(
            f"invalid YAML: {_COLON}: YAML reads this item as `key: value` and line "
            f"{key + 1} as a new key", path=path, line=prev + 1,
            fix=f"put the whole item in quotes: {_quoted(lines, prev)}")
    if simple_key:
        return InputError(f"invalid YAML: {problem} after the key on this line", path=path,
                          line=e.context_mark.line + 1,
                          fix="add ': ' after the key; if this line continues the text above "
                              "it, put that whole text in quotes")
    start = _item_start(lines, at) if inside else None
    opened = _unclosed_quote(lines, at) if inside else None
    if problem.startswith("expected <block end>, but found '<scalar>'") and opened is not None:
        return InputError(f"invalid YAML: the quote opened on this line is not closed, so YAML "
                          f"reads the lines below it, up to line {at + 1}, as part of this value",
                          path=path, line=opened + 1,
                          fix=f"end the value with its quote: {_closed(lines[opened])}")
    if problem.startswith("expected <block end>, but found '<scalar>'") and start is not None \
            and _starts_quoted(lines[start]):
        return InputError("invalid YAML: text after a closing quote (a value that starts with "
                          "a quote must end with it)", path=path, line=start + 1,
                          fix=f"put the whole value in the other quotes: "
                              f"{_quoted(lines, start, quote=_other_quote(lines[start]))}")
    if context.startswith("while scanning a quoted scalar") and e.context_mark is not None:
        opened = e.context_mark.line         # a quote never closed before the end of the file
        return InputError("invalid YAML: the quote opened on this line is never closed",
                          path=path, line=opened + 1,
                          fix=f"end the value with its quote: {_closed(lines[opened])}")
    if context.startswith("while parsing a flow") and e.context_mark is not None:
        opened = e.context_mark.line         # a '[' or '{' never closed: where it was opened
        return InputError(f"invalid YAML: a '{lines[opened][e.context_mark.column:][:1] or '['}"
                          f"' opened on this line is not closed ({problem})", path=path,
                          line=opened + 1, fix="close it on the same line (`[a, b]`), or put "
                                               "the value in quotes if the bracket is text")
    if "'\\t'" in problem and inside:
        # a tab where YAML wants spaces (an editor that indents with tabs: trial 30, P10)
        return InputError("invalid YAML: a tab in the indentation or before a value (YAML "
                          "indents with spaces only)", path=path, line=at + 1,
                          fix="replace the tab with spaces, indenting as the lines above it")
    return InputError(f"invalid YAML: {problem or context}", path=path,
                      line=at + 1 if at is not None else None,
                      fix="check indentation and quoting: a value with ': ' or ' #' in it, or "
                          "that starts with a quote, '[', '{', '&', '*', '!', '%', '@' or '`', "
                          "goes in quotes")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _previous(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if not _blank(lines[j])), None)


def _item_start(lines: list[str], i: int) -> int:
    """The line where the plain value holding line `i` starts: `i` itself, or for a line that
    continues a value (`- text` or `key: text` above it, indented less) that line."""
    j = i
    while (p := _previous(lines, j)) is not None:
        m = _LINE.match(lines[p])
        if m is None:
            break
        if _indent(lines[p]) == _indent(lines[j]) and not m["dash"]:
            j = p                                   # a sibling key or another continuation
            continue
        sibling_key = m["dash"] and m["key"] and len(m["indent"] + m["dash"]) == _indent(lines[j])
        if _indent(lines[p]) < _indent(lines[j]) and m["value"].strip() and not sibling_key:
            return p
        break
    return i


def _text_list(lines: list[str], item: int) -> bool | None:
    """Whether the list item on line `item` sits among plain-text items (True), among
    `key: value` items (False), or alone (None): judged by its nearest neighbour in the list."""
    dash_col = _indent(lines[item])
    for step in (-1, 1):
        j = item + step
        while 0 <= j < len(lines):
            if not _blank(lines[j]):
                if _indent(lines[j]) < dash_col:
                    break
                s = _LINE.match(lines[j])
                if _indent(lines[j]) == dash_col and s and s["dash"]:
                    return not s["key"]
            j += step
    return None


def _whole_item(lines: list[str], item: int) -> bool:
    """True when the `key: value` of list item `item` is text that YAML split at a ': '."""
    m = _LINE.match(lines[item])
    if not (m and m["dash"] and m["key"]):
        return False
    among = _text_list(lines, item)
    return among if among is not None else not _WORD_KEY.match(m["key"])


def _opens_mapping_in_text_list(lines: list[str], item: int, key: int) -> bool:
    """True when line `item` is a text list item that YAML took for `key: value` because of a
    ': ' in it, and line `key` (at the column of that 'key') continues its text."""
    m = _LINE.match(lines[item])
    return bool(m and m["dash"] and m["key"] and m["value"].strip()
                and len(m["indent"]) + len(m["dash"]) == _indent(lines[key])
                and _whole_item(lines, item))


def _starts_quoted(line: str) -> bool:
    m = _LINE.match(line)
    return (m["value"] if m else line).lstrip().startswith(("'", '"'))


def _unclosed_quote(lines: list[str], at: int) -> int | None:
    """The line above `at` whose quoted value opens and is not closed on it, when the quote ran
    on over a `key:` line of its own mapping (so it took keys for text: the usual slip of a
    hand-written title); None when there is no such line."""
    keys = False
    for j in range(at - 1, -1, -1):
        if _blank(lines[j]):
            continue
        m = _LINE.match(lines[j])
        if m is None:
            return None
        value = m["value"].strip()
        if value[:1] in ("'", '"') and _open_at_end(value):
            return j if keys else None
        if m["dash"] and _indent(lines[j]) + len(m["dash"]) <= _indent(lines[at]):
            return None                              # the start of the mapping: none found
        keys = keys or bool(m["key"] and _indent(lines[j]) <= _indent(lines[at]))
    return None


def _open_at_end(value: str) -> bool:
    """True when `value`, starting with a quote, does not close it on this line."""
    q = value[0]
    body = value[1:].replace("''", "") if q == "'" else re.sub(r"\\.", "", value[1:])
    return q not in body


def _closed(line: str) -> str:
    """Line `line`, whose quoted value is not closed, with the quote closed at its end."""
    m = _LINE.match(line)
    head = ("- " if m and m["dash"] else "") + (f"{m['key']}: " if m and m["key"] else "")
    value = (m["value"] if m else line).strip()
    short = value if len(value) <= 60 else value[:50].rsplit(" ", 1)[0] + " …"
    return f"{head}{short}{value[0]}"


def _other_quote(line: str) -> str:
    m = _LINE.match(line)
    value = (m["value"] if m else line).strip()
    return "'" if value.startswith('"') else '"'


def _quoted(lines: list[str], i: int, *, quote: str = '"') -> str:
    """Line `i` as it reads with its value in quotes (a list item whole, else after its key),
    shortened to its start; text that runs on below stays inside the quotes."""
    m = _LINE.match(lines[i])
    if m is None:
        return quote + lines[i].strip() + quote
    if _whole_item(lines, i):
        head, value = "- ", lines[i].strip()[len(m["dash"]):]
    else:
        head = ("- " if m["dash"] else "") + (f"{m['key']}: " if m["key"] else "")
        value = m["value"]
    value = value.strip()
    if quote == '"':
        value = value.replace("\\", "\\\\").replace('"', '\\"')
    else:
        value = value.replace("'", "''")
    short = value if len(value) <= 60 else value[:50].rsplit(" ", 1)[0] + " …"
    return f"{head}{quote}{short}{quote}"


def cycle_error(path: Path, text: str, data: Any) -> InputError | None:
    """The error of a YAML alias used inside its own anchored node (the loaded data holds
    itself), naming its line and the fix; None when there is no such cycle."""
    if not _has_cycle(data):
        return None
    anchor, line = _cyclic_alias(text)
    return InputError(f"the YAML alias *{anchor} refers to a node that contains it (a cycle)",
                      path=path, line=line,
                      fix=f"write the content out instead of the alias *{anchor}")


def _has_cycle(data: Any) -> bool:
    """True when a container holds itself (a YAML alias inside its own anchor); iterative, so
    a deep or cyclic document never hits the recursion limit."""
    on_path: set[int] = set()
    stack: list[tuple[Any, Iterator[Any]]] = []

    def children(obj: Any) -> Iterator[Any]:
        return iter(list(obj.keys()) + list(obj.values()) if isinstance(obj, dict) else obj)

    if not isinstance(data, (dict, list)):
        return False
    on_path.add(id(data))
    stack.append((data, children(data)))
    while stack:
        obj, it = stack[-1]
        child = next(it, _END)
        if child is _END:
            on_path.discard(id(obj))
            stack.pop()
        elif isinstance(child, (dict, list)):
            if id(child) in on_path:
                return True
            on_path.add(id(child))
            stack.append((child, children(child)))
    return False


_END = object()


def _cyclic_alias(text: str) -> tuple[str, int | None]:
    """(anchor name, 1-based line) of the first alias used inside its own anchored node."""
    open_anchors: list[str | None] = []
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            open_anchors.append(event.anchor)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            open_anchors.pop()
        elif isinstance(event, yaml.AliasEvent) and event.anchor in open_anchors:
            return event.anchor, event.start_mark.line + 1
    return "?", None
