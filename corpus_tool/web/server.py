"""The workbench's HTTP server: stdlib `ThreadingHTTPServer`, a small JSON API, static assets.

Security model (a local tool that writes researchers' files):
- binds 127.0.0.1 unless told otherwise;
- the `Host` header must name this server (stops DNS-rebinding pages from reading or writing);
- every write (POST/PUT/DELETE) needs the per-session token in the `X-Corpus-Token` header
  (compared with `hmac.compare_digest`) and, when the browser sends an `Origin`, it must be this
  server's own origin; the body must be JSON. The token reaches the page inside the HTML it serves,
  which another origin cannot read;
- no request names a file: static assets come from a fixed folder by plain name, reports from
  `build/report/` by plain name, resolved and checked to stay inside;
- library errors become `{"error": message}` with status 400/404; anything unexpected becomes a
  short message (the traceback goes to the server log only).
"""
from __future__ import annotations

import hmac
import json
import re
import secrets
import sys
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from corpus_tool.errors import CorpusToolError, InputError, NotFoundError
from corpus_tool.project import Project
from corpus_tool.store.db import connect
from corpus_tool.web.api_exchange import QDPX_PATH, qdpx_download

TOKEN_HEADER = "X-Corpus-Token"
MAX_BODY = 2 * 1024 * 1024
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml",
                ".png": "image/png", ".ico": "image/x-icon"}
REPORT_TYPES = {".html": "text/html; charset=utf-8", ".svg": "image/svg+xml",
                ".png": "image/png", ".csv": "text/csv; charset=utf-8",
                ".json": "application/json"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")

# The page itself: scripts and styles only from this server, no plugins, never framed by others.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")
# Reports are self-contained pages written by other stages: shown sandboxed (an opaque origin,
# so even a broken report cannot read the token or call the API).
REPORT_CSP = "sandbox allow-scripts allow-popups; frame-ancestors 'self'"


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
    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern, Handler]] = []

    def add(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        """Register `handler(wb, req)`; `{name}` in the pattern matches one path segment."""
        rx = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern) + "$")

        def deco(fn: Handler) -> Handler:
            self.routes.append((method, rx, fn))
            return fn
        return deco

    def match(self, method: str, path: str) -> tuple[Handler | None, dict[str, str], bool]:
        """(handler, params, path_exists)."""
        exists = False
        for m, rx, fn in self.routes:
            mo = rx.match(path)
            if mo:
                exists = True
                if m == method:
                    return fn, {k: unquote(v) for k, v in mo.groupdict().items()}, True
        return None, {}, exists


router = Router()
# Whole HTML pages served beside the JSON API (name → fn(workbench, query) → html), registered
# by the API modules like the routes.
HTML_PAGES: dict[str, Callable[["Workbench", dict], str]] = {}


@dataclass
class Workbench:
    """What every request handler sees: the project and the session token. Nothing read from
    project files is kept here: each request re-reads through the library."""
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


def _static_dir() -> Path:
    return Path(str(resources.files("corpus_tool.web") / "static"))


class WorkbenchHandler(BaseHTTPRequestHandler):
    server_version = "corpus-tool-workbench"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    @property
    def wb(self) -> Workbench:
        return self.server.workbench  # type: ignore[attr-defined]

    # --- plumbing ---------------------------------------------------------------------------

    def log_message(self, fmt: str, *args: Any) -> None:
        if getattr(self.server, "quiet", False):
            return
        sys.stderr.write(f"{self.address_string()} - {fmt % args}\n")

    def _send(self, status: int, body: bytes, ctype: str, *, csp: str | None = PAGE_CSP,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: Any) -> None:
        if not getattr(self, "_body_read", True):
            # answered without reading the request body: the connection cannot be reused
            self.close_connection = True
        body = json.dumps(obj, ensure_ascii=False, default=_jsonable).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", csp="default-src 'none'")

    def _error(self, status: int, message: str, **extra: Any) -> None:
        self._json(status, {"error": message, **extra})

    def _host_ok(self) -> bool:
        return self.wb.host_allowed(self.headers.get("Host") or "")

    def _write_allowed(self) -> str | None:
        """None when this write may proceed, else the reason it may not."""
        token = self.headers.get(TOKEN_HEADER, "")
        if not token or not hmac.compare_digest(token.encode(), self.wb.token.encode()):
            return "missing or wrong session token (reload the page)"
        origin = self.headers.get("Origin")
        if origin is not None:
            host = (self.headers.get("Host") or "").strip().lower()
            if origin.lower() != f"http://{host}":
                return "cross-origin write refused"
        fetch_site = self.headers.get("Sec-Fetch-Site")
        if fetch_site not in (None, "same-origin", "none"):
            return "cross-site write refused"
        return None

    def _read_body(self) -> Any:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise InputError("bad Content-Length header") from None
        if length < 0 or length > MAX_BODY:
            raise InputError(f"request body too large ({length} bytes; at most {MAX_BODY})")
        raw = self.rfile.read(length) if length else b""
        self._body_read = True
        if not raw:
            return {}
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise InputError("send the form as JSON (Content-Type: application/json)")
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(f"the request body is not valid JSON ({e})") from None
        if not isinstance(body, dict):
            raise InputError("the request body must be a JSON object")
        return body

    # --- dispatch ---------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        self._body_read = method == "GET"
        try:
            if not self._host_ok():
                self._error(HTTPStatus.MISDIRECTED_REQUEST, "unknown Host header")
                return
            url = urlsplit(self.path)
            path = url.path
            if method == "GET" and not path.startswith("/api/"):
                self._serve_file(path)
                return
            if not path.startswith("/api/"):
                self._error(HTTPStatus.METHOD_NOT_ALLOWED, "method not allowed")
                return
            if method != "GET" or path == QDPX_PATH:
                why = self._write_allowed()
                if why:
                    self._error(HTTPStatus.FORBIDDEN, why)
                    return
            if path == QDPX_PATH and method == "GET":
                data, headers = qdpx_download(self.wb)
                ctype = headers.pop("Content-Type")
                self._send(HTTPStatus.OK, data, ctype, csp="default-src 'none'", extra=headers)
                return
            fn, params, exists = router.match(method, path[len("/api"):])
            if fn is None:
                self._error(HTTPStatus.METHOD_NOT_ALLOWED if exists else HTTPStatus.NOT_FOUND,
                            "method not allowed" if exists else f"no such API: {path}")
                return
            query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            body = self._read_body() if method != "GET" else None
            result = fn(self.wb, Request(method, path, query, body, params))
            self._json(HTTPStatus.OK, result)
        except Unavailable as e:
            self._error(HTTPStatus.NOT_IMPLEMENTED, str(e), unavailable=True)
        except NotFoundError as e:
            self._error(HTTPStatus.NOT_FOUND, str(e))
        except CorpusToolError as e:
            problems = getattr(e, "problems", None)
            self._error(HTTPStatus.BAD_REQUEST, str(e), **({"problems": problems} if problems else {}))
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as e:  # never a stack trace to the page
            traceback.print_exc(file=sys.stderr)
            try:
                self._error(HTTPStatus.INTERNAL_SERVER_ERROR,
                            f"internal error ({type(e).__name__}); the details are in the "
                            "terminal running `corpus-tool serve`")
            except OSError:
                pass

    # --- files ------------------------------------------------------------------------------

    def _serve_file(self, path: str) -> None:
        if path in ("/", "/index.html"):
            html = (_static_dir() / "index.html").read_text(encoding="utf-8")
            html = html.replace("{{TOKEN}}", self.wb.token)
            self._send(HTTPStatus.OK, html.encode("utf-8"), STATIC_TYPES[".html"],
                       extra={"X-Frame-Options": "DENY"})
            return
        if path.startswith("/static/"):
            self._send_from(_static_dir(), path[len("/static/"):], STATIC_TYPES, PAGE_CSP)
            return
        if path.startswith("/report/"):
            self._send_from(self.wb.project.report_dir, path[len("/report/"):], REPORT_TYPES,
                            REPORT_CSP)
            return
        if path == "/scores-report":
            self._scores_report()
            return
        if path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            return
        self._error(HTTPStatus.NOT_FOUND, "not found")

    def _scores_report(self) -> None:
        """The scores report page for the page's frame (sandboxed like every report)."""
        from html import escape
        query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
        try:
            html = HTML_PAGES["scores"](self.wb, query)
            status = HTTPStatus.OK
        except CorpusToolError as e:
            html = f"<!doctype html><meta charset=utf-8><p>{escape(str(e))}</p>"
            status = HTTPStatus.BAD_REQUEST
        self._send(status, html.encode("utf-8"), REPORT_TYPES[".html"], csp=REPORT_CSP)

    def _send_from(self, folder: Path, name: str, types: dict[str, str], csp: str) -> None:
        name = unquote(name)
        suffix = Path(name).suffix.lower()
        if not _NAME.match(name) or suffix not in types:
            self._error(HTTPStatus.NOT_FOUND, "not found")
            return
        root = folder.resolve()
        target = (root / name).resolve()
        if target.parent != root or not target.is_file():
            self._error(HTTPStatus.NOT_FOUND, f"not found: {name}")
            return
        self._send(HTTPStatus.OK, target.read_bytes(), types[suffix], csp=csp)


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if isinstance(obj, Path):
        return str(obj)
    return str(obj)


class WorkbenchServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, workbench: Workbench, *, quiet: bool = False) -> None:
        self.workbench = workbench
        self.quiet = quiet
        if ":" in workbench.host:
            import socket
            self.address_family = socket.AF_INET6
        super().__init__((workbench.host, workbench.port), WorkbenchHandler)
        workbench.port = self.server_address[1]

    @property
    def url(self) -> str:
        host = self.workbench.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.workbench.port}/"


def make_server(project: Project, *, host: str = "127.0.0.1", port: int = 8765,
                quiet: bool = False, token: str | None = None, backend: str | None = None
                ) -> WorkbenchServer:
    """A ready-to-run workbench server (call `serve_forever()`); `port=0` picks a free port.
    `backend` is the embedding backend for semantic search and suggestions (default: the
    library's default)."""
    wb = Workbench(project=project, host=host, port=port, backend=backend)
    if token:
        wb.token = token
    return WorkbenchServer(wb, quiet=quiet)
