"""The suggestions an indicator of the framework holds keep their places as the corpus grows.

A researcher's trial 36 (P2): after a document was added, the European Social Charter's
Art. 7(1), 7(2) and 7(8) (the minimum age of admission to employment, night work of those under
18) took the suggested places of "Prohibition of age discrimination in employment", and three
ADEA prohibitions the framework held went stale, the ADEA unchanged (trial 34, P5: the
European Code of Social Security took ILO C102's places alike). Drafting put documents the
group did not cite first; what the framework holds now comes before them. The texts are the
ADEA's (29 U.S.C. 623) and the Charter's; the vectors are set by hand (a fake embedder) so that
meaning puts every suggestion in the group."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning

CODED = [("us-adea-1967", "It shall be unlawful for an employer to fail or refuse to hire or to "
          "discharge any individual because of such individual's age;"),
         ("us-adea-1967", "It shall be unlawful for an employer, labor organization, or "
          "employment agency to print a notice or advertisement relating to employment "
          "indicating any preference based on age.")]
HELD = [("us-adea-1967", "It shall be unlawful for an employment agency to fail or refuse to "
         "refer for employment any individual because of such individual's age."),
        ("us-adea-1967", "It shall be unlawful for a labor organization to limit, segregate, or "
         "classify its membership because of such individual's age."),
        ("us-adea-1967", "All personnel actions affecting employees or applicants for employment "
         "who are at least 40 years of age shall be made free from any discrimination based on "
         "age.")]
NEW = [("coe-esc-revised-1996", "to provide that the minimum age of admission to employment "
        "shall be 15 years;"),
       ("coe-esc-revised-1996", "to provide that the minimum age of admission to employment "
        "shall be 18 years with respect to prescribed occupations regarded as dangerous;"),
       ("coe-esc-revised-1996", "to provide that persons under 18 years of age shall not be "
        "employed in night work;")]


def _embed(texts):
    return np.asarray([[1.0, 0.0] for _ in texts], dtype=np.float64)


def _ev(case, k, kind) -> Evidence:
    doc, text = case
    coded = kind == "annotation"
    return Evidence(area="equality", doc_id=doc, quote=text, text=text, start=1000 * k,
                    end=1000 * k + len(text), strength="prohibition", kind=kind,
                    indicator="eq-employment" if coded else "", creator="coder" if coded else "",
                    annotation_id=f"a{k}" if coded else "", score=None if coded else 0.9,
                    model_id="" if coded else "test", statement_id=f"{doc}:s{k}")


def _suggested(incumbents):
    evidence = [_ev(c, k, "annotation") for k, c in enumerate(CODED)] + [
        _ev(c, k, "suggestion") for k, c in enumerate(HELD + NEW, start=10)]
    groups = group_by_meaning(evidence, _embed, max_suggested=3, cover=False,
                              incumbents=incumbents, join_quantile=None, define_weight=None)
    [g] = [g for g in groups if g.hint == "eq-employment"]
    return sorted(e.doc_id for e in g.items if e.kind == "suggestion")


def test_the_suggestions_the_framework_holds_keep_their_places_before_a_new_document():
    assert _suggested(None) == ["coe-esc-revised-1996"] * 3          # unseen documents first
    held = {"eq-employment": frozenset(f"us-adea-1967:s{k}" for k in (10, 11, 12))}
    assert _suggested(held) == ["us-adea-1967"] * 3


def test_a_drafting_keeps_what_the_framework_drafted_before_holds():
    """The round trip: drafted before the Charter came, the framework holds the ADEA's
    suggestions (`held_suggestions`); drafted again with it, they stay, the Charter filling
    only a place left."""
    from corpus_tool.indicators.draft import draft_framework
    from corpus_tool.indicators.phrasing.suggested import held_suggestions
    from corpus_tool.models import CodebookArea
    areas = [CodebookArea(id="equality", name="Equality", definition="Equal treatment.")]
    coded = [_ev(c, k, "annotation") for k, c in enumerate(CODED)]
    held = [_ev(c, k, "suggestion") for k, c in enumerate(HELD, start=10)]
    new = [_ev(c, k, "suggestion") for k, c in enumerate(NEW, start=20)]

    def sources(evidence, incumbents=None):
        fw = draft_framework(evidence, areas=areas, docs={}, topics=[], embed=_embed,
                             incumbents=incumbents)
        [ind] = [i for i in fw.indicators() if i.id == "eq-employment"]
        return fw, sorted(s.anchor.statement_id for s in ind.sources
                          if s.linked_by is not None and not s.linked_by.annotation_id)

    before, was = sources(coded + held)
    assert was == sorted(e.statement_id for e in held)
    kept = held_suggestions(before)["eq-employment"]
    _, now = sources(coded + held + new, incumbents={"eq-employment": kept})
    assert set(was) <= set(now) and len(now) == 4            # one place left for the Charter
    _, without = sources(coded + held + new)
    assert not set(was) <= set(without)
