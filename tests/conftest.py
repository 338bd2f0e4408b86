"""Shared test fixtures. Tests run offline on real documents; the real models appear only in
tests marked `integration`."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from corpus_tool.project import MANIFEST_FIELDS, Project, init_project

REPO = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

# Nothing may be fetched from a model hub during tests.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def driver():
    """Debian's headless Chromium through selenium + chromedriver (`make browser` installs them),
    with a fresh profile and the flags this machine's closed network needs."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Debian's chromium and chromium-driver are not installed (`make browser`)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    profile = tempfile.mkdtemp(prefix="corpus-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
    drv.set_page_load_timeout(120)       # generous: a loaded machine is slow, not broken
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


# --- projects built from the reference corpus (was tests/ingest_support.py) ---------------
PDFS = TESTS / "pdfs"


def make_project(root: Path, rows: list[dict], files: dict[str, Path | bytes]) -> Project:
    """A project at `root` whose corpus/ holds `files` (relative path → source file or bytes)
    and whose manifest has `rows` (missing columns filled)."""
    project = init_project(root)
    for rel, src in files.items():
        dest = project.corpus_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(src, bytes):
            dest.write_bytes(src)
        else:
            shutil.copyfile(src, dest)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in MANIFEST_FIELDS})
    return project


def reference_project(root: Path) -> Project:
    """A copy of the repository's reference corpus (corpus/ and its manifest)."""
    project = init_project(root)
    shutil.rmtree(project.corpus_dir)
    shutil.copytree(REPO / "corpus", project.corpus_dir)
    return project
