"""A draft's rationale claims no more than its sources state (a researcher's trial, session 41):
a binding instrument cited only for words that state no duty or right (a savings clause of the
Framework Convention, Art. 14(3); a definition) is not among the "binding obligations" the
indicator is grounded in, and is named apart."""
from __future__ import annotations

from collections import Counter

from corpus_tool.indicators.phrasing.templates import phrase_rationale

FCNM = {"title": "Framework Convention for the Protection of National Minorities", "year": 1995,
        "doc_id": "coe-fcnm-1995", "legal_force": "binding", "locators": ["Art. 14(3)"]}
ESC = {"title": "European Social Charter (revised)", "year": 1996, "doc_id": "coe-esc-1996",
       "legal_force": "binding", "locators": ["Art. 19(11)"]}
GC = {"title": "General Comment No. 13", "year": 1999, "doc_id": "cescr-gc13-1999",
      "legal_force": "non-binding", "locators": ["para. 6"]}


def _rationale(docs):
    return phrase_rationale(docs=docs,
                            strengths=Counter({"obligation": 1, "none": 1}),
                            n_annotated=2, n_suggested=0)


def test_a_binding_text_cited_for_words_that_state_no_duty_is_named_apart():
    text = _rationale([{**ESC, "normative": True}, {**FCNM, "normative": False}])
    grounded = text[:text.index("Also cited")]
    assert "European Social Charter" in grounded and "Framework Convention" not in grounded
    assert ("Also cited, for words that state no duty or right: the Framework Convention for "
            "the Protection of National Minorities (1995), Art. 14(3).") in text


def test_only_such_texts_and_soft_law_ground_it_in_non_binding_texts_only():
    text = _rationale([{**FCNM, "normative": False}, GC])
    assert text.startswith("Grounded in non-binding texts only: the CESCR General Comment")
    assert "Also cited, for words that state no duty or right" in text


def test_a_binding_text_stating_a_duty_grounds_it_as_before():
    text = _rationale([{**ESC, "normative": True}, GC])
    assert text.startswith("Grounded in binding obligations in the European Social Charter")
    assert "Also cited" not in text


def test_binding_sources_are_named_by_what_most_of_them_do():
    # a researcher's trial 25: a temporary-housing indicator resting on "the President may
    # provide …" (4 permissions, 1 obligation, 1 prohibition) was "grounded in binding obligations"
    from corpus_tool.indicators.phrasing.templates import binding_verb
    assert binding_verb(Counter(permission=4, obligation=1, prohibition=1)) == "provide for"
    assert binding_verb(Counter(obligation=2, permission=2)) == "require"
    assert binding_verb(Counter(recognition=3, obligation=1)) == "recognise"
    assert binding_verb(Counter()) == "provide for"
    text = phrase_rationale(docs=[{**ESC, "normative": True}],
                            strengths=Counter(permission=4, obligation=1, prohibition=1),
                            n_annotated=6, n_suggested=0,
                            binding_verb=binding_verb(Counter(permission=4, obligation=1,
                                                              prohibition=1)))
    assert text.startswith("Grounded in binding provisions in the European Social Charter")


def test_the_levels_cover_the_people_most_statements_name():
    # a researcher's trial 25: one statement in two naming disability (as a ground of
    # discrimination) made the levels "covering all persons with disabilities concerned"
    from corpus_tool.indicators.phrasing import who_of
    bens = [("persons with disabilities",), ()]
    assert who_of(bens) == "persons with disabilities"            # the title may name them
    assert who_of(bens, most=True) == ""                          # the levels do not
    assert who_of([("children",), ("children",), ()], most=True) == "children"


PRTR = {"title": "Protocol on Pollutant Release and Transfer Registers", "year": 2003,
        "doc_id": "prtr-protocol-2003", "legal_force": "binding", "normative": True}


def test_a_binding_text_s_recommendation_elaborates_and_grounds_no_obligation():
    # a researcher's trial 27 (P11): "Grounded in binding obligations in the … Protocol …, Arts.
    # 5(5), 7(4) and 7(7)", where Art. 5(5) is "Each Party should provide links …"
    text = _rationale([{**PRTR, "locators": ["Art. 7(4)", "Art. 7(7)"]},
                       {**PRTR, "locators": ["Art. 5(5)"], "advisory": True}])
    grounded, elaborated = text.split(" Elaborated in ")
    assert "Arts. 7(4) and 7(7)" in grounded and "5(5)" not in grounded
    assert elaborated.startswith("the Protocol on Pollutant Release and Transfer Registers "
                                 "(2003), Art. 5(5).")
    only = _rationale([{**PRTR, "locators": ["Art. 5(5)"], "advisory": True}])
    assert only.startswith("Grounded in recommendations only: the Protocol on Pollutant")


def test_the_draft_cites_a_binding_text_s_should_apart(tmp_path):
    from corpus_tool.indicators.draft import _assemble
    from corpus_tool.indicators.evidence import Evidence
    from corpus_tool.models import Document

    doc = Document(id="prtr-protocol-2003", title=PRTR["title"], issuer="UNECE", year=2003,
                   type="protocol", legal_force="binding", language="en", path="p.md")
    texts = {"Art. 7(4)": ("Each Party shall require the owner to report.", "obligation"),
             "Art. 5(5)": ("Each Party should provide links to its registers.",
                           "recommendation")}
    items = [Evidence(area="information", doc_id=doc.id, quote=t, text=t, start=k * 100,
                      end=k * 100 + len(t), strength=st, locator=loc, annotation_id=f"a{k}",
                      creator="r27")
             for k, (loc, (t, st)) in enumerate(texts.items())]
    ind = _assemble("inf-prtr", items, {doc.id: doc}, title="Pollutant release registers",
                    question="Does the law provide for pollutant release registers?",
                    levels=[{"score": 100, "label": "full", "description": "x"},
                            {"score": 50, "label": "partial", "description": "y"},
                            {"score": 0, "label": "none", "description": "z"}])
    assert "binding obligations in the Protocol on Pollutant Release and Transfer Registers " \
           "(2003), Art. 7(4)." in ind.rationale
    assert "Elaborated in the Protocol on Pollutant Release and Transfer Registers (2003), " \
           "Art. 5(5)." in ind.rationale


def test_a_states_own_law_is_cited_apart_not_as_the_ground():
    # a researcher's trial 32 (P3): "Grounded in binding obligations in the National Housing
    # Development Authority (Amendment) Act, No. 30 of 1999 (Sri Lanka), s. 69E(2) …" of an
    # indicator asking eviction only by court order, which the Act's summary ejectment denies
    from collections import Counter
    from corpus_tool.indicators.phrasing.templates import phrase_rationale
    gc7 = {"title": "General Comment No. 7 (1997): forced evictions", "doc_id": "cescr-gc7-1997",
           "issuer": "UN Committee on Economic, Social and Cultural Rights", "year": 1997,
           "legal_force": "non-binding", "locators": ["para. 13", "para. 15"]}
    nhda = {"title": "National Housing Development Authority (Amendment) Act, No. 30 of 1999 "
                     "(Sri Lanka)", "doc_id": "lk-nhda-1999", "issuer": "Parliament of Sri Lanka",
            "year": 1999, "legal_force": "binding", "locators": ["s. 69E(2)"], "national": True}
    text = phrase_rationale(docs=[gc7, nhda], strengths=Counter(obligation=2, recommendation=2),
                            n_annotated=3, n_suggested=1)
    assert text.startswith("Grounded in non-binding texts only: the CESCR General Comment No. 7")
    assert "National law cited: the National Housing Development Authority (Amendment) Act" in text
    assert "binding obligations" not in text
    # national laws alone ground a project of national laws
    alone = phrase_rationale(docs=[nhda], strengths=Counter(obligation=1), n_annotated=1,
                             n_suggested=0)
    assert alone.startswith("Grounded in binding obligations in the National Housing")


def _source(doc_id, title, locator, *, coded, force="binding", kind="", strength="obligation",
            quote=""):
    from corpus_tool.framework.model import LinkedBy, Source, SuggestionLink
    from corpus_tool.models import Anchor
    linked = LinkedBy(annotation_id="a-1", by="coder") if coded else LinkedBy(
        suggestion=SuggestionLink(model_id="m", score=0.74), by="corpus-tool areas suggest")
    return Source(anchor=Anchor(doc_id=doc_id, exact=quote), document_title=title, year=2002,
                  legal_force=force, instrument_type=kind, locator=locator, strength=strength,
                  quote=quote, linked_by=linked)


def test_a_suggestion_nobody_reviewed_beside_coded_evidence_grounds_nothing():
    """A researcher's trial 35 (P1): a by-law's power to disconnect ("… shall be disconnected",
    s. 34), joined by the tool to "Safeguards before disconnection", was cited as the
    indicator's national law and counted among its binding sources."""
    from corpus_tool.indicators.rationale import rationale_support
    sources = [
        _source("cescr-gc15-2002", "General Comment No. 15", "para. 56", coded=True,
                force="non-binding"),
        _source("cescr-gc15-2002", "General Comment No. 15", "para. 56(a)", coded=True,
                force="non-binding"),
        _source("za-bylaw-2009", "Water Supply By-law, 2009", "s. 34", coded=False, kind="law")]
    text, support = rationale_support(sources, lambda anchor: "")
    before = text[:text.index("Suggested by the tool")]
    assert "By-law" not in before and "National law cited" not in text
    assert "Suggested by the tool, not reviewed and not counted above: the Water Supply By-law, " \
           "2009 (2002), s. 34." in text
    assert "Evidence: 2 coded passages (2 obligations) and 1 confident suggestion." in text
    assert support.binding_sources == 0 and support.statements == 2
    assert support.instruments == 1


def test_suggestions_alone_still_ground_a_draft_of_suggestions_alone():
    from corpus_tool.indicators.rationale import rationale_support
    text, support = rationale_support(
        [_source("za-bylaw-2009", "Water Supply By-law, 2009", "s. 34", coded=False, kind="law")],
        lambda anchor: "")
    assert "Suggested by the tool" not in text
    assert text.endswith("Evidence: 0 coded passages and 1 confident suggestion: 1 obligation.")
    assert support.binding_sources == 1


def test_a_source_written_in_by_hand_grounds_it_beside_the_coded_ones():
    """A source a researcher wrote into the framework (no `linked_by`) is the researcher's: it
    counts in the support figures and is not named among the tool's unreviewed suggestions,
    which count in none (trial 44, P1: the report's chips counted those)."""
    from corpus_tool.framework.io import load_framework
    from corpus_tool.indicators.rationale import rationale_support
    from corpus_tool.indicators.selection import linked_by_researcher
    from tests.indicators.conftest import REPO
    fw = load_framework(REPO / "indicators" / "framework.yaml")
    ind = next(i for i in fw.indicators() if any(not linked_by_researcher(s) for s in i.sources)
               and len({s.anchor.doc_id for s in i.sources}) > 2)
    coded = [s for s in ind.sources if linked_by_researcher(s)]
    suggested = [s for s in ind.sources if not linked_by_researcher(s)]
    by_hand = suggested[0].model_copy(update={"linked_by": None})
    text, support = rationale_support([*coded, by_hand, *suggested[1:]], lambda a: "")
    assert support.statements == len(coded) + 1
    assert support.instruments == len({s.anchor.doc_id for s in [*coded, by_hand]})
    unreviewed = text.split("not reviewed and not counted above:")[-1] if len(suggested) > 1 \
        else ""
    title = by_hand.document_title
    if not any(s.document_title == title for s in [*coded, *suggested[1:]]):
        assert title not in unreviewed
    _, before = rationale_support(ind.sources, lambda a: "")
    assert before.statements == len(coded)


def test_a_recommendation_printed_after_its_convention_is_no_binding_source():
    """Trial 45 (P2): Recommendation No. 159, printed after Convention No. 151 in one file, was
    cited "Recommendation, para. 2(1)" as a binding convention, and counted among the
    indicator's binding sources."""
    from corpus_tool.indicators.draft import instrument_of
    from corpus_tool.models import Document
    c151 = Document(id="ilo-c151-1978", title="Labour Relations (Public Service) Convention",
                    issuer="ILO", year=1978, type="convention", legal_force="binding",
                    language="en", path="c151.md")
    assert instrument_of(c151, "Recommendation, para. 2(1)") == {
        "instrument_type": "recommendation", "legal_force": "non-binding"}
    assert instrument_of(c151, "Art. 7") == {"instrument_type": "convention",
                                             "legal_force": "binding"}
    assert instrument_of(None, "Art. 7") == {"instrument_type": "", "legal_force": ""}
