"""What every workbench request handler sees: the project and session (`Workbench`), the request
(`Request`), the route table the `api*` modules register into (`router`), and `Unavailable`.

Kept apart from the HTTP stack (`app.py`: Starlette; `server.py`: uvicorn) so the handlers are
plain functions `handler(wb, req) -> JSON-able` that tests and other front ends can call."""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from corpus_tool.errors import CorpusToolError
from corpus_tool.project import Project
from corpus_tool.store import connect


class Unavailable(CorpusToolError):
    """A feature whose library stage is not there (yet): says which command produces it."""


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    params: dict[str, str] = field(default_factory=dict)

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, default)


Handler = Callable[["Workbench", Request], Any]


class Router:
    """The API's routes: (method, pattern, handler); `{name}` in a pattern is one path segment."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, str, Handler]] = []

    def add(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Register `handler(wb, req)` for `method` on `/api<pattern>`."""
        if not re.fullmatch(r"(/[A-Za-z0-9._-]+|/\{\w+\})+(/[A-Za-z0-9._-]+)*", pattern):
            raise ValueError(f"bad route pattern {pattern!r}")

        def deco(fn: Handler) -> Handler:
            self.routes.append((method, pattern, fn))
            return fn
        return deco


router = Router()
# Whole HTML pages served beside the JSON API (name → fn(workbench, query) → html), registered
# by the API modules like the routes.
HTML_PAGES: dict[str, Callable[["Workbench", dict], str]] = {}


@dataclass
class Workbench:
    """The project and the session token. Nothing read from project files is kept here: each
    request re-reads through the library."""
    project: Project
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    host: str = "127.0.0.1"
    port: int = 0
    backend: str | None = None   # embedding backend for semantic search and suggestions

    def connect(self):
        return connect(self.project.db_path)

    def host_allowed(self, host_header: str) -> bool:
        """The Host header names this server (a DNS-rebinding page sends its own name). Bound
        to every interface (0.0.0.0 / ::), any name is accepted: the token still guards writes."""
        if self.host in ("0.0.0.0", "::", ""):
            return True
        names = {self.host.lower(), "127.0.0.1", "localhost", "[::1]"}
        names = {f"[{n}]" if ":" in n and not n.startswith("[") else n for n in names}
        return host_header.strip().lower() in {f"{n}:{self.port}" for n in names}


def jsonable(obj: Any) -> Any:
    """`json.dumps(default=…)` for the library's records."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if isinstance(obj, Path):
        return str(obj)
    return str(obj)
