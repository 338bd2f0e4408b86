"""Shared helpers for the workbench tests: a small real project, a running server, HTTP calls.

The project holds two documents from tests/data/web/ (the UDHR and a test instrument whose text
contains HTML markup), ingested by the real ingest stage; statements are extracted when the
statements stage is installed. The server is the real one, on an ephemeral port, in a thread.
"""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from email.message import Message
from pathlib import Path

from corpus_tool.project import Project, init_project

DATA = Path(__file__).resolve().parent.parent / "data" / "web"
TOKEN = "test-token-0123456789"
UDHR = "un-udhr-1948"
HOSTILE = "test-hostile-2020"
BACKEND = "hash"   # the fast deterministic embedder: no model is loaded in these tests


PDF_DOC = "us-dmca-summary-1998"
PDF = Path(__file__).resolve().parent.parent / "pdfs" / "us_copyright_office_dmca_summary_1998__pdfminer.pdf"


def build_project(root: Path, *, with_pdf: bool = False) -> Project:
    from corpus_tool.corpus.manifest import add_document
    from corpus_tool.pipeline import ingest

    project = init_project(root)
    add_document(project, DATA / "udhr.md", title="Universal Declaration of Human Rights",
                 issuer="UN General Assembly", year=1948, doc_id=UDHR)
    add_document(project, DATA / "hostile.md",
                 title="Test <script>alert('title')</script> instrument", issuer="Test issuer",
                 year=2020, doc_id=HOSTILE, doc_type="convention", legal_force="binding")
    if with_pdf:   # a real PDF (see tests/pdfs/SOURCES.md): passages with page numbers
        add_document(project, PDF, title="The Digital Millennium Copyright Act of 1998: "
                     "U.S. Copyright Office Summary", issuer="U.S. Copyright Office", year=1998,
                     doc_id=PDF_DOC, doc_type="document", legal_force="non-binding")
    report = ingest(project, workers=1)
    assert not report["failed"], report["failed"]
    try:
        from corpus_tool.statements.stage import update_statements
    except ImportError:
        update_statements = None
    if update_statements is not None:
        from corpus_tool.store.db import connect
        conn = connect(project.db_path)
        try:
            update_statements(conn)
        finally:
            conn.close()
    return project


@contextmanager
def running_server(project: Project, **options):
    """The real server (uvicorn) on a free loopback port, in a thread; the socket listens
    before this returns, so requests made at once wait in its backlog, never fail."""
    from corpus_tool.web.server import make_server
    server = make_server(project, host="127.0.0.1", port=0, quiet=True, token=TOKEN,
                         backend=BACKEND, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class Client:
    """Minimal HTTP client that talks to the workbench like its page does."""

    def __init__(self, base: str, token: str | None = TOKEN):
        self.base = base.rstrip("/")
        self.token = token

    def request(self, method: str, path: str, body=None, *, headers: dict | None = None,
                raw: bytes | None = None) -> tuple[int, dict | str, Message]:
        """(status, JSON or text, headers); header names are case-insensitive, as in HTTP."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        h = {"Accept": "application/json"}
        if data is not None and raw is None:
            h["Content-Type"] = "application/json"
        if self.token and method != "GET":
            h["X-Corpus-Token"] = self.token
        h.update(headers or {})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=h)
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                status, text, hdrs = r.status, r.read().decode("utf-8"), r.headers
        except urllib.error.HTTPError as e:
            status, text, hdrs = e.code, e.read().decode("utf-8"), e.headers
        ctype = hdrs.get("Content-Type", "")
        return status, (json.loads(text) if ctype.startswith("application/json") else text), hdrs

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def post(self, path: str, body=None, **kw):
        return self.request("POST", path, body, **kw)

    def put(self, path: str, body=None, **kw):
        return self.request("PUT", path, body, **kw)

    def delete(self, path: str, body: dict | None = None, **kw):
        return self.request("DELETE", path, body or {}, **kw)


def annotation_records(project: Project) -> list[dict]:
    """Every record of every annotations/*.jsonl file, as stored."""
    out = []
    for path in sorted(project.annotations_dir.glob("*.jsonl")):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    return out


def record_of(project: Project, ann_id: str) -> dict:
    for rec in annotation_records(project):
        if rec["id"] == ann_id:
            return rec
    raise AssertionError(f"annotation {ann_id} not in the files")
