"""A suggestion joins a coded group only when it shares a term with it (researchers' trials 30
and 31, P4 and P6: the CRC's Art. 37 on torture and deprivation of liberty was drafted as a
source of "free and compulsory primary education", status `ok`). Texts: the CRC (1989), Arts.
28(1)(a), 28(1)(b), 37(a), 28(1)(d) and others; the vectors are set by hand (a fake embedder) so that
meaning alone would put every suggestion in the group."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.suggested import common_stems, shares_term

FREE = ("un-crc-1989", "Make primary education compulsory and available free to all;")
SECONDARY = ("un-crc-1989", "Encourage the development of different forms of secondary "
             "education, including general and vocational education, make them available and "
             "accessible to every child, and take appropriate measures such as the introduction "
             "of free education and offering financial assistance in case of need;")
TORTURE = ("un-crc-1989", "No child shall be subjected to torture or other cruel, inhuman or "
           "degrading treatment or punishment.")


# other provisions of the CRC, coded under another indicator of the area, far in meaning: they
# make "child" a term most of the evidence holds
OTHERS = ["States Parties recognize that every child has the inherent right to life.",
          "The child shall be registered immediately after birth and shall have the right from "
          "birth to a name, the right to acquire a nationality.",
          "States Parties undertake to respect the right of the child to preserve his or her "
          "identity, including nationality, name and family relations.",
          "States Parties shall assure to the child who is capable of forming his or her own "
          "views the right to express those views freely in all matters affecting the child.",
          "The child shall have the right to freedom of expression.",
          "States Parties shall respect the right of the child to freedom of thought, conscience "
          "and religion.",
          "States Parties recognize the rights of the child to freedom of association and to "
          "freedom of peaceful assembly.",
          "No child shall be subjected to arbitrary or unlawful interference with his or her "
          "privacy, family, home or correspondence."]


def _embed(texts):     # meaning alone would put every suggestion in the education group
    return np.asarray([[0.0, 1.0, 0.0] if "civil" in t or any(o in t for o in OTHERS)
                       else [1.0, 0.0, 0.0] for t in texts], dtype=np.float64)


def _ev(case, k, *, kind="annotation", indicator="acc-free-primary") -> Evidence:
    doc, text = case
    return Evidence(area="access", doc_id=doc, quote=text, text=text, start=1000 * k,
                    end=1000 * k + len(text), strength="obligation", aim="make",
                    indicator=indicator if kind == "annotation" else "", kind=kind,
                    creator="coder" if kind == "annotation" else "",
                    annotation_id=f"{doc}:coder:{k}" if kind == "annotation" else "",
                    score=0.9 if kind == "suggestion" else None,
                    model_id="test" if kind == "suggestion" else "", statement_id=f"{doc}:s{k}")


def _suggested(groups):
    return sorted(e.text[:30] for g in groups for e in g.items if e.kind == "suggestion")


def test_a_suggestion_sharing_no_term_joins_no_group():
    coded = [_ev(FREE, 1), _ev(SECONDARY, 2)] + [
        _ev(("un-crc-1989", t), 10 + k, indicator="acc-civil-rights") for k, t in enumerate(OTHERS)]
    offered = [_ev(TORTURE, 3, kind="suggestion")]
    # "child" is no term the group shares with it: most of the evidence holds it
    assert _suggested(group_by_meaning(coded + offered, _embed, cover=False)) == []
    offered.append(_ev(("un-crc-1989", "Make educational and vocational information and "
                                       "guidance available and accessible to all children;"), 5,
                       kind="suggestion"))
    assert _suggested(group_by_meaning(coded + offered, _embed, cover=False)) == [
        "Make educational and vocationa"]
    # by meaning alone (the rule before) both joined
    assert len(_suggested(group_by_meaning(coded + offered, _embed, cover=False,
                                           shared_terms=False))) == 2


def test_a_term_most_of_the_evidence_holds_is_shared_by_no_provision():
    texts = [f"States Parties shall ensure that every child {w} …" for w in (
        "attends school", "is registered", "has a name", "is fed", "is housed", "is heard",
        "plays", "rests", "is protected", "is vaccinated")]
    common = common_stems(texts)
    assert {"states", "child"} <= common     # ("parties", "ensure": stop words)
    group = [_ev(("x", texts[0]), 1)]
    assert not shares_term(group, _ev(("x", texts[1]), 2, kind="suggestion"), common)
    assert shares_term(group, _ev(("x", "Primary school shall be free."), 3, kind="suggestion"),
                       common)
