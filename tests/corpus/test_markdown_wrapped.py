"""A Markdown export with a blank line at every line wrap (a blog's repost of the Jakarta
Declaration on the right to environmental information, STRIPE meeting, 1 May 2013, as the
public repository `movanet/Quartz` keeps it: `quartz/content/blog/2013-05-jakarta-declaration-
for-strengthening.html.md` @ 55497689; a short excerpt, quoted for the test): 33 of its 54
statements ended mid-sentence, and the blog's "Further info, click here" was listed as an
obligation (a researcher's trial, session 44)."""
from __future__ import annotations

from corpus_tool.corpus import extract_document

EXPORT = """Representatives of governments, international organizations, civil society organizations, and 

academia from China, Indonesia, Japan, Mongolia, Philippines, and Thailand, gathered in Jakarta, Indonesia 

between April 29- May 1 for the Strengthening the Right to Information for People and the Environment (STRIPE) 

regional meeting to propose strategies and new actions to improve environmental information in Asia for people and the environment:

6\\. Governments in the Asian region need to improve FOI laws to comply with international standards. 

Areas of priority in the region include:

a. Protection of public officials from being sued for the release of information under FOI laws;

c. Reforming broad exemptions in FOI laws and ensuring the public interest is considered in 

deliberations whether to grant or refuse information;

11\\. It is important to release environmental information and data at all stages of collection and analysis on the internet. Information must be made available that can 

be systematic, timely, reliable, comprehensive, user friendly, accessible, inexpensive and 

accurate.

Further info, [click here](http://www.accessinitiative.org/event/2013/04/stripe-strengthening-right-information-people-and-environment)

[Newer Post](http://blog.crpg.info/2013/05/cash-strapped-governments-will-need.html "Newer Post") [Older Post](http://blog.crpg.info/2013/01/the-key-to-water-for-all-is-governance.html "Older Post") [Home](http://blog.crpg.info/)
"""


def test_a_sentence_cut_by_blank_lines_is_one_passage_and_blog_links_are_left_out(tmp_path):
    path = tmp_path / "jakarta.md"
    path.write_text(EXPORT, encoding="utf-8")
    texts = [s.text for s in extract_document(path).segments]
    assert texts[0].startswith("Representatives of governments, international organizations, "
                               "civil society organizations, and academia from China")
    assert texts[0].endswith("for people and the environment:")
    assert ("c. Reforming broad exemptions in FOI laws and ensuring the public interest is "
            "considered in deliberations whether to grant or refuse information;") in texts
    assert any(t.endswith("user friendly, accessible, inexpensive and accurate.") for t in texts)
    # list items stay items of their own
    assert "a. Protection of public officials from being sued for the release of information " \
           "under FOI laws;" in texts
    assert not [t for t in texts if "click here" in t or "Older Post" in t]
    assert len(texts) == 6


def test_emphasis_whose_closing_mark_took_the_space_is_undone(tmp_path):
    # the Aarhus Convention, Art. 6(10), as the Dutch treaty database's Markdown sets it
    # (`statengeneraal/laws-markdown`): its quote kept "*mutatis mutandis, *and" (a
    # researcher's trial, session 44)
    path = tmp_path / "aarhus.md"
    path.write_text("#### Article 6\n\n10. Each Party shall ensure that, when a public authority "
                    "reconsiders or updates the operating conditions for an activity referred to "
                    "in paragraph 1, the provisions of paragraphs 2 to 9 of this article are "
                    "applied *mutatis mutandis, *and where appropriate.\n", encoding="utf-8")
    [seg] = extract_document(path).segments
    assert seg.locator == "Art. 6(10)"
    assert seg.text.endswith("applied mutatis mutandis, and where appropriate.")
