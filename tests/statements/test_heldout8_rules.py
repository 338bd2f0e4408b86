"""Session 11 (issue 14), frozen before `heldout9` was measured: rules from the residues of
`heldout8` (seen: measured once at its freeze, its failures read), read from the parse and the
document's structure, not from more keywords:

- a quotation that only its lead-in marks ("11 Article 15 of the GDPR states:") runs into the
  next passage and the items of that passage's chapeaus;
- a body the document sets up under its own name ("(hereinafter "GREVIO")") is treaty
  machinery wherever it acts; a clause that only makes parts of the text apply is a
  cross-reference;
- a guarantee in the present tense written with a copula or an adjective ("is obligatory", "is
  … a fundamental right"), "recognizes and protects … rights", "This freedom includes the
  right …";
- a request in a that-clause ("BE IT RESOLVED that the Synod requests that X join …");
- an enabling "may" whose subject is the law itself ("National laws or regulations may permit
  …").

The sentences are the seen halves' or the reference corpus's (or made up), never `heldout9`'s."""
from __future__ import annotations

from tests.statements.conftest import parts as _first, strengths as _statements


def test_a_quotation_its_lead_in_marks_runs_into_the_next_passage_and_its_items(trained):
    # heldout8 u1114-u1116 (CJEU C-307/22): the quoted Article 15(1) GDPR and its items
    quoted = ["11 Article 15 of the GDPR states:",
              "1. The data subject shall have the right to obtain from the controller "
              "confirmation as to whether or not personal data concerning him or her are being "
              "processed, and, where that is the case, access to the personal data and the "
              "following information:",
              "(c) the recipients or categories of recipient to whom the personal data have "
              "been or will be disclosed;",
              "12 The controller shall provide a copy of the personal data undergoing processing."]
    assert _statements(quoted, "") == [[], [], [], ["obligation"]]
    # without the lead-in the same provision is a norm, and so are its items
    assert _statements(quoted[1:3], "") == [["recognition"], ["recognition"]]
    # heldout8 u1110/u1111: a lead-in that names the recital it quotes
    recital = ["3 Under recital 4 of the GDPR:",
               "The level of protection of the rights and freedoms of natural persons with "
               "regard to the processing of such data should be equivalent in all Member "
               "States. …"]
    assert _statements(recital, "") == [[], []]


def test_a_body_the_document_names_for_itself_is_machinery(trained):
    # heldout8 u1090/u1091 (Istanbul Convention): GREVIO, defined in Art. 66(1)
    convention = [
        "Parties shall take the necessary legislative or other measures to protect victims.",
        "The Group of experts on action against violence against women and domestic violence "
        '(hereinafter "GREVIO") shall monitor the implementation of this Convention by the '
        "Parties.",
        "Members of GREVIO, and other members of delegations carrying out the country visits as "
        "set forth in Article 68, paragraphs 9 and 14, shall enjoy the privileges and "
        "immunities established in the appendix to this Convention.",
        "When adopting a questionnaire for each evaluation round, GREVIO shall take due "
        "consideration of the existing data collection and research in the Parties as referred "
        "to in Article 11 of this Convention."]
    assert _statements(convention, "enacting") == [["obligation"], [], [], []]
    # a document that names no body: the same sentences stay norms
    assert _statements(convention[2:], "enacting") == [["recognition"], ["obligation"]]


def test_a_clause_that_makes_parts_of_the_text_apply(trained):
    # heldout8 u1055 (AI Act Art. 43(3)): a cross-reference, not a norm
    assert _first("Points 4.3., 4.4., 4.5. and the fifth paragraph of point 4.6 of Annex VII "
                  "shall also apply.", trained, genre="enacting") is None
    assert _first("Article 5 shall apply mutatis mutandis.", trained) is None
    # what measures or a State apply stays a norm
    p = _first("These measures shall apply to all children in the territory.", trained)
    assert p is not None and p.strength == "obligation"
    p = _first("Member States shall apply the penalties laid down in Article 12.", trained)
    assert p is not None and (p.strength, p.actor) == ("obligation", "Member States")


def test_a_guarantee_with_a_copula_or_an_adjective(trained):
    # heldout8 u1038, u1036 (Venezuelan constitution): no modal, no verb of action
    p = _first("Environmental education is obligatory in the various levels and modes of the "
               "education system, as well as in informal civil education.", trained,
               genre="enacting")
    assert p is not None and (p.strength, p.actor) == ("obligation", "")
    p = _first("Cultural values are the unrenounceable property of the Venezuelan people and a "
               "fundamental right to be encouraged and guaranteed by the State.", trained,
               genre="enacting")
    assert p is not None and p.strength == "recognition"
    # a description with a copula is not a guarantee; nor outside an enacting text
    assert _first("Environmental education is important in the various levels of the education "
                  "system.", trained, genre="enacting") is None
    assert _first("Environmental education is obligatory in most countries.", trained,
                  genre="recommending") is None


def test_recognizes_and_protects_rights_and_a_freedom_that_includes_a_right(trained):
    # heldout8 u1035, u1034
    p = _first("The State recognizes and protects intellectual property rights in scientific, "
               "literary and artistic works, inventions, innovations, trade names, patents, "
               "trademarks and slogans.", trained, genre="enacting")
    assert p is not None and (p.strength, p.actor) == ("recognition", "State")
    p = _first("This freedom includes the right to invest in, produce and disseminate the "
               "creative, scientific, technical and humanistic work.", trained, genre="enacting")
    assert p is not None and p.strength == "recognition"
    # recognising a fact is not recognising a right
    assert _first("The State recognizes the contribution of the cooperatives.", trained,
                  genre="enacting") is None


def test_a_request_in_a_that_clause(trained):
    # heldout8 u1153: the request's own subject acts
    p = _first("BE IT FURTHER RESOLVED that the Twenty-ninth General Synod of the United Church "
               "of Christ requests that Justice and Witness Ministries join with the Council for "
               "American Indian Ministry and others to prepare educational materials for the "
               "churches.", trained, genre="resolving")
    assert p is not None and p.strength == "recommendation"
    assert p.actor == "Justice and Witness Ministries"
    # heldout8 u1154: a passive that-clause: recommended, no actor (not the "might" inside it)
    p = _first("BE IT FURTHER RESOLVED that the Twenty-ninth General Synod of the United Church "
               "of Christ requests that the substantive study materials developed by JWM and "
               "CAIM be presented to the Thirtieth General Synod with suggestions for how the UCC "
               "might undertake various actions.", trained, genre="resolving")
    assert p is not None and (p.strength, p.actor) == ("recommendation", "")
    # a that-clause in the indicative reports, it does not request
    assert _first("The report notes that the church repudiated the doctrine in 2019.", trained,
                  genre="resolving") is None


def test_an_enabling_may_of_the_law(trained):
    # heldout8 u1097 (ILO C138 Art. 7(1)): the law enables; a permission without actor
    p = _first("National laws or regulations may permit the employment or work of persons 13 to "
               "15 years of age on light work.", trained, genre="enacting")
    assert p is not None and (p.strength, p.actor) == ("permission", "")
    # a law that "may" discriminate is a possibility, in any genre
    assert _first("Nationality laws may discriminate against women.", trained,
                  genre="enacting") is None
    assert _first("National laws may permit child marriage in some cases.", trained,
                  genre="recommending") is None


def test_interpretation_clauses_consequences_and_descriptions_of_other_texts(trained):
    # heldout8 u1043: a construction clause however the negation is written
    assert _first("The term people in this Constitution shall in no way be interpreted with the "
                  "implication it is imputed in international law.", trained,
                  genre="enacting") is None
    # heldout8 u1063: a "might" after "if …" is a consequence, not an option offered
    assert _first("Consequently, if land users are deprived of the land they use for productive "
                  "purposes, their right to adequate food might be endangered.", trained,
                  genre="recommending") is None
    p = _first("The compensation might take the form of a lump sum or of periodic payments.",
               trained, genre="recommending")
    assert p is not None and p.strength == "recommendation"
    # heldout8 u1065: what articles of another instrument recognise, described
    assert _first("Articles 5 and 17 of the United Nations Declaration on the Rights of Peasants "
                  "and Other People Working in Rural Areas recognize this right to land for "
                  "peasants.", trained, genre="recommending") is None
    # heldout8 u1121: "borne" is a form of "bear" ("it should be borne in mind that …")
    assert _first("In that regard, it should be borne in mind that the preamble to an act of EU "
                  "law has no binding legal force.", trained, genre="") is None


def test_a_list_lead_in_and_treaties_ratified_as_a_source_of_law(trained):
    # heldout8 u1033: a lead-in whose items follow is no present-tense guarantee
    assert _first("In order to fulfill this duty of the State, the following principles are "
                  "established: 1.", trained, genre="enacting") is None
    p = _first("Human life is protected by the law.", trained, genre="enacting")
    assert p is not None and p.strength == "recognition"
    # heldout8 u1035: "treaties … ratified by the Republic" names a source of law; the
    # final clauses' "ratification" still marks machinery
    p = _first("The State recognizes and protects intellectual property rights in scientific, "
               "literary and artistic works, in accordance with the conditions and exceptions "
               "established by law and the international treaties executed and ratified by the "
               "Republic in this field.", trained, genre="enacting")
    assert p is not None and (p.strength, p.actor) == ("recognition", "State")
    assert _first("This Convention shall be subject to ratification by the signatory States.",
                  trained, genre="enacting") is None
