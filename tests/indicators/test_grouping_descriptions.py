"""A suggestion joins the group its codebook describes, not only the one whose coded statements
it resembles (researchers' trials 32-34, P4 and P6: the GDPR's Art. 21(1), the right to object,
drafted under the right of access; its Art. 82(1), compensation, under the right to complain).

Texts: the GDPR (Regulation (EU) 2016/679), Arts. 15(1), 21(1)-(3), 77(1), 78(1), 82(1), and
Convention 108 (ETS 108), Art. 8(b); the indicators' names and definitions are trial 33's
codebook. The vectors are set by hand (a fake embedder): by their coded statements alone,
Art. 21(1) is nearer the access group."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.suggested import shares_term

GDPR, ETS108 = "eu-gdpr-2016", "coe-ets108-1981"
ACCESS = [(GDPR, "The data subject shall have the right to obtain from the controller "
                 "confirmation as to whether or not personal data concerning him or her are being "
                 "processed, and, where that is the case, access to the personal data."),
          (ETS108, "Any person shall be enabled to obtain at reasonable intervals and without "
                   "excessive delay or expense confirmation of whether personal data relating to "
                   "him are stored in the automated data file as well as communication to him of "
                   "such data in an intelligible form.")]
OBJECTION = [(GDPR, "Where personal data are processed for direct marketing purposes, the data "
                    "subject shall have the right to object at any time to processing of personal "
                    "data concerning him or her for such marketing."),
             (GDPR, "Where the data subject objects to processing for direct marketing purposes, "
                    "the personal data shall no longer be processed for such purposes.")]
ART_21_1 = (GDPR, "The data subject shall have the right to object, on grounds relating to his "
                  "or her particular situation, at any time to processing of personal data "
                  "concerning him or her which is based on point (e) or (f) of Article 6(1).")
DEFINED = [("data-subject-rights", "dsr-access", "Right of access to one's personal data. "
            "confirmation and a copy of the data, without excessive delay or expense"),
           ("data-subject-rights", "dsr-objection", "Right to object and to stop direct "
            "marketing. the person can object to processing, in particular for direct marketing")]

_E = np.eye(4)
VECTORS = {ACCESS[0][1]: [1.0, 0.6, 0.0, 0.0], ACCESS[1][1]: [1.0, -0.6, 0.0, 0.0],
           OBJECTION[0][1]: [0.0, 0.0, 1.0, 0.6], OBJECTION[1][1]: [0.0, 0.0, 1.0, -0.6],
           # nearer the access group's statements (0.74) than the objection group's (0.59)
           ART_21_1[1]: [0.75, 0.0, 0.6, 0.3],
           DEFINED[0][2]: list(_E[1]), DEFINED[1][2]: list(_E[3])}


def _embed(texts):
    return np.asarray([VECTORS.get(t, [0.0] * 4) for t in texts], dtype=np.float64)


def _ev(case, k, *, indicator="", kind="annotation") -> Evidence:
    doc, text = case
    coded = kind == "annotation"
    return Evidence(area="data-subject-rights", doc_id=doc, quote=text, text=text,
                    start=1000 * k, end=1000 * k + len(text), strength="obligation",
                    indicator=indicator, kind=kind, creator="coder" if coded else "",
                    annotation_id=f"{doc}:coder:{k}" if coded else "",
                    score=None if coded else 0.9, model_id="" if coded else "test",
                    statement_id=f"{doc}:s{k}")


def _joined(groups) -> dict[str, str]:
    return {e.text[:40]: g.hint for g in groups for e in g.items if e.kind == "suggestion"}


def test_a_suggestion_joins_the_group_its_codebook_description_names():
    coded = [_ev(c, k, indicator="dsr-access") for k, c in enumerate(ACCESS)] + [
        _ev(c, 10 + k, indicator="dsr-objection") for k, c in enumerate(OBJECTION)]
    offered = [_ev(ART_21_1, 20, kind="suggestion")]
    got = group_by_meaning(coded + offered, _embed, cover=False, defined=DEFINED)
    assert _joined(got) == {ART_21_1[1][:40]: "dsr-objection"}
    # by the groups' statements alone (the rule before), the right of access took it
    before = group_by_meaning(coded + offered, _embed, cover=False, defined=DEFINED,
                              define_weight=None)
    assert _joined(before) == {ART_21_1[1][:40]: "dsr-access"}


def test_a_suggestion_nearest_an_indicator_nobody_coded_joins_no_other():
    coded = [_ev(c, k, indicator="dsr-access") for k, c in enumerate(ACCESS)]
    offered = [_ev(ART_21_1, 20, kind="suggestion")]
    got = group_by_meaning(coded + offered, _embed, cover=False, defined=DEFINED)
    assert _joined(got) == {}
    before = group_by_meaning(coded + offered, _embed, cover=False, defined=DEFINED,
                              define_weight=None)
    assert _joined(before) == {ART_21_1[1][:40]: "dsr-access"}
    # without a description of the right to object, the access group takes it as before
    alone = group_by_meaning(coded + offered, _embed, cover=False, defined=DEFINED[:1])
    assert _joined(alone) == {ART_21_1[1][:40]: "dsr-access"}


def test_a_term_of_the_indicators_description_is_shared_with_its_group():
    remedy = [_ev((GDPR, "Each data subject shall have the right to an effective judicial "
                         "remedy against a legally binding decision of a supervisory "
                         "authority concerning them."), 1, indicator="ovr-judicial-remedy")]
    damages = _ev((GDPR, "Any person who has suffered material or non-material damage as a "
                         "result of an infringement of this Regulation shall have the right "
                         "to receive compensation from the controller or processor for the "
                         "damage suffered."), 2, kind="suggestion")
    common = frozenset({"right", "shall", "data", "subject"})
    assert not shares_term(remedy, damages, common)
    assert shares_term(remedy, damages, common,
                       "Effective judicial remedy and compensation. courts can award damages")
