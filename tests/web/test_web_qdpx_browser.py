"""End-to-end: in Chromium, "Download .qdpx" on the annotation list saves the project's REFI-QDA
archive (the same bytes as `corpus-tool export qdpx`)."""
from __future__ import annotations

import time

import pytest

from corpus_tool.coding.annotations import add_annotation
from corpus_tool.coding.qdpx_export import build_qdpx

from tests.web.conftest import UDHR, build_project, running_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("web-qdpx-browser") / "study")
    add_annotation(project, doc_id=UDHR, quote="Everyone has the right to education.",
                   area="access", coder="coder-a")
    with running_server(project) as server:
        yield project, server


def test_download_link_saves_the_qdpx(driver, served, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    project, server = served
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(tmp_path)})
    driver.get("about:blank")
    driver.get(server.url + "#/annotations")
    link = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "download-qdpx"))
    assert link.text == "Download .qdpx"
    link.click()
    target = tmp_path / "study.qdpx"
    deadline = time.monotonic() + 30
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert target.read_bytes() == build_qdpx(project)[0]
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
