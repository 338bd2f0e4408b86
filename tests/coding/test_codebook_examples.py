"""The codebook's examples train the area suggestions and are published as the method: one
citing a document the corpus does not hold, or words it does not say, is a build warning (an
error under `build --strict`), named by area and number (trial 23: both passed in silence)."""
from __future__ import annotations

import yaml
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.coding.annotations import example_problems
from corpus_tool.pipeline.build_warnings import build_warnings

from tests.coding.conftest import small_project


def _line(project, words: str, nth: int = 0) -> int:
    """The line of the nth example item holding `words` in the codebook as written."""
    lines = project.codebook_path.read_text(encoding="utf-8").splitlines()
    return [i for i, ln in enumerate(lines, 1) if words in ln][nth]


def test_examples_that_cite_no_document_or_other_words_are_warned(tmp_path):
    project = small_project(tmp_path / "p")
    assert example_problems(project) == []           # the reference codebook's own hold
    book = yaml.safe_load(project.codebook_path.read_text(encoding="utf-8"))
    area = book["areas"][0]
    area["examples"] = [*area.get("examples", []),
                        {"doc": "un-crc-1998", "quote": "Make primary education compulsory"},
                        {"doc": "un-crc-1989", "quote": "Make primary education optional"}]
    n = len(area["examples"])
    project.codebook_path.write_text(yaml.safe_dump(book, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    problems = example_problems(project)
    # named by line too, as the YAML errors are (trial 35, P11)
    first, second = _line(project, "doc: un-crc-1998"), _line(project, "Make primary education "
                                                              "optional") - 1
    assert problems == [
        f"codebook.yaml, line {first}: example {n - 1} of area '{area['id']}' cites the document "
        "'un-crc-1998', which the corpus does not hold (did you mean 'un-crc-1989'?)",
        f"codebook.yaml, line {second}: example {n} of area '{area['id']}' quotes words "
        "un-crc-1989 does not "
        "say: 'Make primary education optional' (copy them from the document: `corpus-tool "
        "search \"…\" --doc un-crc-1989`)"]
    said = [w["message"] for w in build_warnings(project, [])]
    assert all(p in said for p in problems)


def test_an_unknown_document_and_a_locator_elsewhere_are_warned(tmp_path):
    # a researcher's trial 28 (P10): an example citing 'no-such-doc-2099' passed every build;
    # the packaged codebook's reference documents, which a project holds in part, stay silent
    project = small_project(tmp_path / "p")
    book = yaml.safe_load(project.codebook_path.read_text(encoding="utf-8"))
    area = book["areas"][0]
    area["examples"] = [*area.get("examples", []),
                        {"doc": "no-such-doc-2099", "quote": "Each Party shall protect data."},
                        {"doc": "un-crc-1989", "quote": "Make primary education compulsory",
                         "locator": "Art. 27(1)"},
                        {"doc": "un-crc-1989", "quote": "Make primary education compulsory",
                         "locator": "Article 28"}]
    n = len(area["examples"])
    project.codebook_path.write_text(yaml.safe_dump(book, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    problems = example_problems(project)
    assert problems[0] == (
        f"codebook.yaml, line {_line(project, 'doc: no-such-doc-2099')}: example {n - 2} of area "
        f"'{area['id']}' cites the document 'no-such-doc-2099', which the corpus does not hold "
        "(add it, or cite one `corpus-tool docs` lists)")
    assert problems[1].startswith(f"codebook.yaml, line {_line(project, 'locator: Art. 27(1)') - 2}"
                                  f": example {n - 1} of area '{area['id']}' cites "
                                  "un-crc-1989 Art. 27(1), where the tool finds its words at "
                                  "Art. 28(1)(a)")
    assert len(problems) == 2          # "Article 28" holds Art. 28(1)(a): a coarser citation


def test_areas_list_says_them_too(tmp_path):
    """Trial 34, P12: a misspelt document id in an example was said only at the next build;
    `areas list`, where a researcher looks at the codebook, was silent."""
    project = small_project(tmp_path / "p")
    book = yaml.safe_load(project.codebook_path.read_text(encoding="utf-8"))
    book["areas"][0]["examples"] = [*book["areas"][0].get("examples", []),
                                    {"doc": "un-crc-1998", "quote": "Make primary education"}]
    project.codebook_path.write_text(yaml.safe_dump(book, allow_unicode=True, sort_keys=False),
                                     encoding="utf-8")
    r = CliRunner().invoke(app, ["areas", "list", "--project", str(project.root)])
    assert r.exit_code == 0
    assert "cites the document 'un-crc-1998', which the corpus does not hold (did you mean " \
           "'un-crc-1989'?)" in " ".join(r.stderr.split())
