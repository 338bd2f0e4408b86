"""A researcher's blind trial 29 (the rights of older persons), P6: CESCR General Comment No. 6,
para. 12, "Moreover, it must be emphasized that the unacceptableness of discrimination against
older persons is underlined in many international policy documents …" was an obligation, and
joined a draft as its "confident suggestion". The rules read the writer's voice ("It must be
emphasized that …") as no deontic; the statement detector took the unit all the same, and its
unfiltered reading, which skips the rules' other checks, gave the "must" back."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import groups as G, parts as P, stage as S

GC6_12 = ("12. Moreover, it must be emphasized that the unacceptableness of discrimination "
          "against older persons is underlined in many international policy documents and is "
          "confirmed in the legislation of the vast majority of States.")


def test_the_writer_s_voice_is_no_duty_in_the_detector_s_reading_either(trained):
    text = GC6_12[4:]
    doc = trained.nlp(text)
    assert not P.analyse_unit(text, doc=doc, genre="recommending", unfiltered=True).statement
    ps = [NS(id="gc6:para-12", text=GC6_12, locator="para. 12", heading="")]
    _, [(_, drafts)] = S.analyse_documents([("gc6", ps, {0})], pipeline="trained",
                                           genres={"gc6": "recommending"})
    assert not [d for d in drafts.get(0, []) if d.parts.strength != "none"]
    # a duty the writer's voice introduces is still one
    said = "It must be emphasized that States parties shall protect older persons from abuse."
    got = P.analyse_unit(said, doc=trained.nlp(said), genre="recommending", unfiltered=True)
    assert (got.strength, got.deontic) == ("obligation", "shall")


# P7: norms of treaty-body texts that no statement read (CEDAW GR 27 para. 39, CRPD GC 1
# para. 26), and P6's rest (CESCR GC 6 para. 12): a "may not" of what may not hold
GR27_39 = ("States parties have an obligation to ensure that older women have the opportunity "
           "to participate in public and political life, and hold public office at all levels "
           "and that older women have the necessary documentation to register to vote and run "
           "as candidates for election.")
CRPD_GC1_26 = ("In its concluding observations on States parties’ initial reports, in relation "
               "to article 12, the Committee on the Rights of Persons with Disabilities has "
               "repeatedly stated that States parties must “review the laws allowing for "
               "guardianship and trusteeship, and take action to develop laws and policies to "
               "replace regimes of substitute decision-making by supported decision-making, "
               "which respects the person’s autonomy, will and preferences”.")
GC6_12_NOTES = ("The Committee notes that while it may not yet be possible to conclude that "
                "discrimination on the grounds of age is comprehensively prohibited by the "
                "Covenant, the range of matters in relation to which such discrimination can be "
                "accepted is very limited.")


def _read(text, pipe, genre="recommending"):
    return [(d.parts.strength, d.parts.actor) for d in S.extract(text, pipeline=pipe,
                                                                 genre=genre)]


def test_a_voter_s_and_a_candidate_s_part_in_elections_is_no_treaty_machinery(trained):
    assert _read(GR27_39, trained) == [("obligation", "States parties")]
    # a treaty body's own elections still are
    assert _read("Each State Party may nominate one person from among its own nationals as a "
                 "candidate for election to the Committee.", trained, "enacting") == []


def test_the_concluding_observations_a_norm_is_reported_from_are_no_state_report(trained):
    assert _read(CRPD_GC1_26, trained) == [("obligation", "States parties")]
    # the reporting guidelines' own request is still machinery
    assert _read("In the Committee's guidelines for States' reports, States are requested to "
                 "provide information on the measures adopted.", trained) != [
        ("recommendation", "States")]


def test_what_may_not_be_so_is_no_prohibition(trained):
    assert _read(GC6_12_NOTES, trained) == []
    assert _read("The detention may not exceed 48 hours.", trained, "enacting") == [
        ("prohibition", "")]
    assert _read("Such measures may not be discriminatory.", trained, "enacting") == [
        ("prohibition", "")]


def test_older_persons_are_one_group_and_older_women_are_in_it_too():
    # P5: "older women" was "girls and women" alone, "senior citizens" "citizens", and "older
    # persons", "elderly persons", "the elderly" four groups (or none)
    assert G.beneficiaries("States parties should also monitor the impact of gender-related pay "
                           "gaps on older women.") == ("girls and women", "older persons")
    for text in ("Indigent senior citizens shall be entitled to a monthly stipend.",
                 "Elderly persons should be helped to live in their own homes.",
                 "It is the duty of the State to assist the elderly."):
        assert "older persons" in G.beneficiaries(text), text
    # an old-age benefit is a branch of social security; older children are children
    assert "older persons" not in G.beneficiaries("A non-contributory old-age benefit may be "
                                                  "reduced where the earnings of the beneficiary "
                                                  "exceed a prescribed amount.")
    assert G.beneficiaries("Older children should be heard.") == ("children",)
