"""`corpus-tool serve`: the local web workbench (annotate, review suggestions and indicators)."""
from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from corpus_tool.cli import app
from corpus_tool.cli.common import ProjectOpt, project_from, warn
from corpus_tool.errors import InputError
from corpus_tool.web.server import make_server


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_cli(
    project: ProjectOpt = None,
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: any free port).",
                                      min=0, max=65535)] = 8765,
    host: Annotated[str, typer.Option("--host", help="Interface to bind. Keep 127.0.0.1 unless "
                                      "you mean to share the workbench on your network.")
                    ] = "127.0.0.1",
    open_browser: Annotated[bool, typer.Option("--open/--no-open",
                                               help="Open the workbench in your web browser.")
                            ] = True,
    backend: Annotated[str | None, typer.Option(
        "--backend", help="Embedding backend for semantic search and suggestions "
        "(minilm, static, tfidf, hash…; default: the library's default).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not log requests.")] = False,
) -> None:
    """Open the local web workbench on the project: browse documents, select text and tag it,
    work through suggestions, review indicator drafts, see clusters and scores. It reads and
    writes the same files as the other commands. Stop it with Ctrl+C.

    Example: corpus-tool serve --port 8765 --no-open
    """

    proj = project_from(project)
    if not _is_loopback(host):
        warn(f"Warning: serving on {host}: anyone who can reach this address can read the "
             "project (writes still need the page's session token).")
    try:
        server = make_server(proj, host=host, port=port, quiet=quiet, backend=backend)
    except OSError as e:
        raise InputError(f"cannot listen on {host}:{port} ({e.strerror or e})",
                         fix="choose another --port (or --port 0 for any free one)") from None
    url = server.url
    warn(f"corpus-tool workbench for {proj.root} at {url}  (Ctrl+C stops it)")
    if open_browser:
        import webbrowser
        try:
            webbrowser.open(url)
        except (webbrowser.Error, OSError):
            pass
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        warn("stopped")
    finally:
        server.server_close()
