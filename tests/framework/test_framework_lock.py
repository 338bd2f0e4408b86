"""Read-modify-write of a framework file under its cross-process lock (`update_framework`): two
processes editing different indicators of the same file at once both land."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from corpus_tool.framework.io import (framework_lock, framework_lock_path, load_framework,
                                      update_framework)
from corpus_tool.framework.model import Framework

REPO = Path(__file__).resolve().parent.parent.parent
SOURCE = REPO / "indicators" / "mipex-2020.yaml"     # the reference framework of the repository

WORKER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from corpus_tool.framework.io import update_framework
    from corpus_tool.framework.model import Framework

    path, ind_id, title, go = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    while not go.exists():
        time.sleep(0.005)
    times = {}

    def edit(fw):
        times["enter"] = time.time()
        data = fw.model_dump(mode="python")
        node = data
        for k in fw.find(ind_id).loc:
            node = node[k]
        node["title"] = title
        time.sleep(0.4)                 # a slow edit: the other process tries meanwhile
        times["exit"] = time.time()
        return Framework.model_validate(data)

    update_framework(path, edit)
    print(json.dumps(times))
""")


def _set_title(fw: Framework, ind_id: str, title: str) -> Framework:
    data = fw.model_dump(mode="python")
    node = data
    for k in fw.find(ind_id).loc:
        node = node[k]
    node["title"] = title
    return Framework.model_validate(data)


@pytest.fixture()
def fw_path(tmp_path):
    p = tmp_path / "indicators" / "framework.yaml"
    p.parent.mkdir()
    shutil.copy(SOURCE, p)
    return p


def test_two_processes_editing_different_indicators_both_land(fw_path, tmp_path):
    first, second = [i.id for i in load_framework(fw_path).indicators()][:2]
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(fw_path), ind, title, str(go)],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for ind, title in ((first, "Edited by process one"),
                                (second, "Edited by process two"))]
    time.sleep(0.5)                     # both started and waiting
    go.touch()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(json.loads(out))
    fw = load_framework(fw_path)
    assert fw.find(first).node.title == "Edited by process one"
    assert fw.find(second).node.title == "Edited by process two"
    # the edits ran one after the other, not interleaved
    a, b = sorted(outs, key=lambda t: t["enter"])
    assert a["exit"] <= b["enter"]
    assert framework_lock_path(fw_path).name == ".framework.yaml.lock"


def test_threads_exclude_each_other_and_nesting_does_not_deadlock(fw_path):
    ids = [i.id for i in load_framework(fw_path).indicators()][:4]
    spans: list[tuple[float, float]] = []

    def edit(ind_id):
        def fn(fw):
            t0 = time.time()
            with framework_lock(fw_path):             # nested: the same thread may re-take it
                time.sleep(0.05)
            spans.append((t0, time.time()))
            return _set_title(fw, ind_id, f"thread {ind_id}")
        update_framework(fw_path, fn)

    threads = [threading.Thread(target=edit, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    fw = load_framework(fw_path)
    assert [fw.find(i).node.title for i in ids] == [f"thread {i}" for i in ids]
    spans.sort()
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_update_framework_missing_file_and_no_change(tmp_path, fw_path):
    missing = tmp_path / "new" / "framework.yaml"
    seen = []
    assert update_framework(missing, lambda fw: seen.append(fw), missing_ok=True) is None
    assert seen == [None] and not missing.exists()
    with pytest.raises(Exception, match="framework file not found"):
        update_framework(missing, lambda fw: fw)
    before = fw_path.read_bytes()
    update_framework(fw_path, lambda fw: None)          # None: the file is left as it is
    assert fw_path.read_bytes() == before


def test_a_save_made_in_an_editor_while_the_tool_works_is_not_overwritten(tmp_path):
    # a researcher's trial (session 42): framework.yaml saved in an editor during a build's
    # draft stage was overwritten by the build's own copy, read before the save
    path = tmp_path / "framework.yaml"
    shutil.copy(SOURCE, path)
    first, second = load_framework(path).indicators()[:2]
    calls = []

    def tool(fw):
        calls.append(fw.find(first.id).node.title)
        if len(calls) == 1:         # the researcher saves while the tool works
            path.write_text(path.read_text(encoding="utf-8").replace(
                f"title: {first.title}", "title: Edited in an editor", 1), encoding="utf-8")
        data = fw.model_dump(mode="python")
        node = data
        for k in fw.find(second.id).loc:
            node = node[k]
        node["title"] = "Edited by the tool"
        return Framework.model_validate(data)

    update_framework(path, tool)
    fw = load_framework(path)
    assert calls == [first.title, "Edited in an editor"]       # run again on the saved file
    assert fw.find(first.id).node.title == "Edited in an editor"
    assert fw.find(second.id).node.title == "Edited by the tool"
