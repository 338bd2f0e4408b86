"""Where a preamble ends when no heading ends it (`corpus_tool.corpus.preamble`): a declaration's
operative paragraphs, numbered or not, after its recitals are not preamble, on real documents
(`tests/data/markdown/README.md`, `tests/data/unseen/docs/undrip-2007-dod.md`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.preamble import ends_preamble

DATA = Path(__file__).parents[1] / "data"
DECLARATION = DATA / "markdown" / "un-ga-declaration-scientific-progress-1975.md"
UNDRIP = DATA / "unseen" / "docs" / "undrip-2007-dod.md"
HUNGER = DATA / "markdown" / "wfc-declaration-eradication-hunger-1974.md"
RESCUE = DATA / "markdown" / "un-rescue-agreement-1968.md"


def _segments(path: Path) -> list:
    return extract_document(path).segments


def test_a_declarations_operative_part_follows_its_recitals_without_a_heading():
    segs = _segments(DECLARATION)
    recitals = [s for s in segs if s.locator.startswith("Preamble")]
    assert [s.locator for s in recitals] == [f"Preamble, para. {n}" for n in range(1, 10)]
    assert recitals[0].text.startswith("Noting that scientific and technological progress")
    assert recitals[-1].text.startswith("Desiring to promote the realization")
    operative = [s for s in segs if not s.locator.startswith("Preamble")]
    assert len(operative) == 1 and operative[0].text.startswith(
        "All States shall promote international co-operation")
    assert "Preamble" not in operative[0].heading


def test_a_proclaiming_lead_in_closes_the_preamble_and_numbered_paragraphs_follow(tmp_path):
    # the same declaration as the General Assembly printed it: its lead-in, then numbered
    # paragraphs (the file above holds them as one unnumbered paragraph)
    text = DECLARATION.read_text(encoding="utf-8")
    head, _, rest = text.partition("All States shall promote")
    first, _, second = ("All States shall promote" + rest).partition(" All States shall ")
    doc = tmp_path / "declaration.md"
    doc.write_text(f"{head}Solemnly proclaims that:\n\n1. {first}\n\n2. All States shall "
                   f"{second}", encoding="utf-8")
    segs = _segments(doc)
    assert [s.locator for s in segs[-3:]] == ["Preamble, closing words", "para. 1", "para. 2"]
    assert sum(s.locator.startswith("Preamble, para.") for s in segs) == 9


def test_a_resolution_adopting_a_declaration_adopts_it_outside_its_preamble():
    segs = _segments(UNDRIP)
    adopts = next(s for s in segs if s.text.startswith("Adopts the United Nations Declaration"))
    assert not adopts.locator.startswith("Preamble")
    # the Declaration's own preamble and articles are read as before
    annex = [s for s in segs if s.locator.startswith("Annex, Preamble, para.")]
    assert len(annex) > 20 and annex[0].text.startswith("Guided by the purposes and principles")
    opening = next(s for s in segs if s.locator == "Annex, Preamble, opening words")
    assert opening.text == "The General Assembly,"      # no recital (trial 24, P7)
    # the proclamation that ends the Declaration's preamble, on a colon, is its closing words
    closing = next(s for s in segs if s.text.startswith("Solemnly proclaims the following"))
    assert closing.locator == "Annex, Preamble, closing words"
    assert any(s.locator == "Art. 1" and s.text.startswith("Indigenous peoples have the right")
               for s in segs)


def test_a_body_that_proclaims_and_paragraph_headings_end_the_preamble():
    # the World Food Conference's Declaration: "The Conference consequently solemnly proclaims :"
    # then "### Paragraph 1" …
    segs = _segments(HUNGER)
    closing = next(s for s in segs if s.text.startswith("The Conference consequently"))
    assert closing.locator.startswith("Preamble, closing words")
    first = next(s for s in segs if s.text.startswith("Every man, woman and child has"))
    assert first.locator == "para. 1"
    assert not any(s.locator.startswith("Preamble") for s in segs[segs.index(first):])


def test_an_agreements_title_opens_its_preamble():
    # "Agreement on the rescue of astronauts …": its recitals (one paragraph, run together) are
    # preamble, its closing words close it, and Article 1 is the first operative passage
    segs = _segments(RESCUE)
    pre = [s for s in segs if s.locator.startswith("Preamble")]
    assert pre[0].text.startswith("The Contracting Parties,") and \
        "Noting the great importance" in pre[0].text
    assert pre[-1].text.rstrip().endswith("Have agreed on the following:")
    first = segs[len(pre)]
    assert first.locator == "Art. 1" and first.text.startswith("Each Contracting Party which")


@pytest.mark.parametrize("recital", [
    "The States Parties to the present Convention,",
    "The General Assembly,",
    "Reaffirming that indigenous peoples, in the exercise of their rights, should be free from "
    "discrimination of any kind,",
    "Persuaded that States should take effective measures to that end,",
    "Conscious that the Parties shall co-operate,",
    "Firmly convinced that everyone shall enjoy these rights,",
    "(1) Directive 2000/43/EC shall apply.",
])
def test_recitals_do_not_end_a_preamble(recital):
    assert not ends_preamble(recital)


@pytest.mark.parametrize("operative", [
    "All States shall promote international co-operation to ensure that the results of "
    "scientific and technological developments are used in the interests of peace.",
    "1. The subjection of peoples to alien subjugation, domination and exploitation constitutes "
    "a denial of fundamental human rights.",
    "Everyone has the right to life, liberty and security of person.",
    "No one shall be held in slavery or servitude.",
    "Proclaims this Universal Declaration of Human Rights as a common standard of achievement "
    "for all peoples and all nations.",
    "Calls upon all States to take effective measures.",
    # the Declaration on the Granting of Independence to Colonial Countries and Peoples (A/RES/1514
    # (XV)): its operative part opens with a proclamation, then 'And to this end Declares that:'
    "Solemnly proclaims the necessity of bringing to a speedy and unconditional end colonialism "
    "in all its forms and manifestations;",
    "And to this end Declares that:",
])
def test_operative_paragraphs_end_a_preamble(operative):
    assert ends_preamble(operative)
