"""Loose annotations of different instruments that name one rare subject are brought nearer when
they are grouped (issue 15: passages of one provision share a subject, not words or an aim).

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
the European Social Charter (1961), Part I, 12, and ILO C118, Art. 3(1), both on social security
in other words; the filler passages are ILO C088 Art. 1(1) numbered apart. Meaning vectors are set
by hand (a fake embedder) so that the cosines are known."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.structure import sibling_labels
from corpus_tool.indicators.phrasing.subjects import SUBJECT_BONUS, rare_subjects

ESC = ("coe-esc-1961", "All workers and their dependents have the right to social security.")
C118 = ("ilo-c118-1962", "Each Member for which this Convention is in force shall grant within "
        "its territory to the nationals of any other Member for which the Convention is in force "
        "equality of treatment under its legislation with its own nationals, both as regards "
        "coverage and as regards the right to benefits, in respect of every branch of social "
        "security for which it has accepted the obligations of the Convention.")
C088 = ("ilo-c088-1948", "Each Member of the International Labour Organisation for which this "
        "Convention is in force shall maintain or ensure the maintenance of a free public "
        "employment service.")
FILLERS = 18          # 2 of 20 passages name social security: a tenth, rare enough
_C = 0.21             # meaning cosine of ESC and C118: under the bar (0.235) by less than the bonus


def _vectors() -> dict[str, list[float]]:
    n = 2 + FILLERS
    out = {ESC[1]: [1.0] + [0.0] * (n - 1),
           C118[1]: [_C, np.sqrt(1 - _C ** 2)] + [0.0] * (n - 2)}
    for k in range(FILLERS):
        out[_filler(k)] = [0.0] * (2 + k) + [1.0] + [0.0] * (n - 3 - k)
    return out


def _filler(k: int) -> str:
    return f"{k + 1}. {C088[1]}"


def _embed(texts):
    table = _vectors()
    return np.asarray([table[t] for t in texts], dtype=np.float64)


def _coded(doc: str, text: str, k: int, area: str = "workers-rights") -> Evidence:
    return Evidence(area=area, doc_id=doc, quote=text, text=text, start=0, end=len(text),
                    strength="obligation", indicator=f"lab-id-{k}", creator="coder-l",
                    annotation_id=f"{doc}:coder-l:{k}", statement_id=f"{doc}:s{k}",
                    locator=f"Art. {k}")


def _evidence(esc_doc: str = ESC[0]) -> list[Evidence]:
    fillers = [_coded(C088[0], _filler(k), 10 + k, area="general-support")
               for k in range(FILLERS)]
    return [_coded(esc_doc, ESC[1], 1), _coded(C118[0], C118[1], 2), *fillers]


def _together(groups) -> bool:
    return any({ESC[1], C118[1]} <= {e.quote for e in g.items} for g in groups)


def test_a_subject_few_passages_name_is_rare_and_one_most_name_is_not():
    texts = [ESC[1], C118[1]] + [_filler(k) for k in range(FILLERS)]
    rare = rare_subjects(texts)
    assert "social security" in rare[0] and "social security" in rare[1]
    assert all("social security" not in r for r in rare[2:])
    assert "employment service" not in rare[2]        # all 18 fillers name it
    assert "social security" not in rare_subjects(texts, max_share=0.05)[0]  # 2 of 20 > 5 %


def test_passages_of_two_instruments_naming_one_rare_subject_group_together():
    kw = dict(use_hints=False, cover=False, words_weight=0.0)
    assert not _together(group_by_meaning(_evidence(), _embed, subject_bonus=0.0, **kw))
    assert _together(group_by_meaning(_evidence(), _embed, **kw))
    # the bonus is for different instruments only: one document's two passages stay apart
    assert not _together(group_by_meaning(_evidence(esc_doc=C118[0]), _embed, **kw))


def test_the_bonus_raises_the_cosine_of_subject_pairs_by_its_amount():
    v = np.asarray([[1.0, 0.0], [_C, np.sqrt(1 - _C ** 2)]])
    docs, locs = [ESC[0], C118[0]], ["Part I, 12", "Art. 3(1)"]
    shared = [frozenset({"social security"}), frozenset({"social security", "benefit"})]
    assert sibling_labels(v, docs, locs, threshold=0.235) == [0, 1]
    assert sibling_labels(v, docs, locs, threshold=0.235, subjects=shared) == [0, 0]
    assert sibling_labels(v, docs, locs, threshold=_C + SUBJECT_BONUS + 0.001,
                          subjects=shared) == [0, 1]
    apart = [frozenset({"social security"}), frozenset({"benefit"})]
    assert sibling_labels(v, docs, locs, threshold=0.235, subjects=apart) == [0, 1]
