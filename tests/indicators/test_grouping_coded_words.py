"""Drafting from the corpus groups annotations by the words coders marked (issue 15): two
clauses of one sentence coded to two indicators stay apart when the ids are hidden, while
suggestions (whole statements) are still matched against the groups' statements. Texts: the
reference corpus (CRC art. 28(1)(b), CoE Migrant Workers Convention art. 14(1)) as coder-a coded
them in annotations/coder-a.jsonl."""
from __future__ import annotations

import numpy as np

from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.indicators.phrasing.meaning import GROUP_MIN, coded_text, meaning_text
from corpus_tool.semantic import HashEmbedder

CRC = ("b) Encourage the development of different forms of secondary education, including "
       "general and vocational education, make them available and accessible to every child, "
       "and take appropriate measures such as the introduction of free education and offering "
       "financial assistance in case of need;")
CRC_SECONDARY = ("Encourage the development of different forms of secondary education, "
                 "including general and vocational education, make them available and "
                 "accessible to every child")
CRC_FINANCIAL = ("take appropriate measures such as the introduction of free education and "
                 "offering financial assistance in case of need;")
COE = ("1. Migrant workers and members of their families officially admitted to the territory of "
       "a Contracting Party shall be entitled, on the same basis and under the same conditions as "
       "national workers, to general education and vocational training and retraining and shall "
       "be granted access to higher education according to the general regulations governing "
       "admission to respective institutions in the receiving State.")
COE_HIGHER = ("shall be granted access to higher education according to the general regulations "
              "governing admission to respective institutions in the receiving State")


def _embed(texts):
    return HashEmbedder().encode(texts)


def _coded(doc: str, statement: str, quote: str, indicator: str, n: int) -> Evidence:
    start = statement.index(quote)
    return Evidence(area="access", doc_id=doc, quote=quote, text=statement, start=start,
                    end=start + len(quote), strength="obligation", aim="encourage",
                    object="secondary education", indicator=indicator, creator="coder-a",
                    annotation_id=f"{doc}:coder-a:{n}", statement_id=f"{doc}:s1")


SECONDARY = _coded("un-crc-1989", CRC, CRC_SECONDARY, "acc-secondary-vocational", 1)
FINANCIAL = _coded("un-crc-1989", CRC, CRC_FINANCIAL, "acc-financial-support", 2)


def _cos(a: str, b: str) -> float:
    u, v = _embed([a, b])
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


def test_an_annotation_is_grouped_by_its_quote_a_suggestion_by_its_statement():
    assert coded_text(SECONDARY) == CRC_SECONDARY and coded_text(FINANCIAL) == CRC_FINANCIAL
    sugg = Evidence(area="access", doc_id="x", quote=CRC, text=CRC, kind="suggestion")
    assert coded_text(sugg) == CRC
    # what a statement is about besides its wording: its parts, and the coder's id with hints
    assert meaning_text(SECONDARY) == "encourage secondary education. secondary vocational"
    assert meaning_text(SECONDARY, with_hint=False) == "encourage secondary education"


def test_two_clauses_of_one_sentence_coded_apart_stay_apart_with_the_ids_hidden():
    assert _cos(CRC_SECONDARY, CRC_FINANCIAL) < GROUP_MIN       # the clauses say different things
    groups = group_by_meaning([SECONDARY, FINANCIAL], _embed, use_hints=False)
    assert sorted(len(g.items) for g in groups) == [1, 1]
    assert all(g.hint == "" for g in groups)
    # with the coder's ids each clause founds its own indicator, as before
    hinted = group_by_meaning([SECONDARY, FINANCIAL], _embed)
    assert sorted(g.hint for g in hinted) == ["acc-financial-support", "acc-secondary-vocational"]


def test_the_same_coded_words_in_two_instruments_meet():
    # the CoE convention's clause on higher education and a second coder's identical words
    higher = _coded("coe-migrant-workers-1977", COE, COE_HIGHER, "acc-higher-education", 3)
    again = Evidence(area="access", doc_id="other-doc", quote=COE_HIGHER, text=COE_HIGHER,
                     start=0, end=len(COE_HIGHER), strength="obligation",
                     annotation_id="other-doc:coder-b:1", creator="coder-b")
    groups = group_by_meaning([higher, again, FINANCIAL], _embed, use_hints=False)
    sizes = sorted(sorted(e.doc_id for e in g.items) for g in groups)
    assert sizes == [["coe-migrant-workers-1977", "other-doc"], ["un-crc-1989"]]


def test_a_suggestion_joins_the_group_whose_statements_it_repeats():
    # a General Comment repeating CRC art. 28(1)(b) word for word, suggested for `access`
    sugg = Evidence(area="access", doc_id="crc-gc-x", quote=CRC, text=CRC, start=0,
                    end=len(CRC), strength="obligation", kind="suggestion", score=0.9,
                    statement_id="crc-gc-x:s1")
    groups = group_by_meaning([SECONDARY, FINANCIAL, sugg], _embed, use_hints=False)
    holding = [g for g in groups if any(e.kind == "suggestion" for e in g.items)]
    assert len(holding) == 1 and len(holding[0].items) == 2
    # the result does not depend on the order of the input
    again = group_by_meaning([sugg, FINANCIAL, SECONDARY], _embed, use_hints=False)
    assert [[e.annotation_id or e.doc_id for e in g.items] for g in again] == \
        [[e.annotation_id or e.doc_id for e in g.items] for g in groups]
