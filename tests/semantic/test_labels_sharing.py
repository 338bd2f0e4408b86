"""Labels from what a cluster's statements share (issue 16, `semantic/sharing.py`): a phrase only
one statement holds gives way to one several hold; a cluster whose statements share no phrase
is named for what it mixes; a phrase headed by people, a body or a place is a last resort.

The statements (text, actor, aim and people as the statements stage gives them) are taken
unchanged from clusters of the labour-market example project (`corpus-tool build --project
examples/labour-market` with the defaults; ids are the statement ids there), which the session-7
rules were tuned on (the development half of draw e1618)."""
from __future__ import annotations

from corpus_tool.semantic.items import Item
from corpus_tool.semantic.labels import requirement_labels
from corpus_tool.semantic.sharing import by_share, holders, mixed, needed, tier, word_keys
from corpus_tool.semantic.terms import label_terms

from tests.semantic.test_labels_naming import DEROGATION, ELIMINATION


def _items(rows) -> list[Item]:
    return [Item(id=i, text=t, doc_id=i.split(":", 1)[0], actor=a, aim=v, beneficiaries=b)
            for i, t, a, v, b in rows]


TRAINING = _items([  # c-7437798a
    ('cedaw-gr26-2008:para-26:s24', '(g) Training and awareness-raising:', '', 'Training', ()),
    ('cedaw-gr26-2008:para-24:s4',
     '(b) Education, awareness-raising and training with standardized content:', '', '', ()),
    ('ilo-c142-1975:part-x-para-2-d:s1',
     '(d) mass communication and extension training techniques;', '', 'mass', ()),
])
SUPERVISION = _items([  # c-635d7645: four statements that share no requirement
    ('cescr-gc19-2007:para-11:s1',
     'The system should be established under domestic law, and public authorities must take '
     'responsibility for the effective administration or supervision of the system.',
     '', 'established', ()),
    ('cmw-gc2-2013:para-21:s4',
     '(e) Provide human rights training for public officials; and (f) Effectively monitor the '
     'conduct of State agents, and regulate that of private persons and entities, with a view '
     'to preventing such acts.', '', 'Provide', ()),
    ('cedaw-gr26-2008:para-25:s2', '(a) Training, monitoring and supervision of Government '
     'agents:', '', '', ()),
    ('ilo-c081-1947:art-5:s1',
     'The competent authority shall make appropriate arrangements to promote:',
     'competent authority', 'make', ()),
])
GROUPS = [ELIMINATION, DEROGATION, SUPERVISION, TRAINING]


def _labels(groups=None) -> list[str]:
    groups = GROUPS if groups is None else groups
    terms = label_terms([[it.text for it in g] for g in groups], top_n=6)
    return requirement_labels(groups, terms, [", ".join(t[:3]) for t in terms])


def test_a_phrase_one_statement_holds_gives_way_to_one_several_hold():
    """'education, awareness-raising and training with standardized content' was the label:
    one statement's phrase; two of the three statements hold 'training and awareness-raising'."""
    bags = [word_keys(it.text) for it in TRAINING]
    assert holders("training and awareness-raising", bags) == 2
    assert holders("education, awareness-raising and training with standardized content",
                   bags) == 1
    assert _labels()[3] == "training and awareness-raising"


def test_a_cluster_whose_statements_share_no_phrase_is_named_for_what_it_mixes():
    label = _labels()[2]
    assert label.startswith("mixed: ") and "; " in label
    first, second = label[len("mixed: "):].split("; ")
    bags = [word_keys(it.text) for it in SUPERVISION]
    assert holders(first, bags) == 1 and holders(second, bags) >= 1
    assert not word_keys(first) & word_keys(second)          # two things, not one said twice
    assert not _labels()[0].startswith("mixed")               # a shared aim: no mix
    assert mixed(["right to vote"], bags) == ""               # one candidate: nothing to pair


def test_the_aim_noun_a_label_adds_need_not_be_in_the_statements():
    bags = [word_keys(it.text) for it in ELIMINATION]
    assert holders("elimination of discrimination against women", bags) == len(ELIMINATION)
    assert holders("discrimination in education", bags) == 1


def test_people_bodies_and_places_come_last_and_one_statement_is_not_shared():
    assert tier("United Nations Headquarters", 10, 10) == 2
    assert tier("workers in agriculture", 10, 10) == 2
    assert tier("labour inspection", 1, 10) == 1 and tier("labour inspection", 2, 10) == 0
    assert needed(1) == 1 and needed(10) == 2
    bags = [word_keys(it.text) for it in TRAINING]
    order = by_share({"United Nations Headquarters": 9.0, "training techniques": 5.0,
                      "training and awareness-raising": 1.0}, bags)
    assert order == ["training and awareness-raising", "training techniques",
                     "United Nations Headquarters"]
