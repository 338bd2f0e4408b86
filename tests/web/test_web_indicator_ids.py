"""The Tag panel's indicator field offers the ids a coder may mean (trial 25, problem 5: its
`<datalist id="ind-ids">` stayed empty although the project's codebook lists 17 indicator ids,
so coders typed them from memory)."""
from __future__ import annotations

import pytest

from corpus_tool.formats import dump_yaml, load_yaml

from tests.web.conftest import UDHR, Client, build_project, running_server

LISTED = {"access": [("access-free-primary", "Free primary education"),
                     ("access-compulsory", "Compulsory schooling")],
          "outcomes": [("out-completion", "Completion of schooling")]}


def _list_indicators(project) -> None:
    """The project's codebook lists indicators under two of its areas."""
    data = load_yaml(project.codebook_path)
    for area in data["areas"]:
        area["indicators"] = [{"id": i, "name": n} for i, n in LISTED.get(area["id"], [])]
        if not area["indicators"]:
            del area["indicators"]
    project.codebook_path.write_text(dump_yaml(data), encoding="utf-8")


@pytest.fixture(scope="module")
def unlisted(tmp_path_factory):
    return build_project(tmp_path_factory.mktemp("ind-ids") / "plain")


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("ind-ids") / "listed")
    _list_indicators(project)
    return project


def test_the_codebooks_indicators_are_offered_with_their_areas(listed):
    with running_server(listed) as srv:
        status, data, _ = Client(srv.url).get("/api/indicators/ids")
    assert status == 200 and data["listed"] is True
    assert [(i["id"], i["area"], i["source"]) for i in data["indicators"]] == [
        ("access-free-primary", "access", "codebook"), ("access-compulsory", "access", "codebook"),
        ("out-completion", "outcomes", "codebook")]
    assert data["indicators"][0]["title"] == "Free primary education"


def test_without_a_list_in_the_codebook_the_ids_coders_used_are_offered(unlisted):
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(unlisted, doc_id=UDHR, quote="Everyone has the right to education",
                   area="access", indicator="acc-right", coder="c1")
    with running_server(unlisted) as srv:
        status, data, _ = Client(srv.url).get("/api/indicators/ids")
    assert status == 200 and data["listed"] is False
    assert {"id": "acc-right", "title": "", "area": "access", "source": "used"} \
        in data["indicators"]


@pytest.mark.browser
def test_the_tag_panel_offers_the_ids_of_the_chosen_area(driver, listed):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    options = "return [...document.querySelectorAll('#ind-ids option')].map(o => o.value)"
    with running_server(listed) as srv:
        driver.get("about:blank")
        driver.get(srv.url + f"#/doc/{UDHR}")
        wait = WebDriverWait(driver, 60)
        wait.until(lambda d: d.find_elements(By.ID, "tag-area"))
        assert driver.find_element(By.ID, "tag-indicator").get_attribute("list") == "ind-ids"
        assert driver.execute_script(options) == ["access-free-primary", "access-compulsory",
                                                  "out-completion"]
        Select(driver.find_element(By.ID, "tag-area")).select_by_value("outcomes")
        assert driver.execute_script(options) == ["out-completion"]
        Select(driver.find_element(By.ID, "tag-area")).select_by_value("access")
        assert driver.execute_script(options) == ["access-free-primary", "access-compulsory"]
