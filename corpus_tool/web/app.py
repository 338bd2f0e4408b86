"""The workbench over HTTP: a Starlette app around the JSON API (`api*.py`) and the static page.

Security model (a local tool that writes researchers' files):
- the server binds 127.0.0.1 unless told otherwise (`server.py`);
- the `Host` header must name this server (stops DNS-rebinding pages from reading or writing);
- every request that reads the project or costs work (`/api/…`, the scores report) must come
  from this server's own page: an `Origin` other than this server's, or a `Sec-Fetch-Site` other
  than `same-origin`/`none`, is refused; every write (POST/PUT/DELETE) also needs the per-session
  token in the `X-Corpus-Token` header (compared with `hmac.compare_digest`); the token reaches
  the page inside the HTML it serves, which another origin cannot read;
- request bodies are JSON, at most `MAX_BODY` bytes (announced or chunked), and must arrive
  within the body timeout; a refused body closes the connection;
- no request names a file: static assets come from a fixed folder by plain name, reports from
  `build/report/` by plain name, resolved and checked to stay inside;
- library errors become `{"error": message}` with status 400/404; anything unexpected becomes a
  short message (the traceback goes to the server log only).
"""
from __future__ import annotations

import asyncio
import hmac
import json
import re
import sys
import traceback
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.requests import Request as HTTPRequest
from starlette.responses import Response
from starlette.routing import Route

from corpus_tool.errors import CorpusToolError, InputError, NotFoundError
from corpus_tool.web.api_exchange import QDPX_PATH, qdpx_download
from corpus_tool.web.workbench import (HTML_PAGES, Handler, Request, Unavailable, Workbench,
                                        jsonable, router)

TOKEN_HEADER = "X-Corpus-Token"
MAX_BODY = 2 * 1024 * 1024
MAX_DRAIN = 4 * MAX_BODY     # read and dropped after a refused chunked body, before closing
BODY_TIMEOUT = 15.0          # seconds for a request body to arrive once its headers have
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml",
                ".png": "image/png", ".ico": "image/x-icon"}
REPORT_TYPES = {".html": "text/html; charset=utf-8", ".svg": "image/svg+xml",
                ".png": "image/png", ".csv": "text/csv; charset=utf-8",
                ".json": "application/json"}
_READS = ("GET", "HEAD")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")

# The page itself: scripts and styles only from this server, no plugins, never framed by others.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")
# Reports are self-contained pages written by other stages: shown sandboxed (an opaque origin,
# so even a broken report cannot read the token or call the API).
REPORT_CSP = "sandbox allow-scripts allow-popups; frame-ancestors 'self'"
JSON_CSP = "default-src 'none'"


class BodyRefused(Exception):
    """A request body the server will not read to the end (too large, too slow): answered with
    `status` and the connection closed, so leftover bytes are never read as the next request."""

    def __init__(self, status: int, message: str):
        self.status = status
        super().__init__(message)


def send(status: int, body: bytes, ctype: str, *, csp: str | None = PAGE_CSP,
         extra: dict[str, str] | None = None, close: bool = False) -> Response:
    headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
               "Referrer-Policy": "no-referrer"}
    if csp:
        headers["Content-Security-Policy"] = csp
    if close:
        headers["Connection"] = "close"
    headers.update(extra or {})
    return Response(body, status_code=status, headers=headers, media_type=ctype)


def json_response(status: int, obj: Any, *, close: bool = False) -> Response:
    body = json.dumps(obj, ensure_ascii=False, default=jsonable).encode("utf-8")
    return send(status, body, "application/json; charset=utf-8", csp=JSON_CSP, close=close)


def error(status: int, message: str, *, close: bool = False, **extra: Any) -> Response:
    return json_response(status, {"error": message, **extra}, close=close)


def costs_work(path: str) -> bool:
    """Requests that read the project or run a stage: only this server's own page may make them."""
    return path.startswith("/api/") or path == "/scores-report"


def refusal(wb: Workbench, method: str, path: str, headers: Headers) -> tuple[int, str] | None:
    """(status, reason) when this request may not proceed, else None."""
    host = (headers.get("host") or "").strip().lower()
    if not wb.host_allowed(host):
        return 421, "unknown Host header"
    write = method not in _READS
    if write and not path.startswith("/api/"):
        return 405, "method not allowed"
    if costs_work(path):
        what = "write" if write else "request"
        origin = headers.get("origin")
        if origin is not None and origin.lower() != f"http://{host}":
            return 403, f"cross-origin {what} refused"
        if headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
            return 403, f"cross-site {what} refused"
    if write or path == QDPX_PATH:     # the whole project's data: guarded like a write
        token = headers.get(TOKEN_HEADER.lower(), "")
        if not token or not hmac.compare_digest(token.encode(), wb.token.encode()):
            return 403, "missing or wrong session token (reload the page)"
    return None


class Guard:
    """ASGI middleware in front of every route: Host, same-origin and token checks."""

    def __init__(self, app, wb: Workbench) -> None:
        self.app = app
        self.wb = wb

    async def __call__(self, scope, receive, send_) -> None:
        if scope["type"] == "http":
            why = refusal(self.wb, scope["method"], scope["path"], Headers(scope=scope))
            if why:
                # answered without reading the body: the connection cannot be reused
                response = error(*why, close=scope["method"] not in _READS)
                await response(scope, receive, send_)
                return
        await self.app(scope, receive, send_)


async def read_json_body(request: HTTPRequest, *, timeout: float) -> dict:
    """The JSON object in the request body ({} when empty), read within `timeout` seconds and
    at most MAX_BODY bytes, whether announced by Content-Length or sent chunked."""
    announced = request.headers.get("content-length")
    if announced is not None:
        length = int(announced)           # uvicorn has refused a non-numeric one already
        if length > MAX_BODY:
            raise BodyRefused(400, f"request body too large ({length} bytes; at most {MAX_BODY})")
    chunks: list[bytes] = []
    size = 0

    async def pull() -> None:
        """Read the body; past MAX_BODY keep reading (up to MAX_DRAIN) without keeping it, so
        that the refusal reaches a client still sending: closing a connection with unread
        bytes resets it, and the client would see a reset instead of the answer."""
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_DRAIN:
                break
            if size <= MAX_BODY:
                chunks.append(chunk)

    try:
        await asyncio.wait_for(pull(), timeout)
    except TimeoutError:
        if size > MAX_BODY:
            raise BodyRefused(400, f"request body too large (more than {MAX_BODY} bytes)") \
                from None
        expected = f" of the {announced} announced" if announced is not None else ""
        raise BodyRefused(408, f"the request body did not arrive within {timeout:g} s "
                               f"({size} bytes{expected})") from None
    if size > MAX_BODY:
        raise BodyRefused(400, f"request body too large (more than {MAX_BODY} bytes)")
    raw = b"".join(chunks)
    if not raw:
        return {}
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise InputError("send the form as JSON (Content-Type: application/json)")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"the request body is not valid JSON ({e})") from None
    if not isinstance(body, dict):
        raise InputError("the request body must be a JSON object")
    return body


def internal_error(e: BaseException) -> Response:
    traceback.print_exception(e, file=sys.stderr)
    return error(500, f"internal error ({type(e).__name__}); the details are in the terminal "
                      "running `corpus-tool serve`")


def api_endpoint(wb: Workbench, fn: Handler, *, body_timeout: float):
    async def endpoint(request: HTTPRequest) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        try:
            body = None
            if method != "GET":
                body = await read_json_body(request, timeout=body_timeout)
            req = Request(method, request.url.path, dict(request.query_params), body,
                          dict(request.path_params))
            result = await run_in_threadpool(fn, wb, req)
            return json_response(200, result)
        except BodyRefused as e:
            return error(e.status, str(e), close=True)
        except ClientDisconnect:
            return error(400, "the client went away", close=True)
        except Unavailable as e:
            return error(501, str(e), unavailable=True)
        except NotFoundError as e:
            return error(404, str(e))
        except CorpusToolError as e:
            problems = getattr(e, "problems", None)
            return error(400, str(e), **({"problems": problems} if problems else {}))
        except Exception as e:  # never a stack trace to the page
            return internal_error(e)
    return endpoint


def _static_dir() -> Path:
    return Path(str(resources.files("corpus_tool.web") / "static"))


def send_from(folder: Path, name: str, types: dict[str, str], csp: str) -> Response:
    """A file of `folder` named by a plain name (no path), of a known type, or 404."""
    suffix = Path(name).suffix.lower()
    if not _NAME.match(name) or suffix not in types:
        return error(404, "not found")
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root or not target.is_file():
        return error(404, f"not found: {name}")
    return send(200, target.read_bytes(), types[suffix], csp=csp)


def build_app(wb: Workbench, *, body_timeout: float = BODY_TIMEOUT) -> Guard:
    """The workbench as an ASGI app (Starlette behind the `Guard`), with the routes the API
    modules registered (importing `corpus_tool.web` registers them)."""
    def page(request: HTTPRequest) -> Response:
        html = (_static_dir() / "index.html").read_text(encoding="utf-8")
        html = html.replace("{{TOKEN}}", wb.token)
        return send(200, html.encode("utf-8"), STATIC_TYPES[".html"],
                    extra={"X-Frame-Options": "DENY"})

    def static(request: HTTPRequest) -> Response:
        return send_from(_static_dir(), request.path_params["name"], STATIC_TYPES, PAGE_CSP)

    def report(request: HTTPRequest) -> Response:
        return send_from(wb.project.report_dir, request.path_params["name"], REPORT_TYPES,
                         REPORT_CSP)

    async def scores_report(request: HTTPRequest) -> Response:
        """The scores report page for the page's frame (sandboxed like every report)."""
        try:
            html = await run_in_threadpool(HTML_PAGES["scores"], wb, dict(request.query_params))
            status = 200
        except CorpusToolError as e:
            html = f"<!doctype html><meta charset=utf-8><p>{escape(str(e))}</p>"
            status = 400
        except Exception as e:  # never a stack trace to the page
            return internal_error(e)
        return send(status, html.encode("utf-8"), REPORT_TYPES[".html"], csp=REPORT_CSP)

    async def qdpx(request: HTTPRequest) -> Response:
        """The project as a REFI-QDA archive, downloaded by the page with its token."""
        try:
            data, headers = await run_in_threadpool(qdpx_download, wb)
        except CorpusToolError as e:
            return error(400, str(e))
        ctype = headers.pop("Content-Type")
        return send(200, data, ctype, csp=JSON_CSP, extra=headers)

    def favicon(request: HTTPRequest) -> Response:
        return send(204, b"", "image/x-icon")

    routes = [Route("/", page), Route("/index.html", page),
              Route("/static/{name}", static), Route("/report/{name}", report),
              Route("/scores-report", scores_report), Route("/favicon.ico", favicon),
              Route(QDPX_PATH, qdpx)]
    routes += [Route("/api" + pattern, api_endpoint(wb, fn, body_timeout=body_timeout),
                     methods=[method]) for method, pattern, fn in router.routes]

    async def http_error(request: HTTPRequest, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            message = (f"no such API: {request.url.path}" if request.url.path.startswith("/api/")
                       else "not found")
            return error(404, message)
        if exc.status_code == 405:
            return error(405, "method not allowed")
        return error(exc.status_code, exc.detail or "bad request")

    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    return Guard(app, wb)
