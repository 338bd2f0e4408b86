"""The legal force a manifest row gets from its type when its legal_force column is empty."""
from __future__ import annotations

import pytest

from corpus_tool.corpus.manifest import default_force, guess_type, row_to_document
from corpus_tool.errors import InputError


@pytest.mark.parametrize(("doc_type", "force"), [
    ("judgment", "binding"), ("convention", "binding"), ("regulation", "binding"),
    ("statute", "binding"), ("constitution", "binding"), ("law", "binding"), ("act", "binding"),
    ("declaration", "non-binding"), ("general comment", "non-binding"),
    ("report", "non-binding"), ("document", "non-binding")])
def test_default_force_by_type(doc_type, force):
    assert default_force(doc_type) == force


def test_a_title_without_a_type_word_is_a_non_binding_document():
    assert guess_type("Memorandum on boarding schools") == "document"
    assert default_force(guess_type("Memorandum on boarding schools")) == "non-binding"


def test_a_summits_communique_is_guessed_from_its_title():
    # the statements stage reads a communiqué's "We will …" as its issuers' pledges
    assert guess_type("Carbis Bay G7 Summit Communiqué") == "communiqué"
    assert guess_type("G20 Leaders' Communique") == "communiqué"
    assert default_force("communiqué") == "non-binding"


def test_titles_in_french_spanish_portuguese_and_italian_name_their_kind():
    """A Spanish CEDAW was a non-binding `document` (trial 9): its title's kind was not read."""
    assert guess_type("Convención sobre la eliminación de todas las formas de discriminación "
                      "contra la mujer") == "convention"
    assert guess_type("Convenio sobre los trabajadores migrantes (revisado), 1949 (núm. 97)") \
        == "convention"
    assert guess_type("Pacte international relatif aux droits économiques, sociaux et "
                      "culturels") == "covenant"
    assert guess_type("Carta Social Europea (revisada)") == "charter"
    assert guess_type("Observación general Nº 23 (2016)") == "general comment"
    assert guess_type("Recommandation générale nº 26") == "general recommendation"
    assert guess_type("Declaração Universal dos Direitos Humanos") == "declaration"
    assert default_force(guess_type("Traité de travail entre la France et les Pays-Bas")) \
        == "binding"
    # a kind begins a word: "pacto" in "impacto" is not a covenant
    assert guess_type("Evaluación del impacto de la política migratoria") == "document"


def test_agreements_laws_and_acts_are_named_and_texts_about_them_are_not():
    """The Paris Agreement was a non-binding `document`, and so was a Spanish organic law (two
    researchers' trials, session 44)."""
    for title, kind in [("Paris Agreement", "agreement"),
                        ("Ley Orgánica 4/2000, de 11 de enero, sobre derechos y libertades de los "
                         "extranjeros en España", "law"),
                        ("Equality Act 2010", "act"), ("Loi n° 2016-274 relative au droit des "
                                                       "étrangers", "law"),
                        ("Constitution of the Republic of South Africa, 1996", "constitution"),
                        ("Regulation (EU) 2016/679 (General Data Protection Regulation)",
                         "regulation"),
                        ("Code de l'entrée et du séjour des étrangers et du droit d'asile", "law"),
                        ("Código Civil de la República Argentina", "law")]:
        assert guess_type(title) == kind, title
        assert default_force(kind) == "binding", title
    for title, kind in [("National Action Plan against Racism", "action plan"),
                        ("Final Act of the Conference on Security and Co-operation in Europe",
                         "final act"),
                        ("Guidelines 05/2020 on consent under Regulation 2016/679", "guidance"),
                        ("Code of Conduct for Business Taxation", "code of conduct"),
                        ("Report of the Special Rapporteur on the human rights of migrants under "
                         "the Convention", "report"),
                        ("UNCITRAL Model Law on International Commercial Arbitration",
                         "model law")]:
        assert guess_type(title) == kind, title
        assert default_force(kind) == "non-binding", title
    assert guess_type("United Nations Convention on the Law of the Sea") == "convention"


def test_a_made_id_keeps_its_letters_and_never_takes_another_documents(tmp_path):
    """Accented letters split ids ("constituci-n-espa-ola-1978"), and two chapters of a
    constitution whose cut titles met had the second `add` refused (a researcher's trial,
    session 44)."""
    from corpus_tool.corpus.manifest import add_document, slug_id
    from corpus_tool.project import init_project
    assert slug_id("Constitución Española", 1978) == "constitucion-espanola-1978"
    assert slug_id("Estatuto da Criança e do Adolescente", 1990) == \
        "estatuto-da-crianca-e-do-adolescente-1990"
    project = init_project(tmp_path / "p")
    title = ("Constituição da República Federativa do Brasil de 1988, Título VIII, Capítulo III, "
             "Seção I")
    ids = []
    for k, text in enumerate(["Art. 205. A educação, direito de todos e dever do Estado …",
                              "Art. 206. O ensino será ministrado com base nos princípios …"]):
        f = tmp_path / f"cap{k}.md"
        f.write_text(text + "\n", encoding="utf-8")
        ids.append(add_document(project, f, title=title + (" (2)" if k else ""),
                                issuer="Brasil", year=1988).id)
    assert ids[0] != ids[1] and ids[1] == ids[0] + "-2"


def test_a_resolution_and_a_case_are_guessed_by_their_numbers():
    """A General Assembly resolution adopting an agreement was guessed a binding agreement, and
    a judgment named by its parties and docket number a document (a researcher's trial,
    session 45). A convention that names the resolution adopting it stays a convention."""
    assert guess_type("Resolution 77/321 Agreement under the United Nations Convention on the "
                      "Law of the Sea") == "resolution"
    assert guess_type("General Assembly resolution 70/1. Transforming our world") == "resolution"
    assert guess_type("Convention on the Rights of the Child, adopted by General Assembly "
                      "resolution 44/25") == "convention"
    assert guess_type("United States v. Trump, No. 23-3228") == "judgment"
    assert default_force(guess_type("Resolution 77/321 Agreement under UNCLOS")) == "non-binding"


def test_every_problem_of_a_row_is_said_at_once(tmp_path):
    """A researcher's trial 42 (P13): a row with a bad year and a bad legal force was said one
    problem per run ("year 'nineteen77' is not a year"; the legal force only after that fix)."""
    rec = {"id": "ck-citizenship-1977", "title": "Citizenship Act 1977", "issuer": "Cook Islands",
           "year": "nineteen77", "type": "act", "legal_force": "maybe", "path": "a.md"}
    with pytest.raises(InputError) as e:
        row_to_document(rec, path=tmp_path / "manifest.csv", line=4)
    text = str(e.value)
    assert "year 'nineteen77' is not a year" in text and "legal_force 'maybe'" in text
    assert "four digits" in text and "binding or non-binding" in text and "line 4" in text
