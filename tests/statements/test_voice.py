"""Whose voice a deontic is in (session 7, from the errors of the seen halves, frozen before
`heldout5`): a quotation's, the writer's reasoning, or the text's own — and "might" that offers
a course in a recommending text (the labelling rule of
tests/data/statements_gold_unseen.README.md, "Protocol for a fresh half")."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.corpus import extract_document
from corpus_tool.statements import quotes as Q, stage as S
from tests.statements.conftest import parts

DOCS = Path(__file__).parent.parent / "data" / "unseen" / "docs"


def test_quoted_text_is_told_from_apostrophes():
    # the end of a quotation that began in an earlier unit (heldout4, the FPIC paper)
    tail = ('They shall also respect the principle of free, prior and informed consent of the '
            'indigenous peoples" (E/CN.4/Sub.2/2003/38/Rev.2, para. 10 (c)).')
    assert Q.in_quotes(tail, tail.index("shall"))
    # a quotation opened with a single quote and not closed (heldout2, a recital quoted by the
    # Court of Justice); the apostrophes of "Member State's" and "States' " are no quotes
    opened = "'While this Regulation applies, Member State law could specify the processing."
    assert Q.in_quotes(opened, opened.index("could"))
    # a quotation opened the TeX way and closed with a straight quote (ESC revised, Appendix)
    tex = ("4. It is understood that religious communities may be excluded from the application "
           "of these articles, even if these institutions are ``undertakings\" within the meaning "
           "of paragraph 3.")
    assert not Q.in_quotes(tex, tex.index("may"))
    for own in ("The Member State's authorities shall act.",
                "States' obligations shall include the protection of children.",
                "States parties should ensure that the 'best interests' of the child prevail."):
        assert not Q.in_quotes(own, own.index("sh"))


def test_a_quotation_cut_into_sentences_gives_no_statement(trained):
    """The FPIC working paper (heldout4, seen) quotes the Commentary on the Norms over three
    sentences of one paragraph: the middle one has no quotation mark of its own."""
    para = next(s for s in extract_document(DOCS / "un-e-cn4-sub2-2004-4.pdf").segments
                if "by stating:" in s.text)
    drafts = [d for d in S.extract(para.text, pipeline=trained) if d.parts.strength != "none"]
    assert not any("shall particularly respect" in para.text[d.start:d.end] for d in drafts)
    assert not drafts
    # a sentence after a unit that introduces a quotation is the quoted text's
    assert parts("No one shall be deprived of his possessions except in the public interest.",
                 trained, context="Article 1 of Protocol No. 1 reads as follows:") is None
    # without the quotation the same sentence is a prohibition
    p = parts("No one shall be deprived of his possessions except in the public interest.",
              trained)
    assert p is not None and p.strength == "prohibition"


def test_the_reasoning_of_a_judgment_lays_down_no_norm(trained):
    assert parts("30 It follows that a former guardian who performed his or her duties in a "
                 "professional capacity must be classified as a 'controller' of the personal "
                 "data and that he or she is, consequently, required to process those data with "
                 "due regard to the GDPR.", trained) is None
    # the Committee's own emphasis keeps its recommendation (reference gold g179)
    p = parts("The Committee emphasizes that, for such inclusive environments to exist, States "
              "parties should provide the required support.", trained)
    assert p is not None and p.strength == "recommendation" and p.actor == "States parties"


def test_might_that_offers_a_course_is_a_recommendation(trained):
    for text in ("The compensation might take the form of a lump sum or of periodic payments;",
                 "The payment of compensation might be limited to victims who are in a serious "
                 "material situation;"):
        p = parts(text, trained)
        assert p is not None and p.strength == "recommendation" and p.deontic == "might"
    # a possibility: negated, in a relative or subordinate clause, a state or a consequence
    for text in ("Thus, efforts to promote understanding among all peoples might not always be "
                 "automatically compatible with policies.",
                 "States parties should adopt measures for women who might be subjected to "
                 "persecution.",
                 "It is thus clear that whatever savings might be achieved by denying these "
                 "children an education, they are wholly insubstantial.",
                 "This might lead to discrimination against women."):
        p = parts(text, trained)
        assert p is None or p.deontic != "might"
    # only the parse tells an option from a possibility: rules-only mode finds none
    assert parts("The compensation might take the form of a lump sum.",
                 S.load_pipeline("rules")) is None
