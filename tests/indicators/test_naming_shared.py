"""A group nobody named is titled by what most of its statements share, not by one source's words
(issue 15).

Texts: the labour-market example's corpus (examples/labour-market/corpus, see its SOURCES.md):
the CoE Convention on the Legal Status of Migrant Workers (ETS 93), Art. 7 and 17, ILO C181,
Art. 8(2), CMW General Comment 2 and General Comment 1."""
from __future__ import annotations

from corpus_tool.naming import StatementParts, name_group
from corpus_tool.naming.group import actor_stems, names_actor, sharing, shared_phrase

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
    # its head is what most of them say; its object, the one statement that gives one
    # (`complement.with_object`)
    head = " ".join(nm.title.split()[:2])
    assert 2 * sharing(head, texts) >= len(texts) and len(nm.title.split()) > 2, nm.title
    assert nm.question.startswith("Does the law") and nm.question.endswith("?")


def test_a_gist_most_sources_share_is_kept():
    texts = [GC2, GC1, C181]
    nm = name_group([StatementParts(text=t, strength="recommendation") for t in texts],
                    keys=["access to justice", "bilateral agreements"], who="", status=False)
    assert 2 * sharing(nm.title, texts) >= len(texts), nm.title


# CEDAW General Recommendation 26, para. 24 (labour-market example): what most of them share is
# who acts, 'States parties', not a provision
GR26 = ("States parties should repeal sex-specific bans and discriminatory restrictions on women's "
        "migration on the basis of age, marital status, pregnancy or maternity status.",
        "States parties should ensure that women have equal and independent access to travel "
        "documents (article 2 (d));",
        "States parties should ensure the availability of legal assistance in connection with "
        "migration for work.")


def test_who_acts_is_never_the_shared_phrase():
    # all three say 'States parties'; 'migration', said by two, is one word (not a title)
    assert shared_phrase(["states parties", "migration"], GR26) == ""
    assert shared_phrase(["states parties", "bilateral agreements"],
                         [GR26[0], GR26[1], GC2]).lower() == ""
    assert shared_phrase(["states parties", "bilateral agreements"],
                         [GC1, GC2, GR26[0]]).lower() == "bilateral agreements"
    # the statements' own actor part counts as who acts, whatever its words
    assert names_actor("The Committee", actor_stems([])) and \
        names_actor("National employment services", actor_stems(
            [StatementParts(text="", actor="national employment services")]))
    assert not names_actor("Legal assistance for Member States' nationals", actor_stems([]))


def test_a_group_whose_statements_share_only_their_actor_is_not_titled_by_it():
    parts = [StatementParts(text=t, actor="States parties", strength="recommendation")
             for t in GR26]
    nm = name_group(parts, keys=["states parties", "women", "migration"], who="women",
                    status=False)
    assert not names_actor(nm.title, actor_stems(parts)), nm.title
    assert "states parties" not in nm.title.lower()
    nm = name_group(parts, keys=["states parties"], who="", status=False)
    assert "states parties" not in nm.title.lower(), nm.title


# ILO C097, Annex I, Art. 7(2), and R150 (with C142), Part III, para. 3: the four sources of the
# labour example's bilateral-agreements candidate, two of which say 'bilateral agreements'
C097 = ("2. Where the members maintain a system of supervision over contracts of employment, such "
        "agreements shall indicate the methods by which the contractual obligations of the "
        "employers shall be enforced.")
R150 = ("(3) The information and guidance should be supplemented by information on general "
        "aspects of collective agreements and of the rights and obligations of all concerned "
        "under labour law; this information should be provided in accordance with national law "
        "and practice, taking into account the respective functions and tasks of the workers' "
        "and employers' organisations concerned.")


def test_a_key_phrase_half_the_statements_say_is_shared_as_a_gist_half_of_them_say_is():
    texts = [ETS93_7, C097, R150, C181]
    assert sharing("bilateral agreements", texts) == 2
    assert shared_phrase(["bilateral agreements", "concerned", "employers"], texts).lower() == \
        "bilateral agreements"
    nm = name_group([StatementParts(text=t, strength="obligation") for t in texts],
                    keys=["bilateral agreements", "concerned", "obligations", "members"],
                    who="", status=False)
    # not ETS 93's 'arrangements for payment', nor the bare instrument: with its object
    assert nm.title.startswith("Bilateral agreements to prevent abuses"), nm.title
