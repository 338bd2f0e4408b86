"""A researcher's trial 31 (child labour), P9: the CRC as a Markdown copy prints an article's
lettered items on the lines right after their lead-in ("2. … States Parties shall in
particular:" / "a. Provide for a minimum age …"), with no blank line; the items ran into the
lead-in, and Art. 32(2)(a)–(c), three sources of three indicators, were all cited "Art. 32(2)".
The lines are the CRC's (raisely/NoHarm documents/CRC.md, a UN text)."""
from __future__ import annotations

from tests.corpus.conftest import cited

ART32 = """### Article 32
1. States Parties recognize the right of the child to be protected from economic exploitation and from performing any work that is likely to be hazardous or to interfere with the child's education, or to be harmful to the child's health or physical, mental, spiritual, moral or social development.
2. States Parties shall take legislative, administrative, social and educational measures to ensure the implementation of the present article. To this end, and having regard to the relevant provisions of other international instruments, States Parties shall in particular:
a. Provide for a minimum age or minimum ages for admission to employment;
b. Provide for appropriate regulation of the hours and conditions of employment;
c. Provide for appropriate penalties or other sanctions to ensure the effective enforcement of the present article.
"""


def test_lettered_items_on_the_lines_after_their_lead_in_are_items(tmp_path):
    got = cited(tmp_path, "crc.md", ART32)
    assert got["Art. 32(2)(a)"].startswith("a. Provide for a minimum age")
    assert got["Art. 32(2)(c)"].startswith("c. Provide for appropriate penalties")
    assert got["Art. 32(2)"].endswith("States Parties shall in particular:")
    # a wrapped line that starts "e. g." goes on with its paragraph
    assert list(cited(tmp_path, "crc.md", "### Article 1\n1. Measures should be taken for all "
                      "forms of work,\ne. g. domestic work and work in agriculture.\n")) == \
        ["Art. 1(1)"]


# OPCAT as a researcher's trial 47 (P10) copied it to Markdown: paragraph 2's number alone on its
# line and its first item under it, "a)" run into its text; "2. a) The nominees …" was cited
# Art. 6(2), the items after it Art. 6(2)(b), (c)
OPCAT6 = """### Article  6

1.   Each State Party may nominate, in accordance with paragraph 2 of the present article, up to two candidates possessing the qualifications and meeting the requirements set out in article 5, and in doing so shall provide detailed information on the qualifications of the nominees.
2. 
a)The nominees shall have the nationality of a State Party to the present Protocol;

b) At least one of the two candidates shall have the nationality of the nominating State Party;
"""


def test_a_paragraph_s_first_item_after_its_bare_number_is_its_item_a(tmp_path):
    got = cited(tmp_path, "opcat.md", OPCAT6)
    assert got["Art. 6(2)(a)"].startswith("2. a) The nominees shall have the nationality")
    assert got["Art. 6(2)(b)"].startswith("b) At least one of the two candidates")
    assert "Art. 6(2)" not in got
