"""Wording a group from its statements (issue 15). A group a coder named with one word
('det-det-alternatives') is titled with that word as its statements say it, with what they say
it of ('Alternatives to detention'), when the title the statements' gists give does not say it;
a copular statement's predicate noun is joined by 'as' ('… of the child as the paramount
consideration', not '… of the child the paramount consideration'); a comparison ('equal to those
of nationals') is no thing's complement; a question whose statements name no one guarantees what
they require, not 'everyone' (nationals too). Statements of the example projects, quoted verbatim
(each test first checks that its quotes are in the example's corpus), with the parts the
statements stage gives them."""
from __future__ import annotations

from corpus_tool.naming.complement import with_object
from corpus_tool.naming.gist import StatementParts, statement_gist
from corpus_tool.naming.group import name_group
from tests.indicators.conftest import REPO
from tests.indicators.test_indicators_naming import _corpus_text

DETENTION = REPO / "examples" / "detention-expulsion" / "corpus"
FAMILY = REPO / "examples" / "family-reunification" / "corpus"

ALTERNATIVES = [   # the coder's group det-det-alternatives
    StatementParts(text="The decision must consider relevant factors case by case and not be "
                        "based on a mandatory rule for a broad category; must take into account "
                        "less invasive means of achieving the same ends, such as reporting "
                        "obligations, sureties or other conditions to prevent absconding; and "
                        "must be subject to periodic re-evaluation and judicial review.",
                   aim="consider", object="relevant factors case", strength="obligation"),
    StatementParts(text="Alternatives to detention, including release with or without "
                        "conditions, should be considered in each individual case and especially "
                        "when separate facilities for women and/or families are not available.",
                   aim="considered", strength="recommendation"),
    StatementParts(text="The principle of proportionality requires States parties to detain "
                        "migrant workers only as a last resort, and to give preference to less "
                        "coercive measures, especially non-custodial measures, whenever such "
                        "measures suffice to achieve the objective pursued.", strength="none"),
    StatementParts(text="Therefore, it must evaluate and apply all available alternatives to "
                        "detention, such as non-custodial measures or less coercive measures, "
                        "that are less harmful to the individual.", aim="evaluate",
                   strength="obligation"),
    StatementParts(text="The Committee considers that States have an obligation to review and "
                        "implement all available alternative measures before resorting to "
                        "detention, in accordance with the principles of necessity and "
                        "proportionality.", aim="have",
                   object="an obligation to review and implement all available alternative "
                          "measures before resorting", actor="States", strength="obligation"),
]
PARAMOUNT = StatementParts(text="In adoption cases, the best interests of the child shall be the "
                                "paramount consideration;", aim="be",
                           object="the paramount consideration", strength="obligation")


def _in_corpus(root, quotes) -> None:
    text = _corpus_text(root)
    for q in quotes:
        assert " ".join(q.split()) in text, q


def test_the_coders_one_word_is_said_with_what_the_statements_say_it_of():
    _in_corpus(DETENTION, [p.text for p in ALTERNATIVES])
    kw = dict(keys=["relevant factors", "alternatives"], who="", status=False,
              annotated=[True] * len(ALTERNATIVES))
    named = name_group(ALTERNATIVES, hint_words=["alternatives"], **kw)
    assert named.title == "Alternatives to detention"
    assert named.question == "Does the law provide for alternatives to detention?"
    # without the coder's word, nothing says which of the statements' phrases names the group
    assert "lternatives" not in name_group(ALTERNATIVES, **kw).title


def test_a_word_two_statements_do_not_say_with_its_complement_is_left():
    one = [p for p in ALTERNATIVES if "Alternatives to detention," not in p.text]
    kw = dict(keys=["relevant factors"], who="", status=False, annotated=[True] * len(one))
    assert name_group(one, hint_words=["alternatives"], **kw).title != \
        "Alternatives to detention"


def test_a_copular_statements_predicate_noun_is_joined_by_as():
    _in_corpus(FAMILY, [PARAMOUNT.text])
    g = statement_gist(PARAMOUNT)
    assert g.title == "Best interests of the child as the paramount consideration"
    assert g.question == ("ensure that the best interests of the child are the paramount "
                          "consideration")


def test_a_comparison_is_not_what_a_thing_is_of():
    text = ("The Contracting States shall give sympathetic consideration to assimilating the "
            "rights of all refugees with regard to wage-earning employment to those of nationals")
    _in_corpus(REPO / "examples" / "permanent-residence" / "corpus", [text])
    parts = [StatementParts(text=text), StatementParts(text=text)]
    assert with_object("Employment", parts, any_head=True) == "Employment"
    assert with_object("Access", [StatementParts(text="States shall ensure access to "
                                                      "employment for migrant workers.")],
                       any_head=True) == "Access to employment for migrant workers"


HEALTH = REPO / "examples" / "health" / "corpus"
EQUAL_CARE = StatementParts(text="Every migrant child should have access to health care equal to "
                                 "that of nationals, regardless of their migration status.",
                            aim="have", object="access", actor="Every migrant child",
                            strength="recommendation")


def test_a_question_names_no_one_when_its_statements_name_no_one():
    """'guarantee everyone access to health care equal to that of nationals' was rejected:
    everyone includes the nationals. With no one named, the question asks what is guaranteed;
    the people its statements name are asked about."""
    _in_corpus(HEALTH, [EQUAL_CARE.text])
    kw = dict(keys=["health care"], status=False, annotated=[True, True])
    assert name_group([EQUAL_CARE] * 2, who="", **kw).question == \
        "Does the law guarantee access to health care equal to that of nationals?"
    assert name_group([EQUAL_CARE] * 2, who="migrants", **kw).question == \
        "Does the law guarantee migrants access to health care equal to that of nationals?"
