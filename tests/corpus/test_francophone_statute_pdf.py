"""A francophone statute made in Word: Senegal's data protection law (Loi n° 2008-12) sets each
article's heading on a line of its own with a full stop ("Article 43.", "Article Premier."),
and its chapters and sections as "Chapitre premier. - Dispositions générales.", "Section II. -
Champ d'application …" in bold of the body's size. None was read as a heading: every provision
was cited by page ("p. 17 ¶ 4" for Art. 43, "p. 24 ¶ 9" for Art. 70) under the heading of the
explanatory memorandum ("EXPOSE DES MOTIFS") that opens the file (a researcher's trial 20). A
lawyer cites Art. 43, and its seventh point, "7) lorsqu'il est nécessaire à la constatation …",
Art. 43(7); the memorandum ends where the law's first chapter begins."""
from __future__ import annotations

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.readers.pdfheadings import statute_headings

from tests.conftest import REPO

SENEGAL = REPO / "tests" / "pdfs" / "sn_loi_2008_12_pp1-2_14_17_24__derived.pdf"


def test_the_senegalese_law_is_cited_by_its_articles_and_points():
    segs = extract_document(SENEGAL, language="fr").segments
    by_loc = {s.locator: s for s in segs}
    art43 = [s.locator for s in segs if s.locator.startswith("Art. 43")]
    assert art43 == ["Art. 43"] + [f"Art. 43({n})" for n in range(1, 9)]
    assert by_loc["Art. 43"].text.startswith("Le traitement des données à caractère personnel à "
                                             "des fins de santé n’est légitime que :")
    assert by_loc["Art. 43(7)"].text.startswith("7) lorsqu’il est nécessaire à la constatation")
    assert by_loc["Art. 70"].text.startswith("Le traitement des données à caractère personnel "
                                             "est confidentiel.")
    assert by_loc["Art. 70"].heading == ("Section première > Obligation de confidentialité > "
                                         "Article 70")
    # "Article Premier." is Art. 1, and the section heading run on into "Article 2." on one
    # line is cut from it
    assert by_loc["Art. 1"].text.startswith("La présente loi a pour objet")
    assert by_loc["Art. 2"].heading.startswith("Section II > Champ d’application")
    # "CHAPITRE III. - …" / "Section Première. - …" / "Article 33." chained into one paragraph
    assert by_loc["Art. 33"].text.startswith("Le traitement des données à caractère personnel "
                                             "est considéré comme légitime")
    # the memorandum is cited by page and headed as such; no article under its heading
    memo = [s for s in segs if s.heading == "EXPOSE DES MOTIFS"]
    assert memo and all(s.locator.startswith("p. ") for s in memo)
    assert memo[-1].text.startswith("Le Président de la République promulgue la loi")
    assert all("EXPOSE" not in s.heading for s in segs if s.locator.startswith("Art."))
    assert not [s.locator for s in segs if s.page not in (1, 2) and s.locator.startswith("p. ")]


def test_an_unnumbered_paragraph_after_the_points_is_the_articles_again():
    segs = extract_document(SENEGAL, language="fr").segments
    locs = [s.locator for s in segs if s.locator.startswith("Art. 33")]
    assert locs == ["Art. 33", "Art. 33 ¶ 2", "Art. 33(1)", "Art. 33(2)", "Art. 33(3)",
                    "Art. 33(4)"]


def test_a_bare_article_line_is_a_heading_only_after_a_finished_paragraph():
    blocks = [Block("Les agents sont désignés conformément à"), Block("Article 5."),
              Block("La Commission est saisie."), Block("Article 6."), Block("Elle statue.")]
    kinds = [b.kind for b in statute_headings(blocks)]
    assert kinds == ["para", "para", "para", "heading", "para"]      # the first is a reference
    cut = statute_headings([Block("CHAPITRE VI. - DISPOSITIONS PENALES Article 75.")])
    assert [(b.kind, b.text) for b in cut] == [("heading", "CHAPITRE VI. - DISPOSITIONS PENALES"),
                                               ("heading", "Article 75.")]
    joined = statute_headings([Block("CHAPITRE V. - OBLIGATIONS DU RESPONSABLE DE DONNEES A",
                                     page=24), Block("CARACTERE PERSONNEL", page=24)])
    assert [b.text for b in joined] == ["CHAPITRE V. - OBLIGATIONS DU RESPONSABLE DE DONNEES A "
                                        "CARACTERE PERSONNEL"]
