"""`phrasing.statement_gist`: the provision one statement makes, as a title, a question and a
noun phrase. Texts and parts are statements of the reference corpus as the statements stage
extracts them (CRC art. 28, ICESCR art. 13)."""
from __future__ import annotations

import pytest

from corpus_tool.naming.gist import StatementParts, cut, statement_gist

CRC_28_1 = StatementParts(
    text="1. States Parties recognize the right of the child to education, and with a view to "
         "achieving this right progressively and on the basis of equal opportunity, they shall, "
         "in particular:", aim="recognize", object="the right of the child",
    actor="States Parties", strength="recognition")
CRC_28_1_A = StatementParts(
    text="a) Make primary education compulsory and available free to all;", aim="Make",
    object="primary education compulsory and available free to all", strength="obligation")
CRC_28_3_2 = StatementParts(
    text="In this regard, particular account shall be taken of the needs of developing "
         "countries.", aim="taken", strength="obligation")
ICESCR_13_2_A = StatementParts(
    text="(a) Primary education shall be compulsory and available free to all;",
    aim="recognize", object="Primary education shall be compulsory and available free to all",
    strength="recognition")
ICESCR_13_2 = StatementParts(
    text="2. The States Parties to the present Covenant recognize that, with a view to achieving "
         "the full realization of this right:", aim="recognize", object="that",
    actor="The States Parties to the present Covenant", strength="recognition")


def test_a_recognised_right_is_named_as_the_right():
    g = statement_gist(CRC_28_1)
    assert g.title == "Right to education"
    assert g.provision == "the right to education"
    assert g.question == "recognise the right of {who} to education"


def test_an_active_obligation_is_its_verb_and_object_with_a_slot_for_who():
    g = statement_gist(CRC_28_1_A)
    # titled as ICESCR art. 13(2)(a) is, the copular statement of the same provision
    assert g.title == statement_gist(ICESCR_13_2_A).title == "Free and compulsory primary education"
    assert g.question.startswith("make primary education compulsory") and "{who}" in g.question
    assert g.provision == g.title[0].lower() + g.title[1:]


@pytest.mark.parametrize("obj,title", [
    ("higher education equally accessible to all", "Equally accessible higher education"),
    ("secondary education available and accessible to every child",
     "Available and accessible secondary education")])
def test_make_x_available_puts_its_qualities_first(obj, title):
    g = statement_gist(StatementParts(text=f"Make {obj};", aim="Make", object=obj,
                                      strength="obligation"))
    assert g.title == title and "{who}" in g.question


def test_a_copular_statement_names_its_subject_and_qualities():
    g = statement_gist(ICESCR_13_2_A)
    assert g.subject == "primary education"
    assert set(g.qualities) == {"compulsory", "free"}
    assert g.title == "Free and compulsory primary education"
    assert "{who}" in g.question


def test_a_passive_statement_asks_whether_it_is_ensured():
    g = statement_gist(CRC_28_3_2)
    assert g.question == "ensure that particular account is taken of the needs of developing " \
                         "countries"
    assert g.title.startswith("Particular account taken")
    assert "{who}" not in g.question


@pytest.mark.parametrize("parts", [ICESCR_13_2, StatementParts(text=""),
                                   StatementParts(text="   ")])
def test_a_statement_with_nothing_to_name_has_no_gist(parts):
    assert statement_gist(parts) is None


@pytest.mark.parametrize("parts", [CRC_28_1, CRC_28_1_A, CRC_28_3_2, ICESCR_13_2_A])
def test_every_gist_reads_as_a_title_a_question_and_a_noun_phrase(parts):
    g = statement_gist(parts)
    assert g.title[:1].isupper() and not g.title.endswith((".", ";", ":", ","))
    assert g.provision[:1].islower() and not g.provision.endswith((".", ";", ":"))
    assert g.question[:1].islower() and not g.question.endswith("?")
    assert len(g.title.split()) <= 14


def test_a_question_says_its_clause_whole():
    """A clause a little over the limit runs on to where it ends, not to 'in their best?'
    (detention example, CRC General Comment No. 6 para. 53); a quotation cut open loses its
    marks in the title, and the question, said whole, keeps them paired (CMW General Comment
    No. 2 para. 44)."""
    g = statement_gist(StatementParts(
        text="Children who are at risk of being re-trafficked should not be returned to their "
             "country of origin unless it is in their best interests and appropriate measures for "
             "their protection have been taken.", strength="prohibition"))
    assert g.question.endswith("unless it is in their best interests")
    g = statement_gist(StatementParts(
        text="When family detention is unavoidable, detention of children shall be used “only as "
             "a measure of last resort and for the shortest appropriate period of time”, in "
             "accordance with article 37, paragraph (b), of the Convention on the Rights of the "
             "Child.", strength="obligation"))
    assert g.title == "Detention of children used only as a measure of last resort"
    assert g.question.endswith("for the shortest appropriate period of time”")
    assert g.question.count("“") == g.question.count("”") == 1


@pytest.mark.parametrize("phrase, limit, kept", [
    # a clause far longer than the limit is cut at it, as before
    ("directed to the full development of the human personality and to the strengthening of "
     "respect for human rights and fundamental freedoms", 12,
     "directed to the full development of the human personality"),
    # a manner whose description was cut is dropped
    ("make care arrangements for unaccompanied and separated children in a manner which is "
     "consistent", 12, "make care arrangements for unaccompanied and separated children"),
])
def test_cut_ends_a_phrase_where_it_can_end(phrase, limit, kept):
    assert cut(phrase, limit, whole=True) == kept


def test_a_thing_made_in_a_manner_its_words_do_not_keep_is_named_itself():
    """'Care arrangements … shall be made in a manner which prevents …' (CRC General Comment
    No. 6 para. 54): the manner is cut with its clause, so the gist is the arrangements, not
    '… in a manner'."""
    g = statement_gist(StatementParts(
        text="Care arrangements for unaccompanied and separated children shall be made in a "
             "manner which prevents their recruitment, re-recruitment or use by any party to a "
             "conflict.", strength="obligation"))
    assert g.title == "Care arrangements for unaccompanied and separated children"
    assert g.question == "make care arrangements for unaccompanied and separated children for {who}"


@pytest.mark.parametrize("text, title", [
    # the Declaration on the Rights of Indigenous Peoples, Arts. 13(1), 12(1), 5, 14(1)
    ("Indigenous peoples have the right to revitalize, use, develop and transmit to future "
     "generations their histories, languages, oral traditions, philosophies, writing systems and "
     "literatures, and to designate and retain their own names for communities, places and "
     "persons.",
     "Right to revitalize their histories, languages, oral traditions, philosophies, writing "
     "systems"),
    ("Indigenous peoples have the right to manifest, practise, develop and teach their spiritual "
     "and religious traditions, customs and ceremonies;",
     "Right to manifest their spiritual and religious traditions, customs and ceremonies"),
    ("Indigenous peoples have the right to maintain and strengthen their distinct political, "
     "legal, economic, social and cultural institutions, while retaining their right to "
     "participate fully.",
     "Right to maintain their distinct political, legal, economic, social and cultural "
     "institutions"),
    # not a list of acts: a list of rights, and "to form and to join" (ICCPR art. 22(1))
    ("Everyone has the right to education, training and employment without discrimination.",
     "Right to education"),
    ("Everyone shall have the right to freedom of association with others, including the right "
     "to form and join trade unions for the protection of his interests.",
     "Right to freedom of association with others"),
])
def test_a_right_to_a_list_of_acts_is_named_with_their_object(text, title):
    """Trial 44: a right to several acts of one object was named by its first act alone, "Right
    to revitalize", "Right to manifest" (the Declaration's Arts. 13(1) and 12(1))."""
    assert statement_gist(StatementParts(text, strength="recognition")).title == title


def test_an_act_done_to_people_alone_is_named_by_the_act():
    """Trial 44: ILO C169 Art. 6(1)(a), "consult the peoples concerned, through appropriate
    procedures …", drafted the title "Peoples concerned": the people, not what is owed them."""
    sp = StatementParts("consult the peoples concerned, through appropriate procedures and in "
                        "particular through their representative institutions;", aim="consult",
                        object="the peoples concerned", strength="obligation")
    assert statement_gist(sp).title == "Consultation of the peoples concerned"
    # an object that is more than people keeps its title as before
    other = StatementParts("consult the records of the peoples concerned;", aim="consult",
                           object="the records of the peoples concerned", strength="obligation")
    assert statement_gist(other).title == "Records of the peoples concerned"
