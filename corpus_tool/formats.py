"""The one canonical reader/writer for the plain-text files people keep in git.

UTF-8, LF, trailing newline, stable key order, `ensure_ascii=False`, written atomically
(temporary file in the same folder, fsync, rename) so a killed process never leaves half a file.
"""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from corpus_tool.errors import InputError
from corpus_tool.yaml_errors import cycle_error, syntax_errors

if TYPE_CHECKING:
    from pydantic import ValidationError


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def code_fp(*modules: str) -> str:
    """Fingerprint of the code of `modules` (a package counts its own modules, not its
    sub-packages): what a stored result was computed by, so that a changed rule computes it
    again (the build's stages, the stored clustering)."""
    parts = []
    for m in modules:
        try:
            spec = importlib.util.find_spec(m)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            parts.append(f"{m}=missing")
            continue
        origin = Path(spec.origin)
        files = sorted(origin.parent.glob("*.py")) if origin.name == "__init__.py" else [origin]
        parts.append(m + "=" + sha256_text("".join(sha256_file(f) for f in files)))
    return sha256_text("\n".join(parts))


_held_locks = threading.local()


@contextmanager
def file_lock(lock_path: Path) -> Iterator[None]:
    """Exclusive cross-process lock for a read-modify-write: fcntl.flock on `lock_path` (created
    if needed; it holds no data). Threads of one process exclude each other too; a thread that
    already holds the lock may take it again (nested calls do not deadlock)."""
    import fcntl
    lock_path = Path(lock_path)
    key = str(lock_path.resolve())
    held = getattr(_held_locks, "paths", None)
    if held is None:
        held = _held_locks.paths = {}
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        held[key] = 1
        try:
            yield
        finally:
            held.pop(key, None)
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never a mix."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _file_mode(path: Path) -> int:
    """The mode a rewritten file keeps: its current one, else what the umask gives a new file
    (mkstemp alone would leave 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: temporary file in the same folder, fsync, rename.

    A symlink is followed (the file it points to is replaced, the link stays); a target that
    is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written in place, never
    replaced by a rename — as root, a rename onto /dev/null would swap out the device."""
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """`atomic_write_bytes` of the concatenation of `chunks`, written as they come (a large
    file is never held whole in memory)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        with open(path, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
            os.fchmod(f.fileno(), mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


# --- JSON / JSONL -----------------------------------------------------------------------------

def iter_json_list(path: Path, chunk: int = 1 << 20) -> Iterator[Any]:
    """The items of a file holding one JSON list (as `suggest.saved` writes it), decoded one
    at a time as the file is read `chunk` characters at a time: neither the file's text nor the
    list is ever held whole. A file that is not such a list raises ValueError."""
    dec = json.JSONDecoder()
    with open(path, encoding="utf-8") as f:
        buf, pos, eof = f.read(chunk).lstrip(), 1, False
        if not buf.startswith("["):
            raise ValueError(f"{path}: not a JSON list")
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buf) and buf[pos] == "]":
                return
            item, end = None, -1
            if pos < len(buf):
                try:
                    item, end = dec.raw_decode(buf, pos)
                except ValueError:
                    if eof:
                        raise
            if end < 0 or end == len(buf) and not eof:   # an item may go on past the buffer
                if eof:
                    raise ValueError(f"{path}: the JSON list is not closed")
                more = f.read(chunk)
                buf, pos, eof = buf[pos:] + more, 0, not more
                continue
            yield item
            pos = end


def dumps_json(obj: Any, *, indent: int | None = None) -> str:
    """Canonical JSON: keys in the order the caller built them, no ASCII escaping."""
    if indent is None:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=indent)


CONFLICT_FIX = ("resolve it first: keep one side or combine the two, and delete the <<<<<<<, "
                "======= and >>>>>>> lines (`git status` lists the files in conflict)")


def merge_conflict(path: Path, text: str) -> InputError | None:
    """An unresolved git merge conflict left in a file (`<<<<<<<` … `=======` … `>>>>>>>`), as
    an InputError naming its lines, else None: a file holding both sides is read by no command
    (a researcher's trial, session 43: one side was drafted from, and the messages spoke of
    malformed JSON and of giving an annotation a new id)."""
    spans, start = [], None
    for i, line in enumerate(text.splitlines(), 1):
        if line.startswith("<<<<<<< ") or line == "<<<<<<<":
            start = i
        elif start is not None and (line.startswith(">>>>>>> ") or line == ">>>>>>>"):
            spans.append((start, i))
            start = None
    if not spans:
        return None
    where = ", ".join(f"{a}–{b}" for a, b in spans)
    return InputError(f"unresolved git merge conflict (lines {where})", path=path,
                      line=spans[0][0], fix=CONFLICT_FIX)


def json_problem(e: json.JSONDecodeError) -> str:
    """A JSON syntax error as a reader reads it: "malformed JSON (Invalid control character at
    column 121)", not "… (Invalid control character at, column 121)" (a researcher's trial 39,
    P9: Python's message ends on "at"). An error past the last character of its line is at the
    line's end ("Expecting ',' delimiter at the end of the line: a closing } or ] missing?"); a
    line missing its last "}" was said to be wrong "at column 1", the start of the line after
    it (trial 46, P10)."""
    msg = e.msg.removesuffix(" at")
    if e.doc and e.pos >= len(e.doc.rstrip()):
        end = "line" if e.doc.strip().count("\n") == 0 else "file"
        return f"malformed JSON ({msg} at the end of the {end}: a closing }} or ] missing?)"
    return f"malformed JSON ({msg} at column {e.colno})"


def read_jsonl(path: Path) -> Iterator[tuple[int, dict | InputError]]:
    """Yield (line number, record) for each non-blank line; a malformed line yields an InputError
    naming the file and line instead of stopping the rest."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield lineno, InputError(json_problem(e), path=path, line=lineno,
                                         fix="fix or delete this line")
                continue
            if not isinstance(rec, dict):
                yield lineno, InputError("expected a JSON object on this line", path=path,
                                         line=lineno, fix="each line holds one object")
                continue
            yield lineno, rec


def write_jsonl(path: Path, records: Iterable[dict], *, sort_key: str | None = "id") -> None:
    recs = list(records)
    if sort_key:
        recs.sort(key=lambda r: str(r.get(sort_key, "")))
    atomic_write_text(path, "".join(dumps_json(r) + "\n" for r in recs))


# --- YAML -------------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, data: str):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(obj: Any) -> str:
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def write_yaml(path: Path, obj: Any) -> None:
    atomic_write_text(path, dump_yaml(obj))


# the namespace of the tool's own terms ('ct:') in the JSON-LD and PROV-JSON it writes; '.invalid'
# (RFC 2606): the tool has no address of its own to name
CT_NS = "https://corpus-tool.invalid/ns#"


# libyaml's parser when PyYAML was built with it (several times faster on a framework file), the
# same safe constructors either way
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """Load YAML; a syntax error becomes an InputError with the file, the line of the mistake
    and the fix (`yaml_errors`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text ({e.reason} at byte {e.start})", path=path,
                         fix="save the file as UTF-8") from e
    if conflict := merge_conflict(Path(path), text):
        raise conflict
    try:
        data = yaml.load(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError:
        try:        # the pure-Python parser: its error is the one `yaml_errors` reads
            data = yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as e:
            raise syntax_errors(path, text, e, lambda t: yaml.load(t, Loader=yaml.SafeLoader)
                                ) from e
    if cycle := cycle_error(path, text, data):
        raise cycle
    return data


def yaml_line_of(path: Path, key_path: list[str | int]) -> int | None:
    """Best-effort line number (1-based) of a key path in a YAML file, for error messages."""
    return yaml_lines_of(path, [key_path])[0]


def yaml_lines_of(path: Path, key_paths: list[list[str | int]]) -> list[int | None]:
    """`yaml_line_of` for several key paths, the file read and composed once (by the C
    composer when there is one: a validation names every indicator's line)."""
    try:
        root = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_FAST_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return [None] * len(key_paths)
    out: list[int | None] = []
    for key_path in key_paths:
        node, mark = root, root.start_mark if root is not None else None
        for key in key_path:
            if isinstance(node, yaml.MappingNode):
                # a key's own line, not its value's: "seed_term:" above its list was said to be
                # on the list's first line (a researcher's trial 44, P9)
                mark, node = next(((k.start_mark, v) for k, v in node.value
                                   if k.value == str(key)), (None, None))
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) \
                    and key < len(node.value):
                node = node.value[key]
                mark = node.start_mark
            else:
                node = None
            if node is None:
                break
        out.append(mark.line + 1 if node is not None else None)
    return out


def yaml_validation_problem(path: Path, e: ValidationError) -> tuple[str, str, int | None]:
    """A pydantic error of a YAML file as (field, message, line): the first problem's field
    path ('clusters -> 0 -> id', '(top)'), its message followed by the next few problems (each
    with its field and line), and the line of the deepest part of the first field path the file
    has."""
    errors = e.errors()

    def line_of(loc: list) -> int | None:
        return next((n for n in (yaml_line_of(path, loc[:k]) for k in range(len(loc), 0, -1))
                     if n is not None), None)

    loc = list(errors[0]["loc"])
    msg = errors[0]["msg"]
    if errors[0]["type"] == "string_type" and isinstance(errors[0].get("input"), dict):
        msg += (", not `key: value`: a ': ' (a colon and a space) in text makes YAML read it "
                "as a key and its value; put the whole text in quotes")
    # the others too, each with its line (a researcher's trial: "and 1 more problem(s)" hid
    # which field)
    others = [f"{' -> '.join(str(x) for x in err['loc']) or '(top)'}: {err['msg']}"
              + (f" (line {n})" if (n := line_of(list(err["loc"]))) else "")
              for err in errors[1:5]]
    more = (f"; also {'; '.join(others)}" if others else "") + (
        f" and {len(errors) - 5} more" if len(errors) > 5 else "")
    return " -> ".join(str(x) for x in loc) or "(top)", msg + more, line_of(loc)


# --- CSV (reading: `corpus_tool.csv_rows`) --------------------------------------------------

def csv_text(fieldnames: list[str], rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fieldnames})
    return buf.getvalue()


def fmt_number(x: float) -> str:
    """A number as people write it: integral values without a decimal point, others in `%g`."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
