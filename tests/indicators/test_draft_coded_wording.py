"""The people a draft names are those of what a coder coded. A researcher's trial 47 (P2) coded
the Human Rights Committee's General Comment No. 20, para. 11 and CRC General Comment No. 24, para. 95(e) to
`ctc-lawyer`; the drafting added three confident suggestions nobody reviewed (GC 24 paras. 56 and
60, CCRA s. 96(w)(i)), and the draft was titled from para. 60 and asked "Does the law guarantee
parents access to legal or other appropriate assistance?": the people of two suggestions, in a
question about every detainee's access to a lawyer."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.draft import draft_from_corpus
from corpus_tool.indicators.evidence import Evidence

CODED = [
    ("ccpr-gc20", "The protection of the detainee also requires that prompt and regular access be "
     "given to doctors and lawyers and, under appropriate supervision when the investigation so "
     "requires, to family members.", "obligation", ()),
    ("crc-gc24", "There is to be no restriction on the child’s ability to communicate "
     "confidentially and at any time with his or her lawyer or other assistant.", "obligation",
     ("children",)),
]
SUGGESTED = [
    ("crc-gc24", "Parents or legal guardians should be present throughout the proceedings.",
     "recommendation", ("parents",)),
    ("crc-gc24", "The child must have access to legal or other appropriate assistance, and should "
     "be supported by a parent, legal guardian or other appropriate adult during questioning.",
     "obligation", ("children", "parents")),
    ("ca-ccra", "(i) legal counsel and legal reading materials,", "permission", ()),
]


def _evidence(rows, kind):
    out = []
    for k, (doc, text, strength, bens) in enumerate(rows):
        start = 1000 * (k + 1) + (0 if kind == "annotation" else 500)
        out.append(Evidence(area="ctc", doc_id=doc, quote=text, text=text, strength=strength,
                            beneficiaries=bens, start=start, end=start + len(text), kind=kind,
                            indicator="ctc-lawyer" if kind == "annotation" else "",
                            annotation_id=f"a-{k}" if kind == "annotation" else "",
                            score=None if kind == "annotation" else 0.7))
    return out


def _draft(evidence):
    # one meaning for all: the suggestions join the coded group, as they did in the trial
    return draft_from_corpus(evidence, docs={}, embed=lambda t: np.ones((len(t), 4)) / 2)["ctc"]


def test_the_people_it_names_come_from_the_coded_passages():
    ind, = _draft(_evidence(CODED, "annotation") + _evidence(SUGGESTED, "suggestion"))
    # the suggestions stay its sources, marked as suggested …
    assert len(ind.sources) >= 3
    assert any(not s.linked_by.annotation_id for s in ind.sources)
    # … but do not say whom it is for: of the coded passages one speaks of a child, the other
    # of every detainee, and the levels do not narrow it to children (they did, with the
    # suggestion's child and parents counted)
    for said in (ind.question, *(level.description for level in ind.scale.levels)):
        assert "parent" not in said.lower(), said
        assert "children" not in said.lower(), said
    assert "covering everyone concerned" in ind.scale.levels[0].description

