"""A group nobody named is titled by what most of its statements share, not by one source's words
(issue 15).

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
the CoE Convention on the Legal Status of Migrant Workers (ETS 93), Art. 7 and 17, ILO C181,
Art. 8(2), CMW General Comment 2 and General Comment 1."""
from __future__ import annotations

from corpus_tool.naming import StatementParts, name_group
from corpus_tool.naming.group import sharing, shared_phrase

ETS93_7 = ("The arrangements for payment shall be determined under bilateral agreements, which "
           "may also extend these measures to families and to workers recruited individually.")
ETS93_17 = ("Each Contracting Party shall permit, under bilateral agreements or by any other "
            "means, the transfer of such sums as remain due to migrant workers when they leave "
            "the territory of the receiving State.")
C181 = ("Where workers are recruited in one country for work in another, the Members concerned "
        "shall consider concluding bilateral agreements to prevent abuses and fraudulent "
        "practices in recruitment, placement and employment.")
GC2 = ("In addition, States parties should conclude bilateral agreements so that migrant workers "
       "who return to their State of origin may have access to justice in the State of employment "
       "to file complaints about abuse and to claim unpaid wages and benefits.")
GC1 = ("Moreover, States parties are encouraged to enter into bilateral agreements in order to "
       "ensure that migrants who return to their country of origin may have access to justice in "
       "the country of employment, including to complain about abuse and to claim unpaid wages "
       "and benefits.")


def test_sharing_counts_the_statements_that_say_every_content_word():
    texts = [ETS93_7, C181, GC2]
    assert sharing("Bilateral agreements", texts) == 3
    assert sharing("Arrangements for payment under bilateral agreements", texts) == 1
    assert sharing("Access to justice", [GC2, GC1, C181]) == 2


def test_the_shared_phrase_is_a_key_phrase_most_statements_say():
    texts = [ETS93_7, ETS93_17, C181]
    assert shared_phrase(["payment", "bilateral agreements"], texts).lower() == \
        "bilateral agreements"
    assert shared_phrase(["payment", "transfer"], texts) == ""


def test_a_group_nobody_named_is_not_titled_by_one_source():
    texts = [ETS93_7, ETS93_17, C181, GC2]
    nm = name_group([StatementParts(text=t, strength="obligation") for t in texts],
                    keys=["bilateral agreements", "payment", "transfer"], who="", status=False)
    assert 2 * sharing(nm.title, texts) >= len(texts), nm.title
    assert nm.question.startswith("Does the law") and nm.question.endswith("?")


def test_a_gist_most_sources_share_is_kept():
    texts = [GC2, GC1, C181]
    nm = name_group([StatementParts(text=t, strength="recommendation") for t in texts],
                    keys=["access to justice", "bilateral agreements"], who="", status=False)
    assert 2 * sharing(nm.title, texts) >= len(texts), nm.title
