"""The learned gate over the rules' verdict (`statements.gate`): its features, its decision,
the stage's hook, and the shipped file, which records the grouped cross-validation that chose
it (`scripts/train_statement_gate.py`)."""
from __future__ import annotations

import json

from corpus_tool.statements import gate as G, stage as S
from corpus_tool.statements.rules import Parts

OBLIGATION = "States Parties shall take all appropriate measures to ensure primary education."
# parsed (it has a cue and no filter applies), then dropped by the modality check: "may" of
# possibility with a thing as subject
EPISTEMIC = "Nationality laws may discriminate against women in several ways."


def _gate(intercept: float, rescue: bool = True) -> G.Gate:
    names = tuple(G.feature_names())
    return G.Gate(names, tuple(0.0 for _ in names), intercept, 0.5, rescue)


def test_the_shipped_file_records_its_training_and_cv():
    data = json.loads(G.MODEL_PATH.read_text(encoding="utf-8"))
    train = data["training_data"]
    assert set(train["units"]) == {"reference", "dev", "heldout", "heldout2", "heldout3"}
    assert "heldout4" not in json.dumps(train["units"]) and "heldout4" in train["never_read"]
    cv = data["cross_validation"]
    assert cv["scheme"].startswith("GroupKFold") and "rules alone" in cv["results"]
    best, rules = cv["results"][cv["chosen"]]["f1"], cv["results"]["rules alone"]["f1"]
    # a model ships exactly when the CV said it beats the rules
    assert (data["model"] is not None) == cv["beats_rules"] == (best > rules)
    assert (G.load_gate() is not None) == cv["beats_rules"]


def test_features_read_the_rules_and_the_parse(trained):
    seen = []

    def recorder(parts, x, rescue):
        seen.append((parts, dict(zip(G.feature_names(), x)), rescue()))
        return parts
    S.extract(OBLIGATION, pipeline=trained, gate=recorder)
    S.extract(EPISTEMIC, pipeline=trained, gate=recorder)
    (p1, f1, _), (p2, f2, alt2) = seen
    assert len(f1) == len(G.feature_names())
    assert f1["rules_obligation"] == 1 and f1["cue_shall"] == 1 and f1["subject_agent"] == 1
    assert f1["gov_dep_ROOT"] == 1 and f1["has_parse"] == 1
    # the epistemic "may": dropped in context by the rules, a permission without the checks
    assert not p2.statement and f2["raw_permission"] == 1 and f2["cues_dropped_in_context"] == 1
    assert f2["subject_thing"] == 1
    assert alt2.statement and alt2.strength == "permission"


def test_decide_vetoes_and_rescues(trained):
    stated = Parts(True, "obligation", "shall", "States Parties")
    dropped = Parts(False, reason="procedural")
    x = [0.0] * len(G.feature_names())
    assert G.decide(_gate(-5), stated, x, lambda: stated).reason == "gate"
    assert G.decide(_gate(5), stated, x, lambda: dropped) is stated
    assert G.decide(_gate(5), dropped, x, lambda: stated) is stated
    assert G.decide(_gate(5, rescue=False), dropped, x, lambda: stated) is dropped
    assert G.decide(_gate(-5), dropped, x, lambda: stated) is dropped


def test_the_stage_applies_a_gate_with_a_parse_only(trained):
    def veto_all(parts, x, rescue):
        return G.decide(_gate(-5), parts, x, rescue)

    def take_all(parts, x, rescue):
        return G.decide(_gate(5), parts, x, rescue)
    assert [d.parts.strength for d in S.extract(OBLIGATION, pipeline=trained, gate=None)] == \
        ["obligation"]
    assert S.extract(OBLIGATION, pipeline=trained, gate=veto_all) == []
    assert S.extract(EPISTEMIC, pipeline=trained, gate=None) == []
    assert [d.parts.strength for d in S.extract(EPISTEMIC, pipeline=trained,
                                                gate=take_all)] == ["permission"]
    rules = S.load_pipeline("rules")      # no parse: the rules alone, whatever the gate
    assert [d.parts.strength for d in S.extract(OBLIGATION, pipeline=rules,
                                                gate=veto_all)] == ["obligation"]
