"""The US Code's sections numbered with letters, "§ 2000bb.", "§ 2000bb–1.": the Religious
Freedom Restoration Act (42 U.S.C. 2000bb ff., a work of the US government, public domain) as a
researcher's trial 49 set it in Markdown. Its headings were no sections: every provision was
cited "Title 42, para. 2 ¶ 3" (42 U.S.C. 2000bb–1(a), "Government shall not substantially burden
a person's exercise of religion …"), and 8 of its 13 items by their position."""
from __future__ import annotations

from tests.corpus.conftest import cited

RFRA = """# Title 42— THE PUBLIC HEALTH AND WELFARE
## CHAPTER 21B— RELIGIOUS FREEDOM RESTORATION

### § 2000bb. Congressional findings and declaration of purposes

#### (a) Findings

The Congress finds that

(1) the framers of the Constitution, recognizing free exercise of religion as an unalienable right, secured its protection in the First Amendment to the Constitution;

(2) laws “neutral” toward religion may burden religious exercise as surely as laws intended to interfere with religious exercise;

### § 2000bb–1. Free exercise of religion protected

#### (a) In general

Government shall not substantially burden a person’s exercise of religion even if the burden results from a rule of general applicability, except as provided in subsection (b).

#### (b) Exception

Government may substantially burden a person’s exercise of religion only if it demonstrates that application of the burden to the person

(1) is in furtherance of a compelling governmental interest; and

(2) is the least restrictive means of furthering that compelling governmental interest.
"""


def test_a_section_numbered_with_letters_is_a_section(tmp_path):
    got = cited(tmp_path, "rfra.md", RFRA)
    assert got["s. 2000bb(a)(1)"].startswith("(1) the framers of the Constitution")
    assert got["s. 2000bb-1(a)"].startswith("Government shall not substantially burden")
    assert got["s. 2000bb-1(b)(2)"].startswith("(2) is the least restrictive means")
    assert not [loc for loc in got if "¶" in loc]
