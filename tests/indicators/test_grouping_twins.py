"""Which suggestions a group takes (`joining.pick_suggested`): of statements worded alike, one,
of a document the group or the coders cite. A researcher's trial 34 (P5) added the European
Code of Social Security (1964) to a project on ILO Convention No. 102 (1952), which it copies
nearly word for word: the Code's twins of the Convention's articles took their slots in three
indicators (documents a group does not cite come first), and the Convention's statements went
stale. Texts: C102 Arts. 9(a), 9(c), 21(a), 52, 12(1); the Code's Arts. 9(c), 52."""
from __future__ import annotations

from corpus_tool.indicators.evidence import Evidence
from collections import Counter

from corpus_tool.indicators.phrasing.joining import pick_suggested

C102, ECSS, GC19 = "ilo-c102-1952", "coe-ecss-1964", "cescr-gc19-2007"
C102_9_A = ("(a) prescribed classes of employees, constituting not less than 50 per cent, of all "
            "employees, and also their wives and children; or")
C102_9_C = "(c) prescribed classes of residents, constituting not less than 50 per cent, of all " \
           "residents; or"
ECSS_9_C = "(c) prescribed classes of residents, constituting not less than 50 per cent of all " \
           "residents."
C102_52 = ("The benefit specified in Articles 49 and 50 shall be granted throughout the "
           "contingency, except that the periodical payment may be limited to 12 weeks, unless a "
           "longer period of abstention from work is required or authorised by national laws or "
           "regulations, in which event it may not be limited to a period less than such longer "
           "period.")
C102_12_1 = ("1. The benefit specified in Article 10 shall be granted throughout the contingency "
             "covered, except that, in case of a morbid condition, its duration may be limited "
             "to 26 weeks in each case.")
GC19_23 = ("The social security system should provide for the coverage of the following nine "
           "principal branches of social security.")


def _ev(doc, text, k, kind="suggestion") -> Evidence:
    coded = kind == "annotation"
    return Evidence(area="coverage", doc_id=doc, quote=text, text=text, start=1000 * k,
                    end=1000 * k + len(text), strength="obligation", kind=kind,
                    indicator="cov-persons-protected" if coded else "",
                    annotation_id=f"{doc}:coder:{k}" if coded else "",
                    score=None if coded else 0.9, statement_id=f"{doc}:s{k}")


def test_of_statements_worded_alike_the_group_takes_the_one_of_a_document_it_cites():
    held = [_ev(C102, C102_9_A, 1, "annotation")]
    cands = [(0.80, _ev(ECSS, ECSS_9_C, 2)), (0.78, _ev(C102, C102_9_C, 3)),
             (0.70, _ev(ECSS, C102_52, 4)),
             (0.60, _ev(C102, C102_52, 5))]
    got = pick_suggested(cands, held, 4)
    # the Code's Art. 9(c) is the Convention's, nearer or not; of Art. 52 the Convention's too
    assert [(e.doc_id, e.start) for e in got] == [(C102, 3000), (C102, 5000)]


def test_of_twins_in_documents_the_group_does_not_cite_it_takes_the_coders_instrument():
    """Neither instrument cited by the group: the one the coders cite elsewhere, not the
    nearer copy."""
    held = [_ev(GC19, GC19_23, 1, "annotation")]
    cands = [(0.8, _ev(ECSS, ECSS_9_C, 2)), (0.7, _ev(C102, C102_9_C, 3))]
    assert [e.doc_id for e in pick_suggested(cands, held, 4, Counter({C102: 12}))] == [C102]
    assert [e.doc_id for e in pick_suggested(cands, held, 4)] == [ECSS]
    # not worded alike: "of all employees" is another provision than "of all residents"
    c21a = C102_9_C.replace("residents", "employees").replace("(c)", "(a)")
    got = pick_suggested([(0.8, _ev(C102, C102_9_C, 2)), (0.7, _ev(C102, c21a, 3))], held, 4)
    assert len(got) == 2
