"""What every API module shares: the library feature a request needs (or `Unavailable` naming
the command that produces its data) and the checked reading of query/body arguments."""
from __future__ import annotations

from corpus_tool import coding, framework, scoring
from corpus_tool.coding import agreement, rejections
from corpus_tool.errors import InputError
from corpus_tool.indicators import draft, promotion, provenance, validate
from corpus_tool.names import TEXT_UNSAFE, TEXT_WHITESPACE, unsafe_char
from corpus_tool.pipeline import freshness
from corpus_tool.semantic import cluster, embed
from corpus_tool.statements import stage
from corpus_tool.suggest import areas, review
from corpus_tool.web.workbench import Request, Unavailable

STAGES = {  # module → (what it gives the page, the command that produces its data)
    "statements": ("statements highlighted by strength", "corpus-tool statements"),
    "embed": ("semantic search", "corpus-tool search --semantic"),
    "cluster": ("clusters", "corpus-tool cluster"),
    "areas": ("codebook areas and suggestions", "corpus-tool areas suggest"),
    "annotations": ("annotations", "corpus-tool annotations add"),
    "agreement": ("inter-coder agreement", "corpus-tool annotations agreement"),
    "framework": ("the indicator framework", "corpus-tool indicators draft"),
    "indicators": ("indicator drafts", "corpus-tool indicators draft"),
    "indicator_merge": ("promoting drafts", "corpus-tool indicators promote"),
    "indicator_check": ("checking the framework", "corpus-tool indicators validate"),
    "provenance": ("provenance tables", "corpus-tool provenance"),
    "scoring": ("scores", "corpus-tool score"),
}


MODULES = {  # feature name (as the page knows it) → the library module that provides it
    "statements": stage,
    "embed": embed,
    "cluster": cluster,
    "areas": areas,
    "annotations": coding,
    "agreement": agreement,
    "rejections": rejections,
    "review": review,
    "framework": framework,
    "indicators": draft,
    "indicator_merge": promotion,
    "indicator_check": validate,
    "provenance": provenance,
    "scoring": scoring,
    "freshness": freshness,
}


def feature(name: str):
    """The library module behind feature `name` (as the page names it), or Unavailable naming
    the command to run."""
    try:
        return MODULES[name]
    except KeyError:
        what, cmd = STAGES.get(name, (name, f"corpus-tool {name}"))
        raise Unavailable(f"{what}: not available (run `{cmd}`)") from None


def has_feature(name: str) -> bool:
    return name in MODULES


def need(module, attr: str, cmd: str):
    fn = getattr(module, attr, None)
    if fn is None:
        raise Unavailable(f"not available yet: {module.__name__}.{attr} (run `{cmd}`)")
    return fn


def text_arg(req: Request | dict, name: str, *, required: bool = False, max_len: int = 20000,
             default: str | None = None) -> str | None:
    """A string field from the query (GET) or the JSON body, checked; bad input is an InputError
    with a message the page shows next to the form."""
    src = req.body if isinstance(req, Request) and req.method != "GET" else (
        req.query if isinstance(req, Request) else req)
    value = (src or {}).get(name, default)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(f"`{name}` is required")
        return default
    if not isinstance(value, str):
        raise InputError(f"`{name}` must be text, not {type(value).__name__}")
    if len(value) > max_len:
        raise InputError(f"`{name}` is too long ({len(value)} characters; at most {max_len})")
    if bad := unsafe_char(value, allow=TEXT_WHITESPACE, categories=TEXT_UNSAFE):
        raise InputError(f"`{name}` holds a control character ({bad})",
                         fix="remove it (only tabs and line breaks may be in the text)")
    return value


def int_arg(req: Request | dict, name: str, *, default: int | None = None,
            lo: int | None = None, hi: int | None = None) -> int | None:
    src = req.body if isinstance(req, Request) and req.method != "GET" else (
        req.query if isinstance(req, Request) else req)
    value = (src or {}).get(name, default)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise InputError(f"`{name}` must be a whole number")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InputError(f"`{name}` must be a whole number, not {value!r}") from None
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        raise InputError(f"`{name}` must be between {lo} and {hi}")
    return number
