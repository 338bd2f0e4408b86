"""Rules written after `heldout4` was measured once (F1 0.737, the figure of record; the half is
"seen" since; tests/data/statements_gold_unseen.README.md), each tested on the sentence that
motivated it: a statute's saving and scope clauses ("This section shall not apply …", "This
subchapter shall not prohibit …"), the Court of Justice's interpretive answer ("… must be
interpreted as meaning that …"), and the regulated persons of statutes as actors ("a covered
entity", "the gatekeeper")."""
from __future__ import annotations

from tests.statements.conftest import parts


def test_statutory_scope_and_saving_clauses_are_not_statements(trained):
    assert parts("This section shall not apply with respect to the foreign operations of an "
                 "employer that is a foreign person not controlled by an American employer.",
                 trained) is None
    assert parts("This subchapter shall not prohibit a religious corporation, association, "
                 "educational institution, or society from giving preference in employment to "
                 "individuals of a particular religion.", trained) is None
    p = parts("No covered entity shall discriminate against a qualified individual on the basis "
              "of disability in regard to job application procedures.", trained)
    assert p is not None and p.strength == "prohibition"


def test_the_courts_interpretive_answer_is_not_a_norm(trained):
    assert parts("In the light of all the foregoing considerations, the answer to the questions "
                 "referred is that Article 4(7) of Regulation 2016/679 must be interpreted as "
                 "meaning that a former guardian must be classified as a controller and that "
                 "such processing must comply with all the provisions of that regulation.",
                 trained) is None
    # a norm the judgment quotes from a regulation is still found
    p = parts("The controller shall provide a copy of the personal data undergoing processing.",
              trained)
    assert p is not None and p.strength == "obligation" and p.actor == "controller"


def test_the_regulated_persons_of_statutes_act(trained):
    p = parts("A covered entity may make inquiries into the ability of an employee to perform "
              "job-related functions.", trained)
    assert p is not None and p.strength == "permission" and p.actor == "covered entity"
    p = parts("The gatekeeper shall make publicly available an overview of the audited "
              "description referred to in paragraph 1.", trained)
    assert p is not None and p.strength == "obligation" and p.actor == "gatekeeper"
