"""A group of people a document names once in full with its short form, then by the short form
alone, is the beneficiary of the statements that use the short form: 102 of the 130 statements
of the Philippines' Indigenous Peoples' Rights Act that name "ICCs/IPs" had no beneficiary (a
researcher's trial 26, P3)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from corpus_tool.corpus.driver import extract_document
from corpus_tool.statements.abbreviations import defined, groups
from corpus_tool.statements.stage import analyse_documents

DOC = Path(__file__).parents[1] / "data" / "markdown" / "ph-ipra-1997-excerpt.md"
IPRA_S2 = ("The State shall recognize and promote all the rights of Indigenous Cultural "
           "Communities/Indigenous Peoples (ICCs/IPs) hereunder enumerated within the framework "
           "of the Constitution")


def test_the_short_forms_a_text_defines():
    forms = defined([IPRA_S2, "the National Commission on Indigenous Peoples (NCIP)",
                     "persons with disabilities (PWDs)", "some other words (XYZ)"])
    assert forms["ICCs/IPs"] == "Indigenous Cultural Communities/Indigenous Peoples"
    assert forms["IPs"] == "Indigenous Peoples"
    assert forms["NCIP"] == "National Commission on Indigenous Peoples"
    assert forms["PWDs"] == "persons with disabilities"
    assert "XYZ" not in forms                   # its capitals are no initials of the words
    assert groups("ICCs/IPs have the right to participate fully.", forms) == \
        {"indigenous peoples"}
    assert groups("ICCs/IPsX and NICCs", forms) == set()       # words, not parts of words


def test_statements_that_use_a_defined_short_form_name_its_group():
    segs = extract_document(DOC).segments
    passages = [NS(id=f"ipra:{s.slug}", text=s.text, locator=s.locator, heading=s.heading)
                for s in segs]
    passages.insert(0, NS(id="ipra:s2", text=IPRA_S2 + ".", locator="s. 2", heading=""))
    _, [(_, drafts)] = analyse_documents([("ipra", passages, set(range(len(passages))))],
                                         genres={"ipra": "enacting"})
    using = [d for pi, ds in drafts.items() for d in ds if pi > 0
             and "ICCs/IPs" in passages[pi].text[d.start:d.end]]
    assert len(using) >= 6
    assert all("indigenous peoples" in d.parts.beneficiaries for d in using)
