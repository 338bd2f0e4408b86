"""A group nobody named whose statements share no phrase is named by the subject most of them say
(issue 15). Statements (text, aim, object, actor and strength as the statements stage parses them)
from the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md): CoE
ETS 93 Art. 14(1), ILO C142 Art. 1(1) and the European Social Charter (1961) Art. 10(1), three
provisions on vocational training in other words."""
from __future__ import annotations

from corpus_tool.naming import StatementParts, name_group
from corpus_tool.naming.subject import named_by_subject, subject_title

ROWS = [
    ("1. Migrant workers and members of their families officially admitted to the territory of a "
     "Contracting Party shall be entitled, on the same basis and under the same conditions as "
     "national workers, to general education and vocational training and retraining and shall "
     "be granted access to higher education according to the general regulations governing "
     "admission to respective institutions in the receiving State.", "entitled", "",
     "Migrant workers and members of their families", "recognition"),
    ("1. Each Member shall adopt and develop comprehensive and coordinated policies and "
     "programmes of vocational guidance and vocational training, closely linked with employment, "
     "in particular through public employment services.", "adopt", "", "Each Member",
     "obligation"),
    ("1. to provide or promote, as necessary, the technical and vocational training of all "
     "persons, including the handicapped, in consultation with employers' and workers' "
     "organisations, and to grant facilities for access to higher technical and university "
     "education, based solely on individual aptitude;", "provide",
     "the technical and vocational training of all persons", "Contracting Parties", "obligation"),
]
PARTS = [StatementParts(text=t, aim=a, object=o, actor=ac, strength=s)
         for t, a, o, ac, s in ROWS]


def test_statements_sharing_no_phrase_are_named_by_the_subject_they_all_say():
    nm = name_group(PARTS, keys=[], who="", status=False)
    assert nm.title == "Technical and vocational training of all persons"   # one source's words
    assert nm.shared is False
    renamed = named_by_subject(nm, PARTS)
    assert renamed.title == "Vocational training"
    assert renamed.question == "Does the law provide for vocational training?"
    assert renamed.provision == "vocational training"


def test_a_phrase_half_the_statements_share_keeps_its_title():
    nm = name_group(PARTS, keys=["higher education"], who="", status=False)
    assert nm.shared and nm.title == "Access to higher education"      # ETS 93 and the ESC
    assert named_by_subject(nm, PARTS) == nm


def test_a_subject_taken_by_another_group_or_of_one_word_is_passed_over():
    assert subject_title(PARTS) == "Vocational training"        # 3 of 3, two words
    # then the two-word subjects two of them say; never 'worker (EU)', 'employer', 'education'
    taken = {"vocational training", "access to education", "higher education"}
    assert subject_title(PARTS, taken=taken - {"higher education"}) == "Higher education"
    assert subject_title(PARTS, taken=taken | {"vocational education"}) == ""
    nm = name_group(PARTS, keys=[], who="", status=False)
    assert named_by_subject(nm, PARTS, taken=taken | {"vocational education"}) == nm
    # two of three is a majority; one of three is not
    assert subject_title(PARTS[:1] + PARTS[1:2] + [StatementParts(text="Equal pay.")]) == \
        "Vocational training"
    assert subject_title(PARTS[:1] + [StatementParts(text="Equal pay."),
                                      StatementParts(text="Written contracts.")]) == ""
