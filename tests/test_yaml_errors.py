"""A YAML syntax error in a hand-written file names the line of the author's mistake (not the
line where PyYAML gave up) and says to quote the value. Each case breaks a real file of the
repository (an example codebook, the reference framework) the way people break them: prose with
': ' (a colon and a space) in a list item or a quote."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.codebook import parse_codebook
from corpus_tool.errors import InputError
from corpus_tool.formats import load_yaml
from corpus_tool.framework import load_framework
from corpus_tool.project import open_project

from tests.indicators.conftest import REPO

runner = CliRunner()
HEALTH = REPO / "examples" / "health" / "annotations" / "codebook.yaml"
LABOUR = REPO / "examples" / "labour-market" / "annotations" / "codebook.yaml"


def _break(src: Path, dst: Path, old: str, new: str) -> int:
    """Copy `src` to `dst` with the one line that is exactly `old` replaced by `new`; returns
    that line's 1-based number."""
    lines = src.read_text(encoding="utf-8").split("\n")
    assert lines.count(old) == 1, old
    i = lines.index(old)
    lines[i] = new
    dst.write_text("\n".join(lines), encoding="utf-8")
    return i + 1


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as e:
        parse_codebook(path)
    return e.value


FIREWALLS = ("      - firewalls between health care and immigration enforcement (no reporting "
             "duty for health")


def test_a_colon_in_the_first_line_of_a_multi_line_item_names_that_line(tmp_path):
    # PyYAML gives up two lines lower ("could not find expected ':'" on the item's third line)
    n = _break(HEALTH, tmp_path / "codebook.yaml", FIREWALLS,
               FIREWALLS.replace("firewalls between", "firewalls: no reporting between"))
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n
    assert e.message.startswith("invalid YAML: a colon followed by a space (': ') in a value "
                                "without quotes")
    assert f"line {n + 1} as a new key" in e.message
    assert e.fix == ('put the whole item in quotes: - "firewalls: no reporting between health '
                     'care and …"')
    # the fix works: the item in quotes, over its three lines, loads as one text
    lines = (tmp_path / "codebook.yaml").read_text(encoding="utf-8").split("\n")
    lines[n - 1] = lines[n - 1].replace("- firewalls:", '- "firewalls:')
    lines[n + 1] += '"'
    (tmp_path / "codebook.yaml").write_text("\n".join(lines), encoding="utf-8")
    access = next(a for a in parse_codebook(tmp_path / "codebook.yaml") if a.id == "access")
    assert access.include[-1].startswith("firewalls: no reporting between health care")
    assert access.include[-1].endswith("fear of deportation as a barrier")


def test_a_colon_in_a_two_line_item_names_its_first_line(tmp_path):
    old = "      - outreach, mobile health services, community health workers, transport and"
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, old.replace("outreach,", "outreach:"))
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n and e.fix.startswith('put the whole item in quotes: - "outreach: mobile')


def test_two_colons_in_a_one_line_item_name_the_line_and_quote_the_whole_item(tmp_path):
    old = "      - removing financial, institutional, cultural and practical barriers to using services"
    new = "      - includes: access to care: emergency and primary"
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, new)
    e = _error(tmp_path / "codebook.yaml")
    assert (e.line, e.fix) == (n, 'put the whole value in quotes: - "includes: access to care: '
                                  'emergency and primary"')


def test_a_colon_on_a_continuation_line_names_it_and_the_item_to_quote(tmp_path):
    old = ("        providers, no data sharing with immigration authorities, no enforcement at "
           "or near")
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, old.replace("sharing with", "sharing: with"))
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n
    assert e.fix.startswith(f'put the whole value, from line {n - 1}, in quotes: - "firewalls '
                            'between')


def test_a_colon_in_an_example_quote_quotes_the_value_after_its_key(tmp_path):
    old = "        quote: Urgent medical care should never be withheld due to the inability to pay."
    new = old.replace("withheld due to", "withheld due to: ")
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, new)
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n
    assert e.fix == ('put the whole value in quotes: quote: "Urgent medical care should never '
                     'be withheld due …"')


def test_a_quote_that_starts_with_a_quoted_phrase_suggests_the_other_quotes(tmp_path):
    old = "        quote: Urgent medical care should never be withheld due to the inability to pay."
    new = old.replace("Urgent medical care", '"Urgent medical care"')
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, new)
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n and "text after a closing quote" in e.message
    assert e.fix.startswith("put the whole value in the other quotes: quote: '\"Urgent medical "
                            "care\" should")


def test_a_one_line_item_with_a_colon_is_a_mapping_the_message_says_to_quote(tmp_path):
    old = "      - cultural or health mediators, navigators, intermediaries between migrants and services"
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, old.replace("mediators,", "mediators:"))
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n
    assert e.message.startswith("areas -> 1 -> include -> 2: Input should be a valid string, not "
                                "`key: value`")
    assert "put the whole text in quotes" in e.message


def test_a_key_without_its_colon_in_a_list_of_mappings_names_that_line(tmp_path):
    # in `examples:` (a list of doc/locator/quote mappings) a line with no ':' is the mistake
    n = _break(HEALTH, tmp_path / "codebook.yaml", "        locator: para. 26",
               "        locator para. 26")
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n and e.fix.startswith("add ': ' after the key")


def test_another_codebook_and_the_cli_report_the_line_and_the_fix(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(LABOUR.parent.parent, root, ignore=shutil.ignore_patterns("build"))
    cb = root / "annotations" / "codebook.yaml"
    lines = cb.read_text(encoding="utf-8").split("\n")
    i = next(k for k, line in enumerate(lines) if re.fullmatch(r" {6}- [a-z][^:]*", line)
             and re.match(r" {8}\S", lines[k + 1]) and ":" not in lines[k + 1])
    first = lines[i].split()[1]
    lines[i] = lines[i].replace(first, first + ":", 1)
    cb.write_text("\n".join(lines), encoding="utf-8")
    open_project(root)
    r = runner.invoke(app, ["--project", str(root), "areas", "list"])
    assert r.exit_code == 1
    assert f"codebook.yaml, line {i + 1}: invalid YAML: a colon followed by a space" in r.stderr
    assert f'put the whole item in quotes: - "{first}: ' in r.stderr


def test_a_framework_file_reports_the_line_and_the_fix(tmp_path):
    fw = REPO / "indicators" / "framework.yaml"
    old = "  title: Equality of access"
    n = _break(fw, tmp_path / "framework.yaml", old, "  title: Equality of access: enrolment")
    with pytest.raises(InputError) as e:
        load_framework(tmp_path / "framework.yaml")
    assert e.value.line == n
    assert e.value.fix == 'put the whole value in quotes: title: "Equality of access: enrolment"'


def test_every_missing_field_of_a_codebook_is_named_with_its_line(tmp_path):
    # a researcher's trial (session 43): of two fields missing, only the first was named, with
    # "(and 1 more problem(s))"
    from corpus_tool.codebook import load_codebook
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "p")
    project.codebook_path.write_text(
        "version: 1\ntitle: T\nareas:\n  - id: equal-pay\n    definition: Pay.\n"
        "  - id: care\n    name: Care\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_codebook(project)
    text = str(e.value)
    assert "areas -> 0 -> name: Field required" in text
    assert "also areas -> 1 -> definition: Field required (line 6)" in text


def test_a_bracket_never_closed_is_named_on_its_own_line(tmp_path):
    # a researcher's trial (session 43): an unclosed '[' in a codebook's seed terms was reported
    # on the line after it
    path = tmp_path / "codebook.yaml"
    path.write_text("version: 1\nareas:\n  - id: a\n    name: A\n    seed_terms: [pay, wage\n"
                    "    definition: x\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_yaml(path)
    assert e.value.line == 5 and "a '[' opened on this line is not closed" in str(e.value)


def test_a_quote_not_closed_names_the_line_it_opened_not_the_next_quoted_value(tmp_path):
    # trial 22: an unclosed title was reported 18 lines below, at the next quoted value
    fw = REPO / "indicators" / "framework.yaml"
    old = "    title: Enrolment without documentary or residence-status barriers"
    n = _break(fw, tmp_path / "framework.yaml", old, old.replace("title: ", "title: '"))
    with pytest.raises(InputError) as e:
        load_framework(tmp_path / "framework.yaml")
    assert e.value.line == n
    assert "the quote opened on this line is not closed" in e.value.message
    assert e.value.fix == ("end the value with its quote: title: 'Enrolment without documentary "
                           "or residence-status barriers'")


def test_a_quote_never_closed_names_the_line_it_opened(tmp_path):
    lines = ["id: framework", "areas:", "- id: justice", "  indicators:", "  - id: j-reparation",
             '    title: "Compensation and reparation for victims',
             "    question: Can victims claim compensation?", ""]
    (tmp_path / "framework.yaml").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_framework(tmp_path / "framework.yaml")
    assert e.value.line == 6 and "never closed" in e.value.message
    assert e.value.fix == ('end the value with its quote: '
                           'title: "Compensation and reparation for victims"')


def test_one_run_names_every_line_with_a_colon_to_quote(tmp_path):
    # a researcher's trial 29 (P13): `init --codebook` named the first of two such lines, and
    # the second took another run
    path = tmp_path / "codebook.yaml"
    shutil.copy(HEALTH, path)
    quote = "        quote: Urgent medical care should never be withheld due to the inability to pay."
    outreach = "      - outreach, mobile health services, community health workers, transport and"
    n1 = _break(path, path, quote, quote.replace("withheld due to", "withheld due to: "))
    n2 = _break(path, path, outreach, outreach.replace("outreach,", "outreach:"))
    n3 = _break(path, path, FIREWALLS,
                FIREWALLS.replace("firewalls between", "firewalls: no reporting between"))
    e = _error(path)
    assert e.line == n1 and e.message.endswith("(and on 2 more lines)")
    assert f'line {n2}: put the whole item in quotes: - "outreach: mobile' in e.fix
    assert f'line {n3}: put the whole item in quotes: - "firewalls: no reporting' in e.fix
    # a file with one such line says nothing more
    shutil.copy(HEALTH, path)
    _break(path, path, outreach, outreach.replace("outreach,", "outreach:"))
    assert "more line" not in _error(path).message and "; line" not in _error(path).fix


def test_a_tab_in_the_indentation_says_to_use_spaces(tmp_path):
    # a researcher's trial 30 (P10): "found character '\t' that cannot start any token (check
    # indentation and quoting …)" did not say that YAML wants spaces
    old = "      - outreach, mobile health services, community health workers, transport and"
    n = _break(HEALTH, tmp_path / "codebook.yaml", old, "\t" + old.lstrip())
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n and "a tab" in e.message and "spaces" in e.fix


def test_a_misspelt_key_above_its_list_is_said_at_the_keys_line(tmp_path):
    """Trial 44 (P9): "seed_term:" above its list of terms was said to be on the list's first
    line, one below the mistake."""
    lines = HEALTH.read_text(encoding="utf-8").split("\n")
    n = lines.index("    seed_terms:") + 1
    lines[n - 1] = "    seed_term:"
    (tmp_path / "codebook.yaml").write_text("\n".join(lines), encoding="utf-8")
    e = _error(tmp_path / "codebook.yaml")
    assert e.line == n and "seed_term" in e.message, (e.line, n, e.message)
    # and the key meant (trial 45, P13: pydantic's "Extra inputs are not permitted" alone)
    assert e.fix == "did you mean 'seed_terms'?"
