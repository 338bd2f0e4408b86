"""Reading and writing framework files: load (errors name the file, line and field), save in
the canonical form, the lock that serialises writers, and the JSON Schema."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_text, dump_yaml, file_lock, load_yaml, yaml_line_of
from corpus_tool.framework.check import Problem, fmt_loc, check_framework
from corpus_tool.framework.model import SCHEMA_PATH, Framework, Indicator
from corpus_tool.names import unsafe_strings

Indicator.model_rebuild()


class FrameworkError(InputError):
    """A framework file with problems; `problems` holds every one, formatted with file and line."""

    def __init__(self, message: str, *, path, line, fix, problems: list[str]):
        super().__init__(message, path=path, line=line, fix=fix)
        self.problems = problems


def load_framework(path: str | Path) -> Framework:
    """Read and check a framework file; any problem raises `FrameworkError` (an InputError)
    naming the file, the line and the key path, e.g.
    `indicators/x.yaml, line 40: areas -> 0 -> indicators -> 3 -> scale: … (fix)`."""
    path = Path(path)
    if not path.is_file():
        raise InputError("framework file not found", path=path,
                         fix="pass the path of an indicators/*.yaml file")
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError("a framework file holds a mapping with id, title and areas", path=path,
                         line=1, fix="see corpus_tool/schema/framework.schema.json")
    unsafe = [Problem(loc, why, "remove it (only tabs and line breaks may be in the text)")
              for loc, why in unsafe_strings(data)]
    if unsafe:
        raise _as_error(path, unsafe, data)
    try:
        fw = Framework.model_validate(data)
    except ValidationError as e:
        found: list[Problem] = []
        for err in e.errors():
            loc = _trim_loc(tuple(err["loc"]))
            if found and found[-1].loc == loc:      # one value failing every branch of a union
                msg = _clean_msg(err).removeprefix("Input should be ")
                found[-1] = Problem(loc, f"{found[-1].message}; or {msg}", found[-1].fix)
            else:
                found.append(Problem(loc, _clean_msg(err), _fix_for(err)))
        raise _as_error(path, found, data) from None
    problems = check_framework(fw)
    if problems:
        raise _as_error(path, problems, data)
    return fw


def _clean_msg(err: dict) -> str:
    msg = err.get("msg", "invalid")
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    if err.get("type") == "extra_forbidden":
        msg = "unknown key"
    return msg


def _fix_for(err: dict) -> str:
    t = err.get("type", "")
    if t == "string_type" and isinstance(err.get("input"), bool):
        # YAML 1.1 reads yes/no/on/off/true/false as booleans
        key = next((k for k in reversed(err["loc"]) if isinstance(k, str)), "label")
        return (f"YAML read the word as {str(err['input']).lower()}: put it in quotes "
                f"({key}: '{'yes' if err['input'] else 'no'}')")
    if t in ("float_parsing", "float_type") and isinstance(err.get("input"), str):
        return "a number, e.g. 2 or 0.5"
    if t == "extra_forbidden":
        return "remove it or check its spelling against the schema"
    if t == "missing":
        return "add this key"
    if t in ("too_short", "too_long") and err["loc"][-1:] == ("levels",):
        return "a scale has 3, 4 or 5 levels"
    return "see corpus_tool/schema/framework.schema.json"


def _as_error(path: Path, problems: list[Problem], data: Any = None) -> FrameworkError:
    lines = []
    first_line = None
    for p in problems:
        loc = _trim_loc(p.loc)
        line = _line_for(path, loc)
        if first_line is None:
            first_line = line
        where = f"{path}" + (f", line {line}" if line else "")
        lines.append(f"{where}: {_named(loc, data)}: {p.message}"
                     + (f" ({p.fix})" if p.fix else ""))
    first = problems[0]
    msg = f"{_named(_trim_loc(first.loc), data)}: {first.message}"
    if len(problems) > 1:
        msg += f" [and {len(problems) - 1} more problem(s)]"
    return FrameworkError(msg, path=path, line=first_line, fix=first.fix or None, problems=lines)


def _named(loc: tuple, data: Any) -> str:
    """`fmt_loc`, with the id of each area or indicator on the way ("areas -> 3 (workers-rights)
    -> indicators -> 0 (lab-wr-contracts) -> weight"), so the place reads without counting."""
    parts, node = [], data
    for k in loc:
        node = node[k] if isinstance(node, (dict, list)) and _has(node, k) else None
        named = isinstance(k, int) and isinstance(node, dict) and isinstance(node.get("id"), str)
        parts.append(f"{k} ({node['id']})" if named else str(k))
    return " -> ".join(parts) if parts else "(top level)"


def _has(node: dict | list, k) -> bool:
    return (isinstance(node, dict) and k in node) or (
        isinstance(node, list) and isinstance(k, int) and 0 <= k < len(node))


def _trim_loc(loc: tuple) -> tuple:
    # pydantic adds union branch names ('float', 'list[float]') to locations; drop them
    return tuple(k for k in loc if not (isinstance(k, str) and ("[" in k or k in
                                                               ("float", "literal['*']"))))


def _line_for(path: Path, loc: tuple) -> int | None:
    """Line of the deepest part of `loc` found in the file: the line of the key for mapping
    entries (not of the block under it), the line of the item for list entries."""
    import yaml
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return yaml_line_of(path, list(loc))
    line = 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if k.value == str(key)), None)
            if hit is None:
                break
            line, node = hit[0].start_mark.line + 1, hit[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def framework_to_data(fw: BaseModel) -> Any:
    """The canonical plain-data form: fields in declaration order, None and defaults left out
    (except keys a reader always expects), integral floats written as integers."""
    return _dump(fw)


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        out: dict[str, Any] = {}
        always = type(value)._always
        for name, field in type(value).model_fields.items():
            v = getattr(value, name)
            if name not in always:
                if v is None:
                    continue
                default = field.get_default(call_default_factory=True)
                if v == default:
                    continue
            out[name] = _dump(v)
        return out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):   # e.g. models.Anchor
        out = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if v is None or (f.default is not dataclasses.MISSING and v == f.default):
                continue
            out[f.name] = _dump(v)
        return out
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def dump_framework(fw: Framework) -> str:
    return dump_yaml(framework_to_data(fw))


def save_framework(path: str | Path, fw: Framework) -> None:
    """Write the framework in canonical form, atomically (readers see the old or the new file).
    A read-modify-write must go through `update_framework` (or hold `framework_lock`)."""
    atomic_write_text(Path(path), dump_framework(fw))


def framework_lock_path(path: str | Path) -> Path:
    """The sibling lock file of a framework file (`.framework.yaml.lock`; holds no data)."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextmanager
def framework_lock(path: str | Path) -> Iterator[None]:
    """Exclusive cross-process lock on one framework file (fcntl.flock on its sibling lock
    file), for a read-modify-write: the CLI, `build` and the workbench take it, so an edit made
    in one is never overwritten by another working from an older copy. Re-entrant per thread."""
    with file_lock(framework_lock_path(path)):
        yield


def update_framework(path: str | Path, fn: Callable[[Framework | None], Framework | None], *,
                     missing_ok: bool = False) -> Framework | None:
    """Under `framework_lock`: load the framework at `path` (None when it does not exist and
    `missing_ok`), apply `fn`, and save what it returns (None: leave the file as it is).
    Returns the framework now in the file.

    The lock keeps out corpus-tool's own processes, not an editor: when the file changes while
    `fn` works (a researcher saves it), `fn` runs again on what was saved, so the save is never
    overwritten (`fn` may be called more than once, and must not keep state from a call before).
    """
    path = Path(path)
    with framework_lock(path):
        for _ in range(UPDATE_TRIES):
            seen = _signature(path)
            if path.exists() or not missing_ok:
                current = load_framework(path)
            else:
                current = None
            new = fn(current)
            if new is None:
                return current
            if problems := check_framework(new):       # never write a file no command can read
                raise InputError("the update would leave the framework invalid; nothing was "
                                 "written: " + "; ".join(f"{fmt_loc(p.loc)}: {p.message}"
                                                         for p in problems[:3]), path=path,
                                 fix=problems[0].fix or "fix the framework file, then run again")
            if _signature(path) == seen:
                save_framework(path, new)
                return new
        raise InputError("the file kept changing while corpus-tool was updating it; nothing "
                         "was written", path=path,
                         fix="save your edits, then run the command again")


UPDATE_TRIES = 5


def _signature(path: Path) -> tuple[int, int, bytes] | None:
    """What tells whether a file changed between two looks: its mtime, size and bytes."""
    try:
        st = path.stat()
        return st.st_mtime_ns, st.st_size, path.read_bytes()
    except FileNotFoundError:
        return None


def framework_json_schema() -> dict:
    schema = Framework.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://corpus-tool.invalid/schema/framework.schema.json"
    return schema


def schema_text() -> str:
    return json.dumps(framework_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> None:
    """Regenerate the published schema: `python -m corpus_tool.framework.io`."""
    atomic_write_text(path, schema_text())


if __name__ == "__main__":  # pragma: no cover
    write_schema()
    print(SCHEMA_PATH)


def indicator_ids(path: Path) -> list[str]:
    """The indicator ids (and their aliases) of the framework at `path`, [] when there is none
    or it cannot be read (its own check says why)."""
    try:
        fw = load_framework(path) if Path(path).exists() else None
    except InputError:
        return []
    return sorted({x for i in fw.indicators() for x in (i.id, *i.aliases)}) if fw else []
