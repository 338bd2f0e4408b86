"""Structure classes found on documents the project was not tuned on (issue 13): where a
second instrument starts, numbered sub-headings and sections, amendments, paragraph numbers
alone on their line, drawn rules, EUR-Lex consolidation marks, transcripts' line-number column,
UN printer's slugs, website navigation and double escapes in Markdown."""
from __future__ import annotations

import pytest

from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.readers.html import html_blocks
from corpus_tool.corpus.readers.markdown import is_navigation_item, markdown_blocks
from corpus_tool.corpus.readers.mdsource import hide_escapes, show_escapes
from corpus_tool.corpus.readers.pagefurniture import Seg, drop_printer_slugs, strip_line_numbers
from corpus_tool.corpus.readers.pdf import _paragraphs
from corpus_tool.corpus.readers.text import text_blocks
from corpus_tool.corpus.segment import segment
from corpus_tool.corpus.textclean import drop_consolidation_marks, split_at_rules
from corpus_tool.corpus.titles import is_instrument_title


def H(text: str) -> Block:
    return Block(text, kind="heading")


def P(text: str) -> Block:
    return Block(text)


def located(blocks: list[Block], **kw) -> dict[str, str]:
    """passage text → locator."""
    _, segs, _ = segment(blocks, **kw)
    return {s.text: s.locator for s in segs}


@pytest.mark.parametrize("heading", [
    "Convention on the Rights of the Child",
    "CONVENTION RELATING TO THE STATUS OF REFUGEES",
    "Protocol No. 12 to the Convention for the Protection of Human Rights",
    "Optional Protocol to the International Covenant on Civil and Political Rights",
    "European Charter for Regional or Minority Languages",
    "Europees Sociaal Handvest (herzien)",
    "Council of Europe Convention on Action against Trafficking in Human Beings",
    "61/295.\u00a0 United Nations Declaration on the Rights of Indigenous Peoples.",
])
def test_instrument_titles(heading):
    assert is_instrument_title(heading)


@pytest.mark.parametrize("heading", [
    "APPLICATION OF THE CHARTER",
    "AMENDMENTS TO THE CONVENTION",
    "WIJZIGINGEN VAN HET VERDRAG",
    "Relations between the Charter and domestic law or international agreements",
    "Links with the European Social Charter and the 1988 Additional Protocol",
    "ALLEGED VIOLATION OF ARTICLE 6 OF THE CONVENTION",
    "EUROPEAN COURT OF HUMAN RIGHTS",
])
def test_headings_that_only_name_an_instrument(heading):
    assert not is_instrument_title(heading)


def test_a_part_about_the_charter_stays_in_the_charter():
    blocks = [H("European Charter for Regional or Minority Languages"), P("The member States,"),
              H("Article 14"), P("The Parties undertake to apply existing agreements."),
              H("PART IV"), H("APPLICATION OF THE CHARTER"), H("Article 15"),
              P("1. The Parties shall present periodically a report."),
              H("Protocol No. 2 to the Charter"), P("The signatories hereto,"),
              H("Article 1"), P("This Protocol applies.")]
    loc = located(blocks)
    assert loc["1. The Parties shall present periodically a report."] == "Art. 15(1)"
    assert loc["The member States,"] == "Preamble, opening words"
    # a real title, the protocol named by its number
    assert loc["The signatories hereto,"] == "Protocol No. 2, Preamble, opening words"
    assert loc["This Protocol applies."] == "Protocol No. 2, Art. 1"


def test_a_judgments_bilingual_court_header_opens_no_preamble():
    blocks = [H("COUR EUROPÉENNE DES DROITS DE L’HOMME"), H("EUROPEAN COURT OF HUMAN RIGHTS"),
              P("CASE OF X v. SWEDEN"), H("PROCEDURE"),
              P("1. The present case was referred to the Court."),
              P("2. In response to the enquiry, the applicant stated that it wished to take part."),
              P("3. The Chamber was constituted."), P("4. The hearing took place."),
              P("5. The Court heard addresses."), P("6. The applicant is a company.")]
    loc = located(blocks, layout=True)
    assert not any(v.startswith("Preamble") for v in loc.values())
    assert loc["2. In response to the enquiry, the applicant stated that it wished to take "
               "part."] == "para. 2"


def test_a_heading_in_the_documents_language_is_kept_as_heading():
    blocks = [H("I. Обстоятельства дела"), P("8. Заявитель проживает в г. Красноярске."),
              H("A. Договор кредитования"), P("10. В 1996 году компания предоставила кредит.")]
    _, segs, _ = segment(blocks, language="ru")
    assert segs[-1].heading == "I. Обстоятельства дела > A. Договор кредитования"


def test_numbered_sub_headings_inside_numbered_paragraphs():
    paras = [P(f"{n}. Paragraph {n} of the judgment tells what happened.") for n in range(1, 14)]
    blocks = paras[:10] + [P("1. Investigation by the tax authorities")] + paras[10:12] \
        + [P("2. Criminal proceedings against Mrs Flenman")] + paras[12:]
    _, segs, _ = segment(blocks, layout=True)
    by_text = {s.text: s for s in segs}
    assert "1. Investigation by the tax authorities" not in by_text
    p11 = by_text["11. Paragraph 11 of the judgment tells what happened."]
    assert (p11.locator, p11.heading) == ("para. 11", "1. Investigation by the tax authorities")
    assert by_text["13. Paragraph 13 of the judgment tells what happened."].heading == \
        "2. Criminal proceedings against Mrs Flenman"


def test_a_title_line_before_a_numbered_paragraph_is_a_heading():
    paras = [P(f"{n}. Paragraph {n} of the paper says something about consent.") for n in
             range(1, 8)]
    blocks = [P("Mme Ariane Bélanger, greffière adjointe, Service du greffe")] + paras[:1] + \
        [P("Free, prior and informed consent in international and domestic legal instruments")] \
        + paras[1:4] + [P("A document allowing the use of aircraft. 1")] + paras[4:]
    _, segs, _ = segment(blocks, layout=True)
    by_text = {s.text: s for s in segs}
    assert by_text["2. Paragraph 2 of the paper says something about consent."].heading == \
        "Free, prior and informed consent in international and domestic legal instruments"
    assert "Mme Ariane Bélanger, greffière adjointe, Service du greffe" in by_text   # before 1.
    assert "A document allowing the use of aircraft. 1" in by_text      # a sentence, a note mark


def test_sub_headings_nest_under_higher_ones():
    blocks = [H("THE FACTS"), H("A. The circumstances of the case"), P("The applicant was born."),
              H("B. Relevant domestic law"), H("Civil Code"), P("The Civil Code came into force."),
              H("COMPLAINTS"), P("The applicant complained.")]
    _, segs, _ = segment(blocks)
    assert [s.heading for s in segs] == [
        "THE FACTS > A. The circumstances of the case",
        "THE FACTS > B. Relevant domestic law > Civil Code", "COMPLAINTS"]


def test_numbered_section_headings_are_the_citable_sections():
    blocks = [H("Chapter 1"), H("1. Republic of South Africa"), P("The Republic is one state."),
              H("2. Supremacy of Constitution"), P("This Constitution is the supreme law."),
              H("Chapter 2"), H("9. Equality"),
              P("(1)Everyone is equal before the law."), P("(2)Equality includes enjoyment.")]
    loc = located(blocks)
    assert loc["(1)Everyone is equal before the law."] == "s. 9(1)"
    assert loc["This Constitution is the supreme law."] == "s. 2"


def test_two_numbered_headings_are_not_sections():
    blocks = [H("1. Introduction"), P("Some text."), H("2. Background"), P("More text.")]
    assert located(blocks)["More text."] == "¶ 2"


def test_amendments_are_the_unit_of_the_us_amendments():
    blocks = markdown_blocks("## Amendment 1\n\nCongress shall make no law.\n\n"
                             "## Amendment 2\n\nA well regulated Militia.\n")
    _, segs, _ = segment(blocks)
    assert [(s.locator, s.heading) for s in segs] == [("Amend. 1", "Amendment 1"),
                                                     ("Amend. 2", "Amendment 2")]


def test_bold_article_heading_with_a_long_title():
    md = ("**Article 15. Prohibition of discrimination on grounds of religion, race, caste, sex "
          "or place of birth**\n\n1. The State shall not discriminate.\n")
    loc = located(markdown_blocks(md))
    assert loc["1. The State shall not discriminate."] == "Art. 15(1)"


def test_paragraph_number_alone_on_its_line_in_text():
    text = ("Article 14\nRight to education\n1. Everyone has the right to education.\n"
            "2. This right includes free education.\n3.\nThe freedom to found establishments\n"
            "shall be respected.\n")
    loc = located(text_blocks(text))
    assert loc["3. The freedom to found establishments shall be respected."] == "Art. 14(3)"
    assert loc["2. This right includes free education."] == "Art. 14(2)"


def test_drawn_rules_split_paragraphs():
    assert split_at_rules("(24 March 2005) -------------------------------- <*> Translated.") \
        == ["(24 March 2005)", "<*> Translated."]
    assert split_at_rules("A sentence - with a dash.") == ["A sentence - with a dash."]
    blocks = text_blocks("Text before the rule.\n---------------\nA note after it.\n")
    assert [b.text for b in blocks] == ["Text before the rule.", "A note after it."]


def test_eurlex_consolidation_marks_are_dropped():
    assert drop_consolidation_marks("▼M2") == ""
    assert drop_consolidation_marks("the ►M1 new words ◄ stay") == "the new words stay"
    assert drop_consolidation_marks("Article ▼B 3") == "Article 3"
    html = ('<p class="modref"><a title="32009L0136">▼M2</a></p><p>1. This Directive '
            'provides ►C1 for ◄ harmonisation.</p>')
    assert [b.text for b in html_blocks(html)] == ["1. This Directive provides for "
                                                   "harmonisation."]


def _seg(text: str, x0: float, x1: float, top: float) -> Seg:
    return Seg(text, x0, x1, top - 12, top, 12.0, 1)


def test_a_column_of_line_numbers_is_dropped():
    numbers = [_seg(str(n), 91.0, 103.0, 730 - 26 * n) for n in range(1, 26)]
    text = [_seg("IN THE SUPREME COURT OF THE UNITED STATES", 148, 441, 704),
            _seg("The above-entitled matter came on for oral", 227, 528, 444),
            _seg("argument before the Supreme Court", 126, 513, 418)]
    out = strip_line_numbers(numbers + text)
    assert [s.text for s in out] == [s.text for s in text]
    few = numbers[:5] + text                     # five numbers are not a line-number column
    assert len(strip_line_numbers(few)) == len(few)


def test_un_job_number_and_its_bar_code_are_dropped():
    segs = [_seg("* E/C.19/2010/1.", 60, 150, 100), _seg("10-23102 (E) 020310", 60, 153, 80),
            _seg("*1023102*", 60, 160, 69), _seg("GE.04-14837 (E) 140704", 85, 219, 60),
            _seg("1023 people were heard.", 60, 200, 50)]
    assert [s.text for s in drop_printer_slugs(segs)] == ["* E/C.19/2010/1.",
                                                          "1023 people were heard."]


@pytest.mark.parametrize(("line", "nav"), [
    ("*   [The Monroe Doctrine - Part 6](/blog/domination/the-monroe-doctrine/)", True),
    ("- [Back to Law](https://doctrineofdiscovery.org/law/).", True),
    ("-   [Русский](http://www.un.org/esa/socdev/unpfii/documents/DRIPS_ru.pdf),", False),
    ("- The UN has copies in [English](http://www.un.org/DRIPS_en.pdf),", False),
    ("- [a](../law/) and more text", False),
])
def test_navigation_items(line, nav):
    assert is_navigation_item(line) is nav


def test_escapes_escaped_twice_are_resolved_once():
    assert show_escapes(hide_escapes(r"the continent of \\\*545 North America")) == \
        "the continent of *545 North America"
    assert show_escapes(hide_escapes(r"\\\[T\\\]he different Nations")) == \
        "[T]he different Nations"
    assert show_escapes(hide_escapes(r"a path C:\\ and \*")) == "a path C:\\ and *"


def _line(text: str, x0: float, x1: float, top: float, size: float = 13.3, page: int = 1) -> Seg:
    return Seg(text, x0, x1, top - size, top, size, page)


def _pdf_paragraphs(lines: list[Seg], body: float = 13.3) -> list[tuple[bool, str]]:
    return [(p.heading, p.text()) for p in _paragraphs(lines, body)]


def test_a_heading_in_body_type_stands_alone():
    body = ["Jagels seeks to convert her plea counsel’s accurate description of the serious",
            "consequences and stark choice she faced into coercion. It was not. Our Supreme",
            "Court noted that the description of the maximum punishment a defendant faces is"]
    lines = [_line("The judgment is affirmed in part as set out in the order below.", 72, 380, 760),
             _line("Discussion", 279, 333, 720)]
    lines += [_line(t, 72 if i else 108, 540, 692 - 27.6 * i) for i, t in enumerate(body)]
    lines += [_line("frightening.", 72, 150, 692 - 27.6 * 3)]
    lines += [_line(f"Line {i} of a long paragraph that fills the column from left to right", 72,
                    540, 560 - 27.6 * i) for i in range(6)]
    paras = _pdf_paragraphs(lines)
    assert paras[1] == (True, "Discussion")
    assert not paras[2][0] and paras[2][1].startswith("Jagels seeks")
    names = [_line("Mr R. RYSSDAL, President,", 160, 300, 400), _line("Mrs E. PALM,", 160, 240, 386)]
    assert not any(h for h, _ in _pdf_paragraphs(lines[:1] + names))


def test_a_block_indented_as_a_whole_runs_on():
    lines = [_line("4. Demande de démolition pour le 1069, boulevard de Sainte-Adèle", 72, 450, 486),
             _line("ATTENDU QUE le bâtiment est protégé en vertu du règlement 1274", 99.3, 496, 391),
             _line("concernant la citation du Théâtre Sainte-Adèle à titre d’immeuble", 99.6, 495,
                   377.5),
             _line("patrimonial;", 99.9, 161, 364)]
    lines += [_line(f"Ligne {i} d’un paragraphe qui remplit la colonne de gauche à droite", 72, 495,
                    340 - 13.5 * i) for i in range(8)]
    texts = [t for _, t in _pdf_paragraphs(lines)]
    assert "ATTENDU QUE le bâtiment est protégé en vertu du règlement 1274 concernant la " \
           "citation du Théâtre Sainte-Adèle à titre d’immeuble patrimonial;" in texts


def test_a_sentence_runs_on_over_the_page_past_slightly_smaller_footnotes():
    lines = [
        _line("3.Behind the phrase is a problem that has proven destructive throughout the", 100,
              530, 300, 10.4),
        _line("globe. This problem has not been adequately addressed during the past", 117, 537,
              286.6, 10.4),
        _line("1 E/c.19/2010/13. The report is titled “Impact on Indigenous Peoples”, and was", 72,
              539, 216, 9.5),
        _line("the result of what might be termed conceptual violence, in the dominating and", 72,
              534, 131, 9.5),
        _line("several decades of work regarding Indigenous peoples, with the exception of the",
              117, 501, 718, 10.4, page=2),
        _line("Preliminary Study.", 117, 330, 704.4, 10.4, page=2)]
    texts = [t for _, t in _pdf_paragraphs(lines, 10.4)]
    assert any(t.endswith("during the past several decades of work regarding Indigenous peoples, "
                          "with the exception of the Preliminary Study.") for t in texts)


def test_lettered_articles():
    md = ("### PART  III\n\n### Article  A\n\n####Undertakings\n\n1. Each Party undertakes.\n\n"
          "### Article  D\n\n####Collective complaints\n\n1. The provisions apply.\n\n"
          "### Appendix\n\n### Article  B, paragraph 2\n\nFor the purpose of paragraph 2.\n")
    loc = located(markdown_blocks(md))
    assert loc["1. Each Party undertakes."] == "Art. A(1)"
    assert loc["1. The provisions apply."] == "Art. D(1)"
    assert loc["For the purpose of paragraph 2."] == "Appendix, Art. B(2)"
    assert located(markdown_blocks("### Article a\n\nText here.\n"))["Text here."] == "¶ 1"


def test_an_article_titled_appendix_is_no_appendix():
    md = ("### Article  N\n\n####Appendix\n\nThe appendix to this Charter shall form an integral "
          "part of it.\n\n### Article  O\n\n####Notifications\n\na) any signature;\n\n"
          "####Appendix to the Revised European Social Charter\n\n###1\n\nWithout prejudice to "
          "Article 12.\n")
    loc = located(markdown_blocks(md))
    assert loc["The appendix to this Charter shall form an integral part of it."] == "Art. N"
    assert loc["a) any signature;"] == "Art. O(a)"
    assert loc["Without prejudice to Article 12."] == "Appendix, para. 1"


def test_a_reports_first_numbered_paragraph_is_no_recital():
    """A UN report whose title, set on several lines, names a convention opened a preamble, and
    its para. 1 was cited "Preamble, para. 1 ¶ 2" (a researcher's trial, session 45)."""
    blocks = [H("Preparatory Commission for the Entry into Force"),      # its title's lines
              H("of the Agreement under the United Nations"),
              H("Convention on the Law of the Sea on the"),
              P("New York, 23 March–2 April 2026"),
              H("Report of the Preparatory Commission for the Entry into"),
              H("Force of the Agreement under the United Nations"),
              H("Convention on the Law of the Sea on the Conservation and"),
              H("I. Introduction"),
              P("1. In its resolution 78/272, the General Assembly decided to establish a "
                "preparatory commission."),
              P("2. In accordance with paragraph 13 of the resolution, support services were "
                "provided.")]
    loc = located(blocks)
    assert loc["1. In its resolution 78/272, the General Assembly decided to establish a "
               "preparatory commission."] == "para. 1"
    assert loc["2. In accordance with paragraph 13 of the resolution, support services were "
               "provided."] == "para. 2"
