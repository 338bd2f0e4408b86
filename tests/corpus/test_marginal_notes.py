"""A statute's marginal notes and amendment history, as a mirror of Canada's consolidated acts
prints them in Markdown (tests/data/markdown/README.md), a researcher's trial 38:

- P1: the marginal note "**Schedule 3**" above s. 7(2) ("The Governor in Council may, by
  order, amend Schedule 3 …") started Schedule 3: 717 of the Impact Assessment Act's 793
  statements were cited "Schedule 3, s. …";
- P2: the marginal notes ("**Mandate**", "**Preliminary consultations**") were passages of
  their own ("s. 58(1) ¶ 2"), and one was read into a statement;
- P5: the historical notes ("<summary>Historical Note</summary>" / "- 2019, c. 28, s. 1 “6”")
  were passages, and a cluster of them was labelled "“2019, c. 28, s.”"."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus.driver import extract_document
from corpus_tool.corpus.titles import heading_language
from tests.corpus.conftest import cited

IAA = Path(__file__).resolve().parent.parent / "data" / "markdown" / \
    "ca-iaa-2019-ss-6-7-58-excerpt.md"


def _passages():
    return extract_document(IAA).segments


def test_a_marginal_note_naming_a_schedule_starts_no_schedule():
    got = {s.locator: s.text for s in _passages()}
    assert got["s. 7(2)"].startswith("(2) The Governor in Council may, by order, amend Schedule 3")
    assert got["s. 7(3)(c)"].startswith("(c) the Agency permits the proponent")
    assert got["s. 58(2)(a)"].startswith("(a) in the case of an agreement or arrangement")
    assert not any("Schedule" in loc for loc in got)


def test_marginal_notes_and_amendment_history_are_no_passages():
    texts = [s.text for s in _passages()]
    assert not any(t in ("Mandate", "Conditions", "Preliminary consultations") for t in texts)
    assert not any(t.startswith(("2019, c. 28", "2024, c. 17")) for t in texts)
    assert not any("¶" in s.locator for s in _passages() if s.locator.startswith("s. "))
    # the note heads what follows
    s62 = next(s for s in _passages() if s.locator == "s. 6(2)")
    assert "Mandate" in s62.heading


def test_the_related_provisions_of_a_consolidated_act_are_not_its_sections():
    """Trial 39 (P8): Canada's consolidated acts print other Acts' provisions after their own
    under "RELATED PROVISIONS" ("— 2022, c. 17, s. 78.1" / "78.1 Impact of remote
    proceedings"): they were cited "s. 78.1" of the Safe Food for Canadians Act, and a note's
    "par." read as French restarted the document's numbering (a half of another language)."""
    sfca = IAA.parent / "ca-sfca-2012-related-provisions-excerpt.md"
    got = {s.locator: s for s in extract_document(sfca).segments}
    # … each is cited as the section of the act that enacts it (trial 47, P4)
    got_78_1 = got["Related Provisions, 2022, c. 17, s. 78.1(1)"]
    assert got_78_1.text.startswith("(1) The Minister of Justice must")
    assert got["Related Provisions, 2022, c. 17, s. 77(2)"].text.startswith("(2) Each of the "
                                                                          "following")
    assert {s.lang for s in got.values()} == {"en"}
    assert not any(loc.startswith("s. 7") for loc in got)
    # an abbreviation is no word of a language ("et al." neither: a judgment's caption)
    assert heading_language("— 2022, c. 17, par. 77(2)(i)") is None
    assert heading_language("HERRMANN ET AL.") is None
    assert heading_language("Hoofdstuk 3. Bepalingen voor de werknemers") == "nl"


# Canada's CCRA as a researcher's trial 47 (P4) copied it: a related provision's number alone
# under the act that enacts it; "On the coming into force of section 389 …" was cited
# "Related Provisions, s. 40.1(391)", as a paragraph of the provision before it
CCRA_RELATED = """## RELATED PROVISIONS

### — 2019, c. 27, s. 40.1

### 40.1 Review by committee

(1) At the start of the fifth year after the day on which this section comes into force, a comprehensive review of the provisions enacted by this Act must be undertaken by such committee of the Senate, of the House of Commons or of both Houses of Parliament as may be designated or established for that purpose.

### — 2024, c. 17, s. 391

### 391

On the coming into force of section 389, any arrangement entered into under section 94.3 of *Corrections and Conditional Release Act* that is still in effect is terminated and any designation made under subsection 94.4(1) of that Act is revoked.

## AMENDMENTS NOT IN FORCE

### — 2024, c. 17, s. 385(2)

### 385

(2) Paragraph 5(f) of the Act is repealed.
"""


def test_a_related_provision_under_its_number_alone_is_its_enacting_act_s_section(tmp_path):
    got = cited(tmp_path, "ccra.md", "# Corrections and Conditional Release Act\n\n### 4 "
                "Principles\n\nThe principles that guide the Service are as follows.\n\n"
                + CCRA_RELATED)
    assert got["Related Provisions, 2024, c. 17, s. 391"].startswith("On the coming into force")
    assert got["Related Provisions, 2019, c. 27, s. 40.1(1)"].startswith("(1) At the start")
    assert got["Related Provisions, 2024, c. 17, s. 385(2)"].startswith("(2) Paragraph 5(f)")


# Canada's Official Languages Act, s. 41(6)(c), as a researcher's trial 48 (P2) read it: a
# subparagraph inserted later, "(iii.1)", was cited "s. 41(6) ¶ 2", the next "s. 41(6)(iv)" and
# the last "s. 41(6)(iv)(v)", a provision that does not exist (tests/data/markdown/README.md)
def test_an_inserted_subparagraph_keeps_the_numbering():
    ola = IAA.parent / "ca-ola-1985-ss-1-41-excerpt.md"
    got = {s.locator: s.text for s in extract_document(ola).segments}
    assert got["s. 41(6)(c)(iii)"].startswith("(iii) induce and assist")
    assert got["s. 41(6)(c)(iii.1)"].startswith("(iii.1) restore and increase")
    assert got["s. 41(6)(c)(iv)"].startswith("(iv) support the creation")
    assert got["s. 41(6)(c)(v)"].startswith("(v) support sectors")
    assert got["s. 41(7)(a.1)"].startswith("(a.1) subject to the regulations")
    # a marginal note of eleven words is a note, not a passage (trial 48, P11: "s. 17(1) ¶ 2 |
    # Supreme Court, Federal Court of Appeal, Federal Court and Tax Court of Canada")
    assert not [loc for loc, text in got.items() if text.startswith("Commitment — section 23")]


def test_items_inserted_after_a_letter_that_is_also_a_roman_numeral(tmp_path):
    # Schedule I to Canada's CCRA: "(x)", "(x.1)", "(x.2)", "(y)"; "(x.1)" was a passage of its
    # own ("para. 1 ¶ 31"), read as a roman sub-item "(x)(x.1)" once "(iii.1)" was one
    got = list(cited(tmp_path, "sched.md",
                     "## SCHEDULE I\n\n1. An offence under any of the following provisions:\n\n"
                     "(w) section 269 (unlawfully causing bodily harm);\n\n"
                     "(x) section 270 (assaulting a peace officer);\n\n"
                     "(x.1) section 270.01 (assaulting peace officer with weapon);\n\n"
                     "(x.2) section 270.02 (aggravated assault of peace officer);\n\n"
                     "(y) section 271 (sexual assault);\n"))
    assert got[-4:] == ["Schedule I, para. 1(x)", "Schedule I, para. 1(x.1)",
                        "Schedule I, para. 1(x.2)", "Schedule I, para. 1(y)"], got
