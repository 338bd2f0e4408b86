"""`corpus-tool annotations agreement` on real text of the CRC (reference corpus): which units
each figure is computed on, and what the tables say. Expected figures are worked by hand."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app

from tests.coding.conftest import small_project

runner = CliRunner()
ART_3_1 = "the best interests of the child shall be a primary consideration"
ART_7_1 = "The child shall be registered immediately after birth"
ART_9_1_S1 = ("States Parties shall ensure that a child shall not be separated from his or her "
              "parents against their will")
ART_9_1_S2 = ("Such determination may be necessary in a particular case such as one involving "
              "abuse or neglect of the child by the parents")
ART_9_1 = ("States Parties shall ensure that a child shall not be separated from his or her "
           "parents against their will, except when competent authorities subject to judicial "
           "review determine, in accordance with applicable law and procedures, that such "
           "separation is necessary for the best interests of the child. Such determination may "
           "be necessary in a particular case such as one involving abuse or neglect of the "
           "child by the parents, or one where the parents are living separately and a decision "
           "must be made as to the child's place of residence.")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return small_project(tmp_path_factory.mktemp("agree") / "p", ("un-crc-1989",))


def run(project, *args, ok=True):
    res = runner.invoke(app, [*args, "--project", str(project.root)])
    if ok:
        assert res.exit_code == 0, (res.stdout, res.stderr)
    return res


def add(project, coder, quote, area):
    run(project, "annotations", "add", "--doc", "un-crc-1989", "--quote", quote, "--area", area,
        "--coder", coder)


@pytest.fixture(scope="module")
def three_coders(project):
    """coder-a and coder-b code different sentences of CRC Art. 9(1) (and agree on Arts. 3(1)
    and 7(1)); coder-c codes the whole of Art. 9(1) as one stretch, and Art. 3(1)."""
    add(project, "coder-a", ART_9_1_S1, "diversity")
    add(project, "coder-b", ART_9_1_S2, "intercultural")
    for coder in ("coder-a", "coder-b", "coder-c"):
        add(project, coder, ART_3_1, "outcomes")
    for coder in ("coder-a", "coder-b"):
        add(project, coder, ART_7_1, "access")
    add(project, "coder-c", ART_9_1, "access")
    return project


def _pair(level: dict, a: str, b: str) -> dict:
    return next(p for p in level["pairwise"] if p["coders"] == [a, b])


def test_a_pairs_kappa_does_not_depend_on_a_third_coder(three_coders):
    # trial 16: coder-c's paragraph chained a's and b's separate sentences into one unit, and
    # a-b kappa fell from 1.0 (2 units) to 0.5 (3 units) with coder-c in the project.
    # By hand, a-b on their own codings: (outcomes, outcomes), (access, access): p_o = 1,
    # p_e = (1*1 + 1*1) / 2^2 = 0.5, kappa = 1.0 on 2 units.
    alone = json.loads(run(three_coders, "annotations", "agreement", "--coder", "coder-a",
                           "--coder", "coder-b", "--json").stdout)
    every = json.loads(run(three_coders, "annotations", "agreement", "--json").stdout)
    for rep in (alone, every):
        ab = _pair(rep["overall"], "coder-a", "coder-b")
        assert (ab["kappa"], ab["units"], ab["percent_agreement"]) == (1.0, 2, 1.0)
        assert ab["confusion"] == [{"coder-a": "access", "coder-b": "access", "units": 1},
                                   {"coder-a": "outcomes", "coder-b": "outcomes", "units": 1}]
    # a-c by hand: (diversity, access) on Art. 9(1), (outcomes, outcomes): p_o = 1/2,
    # p_e = 1/4, kappa = 1/3
    ac = _pair(every["overall"], "coder-a", "coder-c")
    assert (ac["kappa"], ac["units"]) == (0.3333, 2)
    # alpha keeps its units over all three coders: Art. 9(1) (diversity, intercultural,
    # access), Art. 3(1) (outcomes x3), Art. 7(1) (access, access, missing). Coincidences:
    # n = 8, n_c = diversity 1, intercultural 1, access 3, outcomes 3; D_o = 3 (Art. 9(1));
    # D_e = 8^2 - (1 + 1 + 9 + 9) = 44; alpha = 1 - 7 * 3 / 44 = 23/44
    assert every["overall"]["alpha"] == round(23 / 44, 4)
    assert every["units_coded_by_two_or_more"] == 3
    assert "over that pair's codings only" in every["method"]
    out = " ".join(run(three_coders, "annotations", "agreement").stdout.split())
    assert "alpha: units formed over the codings of all 3 coders compared" in out
    assert "kappa and agreement of a pair: units formed over that pair's codings only" in out


def test_the_table_shows_each_pairs_figures_says_why_one_is_undefined_and_who_coded_nothing(
        tmp_path):
    # trial 16: with three coders the kappa and agreement columns were empty (in --json only),
    # an undefined figure was a blank cell, and a coder who coded nothing in a document the
    # others coded was not mentioned
    project = small_project(tmp_path / "p", ("un-crc-1989", "coe-fcnm-1995"))
    for coder in ("coder-a", "coder-b", "coder-c"):
        add(project, coder, ART_3_1, "outcomes")
        add(project, coder, ART_7_1, "access")
    add(project, "coder-c", ART_9_1, "diversity")
    add(project, "coder-a", ART_9_1_S1, "diversity")
    run(project, "annotations", "add", "--doc", "coe-fcnm-1995", "--quote",
        "has the right to learn his or her minority language", "--area", "diversity",
        "--coder", "coder-b")
    run(project, "annotations", "add", "--doc", "coe-fcnm-1995", "--quote",
        "has the right to learn his or her minority language", "--area", "diversity",
        "--coder", "coder-a")
    rep = json.loads(run(project, "annotations", "agreement", "--json").stdout)
    assert rep["not_coded"] == [{"doc_id": "coe-fcnm-1995", "coders": ["coder-c"],
                                 "coded_by": ["coder-a", "coder-b"]}]
    # by hand: a-b units: Art. 3(1) (outcomes, outcomes), Art. 7(1) (access, access), FCNM
    # Art. 14(1) (diversity, diversity); a-c: Art. 3(1), Art. 7(1) and Art. 9(1) (diversity,
    # diversity); b-c: Art. 3(1) and Art. 7(1) only. All agree: alpha 1.0 and every overall
    # kappa 1.0. Per area `diversity`, b and c gave both their units "not coded to it":
    # p_e = 1, kappa undefined
    assert rep["overall"]["alpha"] == 1.0 and rep["overall"]["alpha_undefined"] is None
    assert [(p["coders"][1] if p["coders"][0] == "coder-a" else "b-c", p["units"], p["kappa"])
            for p in rep["overall"]["pairwise"]] == [("coder-b", 3, 1.0), ("coder-c", 3, 1.0),
                                                     ("b-c", 2, 1.0)]
    bc = _pair(rep["per_area"]["diversity"], "coder-b", "coder-c")
    assert (bc["kappa"], bc["units"], bc["percent_agreement"]) == (None, 2, 1.0)
    why = ("both coders gave every unit the same value (not coded to it): chance agreement is "
           "total")
    assert bc["kappa_undefined"] == why
    out = run(project, "annotations", "agreement", "--wide").stdout
    lines = [" ".join(x.split()) for x in out.splitlines()]
    assert ("Not coded: coder-c coded nothing in coe-fcnm-1995 (coded by coder-a, coder-b): "
            "missing values there, compared between the others only, not agreement.") \
        in " ".join(out.split())
    assert "area alpha pair units kappa agreement" in lines
    assert "coder-a–coder-b 3 1.0 1.0" in lines
    assert "overall 1.0 all 4" in lines
    assert "coder-b–coder-c 2 –* 1.0" in lines
    assert f"* diversity, coder-b–coder-c kappa undefined: {why}" in lines


def test_adjudication_keeps_each_coders_coding_and_the_consensus_out_of_agreement(tmp_path):
    # trial 16: an adjudicator's `annotations edit` of coder-b's coding replaced its area and
    # memo under coder-b's name (alpha rose to 1.0), and a `consensus` coder counted as a third
    # independent coder
    project = small_project(tmp_path / "p", ("un-crc-1989",))
    add(project, "coder-a", ART_3_1, "outcomes")
    add(project, "coder-a", ART_7_1, "access")
    add(project, "coder-b", ART_7_1, "access")
    b_id = json.loads(run(project, "annotations", "add", "--doc", "un-crc-1989", "--quote",
                          ART_3_1, "--area", "access", "--memo", "b: about access",
                          "--coder", "coder-b", "--json").stdout)["id"]
    before = json.loads(run(project, "annotations", "agreement", "--json").stdout)
    b_file = project.annotations_dir / "coder-b.jsonl"
    kept = b_file.read_text("utf-8")
    res = runner.invoke(app, ["annotations", "edit", b_id, "--area", "outcomes", "--memo",
                              "adjudicated", "--project", str(project.root)],
                        env={"CORPUS_TOOL_CODER": "coder-a"})
    assert res.exit_code == 1
    assert f"Error: {b_id} is coder-b's coding, and you code as coder-a: only its coder " \
           "changes it" in res.stderr
    assert "--exclude-coder consensus" in res.stderr and "--others" in res.stderr
    res = run(project, "annotations", "remove", b_id, "--coder", "coder-a", ok=False)
    assert res.exit_code == 1 and "is coder-b's coding" in res.stderr
    assert b_file.read_text("utf-8") == kept
    # the adjudication: a consensus coder's coding beside the coders' own, left out of agreement
    add(project, "consensus", ART_3_1, "outcomes")
    after = json.loads(run(project, "annotations", "agreement", "--exclude-coder", "consensus",
                           "--json").stdout)
    assert after["coders"] == ["coder-a", "coder-b"]
    assert after["overall"] == before["overall"]
    assert after["overall"]["percent_agreement"] == 0.5       # Art. 7(1) agrees, Art. 3(1) not
    res = run(project, "annotations", "agreement", "--exclude-coder", "consensu", ok=False)
    assert res.exit_code == 1 and "no annotation by 'consensu' (did you mean 'consensus'?)" \
        in res.stderr
    # --others changes it all the same, and says that it still reads as coder-b's
    res = run(project, "annotations", "edit", b_id, "--area", "outcomes", "--coder", "coder-a",
              "--others")
    assert "is coder-b's coding, changed by coder-a: it still carries coder-b's name" \
        in res.stderr
    res = run(project, "annotations", "remove", b_id, "--coder", "coder-b")
    assert res.stdout.strip() == f"Removed {b_id}"
