"""An annotation is shown where its source cites it: the Annotations list showed the passage's
slug, "art-7-9-c", instead of its locator, "Art. 7(9)(c)" (trial 25, problem 9)."""
from __future__ import annotations

import pytest

from tests.web.conftest import UDHR, Client, build_project, running_server

QUOTE = "Elementary education shall be compulsory"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from corpus_tool.coding.annotations import add_annotation
    project = build_project(tmp_path_factory.mktemp("locators") / "proj")
    add_annotation(project, doc_id=UDHR, quote=QUOTE, area="access", coder="c1")
    return project


def test_the_api_gives_each_annotation_its_passages_locator(project):
    with running_server(project) as srv:
        client = Client(srv.url)
        status, data, _ = client.get("/api/annotations")
        assert status == 200
        [ann] = data["annotations"]
        assert ann["passage_id"] == f"{UDHR}:art-26-1"
        assert ann["locator"] == "Art. 26(1)" and ann["page"] is None
        status, data, _ = client.get(f"/api/docs/{UDHR}")
        assert [a["locator"] for a in data["annotations"]] == ["Art. 26(1)"]
        status, data, _ = client.post("/api/annotations", {
            "doc": UDHR, "quote": "Everyone has the right to education", "area": "access",
            "coder": "c2"})
        assert status == 200 and data["annotation"]["locator"] == "Art. 26(1)"


@pytest.mark.browser
def test_the_annotations_list_shows_the_locator_not_the_slug(driver, project):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    with running_server(project) as srv:
        driver.get("about:blank")
        driver.get(srv.url + "#/annotations")
        rows = WebDriverWait(driver, 60).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#annotations-view tbody tr"))
        where = rows[0].find_element(By.CSS_SELECTOR, "td:nth-child(3) .where")
        assert where.text == "Art. 26(1)"
        assert where.get_attribute("title") == f"{UDHR}:art-26-1"
