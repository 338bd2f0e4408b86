"""The one canonical writer: atomic, LF, UTF-8, keeps file modes, reports bad lines."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from corpus_tool.errors import InputError
from corpus_tool.formats import (atomic_write_text, dump_yaml, load_yaml, read_jsonl, write_jsonl,
                                 yaml_line_of)


def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path):
    f = tmp_path / "a.txt"
    atomic_write_text(f, "first\n")
    assert stat.S_IMODE(f.stat().st_mode) & 0o044, "new files are readable per the umask, not 0600"
    os.chmod(f, 0o640)
    atomic_write_text(f, "second ünïcode\n")
    assert stat.S_IMODE(f.stat().st_mode) == 0o640
    assert f.read_bytes() == "second ünïcode\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_jsonl_sorted_canonical_and_bad_line_reported(tmp_path):
    f = tmp_path / "x.jsonl"
    write_jsonl(f, [{"id": "b", "t": "é"}, {"id": "a", "t": "x"}])
    assert f.read_text(encoding="utf-8") == '{"id":"a","t":"x"}\n{"id":"b","t":"é"}\n'
    f.write_text(f.read_text() + "{broken\n", encoding="utf-8")
    recs = list(read_jsonl(f))
    assert [r["id"] for _, r in recs[:2]] == ["a", "b"]
    lineno, err = recs[2]
    assert lineno == 3 and isinstance(err, InputError)
    assert "x.jsonl, line 3" in str(err)
    # a line missing its last "}" is wrong at its end, not "at column 1" (of the line after it:
    # a researcher's trial 46, P10); an error inside a line names its column
    f.write_text('{"id":"a","t":"x"}\n{"id":"b","body":{"area":"access"}\n{"id":"c" "t":1}\n',
                 encoding="utf-8")
    recs = list(read_jsonl(f))
    assert "Expecting ',' delimiter at the end of the line: a closing } or ] missing?" in \
        str(recs[1][1])
    assert "Expecting ',' delimiter at column 11)" in str(recs[2][1])


def test_yaml_error_names_line(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_text("areas:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_yaml(f)
    assert "c.yaml, line" in str(e.value)
    f.write_text(dump_yaml({"areas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}))
    assert yaml_line_of(f, ["areas", 1, "name"]) == 5


def test_atomic_write_follows_symlinks_and_writes_special_files_in_place(tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    atomic_write_text(link, "new\n")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new\n"
    fifo_like = Path("/dev/null")
    before = os.stat(fifo_like)
    atomic_write_text(fifo_like, "discarded\n")
    after = os.stat(fifo_like)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


@pytest.mark.parametrize("n", [0, 1, 3, 2500])
def test_a_json_list_written_in_chunks_is_read_back_item_by_item(tmp_path, n):
    from corpus_tool.formats import atomic_write_chunks
    items = [{"id": f"s{i}", "text": f"Les États « {i} »", "scores": [{"a": 0.5}]}
             for i in range(n)]
    path = tmp_path / "out.json"
    text = (json.dumps(items, ensure_ascii=False) + "\n").encode("utf-8")
    atomic_write_chunks(path, (text[i:i + 1000] for i in range(0, len(text), 1000)))
    assert path.read_bytes() == text
    from corpus_tool.formats import iter_json_list
    for chunk in (7, 64, 1 << 20):                # items cut anywhere by the reads
        assert list(iter_json_list(path, chunk=chunk)) == items


@pytest.mark.parametrize("text", ["", "{}", '[{"a": 1}, {"b"', '[{"a": 1}, 2'])
def test_a_json_list_read_item_by_item_refuses_what_is_not_one(tmp_path, text):
    from corpus_tool.formats import iter_json_list
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        list(iter_json_list(path, chunk=4))


def test_yaml_is_read_as_the_pure_python_safe_loader_reads_it():
    """`load_yaml` parses with libyaml when PyYAML has it (speed); the project's codebooks, its
    framework and its draft read back the same as with PyYAML's own safe loader."""
    import yaml
    root = Path(__file__).resolve().parent.parent
    files = [root / "indicators" / "framework.yaml",
             root / "indicators" / "drafts" / "framework.draft.yaml",
             root / "annotations" / "codebook.yaml",
             *sorted(root.glob("examples/*/annotations/codebook.yaml"))]
    assert len(files) > 10
    for p in files:
        assert load_yaml(p) == yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.SafeLoader), p
