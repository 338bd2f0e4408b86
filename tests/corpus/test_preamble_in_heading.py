"""A web page that sets a convention's whole preamble inside its heading, `<h3>Preamble The
General Conference … adopts …</h3>` (a researcher's trial, session 43, on ILO C189 as a page of
`statengeneraal/laws-markdown` sets it): the heading named every article after it, the articles
read as preamble, and the statements stage found no statement in the whole convention. The
heading is now "Preamble" and its text the preamble's paragraph."""
from __future__ import annotations

from corpus_tool.corpus.readers.html import html_blocks
from corpus_tool.corpus.segment import segment

PAGE = (
    "<main><h1>C189 - Domestic Workers Convention, 2011 (No. 189)</h1>"
    "<h3>Preamble The General Conference of the International Labour Organization, Having been "
    "convened at Geneva by the Governing Body of the International Labour Office, and having met "
    "in its 100th Session on 1 June 2011, and Recognizing the significant contribution of "
    "domestic workers to the global economy, adopts this sixteenth day of June of the year two "
    "thousand and eleven the following Convention, which may be cited as the Domestic Workers "
    "Convention, 2011.</h3>"
    "<h3>Article  5</h3><p>Each Member shall take measures to ensure that domestic workers enjoy "
    "effective protection against all forms of abuse, harassment and violence.</p>"
    "<h3>Article  11</h3><p>Each Member shall take measures to ensure that domestic workers enjoy "
    "minimum wage coverage, where such coverage exists, and that remuneration is established "
    "without discrimination based on sex.</p></main>")


def test_a_preamble_set_in_its_heading_is_a_preamble_and_the_articles_are_not():
    _, segs, _ = segment(html_blocks(PAGE))
    by_loc = {s.locator: s for s in segs}
    assert by_loc["Preamble, para. 1"].text.startswith("The General Conference of the "
                                                       "International Labour Organization")
    for art in ("Art. 5", "Art. 11"):
        assert "Preamble" not in by_loc[art].heading
        assert by_loc[art].heading.endswith(f"Article {art.split()[1]}")


def test_a_short_heading_that_starts_with_preamble_stays_a_heading():
    _, segs, _ = segment(html_blocks("<h2>Preamble to the Charter</h2><p>Whereas the peoples "
                                     "of the United Nations have reaffirmed their faith.</p>"))
    assert all(s.text != "to the Charter" for s in segs)


def test_a_cover_naming_the_protocol_too_does_not_put_the_convention_in_it():
    # a researcher's trial (session 43): the UN edition of the CRPD opens with a cover "Convention
    # on the Rights of Persons with Disabilities and / Optional Protocol"; its last line opened
    # the Protocol's scope, and every article of the Convention was cited "Optional Protocol,
    # Art. …"
    from corpus_tool.corpus.readers.base import Block
    blocks = [Block("Convention on the Rights of Persons with Disabilities and", kind="heading"),
              Block("Optional Protocol", kind="heading"),
              Block("CONVENTION ON THE RIGHTS OF PERSONS WITH DISABILITIES", kind="heading"),
              Block("Preamble", kind="heading"),
              Block("The States Parties to the present Convention,"),
              Block("Article 27", kind="heading"),
              Block("1. States Parties recognize the right of persons with disabilities to work, "
                    "on an equal basis with others."),
              Block("Optional Protocol to the Convention on the Rights of Persons with "
                    "Disabilities", kind="heading"),
              Block("The States Parties to the present Protocol have agreed as follows:"),
              Block("Article 1", kind="heading"),
              Block("1. A State Party to the present Protocol recognizes the competence of the "
                    "Committee on the Rights of Persons with Disabilities.")]
    locs = [s.locator for s in segment(blocks)[1]]
    assert "Art. 27(1)" in locs and "Preamble, opening words" in locs
    assert "Optional Protocol, Art. 1(1)" in locs
    assert not [x for x in locs if x.startswith("Optional Protocol") and "27" in x]


def test_the_next_article_after_a_page_foot_run_into_the_text_heads_its_article():
    # a researcher's trial (session 43): a text export of the Official Journal (the EU Charter,
    # C 202, 7.6.2016) put the page foot before "Article 26"; the line before it ended with no
    # sentence end, and Art. 26 was read as part of Art. 25
    from corpus_tool.corpus.readers.markdown import markdown_blocks
    text = ("Article 25\nThe rights of the elderly\nThe Union recognises and respects the rights "
            "of the elderly to lead a life of dignity and independence\nand to participate in "
            "social and cultural life.7.6.2016\nEN\nOfficial Journal of the European Union\n"
            "C 202/399\nArticle 26\nIntegration of persons with disabilities\nThe Union "
            "recognises and respects the right of persons with disabilities to benefit from "
            "measures\ndesigned to ensure their independence.\n")
    by_loc = {s.locator: s.text for s in segment(markdown_blocks(text))[1]}
    assert by_loc["Art. 26"].startswith("Integration of persons with disabilities")
    assert "persons with disabilities" not in by_loc["Art. 25"]
    # a reference that runs on is no heading, numbered next or not: "… referred to in /
    # Article 26 of the Treaty …"
    ref = ("Article 25\nThe rights of the elderly\nMeasures referred to in\nArticle 26 of the "
           "Treaty shall apply.\n")
    assert "Art. 26" not in {s.locator for s in segment(markdown_blocks(ref))[1]}
