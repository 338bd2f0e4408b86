"""A researcher's blind trial 35 (the rights to water and sanitation).

P3: the core obligations of CESCR General Comment No. 15, para. 37, listed under the
Committee's view ("… at least a number of core obligations in relation to the right to water
can be identified, which are of immediate effect:" / "(a) To ensure access to the minimum
essential amount of water …"), had no strength and no actor: the lead-in has no modal. They
are the Committee's own view of the parties' obligations, as the gold sets label such items
(u1724, GC 15 para. 37(d); GC 21 para. 55), not a description of a provision ("This requires
the State party:" stays one)."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import stage as S

# the trial's edition (the OHCHR general comments' JSON), para. 37, as one passage
GC15_37 = (
    "In General Comment No. 3 (1990), the Committee confirms that States parties have a core "
    "obligation to ensure the satisfaction of, at the very least, minimum essential levels of "
    "each of the rights enunciated in the Covenant. In the Committee’s view, at least a number "
    "of core obligations in relation to the right to water can be identified, which are of "
    "immediate effect:\n(a) To ensure access to the minimum essential amount of water, that is "
    "sufficient and safe for personal and domestic uses to prevent disease;\n(b) To ensure the "
    "right of access to water and water facilities and services on a non-discriminatory basis, "
    "especially for disadvantaged or marginalized groups;\n(d) To ensure personal security is "
    "not threatened when having to physically access to water;\n(g) To monitor the extent of "
    "the realization, or the non-realization, of the right to water;")
REQUIRES = ("Specifically, this requires the State party:\n(a) To ensure that the right of "
            "access to water is enjoyed without discrimination;")


def _drafts(text):
    ps = [NS(id="gc:para-37", text=text, locator="para. 37", heading="")]
    _, [(_, drafts)] = S.analyse_documents([("gc", ps, {0})], pipeline="trained",
                                           genres={"gc": "recommending"})
    return [(d.parts.strength, d.parts.actor, text[d.start:d.end][:12]) for d in drafts[0]]


def test_core_obligations_listed_under_the_committee_s_view_are_obligations(trained):
    items = [d for d in _drafts(GC15_37) if d[2].startswith("(")]
    assert {"(a)", "(b)", "(d)"} <= {d[2][:3] for d in items}
    assert all(d[:2] == ("obligation", "States parties") for d in items), items


def test_what_an_obligation_requires_stays_a_description(trained):
    items = [d for d in _drafts(REQUIRES) if d[2].startswith("(")]
    assert all(d[0] == "none" for d in items), items


def test_undertaking_after_a_modal_is_doing_and_the_modal_says_how_strong(trained):
    """P6: the Bergrivier by-law's s. 22(4), "the municipality may without prior notice
    undertake the work …", was an obligation, its cue "undertake" (as in "States Parties
    undertake to …")."""
    from corpus_tool.statements.stage import extract
    bylaw = ("(4) In the event of an emergency the municipality may without prior notice "
             "undertake the work required by subsection (3)(e)(i) and recover the costs from "
             "such person.")
    [d] = extract(bylaw)
    assert (d.parts.strength, d.parts.actor) == ("permission", "municipality")
    [d] = extract("The States Parties undertake to respect the rights.")
    assert d.parts.strength == "obligation"
