"""The Scores view's upload: an answers file picked or dropped in the workbench is checked
against its framework and stored as answers/<framework stem>.csv|xlsx, under the same write rules
as every other write (token, same origin, JSON body, size limit)."""
from __future__ import annotations

import base64
import io
import shutil
from pathlib import Path

import pytest

from corpus_tool.project import init_project
from tests.web.conftest import TOKEN, Client, running_server

ROOT = Path(__file__).resolve().parents[2]
MIPEX = ROOT / "tests" / "data" / "mipex"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    p = init_project(tmp_path_factory.mktemp("web-answers") / "p")
    shutil.copyfile(ROOT / "indicators" / "mipex-2020.yaml", p.indicators_dir / "mipex-2020.yaml")
    return p


@pytest.fixture(scope="module")
def client(project):
    with running_server(project) as srv:
        yield Client(srv.url)


def _mipex_2019() -> str:
    lines = (MIPEX / "answers_2007_2019.csv").read_text(encoding="utf-8").splitlines()
    return "\n".join([lines[0]] + [x for x in lines[1:] if ",2019," in x]) + "\n"


def test_an_uploaded_csv_is_checked_stored_and_scored(client, project):
    text = _mipex_2019()
    status, data, _ = client.post("/api/scores/answers", {
        "framework": "indicators/mipex-2020.yaml", "filename": "mipex 2019 answers.csv",
        "content": text})
    assert status == 200, data
    assert data["answers"] == "answers/mipex-2020.csv" and data["replaced"] is False
    assert data["countries"] == 56 and data["n_answers"] > 3000
    stored = project.root / "answers" / "mipex-2020.csv"
    assert stored.read_text(encoding="utf-8") == text
    status, scores, _ = client.get("/api/scores?" + "answers=answers/mipex-2020.csv"
                                   "&framework=indicators/mipex-2020.yaml")
    assert status == 200, scores
    pt = {r["node"]: r["score"] for r in scores["rows"] if r["country"] == "PT"}
    assert round(pt["overall_without_health"], 1) == 83.8   # MIPEX 2020: Portugal 2019


def test_a_bad_file_is_refused_with_its_line_and_replaces_nothing(client, project):
    stored = project.root / "answers" / "mipex-2020.csv"
    before = stored.read_bytes() if stored.exists() else None
    bad = "country,year,indicator,score\nPT,2019,aa1,100\nPT,2019,no-such-indicator,50\n"
    status, data, _ = client.post("/api/scores/answers", {
        "framework": "indicators/mipex-2020.yaml", "filename": "typo.csv", "content": bad})
    assert status == 400 and "typo.csv" in data["error"], data
    assert any(p.startswith("typo.csv, line 3") and "no-such-indicator" in p
               for p in data["problems"]), data
    assert (stored.read_bytes() if stored.exists() else None) == before
    for body, message in [
        ({"framework": "../../etc/passwd.yaml", "filename": "a.csv", "content": bad},
         "unknown framework"),
        ({"framework": "indicators/mipex-2020.yaml", "filename": "a.txt", "content": bad},
         ".csv or .xlsx"),
        ({"framework": "indicators/mipex-2020.yaml", "filename": "a.csv", "content": " "},
         "empty"),
    ]:
        status, data, _ = client.post("/api/scores/answers", body)
        assert status == 400 and message in data["error"], (body, data)


def test_an_xlsx_upload_is_stored_as_xlsx(client, project):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    for row in [["country", "year", "indicator", "score"], ["SE", 2019, "aa1", 100],
                ["SE", 2019, "aa3", 50]]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    status, data, _ = client.post("/api/scores/answers", {
        "framework": "indicators/mipex-2020.yaml", "filename": "sweden.xlsx",
        "content_base64": base64.b64encode(buf.getvalue()).decode()})
    assert status == 200, data
    assert data["answers"] == "answers/mipex-2020.xlsx" and data["n_answers"] == 2
    assert (project.root / "answers" / "mipex-2020.xlsx").read_bytes() == buf.getvalue()


@pytest.mark.parametrize("headers", [{"X-Corpus-Token": ""},
                                     {"X-Corpus-Token": TOKEN, "Origin": "http://evil.example"}])
def test_uploads_follow_the_write_rules(client, project, headers):
    status, data, _ = client.post("/api/scores/answers", {
        "framework": "indicators/mipex-2020.yaml", "filename": "x.csv",
        "content": "country,year,indicator,score\nPT,2019,aa1,0\n"}, headers=headers)
    assert status == 403 and "error" in data


@pytest.mark.browser
def test_scores_view_takes_a_picked_file_and_shows_its_scores(project, driver, tmp_path):
    """In Chromium: the Scores view of a project without answers offers the picker; choosing
    the MIPEX 2019 answers stores them and the view shows the scores."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    fresh = init_project(tmp_path / "fresh")
    shutil.copyfile(ROOT / "indicators" / "mipex-2020.yaml",
                    fresh.indicators_dir / "mipex-2020.yaml")
    upload = tmp_path / "mipex-answers-2019.csv"
    upload.write_text(_mipex_2019(), encoding="utf-8")
    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with running_server(fresh) as srv:
        driver.set_window_size(1400, 1000)
        driver.get(srv.url + "#/scores")
        wait = WebDriverWait(driver, 20)
        wait.until(lambda d: d.find_elements(By.ID, "answers-file"))
        driver.save_screenshot(str(shots / "workbench-scores-empty.png"))
        driver.find_element(By.ID, "answers-file").send_keys(str(upload))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#scores-view table.scores"))
        status = driver.find_element(By.ID, "msg").text
        assert "Saved as answers/mipex-2020.csv" in status, status
        assert "PT 2019" in driver.find_element(By.CSS_SELECTOR, "table.scores").text
        driver.save_screenshot(str(shots / "workbench-scores-uploaded.png"))
    assert (fresh.root / "answers" / "mipex-2020.csv").read_text(encoding="utf-8") == \
        upload.read_text(encoding="utf-8")
