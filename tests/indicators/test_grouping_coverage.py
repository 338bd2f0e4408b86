"""Drafts cover what the corpus provides and nobody has coded yet (issue 15): confident suggestions
of an area that join no coded group become a candidate indicator of their own when different
statements of three documents say it; fewer documents, or one text repeated, found nothing.

Texts: the labour-market example's corpus (examples/labour-market/corpus/added, see its
SOURCES.md): the European Social Charter (1961) and its revision (1996), Part I, 18; the European
Convention on Establishment (ETS 19), Art. 10; the Protection of Wages Convention (ILO C095),
Art. 3(1). Parsed by the real statements stage."""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from corpus_tool.indicators.draft import draft_framework
from corpus_tool.indicators.evidence import Evidence
from corpus_tool.indicators.phrasing import group_by_meaning
from corpus_tool.naming import country_words
from corpus_tool.naming.quality import title_problem
from corpus_tool.models import CodebookArea
from corpus_tool.semantic import HashEmbedder

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "labour-market" / "corpus" / "added"
ESC_1961 = ("coe_ets035_social_charter_1961", "The nationals of anyone of the Contracting Parties "
            "have the right to engage in any gainful occupation in the territory of anyone of "
            "the others on a footing of equality with the nationals of the latter, subject to "
            "restrictions based on cogent economic or social reasons.")
ESC_1996 = ("coe_ets163_social_charter_revised_1996", "The nationals of any one of the Parties "
            "have the right to engage in any gainful occupation in the territory of any one of "
            "the others on a footing of equality with the nationals of the latter, subject to "
            "restrictions based on cogent economic or social reasons.")
ETS_19 = ("coe_ets019_establishment_1955", "Each Contracting Party shall authorise nationals of "
          "the other Parties to engage in its territory in any gainful occupation on an equal "
          "footing with its own nationals, unless the said Contracting Party has cogent economic "
          "or social reasons for withholding the authorisation.")
C095 = ("ilo_c095_1949", "Wages payable in money shall be paid only in legal tender, and payment "
        "in the form of promissory notes, vouchers or coupons, or in any other form alleged to "
        "represent legal tender, shall be prohibited.")
ACCESS = [CodebookArea(id="access", name="Access to the labour market",
                       definition="Whether migrants may take up work.")]


def _embed(texts):
    return HashEmbedder().encode(texts)


def _suggested(case, area: str = "access") -> list[Evidence]:
    from corpus_tool.statements.stage import extract
    doc, text = case
    path = next(CORPUS.glob(doc + "*"))
    assert text in " ".join(path.read_text(encoding="utf-8").split()), doc
    out = []
    for k, d in enumerate(extract(text)):
        p = d.parts
        out.append(Evidence(area=area, doc_id=doc, quote=text[d.start:d.end], start=d.start,
                            end=d.end, text=text[d.start:d.end], strength=p.strength, aim=p.aim,
                            object=p.object, condition=p.condition,
                            beneficiaries=tuple(p.beneficiaries), kind="suggestion", score=0.9,
                            statement_id=f"{doc}:s{k}", model_id="test"))
    return out


LOOSE = 0.45      # the hashing embedder is cruder than MiniLM: ETS 19 meets the Charter at 0.48


def test_an_uncoded_provision_said_by_three_documents_becomes_a_candidate_indicator():
    ev = _suggested(ESC_1961) + _suggested(ESC_1996) + _suggested(ETS_19) + _suggested(C095)
    groups = group_by_meaning(ev, _embed, use_hints=False, group_min=LOOSE)
    assert len(groups) == 1          # wages, said once, founds nothing
    assert {e.doc_id for e in groups[0].items} == {ESC_1961[0], ESC_1996[0], ETS_19[0]}
    assert groups[0].hint == "" and all(e.kind == "suggestion" for e in groups[0].items)
    # without coverage (as before), suggestions only ever join coded groups
    assert group_by_meaning(ev, _embed, use_hints=False, group_min=LOOSE, cover=False) == []
    # the order of the input does not matter
    again = group_by_meaning(list(reversed(ev)), _embed, use_hints=False, group_min=LOOSE)
    assert [[e.key for e in g.items] for g in again] == [[e.key for e in g.items]
                                                         for g in groups]


def test_two_documents_or_one_text_repeated_found_nothing():
    assert group_by_meaning(_suggested(ESC_1961) + _suggested(ESC_1996), _embed,
                            group_min=LOOSE) == []
    copies = [replace(e, doc_id=d, statement_id=f"{d}:s0") for d in ("copy-1", "copy-2")
              for e in _suggested(ESC_1961)]
    assert group_by_meaning(_suggested(ESC_1961) + copies, _embed) == []


def test_a_suggestion_that_joins_a_coded_group_founds_no_other():
    coded = [Evidence(area="access", doc_id="coded-doc", quote=ETS_19[1], text=ETS_19[1],
                      start=0, end=len(ETS_19[1]), strength="obligation",
                      indicator="lab-acc-open", creator="coder-l",
                      annotation_id="coded-doc:coder-l:1")]
    ev = coded + _suggested(ESC_1961) + _suggested(ESC_1996) + _suggested(ETS_19)
    groups = group_by_meaning(ev, _embed, attach_min=0.0, group_min=LOOSE)
    assert [g.hint for g in groups] == ["lab-acc-open"]


def test_the_candidate_is_drafted_with_its_sources_and_leaves_the_coded_titles_alone(
        monkeypatch):
    import corpus_tool.indicators.draft as draft
    monkeypatch.setattr(draft, "group_by_meaning", partial(group_by_meaning, group_min=LOOSE))
    wages = [replace(e, kind="annotation", indicator="access-wages", creator="coder-l",
                     annotation_id=f"{e.doc_id}:coder-l:{k}")
             for k, e in enumerate(_suggested(C095))]
    coded_only = draft_framework(wages, areas=ACCESS, docs={}, topics=[])
    ev = wages + _suggested(ESC_1961) + _suggested(ESC_1996) + _suggested(ETS_19)
    fw = draft_framework(ev, areas=ACCESS, docs={}, topics=[])
    [new] = [i for i in fw.indicators() if i.id != "access-wages"]
    assert {s.anchor.doc_id for s in new.sources} == {ESC_1961[0], ESC_1996[0], ETS_19[0]}
    assert all(s.linked_by.by == "corpus-tool areas suggest" for s in new.sources)
    # named from its own statements, a whole noun phrase, the id from the title
    assert new.id == "access-" + "-".join(new.title.lower().split())
    assert title_problem(new.title) is None
    said = country_words(" ".join(s.quote for s in new.sources))  # 'Parties' said of countries
    assert all(w in said.lower() for w in new.title.lower().split())
    assert new.question.endswith("?") and new.question.startswith("Does ")
    # the coded indicator reads as it did without the candidate
    [before] = coded_only.indicators()
    [after] = [i for i in fw.indicators() if i.id == "access-wages"]
    assert (after.title, after.question) == (before.title, before.question)
