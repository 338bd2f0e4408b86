"""`corpus-tool statements` on a throw-away project holding real reference-corpus documents
(copied from the repository's corpus/), rules pipeline so the run stays fast."""
from __future__ import annotations

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.project import MANIFEST_FIELDS, init_project
from corpus_tool.statements.evaluate import split_label

DOCS = ("un-crc-1989", "cerd-gr30-2004")


@pytest.fixture(scope="module")
def project(tmp_path_factory, repo_root):
    root = tmp_path_factory.mktemp("stmt-cli")
    project = init_project(root)
    with open(repo_root / "corpus" / "manifest.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["id"] in DOCS]
    assert {r["id"] for r in rows} == set(DOCS)
    for r in rows:
        dest = project.corpus_dir / r["path"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(repo_root / "corpus" / r["path"], dest)
    with open(project.manifest_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    res = CliRunner().invoke(app, ["ingest", "--project", str(root), "--workers", "1", "--json"])
    assert res.exit_code == 0, res.output
    return root


def run(*args):
    return CliRunner().invoke(app, ["statements", *args])


def test_list_json_runs_stage_and_filters(project):
    res = run("--project", str(project), "--pipeline", "rules", "--json")
    assert res.exit_code == 0, res.stderr
    rows = json.loads(res.stdout)
    ids = {r["id"] for r in rows}
    assert {"un-crc-1989:art-28-1:s1", "un-crc-1989:art-28-1-a:s1"} <= ids
    a = next(r for r in rows if r["id"] == "un-crc-1989:art-28-1-a:s1")
    assert (a["strength"], a["actor"], a["deontic"]) == ("obligation", "States Parties", "shall")
    assert a["locator"] == "Art. 28(1)(a)" and a["doc_id"] == "un-crc-1989"
    assert set(a) == {"id", "doc_id", "passage_id", "page", "locator", "start", "end", "text",
                      "actor", "deontic", "strength", "aim", "object", "condition",
                      "beneficiaries"}
    # no statements from the Dutch half, the preamble or the final clauses
    assert not any(":preamble" in i for i in ids)
    assert not any("ratification" in r["text"] for r in rows)
    # CERD GR 30: the measures listed after the chapeau are recommendations to States parties
    cerd = [r for r in rows if r["passage_id"] == "cerd-gr30-2004:para-7"]
    assert cerd and cerd[0]["strength"] == "recommendation"
    assert "non-citizens" in cerd[0]["beneficiaries"]

    res = run("--project", str(project), "--pipeline", "rules", "--doc", "un-crc-1989",
              "--strength", "prohibition", "--json")
    sub = json.loads(res.stdout)
    assert sub and all(r["strength"] == "prohibition" and r["doc_id"] == "un-crc-1989"
                       for r in sub)
    res = run("--project", str(project), "--pipeline", "rules", "--beneficiary", "non-citizens",
              "--json")
    assert all("non-citizens" in r["beneficiaries"] for r in json.loads(res.stdout))


def test_show_and_human_output(project):
    run("--project", str(project), "--pipeline", "rules", "--json")
    res = run("show", "un-crc-1989:art-28-1-a:s1", "--project", str(project), "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["text"].startswith("a) Make primary education compulsory")
    res = run("--project", str(project), "--pipeline", "rules", "--doc", "un-crc-1989")
    assert res.exit_code == 0 and "statement(s); pipeline rules" in res.stdout


@pytest.mark.parametrize("args,message", [
    (["--strength", "mandatory"], "Error: unknown strength 'mandatory'"),
    (["--beneficiary", "aliens"], "Error: unknown beneficiary group 'aliens'"),
    (["--doc", "un-nope-2000"], "Error: no ingested document 'un-nope-2000'"),
    (["--pipeline", "fast"], "Error: unknown pipeline 'fast'"),
    (["show", "un-crc-1989:art-99:s1"], "Error: no statement 'un-crc-1989:art-99:s1'"),
    (["evaluate", "--gold", "missing.jsonl"], "Error: missing.jsonl: gold set not found"),
    (["evaluate", "--mode", "magic"], "Error: unknown --mode 'magic'"),
])
def test_bad_input(project, args, message):
    res = run(*args, "--project", str(project))
    assert res.exit_code == 1
    assert message in res.stderr


def test_no_passages_says_ingest_first(tmp_path):
    init_project(tmp_path)
    res = run("--project", str(tmp_path), "--json")
    assert res.exit_code == 1 and "run `corpus-tool ingest` first" in res.stderr


def test_evaluate_json(project, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Everyone has the right to education.",
                                "statement": True, "strength": "recognition",
                                "actor": "everyone", "beneficiaries": ["everyone"]}) + "\n",
                    encoding="utf-8")
    res = run("evaluate", "--gold", str(gold), "--mode", "rules", "--json")
    assert res.exit_code == 0, res.stderr
    [out] = json.loads(res.stdout)["sets"]
    assert out["splits"] == ["all", "dev", "test"]
    assert out["modes"]["rules"]["all"]["f1"] == 1.0
    assert out["modes"]["rules"]["all"]["actor_accuracy"] == 1.0


def test_evaluate_reports_each_gold_set_and_its_halves(project, tmp_path):
    """Several --gold files are reported separately; a set with `half` fields is split by them."""
    a, b = tmp_path / "ref.jsonl", tmp_path / "unseen.jsonl"
    a.write_text(json.dumps({"id": "g1", "text": "Everyone has the right to education.",
                             "statement": True, "strength": "recognition", "actor": "everyone",
                             "beneficiaries": ["everyone"]}) + "\n", encoding="utf-8")
    b.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "u1", "half": "dev", "text": "States Parties shall protect children.",
         "statement": True, "strength": "obligation", "actor": "States Parties",
         "beneficiaries": ["children"]},
        {"id": "u2", "half": "heldout", "text": "The Committee notes the report.",
         "statement": False}]), encoding="utf-8")
    res = run("evaluate", "--gold", str(a), "--gold", str(b), "--mode", "rules", "--json")
    assert res.exit_code == 0, res.stderr
    ref, unseen = json.loads(res.stdout)["sets"]
    assert ref["gold"].endswith("ref.jsonl") and ref["n"] == 1
    assert unseen["splits"] == ["all", "dev", "heldout"]
    assert unseen["modes"]["rules"]["dev"]["tp"] == 1
    assert unseen["modes"]["rules"]["heldout"]["n"] == 1
    assert unseen["modes"]["rules"]["heldout"]["fp"] == 0


def test_evaluate_labels_the_seen_and_the_fresh_held_out_halves(project, tmp_path):
    """The unseen gold's halves are reported apart, in the order they were drawn: every held-out
    half but the latest as seen ("heldout (seen)", "heldout2 (seen)"), the latest as fresh
    ("heldout3 (fresh)"), in --json and in the table; no list of names is needed for that."""
    gold = tmp_path / "unseen.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "u1", "half": "dev", "text": "States Parties shall protect children.",
         "statement": True, "strength": "obligation", "actor": "States Parties",
         "beneficiaries": ["children"]},
        {"id": "u2", "half": "heldout", "text": "The Committee notes the report.",
         "statement": False},
        {"id": "u3", "half": "heldout2", "text": "Member States may adopt guidelines.",
         "statement": True, "strength": "permission", "actor": "Member States",
         "beneficiaries": []},
        {"id": "u4", "half": "heldout3", "text": "Each Member shall designate the authority.",
         "statement": True, "strength": "obligation", "actor": "Member", "beneficiaries": []}]),
        encoding="utf-8")
    res = run("evaluate", "--gold", str(gold), "--mode", "rules", "--json")
    assert res.exit_code == 0, res.stderr
    [out] = json.loads(res.stdout)["sets"]
    assert out["splits"] == ["all", "dev", "heldout", "heldout2", "heldout3"]
    assert out["split_labels"] == {"all": "all", "dev": "dev (tuned on)",
                                   "heldout": "heldout (seen)", "heldout2": "heldout2 (seen)",
                                   "heldout3": "heldout3 (fresh)"}
    assert out["modes"]["rules"]["heldout2"]["n"] == 1
    assert out["modes"]["rules"]["heldout2"]["tp"] == 1
    assert out["modes"]["rules"]["heldout3"]["n"] == 1
    res = run("evaluate", "--gold", str(gold), "--mode", "rules")
    assert res.exit_code == 0, res.stderr
    assert "heldout2 (seen)" in res.stdout and "heldout3 (fresh)" in res.stdout
    assert "never tuned on" in res.stdout


def test_a_half_tuned_on_after_its_measurement_is_never_fresh():
    """heldout4 … heldout12 were each tuned on after their one measurement, before any later
    half was drawn: each is shown as seen although it is the latest; a later half is fresh."""
    assert split_label("heldout4", ["dev", "heldout3", "heldout4"]) == "heldout4 (seen)"
    assert split_label("heldout5", ["heldout4", "heldout5"]) == "heldout5 (seen)"
    assert split_label("heldout6", ["heldout5", "heldout6"]) == "heldout6 (seen)"
    assert split_label("heldout3", ["dev", "heldout3"]) == "heldout3 (fresh)"
    assert split_label("heldout7", ["heldout6", "heldout7"]) == "heldout7 (seen)"
    assert split_label("heldout8", ["heldout7", "heldout8"]) == "heldout8 (seen)"
    assert split_label("heldout9", ["heldout8", "heldout9"]) == "heldout9 (seen)"
    assert split_label("heldout10", ["heldout9", "heldout10"]) == "heldout10 (seen)"
    assert split_label("heldout11", ["heldout10", "heldout11"]) == "heldout11 (seen)"
    assert split_label("heldout12", ["heldout11", "heldout12"]) == "heldout12 (seen)"
    assert split_label("heldout13", ["heldout12", "heldout13"]) == "heldout13 (seen)"
    assert split_label("heldout14", ["heldout13", "heldout14"]) == "heldout14 (seen)"


def test_evaluate_with_locators_scores_units_as_the_stage_sees_them(tmp_path):
    """A recital of an EU act (heldout4, DMA recital 63) is a false alarm from its text alone
    and nothing with its reader's locator; `--locators` says so below the table."""
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(
        {"id": "u1", "half": "heldout4", "locator": "Recital 63",
         "text": "Gatekeepers should not demand additional fees when terminating contracts with "
                 "their end users or business users.", "statement": False}) + "\n",
        encoding="utf-8")
    plain = run("evaluate", "--gold", str(gold), "--mode", "rules", "--json")
    with_loc = run("evaluate", "--gold", str(gold), "--mode", "rules", "--json", "--locators")
    assert plain.exit_code == 0 and with_loc.exit_code == 0, plain.stderr + with_loc.stderr
    assert json.loads(plain.stdout)["sets"][0]["modes"]["rules"]["all"]["fp"] == 1
    [out] = json.loads(with_loc.stdout)["sets"]
    assert out["locators"] and out["modes"]["rules"]["all"]["fp"] == 0
    res = run("evaluate", "--gold", str(gold), "--mode", "rules", "--locators")
    assert "scored with locators" in res.stdout


def test_a_tenth_half_is_ranked_after_the_ninth():
    """heldout10 (drawn in session 12) is the latest half by its number, not by its spelling
    ("heldout10" < "heldout9"): heldout9 is seen beside it; heldout10 itself is seen since its
    measurement (tuned on in round 11), so the ranking shows on heldout40."""
    assert split_label("heldout9", ["heldout9", "heldout10"]) == "heldout9 (seen)"
    assert split_label("heldout40", ["heldout40", "heldout2", "dev"]) == "heldout40 (fresh)"
    assert split_label("heldout40", ["heldout9", "heldout40"]) == "heldout40 (fresh)"


def test_an_eleventh_half_is_fresh_and_makes_the_tenth_seen():
    """heldout11 (drawn in session 12, while heldout10 is measured and tuned on) is the latest
    half by its number: heldout10 and heldout9 are seen beside it; since its measurement it is
    seen itself (`TUNED_AFTER_MEASUREMENT`), and heldout40 is the fresh one beside it."""
    assert split_label("heldout10", ["heldout9", "heldout10", "heldout11"]) == "heldout10 (seen)"
    assert split_label("heldout11", ["heldout11", "heldout9", "dev"]) == "heldout11 (seen)"
    assert split_label("heldout11", ["heldout11", "heldout40"]) == "heldout11 (seen)"


def test_the_thirteenth_and_fourteenth_halves_are_seen_since_their_measurement():
    """heldout13 and heldout14 were measured once at 59ccaa3 and tuned on in round 13: seen even
    as the latest; heldout40 (a half drawn later) is fresh beside every earlier half."""
    assert split_label("heldout12", ["heldout11", "heldout12"]) == "heldout12 (seen)"
    assert split_label("heldout13", ["heldout13", "heldout12", "dev"]) == "heldout13 (seen)"
    assert split_label("heldout14", ["heldout13", "heldout14"]) == "heldout14 (seen)"
    assert split_label("heldout14", ["heldout14", "heldout9", "dev"]) == "heldout14 (seen)"
    assert split_label("heldout40", ["heldout13", "heldout14", "heldout40"]) == "heldout40 (fresh)"
    assert split_label("heldout13", ["heldout13", "heldout14", "heldout40"]) == "heldout13 (seen)"


def test_the_fifteenth_half_is_seen_since_its_measurement():
    """heldout15 was measured once at 67b43b0 and tuned on in round 14: seen even as the latest;
    heldout40 (a half drawn later) is fresh beside it and every earlier half."""
    assert split_label("heldout15", ["heldout14", "heldout15"]) == "heldout15 (seen)"
    assert split_label("heldout15", ["heldout15", "heldout9", "dev"]) == "heldout15 (seen)"
    assert split_label("heldout40", ["heldout14", "heldout15", "heldout40"]) == "heldout40 (fresh)"
    assert split_label("heldout15", ["heldout15", "heldout40"]) == "heldout15 (seen)"


def test_the_sixteenth_half_is_seen_since_its_measurement():
    """heldout16 was measured once at 5c31f1d and tuned on in round 15: seen even as the latest;
    heldout40 (a half drawn later) is fresh beside it."""
    assert split_label("heldout16", ["heldout15", "heldout16"]) == "heldout16 (seen)"
    assert split_label("heldout16", ["heldout16", "heldout2", "dev"]) == "heldout16 (seen)"
    assert split_label("heldout40", ["heldout16", "heldout40"]) == "heldout40 (fresh)"
    assert split_label("heldout16", ["heldout16", "heldout40"]) == "heldout16 (seen)"


def test_the_seventeenth_half_is_seen_since_its_measurement():
    """heldout17 was measured at dc21892 and at round 15's freeze (8060798) and tuned on in round
    16: seen even as the latest; heldout40 (a name here) is fresh beside it."""
    assert split_label("heldout17", ["heldout16", "heldout17"]) == "heldout17 (seen)"
    assert split_label("heldout17", ["heldout17", "heldout2", "dev"]) == "heldout17 (seen)"
    assert split_label("heldout40", ["heldout17", "heldout40"]) == "heldout40 (fresh)"
    assert split_label("heldout17", ["heldout17", "heldout40"]) == "heldout17 (seen)"


def test_the_eighteenth_half_is_seen_since_its_measurement():
    """heldout18 was measured at a2245c7 and at round 16's freeze (b2b5bb8), then one rule was
    written from it (a paragraph number glued to the subject): seen even as the latest; a later
    half (heldout40, a name here: no such half is in the gold yet) is fresh beside it."""
    assert split_label("heldout18", ["heldout17", "heldout18"]) == "heldout18 (seen)"
    assert split_label("heldout18", ["heldout18", "heldout2", "dev"]) == "heldout18 (seen)"
    assert split_label("heldout40", ["heldout18", "heldout40"]) == "heldout40 (fresh)"


def test_the_nineteenth_half_is_seen_since_its_measurement():
    """heldout19 was measured at main (b61445b) and at round 17's freeze, then round 18 was
    written from it (a flattened dash as a chapeau, a passive "undertaken"): seen even as the
    latest; a later half (heldout40) is fresh beside it."""
    assert split_label("heldout19", ["heldout18", "heldout19"]) == "heldout19 (seen)"
    assert split_label("heldout19", ["heldout19", "heldout2", "dev"]) == "heldout19 (seen)"
    assert split_label("heldout40", ["heldout19", "heldout40"]) == "heldout40 (fresh)"


def test_the_twentieth_half_is_seen_since_its_measurement():
    """heldout20 was measured at main (b61445b), at round 17's freeze and after round 18, then
    round 19 was written from it: seen even as the latest."""
    assert split_label("heldout20", ["heldout19", "heldout20"]) == "heldout20 (seen)"


def test_the_twenty_first_half_is_seen_since_its_measurement():
    """heldout21 was measured at main and after rounds 18 and 19, then round 20 was written from
    it: seen."""
    assert split_label("heldout21", ["heldout20", "heldout21"]) == "heldout21 (seen)"


def test_the_twenty_second_half_is_seen_since_its_measurement():
    """heldout22 was measured at main and after round 20, then round 21 was written from it:
    seen; heldout23, drawn after it and measured after round 21, is fresh beside it."""
    assert split_label("heldout22", ["heldout21", "heldout22"]) == "heldout22 (seen)"
    assert split_label("heldout23", ["heldout22", "heldout23"]) == "heldout23 (fresh)"


def test_the_twenty_fourth_half_is_seen_since_its_measurement():
    """heldout24 was measured at main d323126, then round 22 was written from it: seen, even
    as the latest half. heldout25, measured before and after round 22, then round 23 was written
    from it: seen."""
    assert split_label("heldout24", ["heldout23", "heldout24"]) == "heldout24 (seen)"
    assert split_label("heldout25", ["heldout24", "heldout25"]) == "heldout25 (seen)"


def test_the_twenty_sixth_half_is_seen_since_its_measurement():
    """heldout26 was measured at main 4d5799c and after round 23, then round 24 was written from
    it: seen, even as the latest half."""
    assert split_label("heldout26", ["heldout25", "heldout26"]) == "heldout26 (seen)"


def test_the_twenty_seventh_half_is_seen_since_its_measurement():
    """heldout27 was measured after rounds 23 and 24, then round 25 was written from it."""
    assert split_label("heldout27", ["heldout26", "heldout27"]) == "heldout27 (seen)"


def test_the_twenty_eighth_half_is_seen_since_its_measurement():
    """heldout28 was measured before and after round 25, then round 26 was written from it."""
    assert split_label("heldout28", ["heldout27", "heldout28"]) == "heldout28 (seen)"


def test_the_twenty_ninth_half_is_seen_since_its_measurement():
    """heldout29 was measured before and after round 26, then (session 17) round 27 was written
    from it: seen, even as the latest half."""
    assert split_label("heldout29", ["heldout28", "heldout29"]) == "heldout29 (seen)"


def test_the_thirtieth_half_is_seen_since_its_measurement():
    """heldout30 was measured before and after rounds 27 and 28, then (session 18) round 29 was
    written from it: seen, even as the latest half."""
    assert split_label("heldout30", ["heldout29", "heldout30"]) == "heldout30 (seen)"


def test_the_thirty_first_half_is_seen_since_its_measurement():
    """heldout31 was measured before and after round 29, then round 30 was written from it:
    seen, even as the latest half."""
    assert split_label("heldout31", ["heldout30", "heldout31"]) == "heldout31 (seen)"


def test_the_thirty_second_half_is_seen_since_its_measurement():
    """heldout32 was measured before and after round 30, then round 31 was written from it:
    seen, even as the latest half."""
    assert split_label("heldout32", ["heldout31", "heldout32"]) == "heldout32 (seen)"


def test_the_thirty_third_half_is_seen_since_its_measurement():
    """heldout33 was measured before and after round 31, then round 32 was written from it:
    seen, even as the latest half."""
    assert split_label("heldout33", ["heldout32", "heldout33"]) == "heldout33 (seen)"


def test_the_thirty_fourth_half_is_seen_since_its_measurement():
    """heldout34 was measured before and after round 32, then round 33 was written from it:
    seen, even as the latest half; a later half is fresh."""
    assert split_label("heldout34", ["heldout33", "heldout34"]) == "heldout34 (seen)"
    assert split_label("heldout40", ["heldout34", "heldout40"]) == "heldout40 (fresh)"


def test_the_thirty_fifth_half_is_seen_since_its_measurement():
    """heldout35 was measured before and after round 33, then round 34 was written from it:
    seen, even as the latest half."""
    assert split_label("heldout35", ["heldout34", "heldout35"]) == "heldout35 (seen)"


def test_the_latest_halves_drawn_together_are_fresh():
    """heldout40 and heldout41 (session 19, drawn together after heldout38 and heldout39 were
    measured): both fresh; heldout38, read for round 37, and heldout39 beside them are seen."""
    halves = ["heldout38", "heldout39", "heldout40", "heldout41"]
    assert [split_label(h, halves) for h in halves] == [
        "heldout38 (seen)", "heldout39 (seen)", "heldout40 (fresh)", "heldout41 (fresh)"]


def test_halves_drawn_together_are_fresh_until_read():
    """heldout38 and heldout39 were drawn in parallel in session 19, before either was measured:
    each was as fresh as the later one until heldout38 was read for round 37; heldout36 and
    heldout37, drawn together before them and read for rounds 35 and 36, are seen."""
    halves = ["heldout36", "heldout37", "heldout38", "heldout39"]
    assert split_label("heldout38", halves) == "heldout38 (seen)"
    assert split_label("heldout39", halves) == "heldout39 (fresh)"
    assert split_label("heldout36", halves) == "heldout36 (seen)"
    assert split_label("heldout37", ["heldout36", "heldout37"]) == "heldout37 (seen)"
    assert split_label("heldout38", [*halves, "heldout40"]) == "heldout38 (seen)"


def test_the_halves_tuned_on_after_their_measurement_in_session_27_are_seen():
    """heldout80 … heldout83, measured together once at 63bc07e and tuned on after it (3b9191e),
    are shown as seen although they are the latest halves."""
    halves = ["heldout79", "heldout80", "heldout81", "heldout82", "heldout83"]
    assert all(split_label(h, halves) == f"{h} (seen)" for h in halves)


def test_the_halves_tuned_on_after_their_measurement_in_session_28_are_seen():
    """heldout84 … heldout87 (measured together once at 222598a) and heldout88 … heldout91
    (at 475d640), their errors read after it, are shown as seen although they are the latest
    halves."""
    halves = ["heldout83", "heldout84", "heldout85", "heldout86", "heldout87", "heldout88",
              "heldout89", "heldout90", "heldout91"]
    assert all(split_label(h, halves) == f"{h} (seen)" for h in halves)
