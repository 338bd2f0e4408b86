"""The cluster report opened from disk in Debian's Chromium, as a reader would: the map draws,
hovering a point shows its quote and source, clicking jumps to its cluster card, and the page
asks for nothing over the network. A screenshot goes to build/screenshots/clusters.png."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.semantic.conftest import gc_project

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parent.parent.parent / "build" / "screenshots"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from corpus_tool.report.clusters import write_cluster_report
    from corpus_tool.semantic.cluster import run_clustering
    project = gc_project(tmp_path_factory.mktemp("clusters-browser") / "p")
    result = run_clustering(project, backend="hash", unit="passages")
    return write_cluster_report(project), result


def test_map_hover_click_and_no_network(report, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    path, result = report
    driver.get(path.as_uri())
    wait = WebDriverWait(driver, 60).until        # the page's state, never a fixed delay
    circles = wait(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#map circle"))
                   == len(result.points) and d.find_elements(By.CSS_SELECTOR, "#map circle"))
    target = next(c for c in circles if c.get_attribute("data-c"))
    ActionChains(driver).move_to_element(target).perform()
    tip = driver.find_element(By.ID, "tip")
    wait(lambda d: tip.is_displayed() and tip.text)
    text = tip.text
    point = next(p for p in result.points if p.item_id in text)
    assert point.locator in text and point.text.split()[0] in text
    target.click()
    wait(lambda d: d.current_url.endswith("#" + target.get_attribute("data-c")))
    card = driver.find_element(By.ID, target.get_attribute("data-c"))
    wait(lambda d: card.is_displayed() and "passages" in card.text)
    entries = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert [e for e in entries if not e.startswith("file:")] == []
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / "clusters.png"))
