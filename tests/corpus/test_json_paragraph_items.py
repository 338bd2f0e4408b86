"""The lettered items of a paragraph a JSON paragraph list gives as one record are cited to the
item: a statement or a coding of Joint General Comment No. 4/23's para. 17(d) was cited
"para. 17" (trials 41 and 42: CEDAW General Recommendation No. 32's recommendations, "para. 63"
for "para. 63(g)"). The passage stays whole: its id, text and offsets, which links record, are
unchanged. The file is the reference corpus's own (`corpus/SOURCES.md`)."""
from __future__ import annotations

from contextlib import closing

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.indicators.evidence import collect_evidence
from corpus_tool.inline_items import cited_in, items
from corpus_tool.statements.stage import update_statements
from corpus_tool.store.db import connect

from tests.indicators.conftest import REPO, make_project

GC23 = REPO / "corpus" / "general-comments" / "Annotated_CRC-CMW-GC23-Migration.json"
ITEM_D = "Be heard and take part in all stages of the proceedings"
ITEM_F = "have access to free legal aid"


@pytest.fixture(scope="module")
def para17() -> str:
    return next(s.text for s in extract_document(GC23).segments if s.locator == "para. 17")


def _cite(text: str, quote: str, locator: str = "para. 17") -> str:
    at = text.index(quote)
    return cited_in(locator, text, at, at + len(quote))


def test_each_item_of_a_paragraph_read_whole_is_cited_to_its_letter(para17):
    marks = [parts for _, parts in items(para17)]
    assert marks[:8] == [(c,) for c in "abcdefgh"]      # "(c )" and "(e )" as the file has them
    assert _cite(para17, ITEM_D) == "para. 17(d)"
    assert _cite(para17, ITEM_F) == "para. 17(f)"
    # the chapeau, and a quote over two items, are the paragraph's
    assert _cite(para17, "children should be guaranteed the right to") == "para. 17"
    both = para17[para17.index(ITEM_D):para17.index(ITEM_F)]
    assert _cite(para17, both) == "para. 17"
    # only a paragraph read whole: an article's passage is cited as its reader cites it
    assert _cite(para17, ITEM_D, "Art. 3") == "Art. 3"


def test_sub_items_and_references_are_not_taken_for_items():
    text = ("States should: (a) Ensure that children are heard, as set out in article 12 (b) of "
            "the Convention; (b) Provide: (i) interpretation; (ii) legal aid; and (c) Review it.")
    assert [p for _, p in items(text)] == [("a",), ("b",), ("b", "i"), ("b", "ii"), ("c",)]
    assert _cite(text, "legal aid", "para. 9") == "para. 9(b)(ii)"
    assert _cite(text, "article 12", "para. 9") == "para. 9(a)"
    # one letter alone is no list: "(a)" in running text
    lone = "The rights in article 2 (a) apply. (a) Children are heard."
    assert items(lone) == [] and _cite(lone, "Children", "para. 9") == "para. 9"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    p = make_project(tmp_path_factory.mktemp("items") / "p", annotations=[
        ("access", "cmw-crc-jgc4-23-2017", ITEM_F, None, ""),
        ("access", "cmw-crc-jgc4-23-2017", "shall have full access to all levels and all aspects "
         "of education", None, "")])
    with closing(connect(p.db_path)) as conn:
        update_statements(conn, pipeline="rules")
    return p


def test_statements_and_codings_of_an_item_are_cited_to_it(project):
    with closing(connect(project.db_path)) as conn:
        rows = conn.execute("SELECT s.locator, s.text, p.locator FROM statements s JOIN passages "
                            "p ON p.id = s.passage_id WHERE s.doc_id = 'cmw-crc-jgc4-23-2017' "
                            "AND p.locator = 'para. 17'").fetchall()
        evidence, _ = collect_evidence(project, conn, use_suggestions=False)
    cited = {text: loc for loc, text, _ in rows}
    # item (d) is a statement of its own, though the file prints the next mark "(e )": it ran
    # into (e) and was cited to the paragraph
    (d,) = [t for t in cited if ITEM_D in t]
    assert cited[d] == "para. 17(d)" and "consular" not in d
    assert {loc for loc, _, _ in rows} >= {"para. 17(a)", "para. 17(d)", "para. 17(e)",
                                           "para. 17(f)"}
    by_quote = {e.quote: e for e in evidence}
    assert by_quote[ITEM_F].locator == "para. 17(f)"
    assert by_quote[ITEM_F].passage_id == "cmw-crc-jgc4-23-2017:para-17"   # the passage is whole
    assert by_quote["shall have full access to all levels and all aspects of education"
                    ].locator == "para. 59"


UNDRIP = REPO / "tests" / "data" / "markdown" / "un-undrip-2007-arts-1-9-excerpt.md"


def test_items_run_on_into_a_passage_cited_to_the_first_are_cited_each_to_its_own():
    """Trial 44 (P5): a Markdown copy of the Declaration on the Rights of Indigenous Peoples sets
    Art. 8(2)'s items (a)–(e) on one line; the passage is cited `Art. 8(2)(a)`, and all five
    statements were cited (a): "(b) Any action which has the aim or effect of dispossessing them
    of their lands" among them."""
    segs = {s.locator: s.text for s in extract_document(UNDRIP).segments}
    text = segs["Art. 8(2)(a)"]
    assert _cite(text, "depriving them of their integrity", "Art. 8(2)(a)") == "Art. 8(2)(a)"
    assert _cite(text, "dispossessing them of their lands", "Art. 8(2)(a)") == "Art. 8(2)(b)"
    assert _cite(text, "forced assimilation or integration", "Art. 8(2)(a)") == "Art. 8(2)(d)"
    assert _cite(text, text[:text.index("(c)")], "Art. 8(2)(a)") == "Art. 8(2)"
    # a passage that is one item alone keeps its locator
    assert _cite(segs["Art. 8(2)"], "effective mechanisms", "Art. 8(2)") == "Art. 8(2)"
