"""Markdown as websites write it (issue 13): front matter is metadata, comments, escapes,
entities and footnote marks are not text, and articles written as emphasis are headings."""
from __future__ import annotations

from corpus_tool.corpus.readers.base import Block
from corpus_tool.corpus.readers.markdown import markdown_blocks
from corpus_tool.corpus.readers.mdsource import split_front_matter
from corpus_tool.corpus.segment import segment

PAGE = """---
title: 'United Nations Declaration on the Rights of Indigenous Peoples'
permalink: /undrip/
tags:
  - UN
---
<!-- Congress of the United States
begun and held at the City of New-York -->
&#91;_without reference to a Main Committee_&#93;

_Taking note_ of the recommendation of the Council, [^1] by which it adopted \\*1 the text.

_Article 14_

1.  Indigenous peoples have the right to establish their educational systems.
2.  Indigenous individuals have the right to all levels of education.
Article 15
[Personal freedoms]

(1) Every person shall have the right to life. See \\[or her\\] rights.

[^1]: See Official Records of the General Assembly.
"""


def test_front_matter_is_split_off_yaml_and_toml():
    meta, body = split_front_matter("+++\ntitle = \"x\"\n+++\nText.\n")
    assert meta == 'title = "x"\n' and body == "Text.\n"
    assert split_front_matter("No front matter\n---\n") == ("", "No front matter\n---\n")


def test_markdown_page_becomes_clean_blocks_with_articles():
    blocks = markdown_blocks(PAGE)
    texts = [b.text for b in blocks]
    joined = "\n".join(texts)
    for junk in ("permalink", "title:", "Congress", "&#91;", "[^1]", "\\*", "\\[", "_"):
        assert junk not in joined, junk
    assert "[without reference to a Main Committee]" in texts
    assert "Taking note of the recommendation of the Council, by which it adopted *1 the text." \
        in texts
    assert [b.text for b in blocks if b.kind == "heading"] == ["Article 14", "Article 15"]
    assert [b for b in blocks if b.note] == [blocks[-1]] and blocks[-1].note == "1"
    _, segs, _ = segment(blocks)
    loc = {s.text[:20]: s.locator for s in segs}
    assert loc["2. Indigenous indivi"] == "Art. 14(2)"
    assert loc["(1) Every person sha"] == "Art. 15(1)"
    assert "See [or her] rights." in next(s.text for s in segs if s.locator == "Art. 15(1)")
    assert loc["See Official Records"] == "fn. 1"


def test_structure_notations_of_other_legal_texts():
    # "Article I-10" (the 2004 Constitution), sections as units, CJEU "20 In that regard"
    _, segs, _ = segment([Block("Article I-10", kind="heading"), Block("Citizenship", kind="heading"),
                          Block("2. Citizens shall enjoy:"), Block("(a) the right to move;")])
    assert [s.locator for s in segs] == ["Art. I-10(2)", "Art. I-10(2)(a)"]
    _, segs, _ = segment([Block("Section 1. No person shall be deprived of life."),
                          Block("Section 3.", kind="heading"), Block("1. The privacy shall be."),
                          Block("2. Any evidence obtained shall be inadmissible.")])
    assert [s.locator for s in segs] == ["s. 1", "s. 3(1)", "s. 3(2)"]
    judgment = [Block("24 March 2022 ( *1 )")] + [
        Block(f"{n} The Court {'held' if n % 2 else 'said'} this, in paragraph {n}.")
        for n in range(1, 8)]
    _, segs, _ = segment(judgment)
    assert [s.locator for s in segs][1:] == [f"para. {n}" for n in range(1, 8)]
    assert segs[0].locator != "para. 24"


def test_a_paragraph_that_is_only_a_link_is_navigation_but_linked_words_in_text_stay():
    blocks = markdown_blocks("Text of the statement.\n\n[⤓ Download the Statement as a PDF]"
                             "(/assets/s.pdf)\n\n-   [Русский](http://un.org/ru.pdf),\n\n"
                             "See the [Declaration](http://un.org/d.html) itself.\n")
    assert [b.text for b in blocks] == ["Text of the statement.", "Русский,",
                                        "See the Declaration itself."]
