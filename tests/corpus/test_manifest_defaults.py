"""The legal force a manifest row gets from its type when its legal_force column is empty."""
from __future__ import annotations

import pytest

from corpus_tool.corpus.manifest import default_force, guess_type


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
