"""A researcher's blind trial 28 (privacy and data protection), P3: the items of a statute's
list got strength none and no actor where the deontic is in the lead-in. On Canada's Privacy Act
(R.S.C. 1985, c. P-21), as the trial converted the official XML (Open Government Licence –
Canada; federal law reproducible under the Reproduction of Federal Law Order):

- s. 77(1) "(1) The Governor in Council may make regulations" above "(a) specifying …": the
  reader took the lead-in for a title of the text below ("(A) Activities" in the US Code) and
  dropped it, so its items had no modal to continue;
- s. 14 "…, the head of the government institution to which the request is made shall, …,":
  the lead-in's subject runs into a relative clause, and was read as no one;
- "The Governor in Council" was read "Governor"."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.corpus import extract_document
from corpus_tool.statements import stage as S

S77 = """# Privacy Act

### § 77. Regulations

(1) The Governor in Council may make regulations

(a) specifying government institutions or parts of government institutions for the purpose of \
paragraph (e) of the definition **personal information** in section 3;

(b) prescribing the period of time for which any class of personal information is to be \
retained under subsection 6(1);
"""

S14 = [
    ("s-14", "Where access to personal information is requested under subsection 12(1), the head "
             "of the government institution to which the request is made shall, subject to "
             "section 15, within thirty days after the request is received,"),
    ("s-14-a", "(a) give written notice to the individual who made the request as to whether or "
               "not access to the information or a part thereof will be given; and"),
    ("s-14-b", "(b) if access is to be given, give the individual who made the request access to "
               "the information or the part thereof."),
]


def _parts(passages):
    ps = [NS(id=f"pa:{pid}", text=t, locator=pid, heading="") for pid, t in passages]
    _, [(_, drafts)] = S.analyse_documents([("pa", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"pa": "enacting"})
    return [[(d.parts.strength, d.parts.actor) for d in drafts.get(i, [])]
            for i in range(len(ps))]


def test_a_marked_lead_in_that_says_what_someone_may_do_is_no_title(tmp_path, trained):
    path = tmp_path / "privacy-act.md"
    path.write_text(S77, encoding="utf-8")
    segs = extract_document(path).segments
    assert [(s.locator, s.text[:40]) for s in segs] == [
        ("s. 77(1)", "(1) The Governor in Council may make reg"),
        ("s. 77(1)(a)", "(a) specifying government institutions o"),
        ("s. 77(1)(b)", "(b) prescribing the period of time for w")]
    got = _parts([(s.slug, s.text) for s in segs])
    assert got == [[("permission", "Governor in Council")]] * 3


def test_a_lead_in_s_subject_before_its_relative_clause_acts_in_its_items(trained):
    actor = "head of the government institution"
    assert _parts(S14) == [[("obligation", actor)]] * 3
