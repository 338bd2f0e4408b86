"""A researcher's blind trial 29 (the rights of older persons), P6: CESCR General Comment No. 6,
para. 12, "Moreover, it must be emphasized that the unacceptableness of discrimination against
older persons is underlined in many international policy documents …" was an obligation, and
joined a draft as its "confident suggestion". The rules read the writer's voice ("It must be
emphasized that …") as no deontic; the statement detector took the unit all the same, and its
unfiltered reading, which skips the rules' other checks, gave the "must" back."""
from __future__ import annotations

from types import SimpleNamespace as NS

from corpus_tool.statements import parts as P, stage as S

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
