"""Nothing outside the project becomes part of it: a symlink in corpus/ (or answers/) to a file
elsewhere is refused by ingest with file, line and fix, never searchable, never served by the
workbench; `add` never writes through a link; the workbench loads no model a request names and
answers reads that cost work only to its own page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from tests.web.conftest import TOKEN, UDHR, DATA, build_project

PORT = 8765
OUTSIDE = Path("/etc/passwd")


def linked_project(root: Path):
    """The workbench test project plus `corpus/passwd.txt -> /etc/passwd` and its manifest row."""
    project = build_project(root)
    (project.corpus_dir / "passwd.txt").symlink_to(OUTSIDE)
    with open(project.manifest_path, "a", encoding="utf-8") as f:
        f.write("etc-passwd,Accounts,Nobody,,,,,passwd.txt,,,\n")
    return project


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    if not OUTSIDE.is_file():
        pytest.skip("this machine has no /etc/passwd to link to")
    return linked_project(tmp_path_factory.mktemp("boundary") / "proj")


@pytest.fixture(scope="module")
def client(project):
    from corpus_tool.web.app import build_app
    from corpus_tool.web.workbench import Workbench
    wb = Workbench(project=project, port=PORT, token=TOKEN, backend="hash")
    return TestClient(build_app(wb, body_timeout=5), base_url=f"http://127.0.0.1:{PORT}")


def manifest_line(project, doc_id: str) -> int:
    lines = project.manifest_path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(doc_id + ","))


def test_ingest_refuses_a_link_out_of_the_project_with_file_line_and_fix(project):
    from corpus_tool.corpus import ingest
    from corpus_tool.store import connect
    report = ingest(project, workers=1)
    (failure,) = [f for f in report["failed"] if f["doc_id"] == "etc-passwd"]
    assert failure["path"] == "corpus/passwd.txt"
    assert failure["line"] == manifest_line(project, "etc-passwd")
    assert "resolves outside the project" in failure["message"]
    assert "copy the file into the project" in failure["message"]
    conn = connect(project.db_path)
    try:
        assert conn.execute("SELECT count(*) FROM documents WHERE id = 'etc-passwd'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM passages WHERE text LIKE '%root:%'").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_cli_names_the_file_and_line_and_exits_1(project):
    from corpus_tool.cli import app
    result = CliRunner().invoke(app, ["ingest", "--project", str(project.root), "--workers", "1"])
    assert result.exit_code == 1
    line = manifest_line(project, "etc-passwd")
    assert f"FAILED corpus/passwd.txt, line {line}: corpus/passwd.txt resolves outside the " \
           "project" in " ".join(result.output.split())


def test_the_workbench_never_serves_the_linked_file(project, client):
    from corpus_tool.corpus import ingest
    ingest(project, workers=1)
    docs = client.get("/api/docs").json()["documents"]
    assert "etc-passwd" not in {d["id"] for d in docs} and UDHR in {d["id"] for d in docs}
    assert client.get("/api/docs/etc-passwd").status_code == 404
    hits = client.get("/api/search", params={"q": "root bin bash"}).json()["results"]
    assert all(h["passage"]["doc_id"] != "etc-passwd" for h in hits)
    # an answers file linked from elsewhere is not offered either
    answers = project.root / "answers"
    answers.mkdir(exist_ok=True)
    (answers / "framework-passwd.csv").symlink_to(OUTSIDE)
    data = client.get("/api/scores").json()
    assert "answers/framework-passwd.csv" not in data["answer_files"]
    r = client.get("/api/scores", params={"answers": "answers/framework-passwd.csv"})
    assert r.status_code == 200 and r.json()["rows"] == [] and "no answers" in r.json()["note"]


def test_add_never_writes_through_a_link_out_of_the_project(tmp_path):
    """corpus/added/udhr.md is a dangling link to a file outside: `add` refuses instead of
    creating that file."""
    from corpus_tool.errors import InputError
    from corpus_tool.corpus import add_document
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "proj")
    outside = tmp_path / "outside" / "udhr.md"
    outside.parent.mkdir()
    (project.corpus_dir / "added").mkdir()
    (project.corpus_dir / "added" / "udhr.md").symlink_to(outside)
    before = project.manifest_path.read_bytes()
    with pytest.raises(InputError) as e:
        add_document(project, DATA / "udhr.md", title="Universal Declaration of Human Rights",
                     issuer="UN General Assembly", year=1948)
    assert "resolves outside the project" in str(e.value)
    assert not outside.exists()
    assert project.manifest_path.read_bytes() == before


def test_semantic_search_loads_only_configured_backends(client, monkeypatch):
    """`backend=org/any-model` is refused before anything is loaded or fetched; the server's own
    backend and the built-in names still work."""
    from corpus_tool.semantic import backends as embed

    def no_loading(*args, **kwargs):
        raise AssertionError("the workbench tried to load a model a request named")

    monkeypatch.setattr(embed, "SentenceTransformerEmbedder", no_loading)
    for name in ("org/any-model", "sentence-transformers/all-mpnet-base-v2", "/tmp", "../x"):
        r = client.get("/api/search", params={"q": "education", "mode": "semantic",
                                              "backend": name})
        assert r.status_code == 400, r.text
        assert "unknown embedding backend" in r.json()["error"] and "hash" in r.json()["error"]
        assert name not in embed._instances
    r = client.get("/api/search", params={"q": "education", "mode": "semantic",
                                          "backend": "hash"})
    assert r.status_code == 200 and r.json()["model_id"].startswith("hash")


@pytest.mark.parametrize("path", ["/api/search?q=education&mode=semantic", "/api/queue",
                                  "/api/docs", "/api/agreement", "/api/indicators-check",
                                  "/scores-report"])
@pytest.mark.parametrize("headers", [{"Sec-Fetch-Site": "cross-site"},
                                     {"Sec-Fetch-Site": "same-site"},
                                     {"Origin": "http://evil.example"}])
def test_reads_that_cost_work_come_only_from_the_page(client, path, headers):
    r = client.get(path, headers=headers)
    assert r.status_code == 403 and "refused" in r.json()["error"]


def test_the_page_itself_may_read(client):
    same = {"Sec-Fetch-Site": "same-origin", "Origin": f"http://127.0.0.1:{PORT}"}
    r = client.get("/api/search?q=education&mode=semantic", headers=same)
    assert r.status_code == 200 and r.json()["results"]
    assert client.get("/api/status", headers={"Sec-Fetch-Site": "none"}).status_code == 200
    # a navigation to the page from elsewhere still shows it (it carries no data)
    assert client.get("/", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 200
    assert json.loads(client.get("/api/status").text)["documents"] == 2
