"""The workbench's server on the wire (uvicorn on a free loopback port, with a 1-second timeout):
connections that stall are closed, a lying Content-Length is answered instead of hanging, a
chunked body is read as the body, never as the next request. Counts and waits are bounded."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from tests.web.conftest import TOKEN, UDHR, annotation_records, build_project, running_server

TIMEOUT = 1.0          # the server's head/body timeout in these tests
PATIENCE = 30.0        # how long a test waits for the server before calling it stuck


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return build_project(tmp_path_factory.mktemp("web-server") / "proj")


@pytest.fixture(scope="module")
def server(project):
    with running_server(project, timeout=TIMEOUT) as srv:
        yield srv


def connect(server) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=PATIENCE)
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (socket.timeout if it never
    does within PATIENCE)."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def head(server, method: str, path: str, **headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{server.server_address[1]}"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def json_of(response: bytes) -> dict:
    return json.loads(response.split(b"\r\n\r\n", 1)[1])


def still_answers(server) -> None:
    sock = connect(server)
    with sock:
        sock.sendall(head(server, "GET", "/api/status", Connection="close"))
        response = read_until_closed(sock)
    assert status_of(response) == 200 and json_of(response)["documents"] == 2


def test_half_open_connections_are_closed_after_the_timeout_without_a_thread_each(server):
    """40 clients connect; half send nothing, half stop in the middle of their headers. Each
    connection is closed by the server after about the timeout, no thread is started for any
    of them, and the server keeps answering meanwhile."""
    threads_before = threading.active_count()
    socks = []
    for i in range(40):
        sock = connect(server)
        if i % 2:
            sock.sendall(b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ")
        socks.append(sock)
    t0 = time.monotonic()
    still_answers(server)
    assert threading.active_count() <= threads_before + 2
    try:
        for sock in socks:
            assert read_until_closed(sock) == b""
        waited = time.monotonic() - t0
    finally:
        for sock in socks:
            sock.close()
    assert TIMEOUT * 0.5 <= waited < PATIENCE
    still_answers(server)


def test_a_head_that_stops_after_a_first_request_is_closed_too(server):
    """uvicorn's keep-alive timer stops at the first byte of the next request: the head
    deadline still closes a connection whose second request never completes."""
    sock = connect(server)
    with sock:
        sock.sendall(head(server, "GET", "/api/status"))
        first = b""
        while b"\r\n\r\n" not in first:
            first += sock.recv(65536)
        assert status_of(first) == 200
        sock.sendall(b"GET /api/docs HTTP/1.1\r\nHo")
        t0 = time.monotonic()
        read_until_closed(sock)
        assert time.monotonic() - t0 < PATIENCE


def test_a_lying_content_length_is_answered_and_the_connection_closed(server, project):
    """The client announces 100 bytes and sends 10: after the timeout the server answers 408
    with a JSON message and closes the connection; nothing is written."""
    before = annotation_records(project)
    sock = connect(server)
    with sock:
        sock.sendall(head(server, "POST", "/api/annotations", X_Corpus_Token=TOKEN,
                          Content_Type="application/json", Content_Length="100")
                     + b'{"area": "')
        t0 = time.monotonic()
        response = read_until_closed(sock)
        waited = time.monotonic() - t0
    assert status_of(response) == 408
    assert "did not arrive" in json_of(response)["error"] and "100" in json_of(response)["error"]
    assert b"\r\nconnection: close\r\n" in response.lower()
    assert TIMEOUT * 0.5 <= waited < PATIENCE
    assert annotation_records(project) == before
    still_answers(server)


def test_a_chunked_body_is_read_as_the_body(server, project):
    """A chunked POST is one request with its body (the stdlib server read the chunks as the
    next request): the annotation is written, and a request pipelined after it is answered."""
    body = json.dumps({"doc": UDHR, "quote": "Everyone has the right to life, liberty and "
                       "security of person.", "area": "access", "coder": "chunked"}).encode()
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                      for part in (body[:20], body[20:45], body[45:])) + b"0\r\n\r\n"
    sock = connect(server)
    with sock:
        sock.sendall(head(server, "POST", "/api/annotations", X_Corpus_Token=TOKEN,
                          Content_Type="application/json", Transfer_Encoding="chunked")
                     + chunks + head(server, "GET", "/api/status", Connection="close"))
        response = read_until_closed(sock)
    first, _, rest = response.partition(b"HTTP/1.1 ")[2].partition(b"HTTP/1.1 ")
    assert first.startswith(b"200"), response[:500]
    assert rest.startswith(b"200"), response[:500]
    assert [r["creator"] for r in annotation_records(project)
            if r["target"]["selector"][0]["exact"].startswith("Everyone has the right to life")
            ] == ["chunked"]


def test_a_chunked_body_over_the_limit_is_refused(server, project):
    """Chunks adding up to more than the body limit (no Content-Length to refuse up front):
    400 "too large", the rest read and dropped (so the answer is not lost to a connection
    reset) and the connection closed."""
    from corpus_tool.web.app import MAX_BODY
    piece = b"x" * 65536
    before = annotation_records(project)
    sock = connect(server)
    with sock:
        sock.sendall(head(server, "POST", "/api/annotations", X_Corpus_Token=TOKEN,
                          Content_Type="application/json", Transfer_Encoding="chunked"))
        for _ in range(MAX_BODY // len(piece) + 2):      # past the limit, then the last chunk
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        sock.sendall(b"0\r\n\r\n")
        response = read_until_closed(sock)
    assert status_of(response) == 400 and "too large" in json_of(response)["error"]
    assert annotation_records(project) == before
    still_answers(server)
