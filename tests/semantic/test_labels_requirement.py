"""Cluster labels on real statements of the reference corpus (issue 16): the label is a whole
noun phrase of the statements naming what they require, with the aim where the statements
give it; never two phrases run together, never a phrase headed by a word that names nothing;
one label never repeats another; the same input gives the same labels.

The statements (text, actor, aim and people as the statements stage gives them) are taken
unchanged from clusters of the reference project (`corpus-tool cluster` with the defaults);
their ids are the statement ids there."""
from __future__ import annotations

import re

from corpus_tool.project import Project
from corpus_tool.semantic.cluster import cluster_items
from corpus_tool.semantic.items import Item
from corpus_tool.semantic.labels import requirement_labels
from corpus_tool.semantic.naming import AIM_NOUNS
from corpus_tool.semantic.terms import label_terms

from tests.semantic.conftest import gc_items


def _items(rows) -> list[Item]:
    return [Item(id=i, text=t, doc_id=i.split(":", 1)[0], actor=a, aim=v, beneficiaries=b)
            for i, t, a, v, b in rows]


FEES = _items([
    ("coe-esc-revised-1996:art-10-5-a:s1", "a) reducing or abolishing any fees or charges;",
     "Parties", "reducing", ()),
    ("coe-esc-1961:art-10-4-a:s1", "(a) reducing or abolishing any fees or charges;",
     "Contracting Parties", "reducing", ()),
    ("coe-migrant-workers-1977:art-9-2:s3", "It shall be issued and renewed free of charge or "
     "for a sum covering administrative costs only.", "", "issued", ()),
    ("crc-gc9-2007:para-57:s2", "It should also be emphasized that these provisions should be "
     "offered free of cost, whenever possible, and the process of acquiring such services should "
     "be efficient and simple avoiding long waits and bureaucracies.", "", "offered", ()),
    ("un-refugee-convention-1951:art-34:s2", "They shall in particular make every effort to "
     "expedite naturalization proceedings and to reduce as far as possible the charges and costs "
     "of such proceedings.", "Contracting States", "make", ())])
VOTE = _items([
    ("un-crpd-2006:art-44-4:s2", "Such an organization shall not exercise its right to vote if "
     "any of its member States exercises its right, and vice versa.", "Such an organization",
     "exercise", ()),
    ("un-smuggling-protocol-2000:art-23-2:s2", "Such organizations shall not exercise their "
     "right to vote if their member States exercise theirs and vice versa.",
     "Such organizations", "exercise", ()),
    ("un-smuggling-protocol-2000:art-23-2:s1", "2. Regional economic integration "
     "organizations, in matters within their competence, shall exercise their right to vote "
     "under this article with a number of votes equal to the number of their member States that "
     "are Parties to this Protocol.", "Regional economic integration organizations", "exercise",
     ()),
    ("un-crpd-2006:art-44-4:s1", "4. Regional integration organizations, in matters within "
     "their competence, may exercise their right to vote in the Conference of States Parties, "
     "with a number of votes equal to the number of their member States that are Parties to the "
     "present Convention.", "Regional integration organizations", "exercise", ())])
NATIONALITY = _items([
    ("un-udhr-1948:art-15-1:s1", "1. Everyone has the right to a nationality.", "Everyone",
     "has", ("everyone",)),
    ("un-icerd-1965:art-5-d-iii:s1", "(iii) The right to nationality;", "States Parties",
     "prohibit", ()),
    ("cmw-crc-jgc4-23-2017:para-25:s1", "Nationality laws that discriminate with regard to the "
     "transmission or acquisition of nationality on the basis of prohibited grounds, including "
     "in relation to the child and/or his or her parents’ race, ethnicity, religion, gender, "
     "disability and migration status, should be repealed.", "", "repealed",
     ("children", "migrants", "parents", "persons with disabilities")),
    ("un-iccpr-1966:art-24-3:s1", "3. Every child has the right to acquire a nationality.",
     "Every child", "has", ("children",)),
    ("cmw-crc-jgc4-23-2017:para-26:s3", "States should take immediate steps to reform "
     "nationality laws that discriminate against women by granting equal rights to men and "
     "women to confer nationality on their children and spouses and regarding the acquisition, "
     "change or retention of their nationality.", "States", "take",
     ("children", "girls and women"))])
EXPLANATIONS = _items([
    ("un-icerd-1965:art-14-6-b:s1", "(b) Within three months, the receiving State shall submit "
     "to the Committee written explanations or statements clarifying the matter and the remedy, "
     "if any, that may have been taken by that State.", "receiving State", "submit", ()),
    ("un-iccpr-1966:optional-protocol-art-4-2:s1", "2. Within six months, the receiving State "
     "shall submit to the Committee written explanations or statements clarifying the matter "
     "and the remedy, if any, that may have been taken by that State.", "receiving State",
     "submit", ()),
    ("un-icerd-1965:art-11-1:s1", "Within three months, the receiving State shall submit to the "
     "Committee written explanations or statements clarifying the matter and the remedy, if any, "
     "that may have been taken by that State.", "receiving State", "submit", ())])
TREATMENT = _items([
    ("coe-migrant-workers-1977:art-26-1:s1", "1. Each Contracting Party shall secure to migrant "
     "workers treatment not less favourable than that of its own nationals in respect of legal "
     "proceedings.", "Each Contracting Party", "secure", ("migrant workers and their families",)),
    ("coe-migrant-workers-1977:art-13-1:s1", "1. Each Contracting Party shall accord to migrant "
     "workers, with regard to access to housing and rents, treatment not less favourable than "
     "that accorded to its own nationals, insofar as this matter is covered by domestic laws and "
     "regulations.", "Each Contracting Party", "accord", ("migrant workers and their families",)),
    ("un-refugee-convention-1951:art-17-1:s1", "1. The Contracting States shall accord to "
     "refugees lawfully staying in their territory the most favourable treatment accorded to "
     "nationals of a foreign country in the same circumstances, as regards the right to engage "
     "in wage-earning employment.", "Contracting States", "accord", ("refugees",))])
EQUALITY = _items([
    ("cedaw-gr26-2008:para-23:s1", "States parties should use the Convention and the general "
     "recommendations to formulate a gender-sensitive, rights-based policy on the basis of "
     "equality and non-discrimination to regulate and administer all aspects and stages of "
     "migration, to facilitate access of women migrant workers to work opportunities abroad, "
     "promoting safe migration and ensuring the protection of the rights of women migrant "
     "workers (articles 2 (a) and 3);", "States parties", "use",
     ("girls and women", "migrant workers and their families", "migrants")),
    ("un-cedaw-1979:art-7:s1", "States Parties shall take all appropriate measures to eliminate "
     "discrimination against women in the political and public life of the country and, in "
     "particular, shall ensure to women, on equal terms with men, the right:", "States Parties",
     "take", ("girls and women",)),
    ("un-cedaw-1979:art-16-1:s1", "1. States Parties shall take all appropriate measures to "
     "eliminate discrimination against women in all matters relating to marriage and family "
     "relations and in particular shall ensure, on a basis of equality of men and women:",
     "States Parties", "take", ("girls and women",))])
GROUPS = [FEES, VOTE, NATIONALITY, EXPLANATIONS, TREATMENT, EQUALITY]


def _labels(groups=GROUPS) -> list[str]:
    terms = label_terms([[it.text for it in g] for g in groups])
    return requirement_labels(groups, terms, [", ".join(t[:3]) for t in terms])


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’-]+", s.lower())


def _in_a_member(label: str, group) -> bool:
    """The label, without an aim noun composed before its object ('elimination of') and the
    people its statements name after it ('for children'), is a whole phrase of a member."""
    for who in {b for it in group for b in it.beneficiaries}:
        if label.endswith(f" for {who}"):
            label = label[:-len(f" for {who}")]
    first, _, rest = label.partition(" ")
    if first in AIM_NOUNS and not any(first in _words(it.text) for it in group):
        label = rest.partition(" ")[2] if rest.split()[0] in ("of", "for", "to", "on") else rest
    words = _words(label)
    return any(_words(it.text)[i:i + len(words)] == words
               for it in group for i in range(len(_words(it.text))))


def test_the_label_names_the_requirement_with_its_aim():
    fees, vote, nationality, *_ = _labels()
    assert fees == "reducing or abolishing any fees or charges"      # not 'fees or charges'
    assert vote == "right to vote"                                    # not 'number of votes'
    assert nationality.startswith("right to") and "nationality" in nationality


def test_every_label_is_a_whole_phrase_of_a_member_and_never_a_run_together_or_empty_head():
    labels = _labels()
    for label, group in zip(labels, GROUPS):
        assert _in_a_member(label, group), label
        assert _words(label)[-1] not in {"and", "or", "of", "to", "for", "the", "in", "with"}
        assert not re.search(r"\b(?:shall|must|should)\b", label)
    explanations, treatment, equality = labels[3:]
    assert "committee written" not in explanations.lower()           # 'submit to the Committee
    assert "workers treatment" not in treatment.lower()              # | written explanations'
    assert not equality.lower().startswith(("basis", "terms"))       # 'on the basis of …'
    assert "measures" not in equality.lower()


def test_a_label_never_repeats_another_even_for_the_same_statements():
    twins = [FEES, list(FEES), VOTE, list(VOTE)]
    labels = _labels(twins)
    assert len({label.lower() for label in labels}) == 4
    assert labels[0] == "reducing or abolishing any fees or charges"
    assert labels[2] == "right to vote"


def test_the_same_input_gives_the_same_labels(tmp_path):
    assert _labels() == _labels()
    items = gc_items()
    a = cluster_items(items, project=Project(tmp_path), backend="hash", method="kmeans", k=10)
    b = cluster_items(list(reversed(items)), project=Project(tmp_path), backend="hash",
                      method="kmeans", k=10)
    assert [(c.id, c.label) for c in a.clusters] == [(c.id, c.label) for c in b.clusters]
    assert len({c.label.lower() for c in a.clusters}) == len(a.clusters)
