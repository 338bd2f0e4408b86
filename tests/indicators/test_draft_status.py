"""The residence-status condition ('regardless of residence status') goes into a draft's title,
question and levels only when the statements that say it say it of what the title names.

examples/political-participation drafted "Adoption of strategies regardless of residence status"
("Has the country adopted strategies regardless of residence status?", a top level "covering all
girls and women concerned, whatever their residence status"): one of its three sources says
"irrespective of their migration status", of migrant workers' self-organisation, none of the
strategies. The quotes are the example's corpus (CEDAW General Recommendation No. 23, paras. 32
and 47(b); CMW General Comment No. 2, para. 65; CRC/CMW Joint General Comment No. 4/23)."""
from __future__ import annotations

import json
from pathlib import Path

from corpus_tool.indicators.draft import Evidence, draft_framework
from corpus_tool.indicators.phrasing.groups import status_said_of
from corpus_tool.models import CodebookArea

ADDED = (Path(__file__).resolve().parent.parent.parent / "examples" / "political-participation"
         / "corpus" / "added")
STRATEGIES = ("Encourage non-governmental organizations and public and political associations to "
              "adopt strategies that encourage women’s representation and participation in their "
              "work.")
PARTIES = ("Political parties should be encouraged to adopt effective measures, including the "
           "provision of information, financial and other resources, to overcome obstacles to "
           "women’s full participation")
SELF_ORGANISATION = ("States parties shall ensure these rights, including the right to collective "
                     "bargaining, encourage self-organization among migrant workers, irrespective "
                     "of their migration status")
HEALTH = ("Every migrant child should have access to health care equal to that of nationals, "
          "regardless of their migration status.")
AREA = [CodebookArea(id="implementation", name="Implementation",
                     definition="How the State supports participation in public life.")]


def _in_example(*quotes: str) -> None:
    texts = " ".join(" ".join(json.dumps(json.loads(p.read_text(encoding="utf-8")),
                                         ensure_ascii=False).split())
                     for p in ADDED.glob("*.json"))
    for q in quotes:
        assert q in texts, q[:60]


def _ev(text: str, doc: str) -> Evidence:
    return Evidence(area="implementation", doc_id=doc, quote=text, text=text,
                    strength="recommendation", indicator="implementation-support")


def _only_indicator(texts_docs):
    fw = draft_framework([_ev(t, d) for t, d in texts_docs], areas=AREA, docs={}, topics=[])
    [ind] = fw.indicators()
    return ind


def test_the_status_said_of_another_provision_stays_out_of_title_question_and_levels():
    _in_example(STRATEGIES, PARTIES, SELF_ORGANISATION)
    ind = _only_indicator([(STRATEGIES, "cedaw-gr23"), (PARTIES, "cedaw-gr23"),
                           (SELF_ORGANISATION, "cmw-gc2")])
    said = " ".join([ind.title, ind.question] + [lv.description for lv in ind.scale.levels])
    assert "status" not in said.lower(), said


def test_the_status_said_of_the_titled_provision_is_kept():
    ind = _only_indicator([(HEALTH, "jgc-4-23"), (HEALTH.replace("Every migrant child", "Every "
                                                                 "child"), "crc-gc15")])
    assert ind.title.endswith("regardless of residence status"), ind.title
    assert any("whatever their residence status" in lv.description for lv in ind.scale.levels)


def test_a_title_naming_only_people_is_no_provision_the_status_is_said_of():
    assert status_said_of("Access to health care", [HEALTH])
    assert not status_said_of("Adoption of strategies that encourage women's participation",
                              [SELF_ORGANISATION])        # 'encourage': a word of provision
    assert not status_said_of("Migrant workers", [SELF_ORGANISATION])
    assert not status_said_of("Adoption of strategies", [SELF_ORGANISATION])
