"""What every API module shares: the library feature a request needs (or `Unavailable` naming
the command that produces its data) and the checked reading of query/body arguments."""
from __future__ import annotations

import importlib

from corpus_tool.errors import InputError
from corpus_tool.web.server import Request, Unavailable

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
    "statements": "corpus_tool.statements.stage",
    "embed": "corpus_tool.semantic.embed",
    "cluster": "corpus_tool.semantic.cluster",
    "areas": "corpus_tool.suggest.areas",
    "annotations": "corpus_tool.coding",
    "agreement": "corpus_tool.coding.agreement",
    "rejections": "corpus_tool.coding.rejections",
    "review": "corpus_tool.suggest.review",
    "framework": "corpus_tool.framework",
    "indicators": "corpus_tool.indicators.draft",
    "indicator_merge": "corpus_tool.indicators.merge",
    "indicator_check": "corpus_tool.indicators.validate",
    "provenance": "corpus_tool.indicators.provenance",
    "scoring": "corpus_tool.scoring",
}


def feature(name: str):
    """The library module behind feature `name`, or Unavailable naming the command to run."""
    try:
        return importlib.import_module(MODULES.get(name, f"corpus_tool.{name}"))
    except ImportError as e:
        what, cmd = STAGES.get(name, (name, f"corpus-tool {name}"))
        raise Unavailable(f"{what}: not available yet (this version has no corpus_tool.{name}; "
                          f"once it has, run `{cmd}`)") from None


def has_feature(name: str) -> bool:
    try:
        feature(name)
        return True
    except Unavailable:
        return False


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
