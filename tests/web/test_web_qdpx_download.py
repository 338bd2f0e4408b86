"""The workbench's "Download .qdpx": the same archive as `corpus-tool export qdpx`, guarded
like a write (session token, same origin), linked from the annotation list."""
from __future__ import annotations

import io
import urllib.error
import urllib.request
import zipfile

import pytest

from corpus_tool.coding.annotations import add_annotation
from corpus_tool.coding.qdpx_export import build_qdpx

from tests.web.conftest import TOKEN, UDHR, build_project, running_server


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("web-qdpx") / "study")
    add_annotation(project, doc_id=UDHR, quote="Everyone has the right to education.",
                   area="access", coder="coder-a", memo="UDHR art. 26")
    with running_server(project) as server:
        yield project, server.url


def _get(url: str, headers: dict) -> tuple[int, bytes, dict]:
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read(), r.headers          # case-insensitive, as in HTTP
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def test_download_is_the_export(served):
    project, url = served
    status, body, headers = _get(url.rstrip("/") + "/api/export.qdpx", {"X-Corpus-Token": TOKEN})
    assert status == 200, body
    assert headers["Content-Type"] == "application/zip"
    assert headers["Content-Disposition"] == 'attachment; filename="study.qdpx"'
    assert body == build_qdpx(project)[0]
    with zipfile.ZipFile(io.BytesIO(body)) as z:
        assert b"UDHR art. 26" in z.read("project.qde")


@pytest.mark.parametrize("headers", [{}, {"X-Corpus-Token": "wrong"},
                                     {"X-Corpus-Token": TOKEN, "Origin": "http://evil.example"},
                                     {"X-Corpus-Token": TOKEN, "Sec-Fetch-Site": "cross-site"}],
                         ids=["no-token", "wrong-token", "other-origin", "cross-site"])
def test_download_needs_token_and_same_origin(served, headers):
    _project, url = served
    status, body, _ = _get(url.rstrip("/") + "/api/export.qdpx", headers)
    assert status == 403 and b"PK" not in body[:2]


def test_annotation_list_links_the_download(served):
    _project, url = served
    status, js, _ = _get(url.rstrip("/") + "/static/features.js", {})
    assert status == 200
    assert b'"Download .qdpx"' in js and b'fetch("/api/export.qdpx"' in js
