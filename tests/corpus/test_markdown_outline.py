"""Sri Lanka's acts as nuuuwan/lk_parliament_docs exports them to Markdown, one outline per act
(tests/data/markdown/README.md), a researcher's trial 41:

- P1: every citation of the Domestic Violence Act was wrong: the whole Act was "para. 1", its
  s. 11 (the protection order's prohibitions) "para. 1(k)(i)", its s. 6(2) "para. 1(ii) ¶ 3";
  its paragraphs (a), (b) were run into their subsection's passage;
- P2: the quotes carried the reader's marks, not the Act's ("(d) There shall be paid …" for the
  Act's "4. There shall be paid …");
- P3: a court's duty ("such court or Commission— (a) shall issue such form or report") was read
  under the victim's rights of another sentence (tests/statements/test_outlined_acts.py).

The gazette's PDF of the same Act is the measure: the Markdown must cite it alike."""
from __future__ import annotations

import re
from pathlib import Path

from corpus_tool.corpus.driver import extract_document
from corpus_tool.corpus.readers.mdoutline import act_outline

TESTS = Path(__file__).resolve().parents[1]
MARKDOWN = TESTS / "data" / "markdown"
PDVA_MD = MARKDOWN / "lk-pdva-2005.md"
PDVA_PDF = TESTS / "pdfs" / "lk_domestic_violence_act_34_2005__lk-parliament-docs.pdf"
VWA = MARKDOWN / "lk-victims-witnesses-2023-excerpt.md"


def _read(path: Path) -> dict[str, str]:
    return {s.locator: s.text for s in extract_document(path).segments}


def _key(text: str) -> str:
    """A provision's first words, its marks and punctuation aside (the PDF's "—", the export's
    "( a )")."""
    text = re.sub(r"^\s*(\d+[A-Z]?\.\s*)?(\([0-9a-z]+\)\s*)*", "", text)
    return re.sub(r"[^a-z0-9]", "", text.lower())[:40]


def test_the_outline_is_cited_as_the_gazette_cites_the_act():
    md, pdf = _read(PDVA_MD), _read(PDVA_PDF)
    # the sections, subsections, paragraphs and sub-paragraphs of ss. 1–22 (s. 11(1)(b)'s
    # sub-paragraphs the export ran into one line; s. 23's definitions the PDF cites by term)
    wanted = {loc: _key(t) for loc, t in pdf.items()
              if re.match(r"s\. (\d+)", loc) and int(re.match(r"s\. (\d+)", loc).group(1)) < 23
              and "¶" not in loc and not loc.startswith("s. 11(1)(b)(")}
    assert len(wanted) >= 80
    assert {loc: _key(md.get(loc, "")) for loc in wanted} == wanted


def test_the_quotes_hold_the_act_s_own_marks():
    md = _read(PDVA_MD)
    assert md["s. 2(1)"].startswith("2. (1) A person, in respect of whom an act of domestic")
    assert md["s. 2(2)(b)(i)"] == "(i) a parent or guardian of the child ;"
    assert md["s. 11(1)(k)"].startswith("(k) engaging in such other conduct")
    assert md["s. 6(2)(a)"].startswith("(a) that the examination of witnesses")
    assert not [loc for loc in md if loc.startswith("para.")]
    # the marginal notes head their sections, they are no passages; the schedules are scopes
    assert "Interim Order." not in md.values()
    assert md["Schedule I, para. 1"].startswith("1. All offences contained in Chapter XVI")


def test_parts_and_schedules_of_an_outlined_act():
    segs = extract_document(VWA).segments
    by_loc = {s.locator: s for s in segs}
    assert by_loc["s. 2(a)"].heading.startswith("Part I > OBJECTS OF THE ACT")
    assert by_loc["s. 3(1)(g)"].heading.startswith("Part II > RIGHTS AND ENTITLEMENTS OF "
                                                   "VICTIMS OF CRIME AND WITNESSES")
    assert by_loc["s. 5(3)(a)"].text.startswith("(3) (a) A victim of crime may make a request")
    assert by_loc["s. 7(5)"].text.startswith("(5) The Authority may consider the grant")
    scopes = {s.locator.split(",")[0] for s in segs if "Schedule" in s.locator}
    assert scopes == {"First Schedule", "Second Schedule"}


def test_a_statute_s_short_title_makes_its_numbered_paragraphs_sections():
    got = _read(MARKDOWN / "lk-evidence-amendment-2005.md")
    assert got["s. 2"].startswith("2. Section 90 A of the Evidence Ordinance")
    assert got["s. 2(2)"].startswith("(2) by the substitution in the definition")
    assert got["s. 3"].startswith("3. In the event of any inconsistency")


def test_other_markdown_is_left_as_it_is():
    lines = ["# A report", "", "I.", "Some text at the margin.", "", "0. ", "1. An item"]
    assert act_outline(lines) == lines

