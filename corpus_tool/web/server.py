"""The workbench's server: uvicorn (h11) running the Starlette app of `app.py` on one socket.

The socket is bound here, before uvicorn starts, so a busy port is an error at once and `port=0`
gets a free port whose number is known. Connections are asyncio transports, not threads: a
client that holds a connection open costs a file descriptor, and it is closed when
- it sends no complete request head within `timeout` seconds (after connecting, or after the
  previous response: uvicorn's keep-alive timeout covers idle connections, `HeadTimeoutProtocol`
  also covers a head that stops half-way);
- its body does not arrive within `timeout` seconds (a lying Content-Length; `app.py`);
and at most `max_connections` connections are served at once (uvicorn answers 503 beyond).
"""
from __future__ import annotations

import asyncio
import copy
import logging
import socket
import threading

import h11
import uvicorn
from uvicorn.config import LOGGING_CONFIG
from uvicorn.protocols.http.h11_impl import H11Protocol

from corpus_tool.project import Project
from corpus_tool.web.app import build_app
from corpus_tool.web.workbench import Workbench

TIMEOUT = 15.0
MAX_CONNECTIONS = 100


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus a deadline for each request head: a connection that sends
    no complete request line and headers within the time limit is closed (uvicorn's keep-alive
    timer stops as soon as the first byte of a head arrives)."""

    head_timeout: float = TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm_head_timer()

    def on_response_complete(self) -> None:
        self._arm_head_timer()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_expired, self.cycle)

    def _head_expired(self, cycle_then) -> None:
        """No new request started since the timer was armed: close the connection."""
        self._head_timer = None
        if self.cycle is cycle_then and not self.transport.is_closing():
            if self.conn.our_state in (h11.IDLE, h11.DONE, h11.MUST_CLOSE):
                try:
                    self.conn.send(h11.ConnectionClosed())
                except h11.LocalProtocolError:
                    pass
            self.transport.close()


def _log_config() -> dict:
    """uvicorn's logging, with the request log on stderr too (stdout is for data)."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    return config


def _protocol_class(timeout: float) -> type[HeadTimeoutProtocol]:
    return type("WorkbenchProtocol", (HeadTimeoutProtocol,), {"head_timeout": timeout})


class WorkbenchServer:
    """`serve_forever()` runs until `shutdown()` (from another thread) or Ctrl+C;
    `server_close()` releases the socket."""

    def __init__(self, workbench: Workbench, *, quiet: bool = False, timeout: float = TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.workbench = workbench
        family = socket.AF_INET6 if ":" in workbench.host else socket.AF_INET
        self.socket = socket.socket(family, socket.SOCK_STREAM)
        try:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.socket.bind((workbench.host.strip("[]"), workbench.port))
            self.socket.listen(128)
        except OSError:
            self.socket.close()
            raise
        self.server_address = self.socket.getsockname()[:2]
        workbench.port = self.server_address[1]
        config = uvicorn.Config(
            build_app(workbench, body_timeout=timeout), http=_protocol_class(timeout),
            ws="none", lifespan="off", interface="asgi3", access_log=not quiet,
            log_config=_log_config(),
            log_level=logging.WARNING if quiet else logging.INFO, server_header=False,
            timeout_keep_alive=max(1, round(min(timeout, 5.0))), timeout_graceful_shutdown=5,
            limit_concurrency=max_connections)
        self._server = uvicorn.Server(config)
        self._stopped = threading.Event()
        self._running = False

    @property
    def url(self) -> str:
        host = self.workbench.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.workbench.port}/"

    @property
    def started(self) -> bool:
        """True once the server accepts connections."""
        return self._server.started

    def serve_forever(self) -> None:
        self._stopped.clear()
        self._running = True
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self._running = False
            self._stopped.set()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop `serve_forever` (running in another thread) and wait until it has returned."""
        self._server.should_exit = True
        if self._running:
            self._stopped.wait(timeout)

    def server_close(self) -> None:
        self.socket.close()


def make_server(project: Project, *, host: str = "127.0.0.1", port: int = 8765,
                quiet: bool = False, token: str | None = None, backend: str | None = None,
                timeout: float = TIMEOUT) -> WorkbenchServer:
    """A ready-to-run workbench server (call `serve_forever()`); `port=0` picks a free port.
    `backend` is the embedding backend for semantic search and suggestions (default: the
    library's default); `timeout` bounds how long a request head or body may take to arrive."""
    wb = Workbench(project=project, host=host, port=port, backend=backend)
    if token:
        wb.token = token
    return WorkbenchServer(wb, quiet=quiet, timeout=timeout)
