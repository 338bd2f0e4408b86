"""Regenerating drafts never loses a researcher's edit: edit → regenerate → the edit survives;
new evidence is added and marked new, lost evidence is marked stale, never removed."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.formats import load_yaml, write_yaml
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Level, Scale
from corpus_tool.indicators.draft import draft_indicators, framework_path
from corpus_tool.indicators.merge import merge_drafts, merge_indicator
from corpus_tool.indicators.promotion import promote, refresh, rename_indicator

from tests.indicators.conftest import copy_project, make_project

runner = CliRunner()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("merge") / "p").root


@pytest.fixture
def project(base, tmp_path):
    p = copy_project(base, tmp_path / "p")
    draft_indicators(p, use_suggestions=False)
    promote(p)
    return p


def _edit(project, ind_id, **fields):
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        for ind in area["indicators"]:
            if ind["id"] == ind_id:
                ind.update(fields)
    write_yaml(path, data)


def _ind(project, ind_id):
    fw = load_framework(framework_path(project))
    return next(i for i in fw.indicators() if i.id == ind_id)


def _compulsory_id(project):
    fw = load_framework(framework_path(project))
    return next(i.id for i in fw.indicators()
                if "un-udhr-1948" in {s.anchor.doc_id for s in i.sources}
                and "compulsory" in i.title.lower())


def test_promote_creates_the_framework_from_all_drafts(project):
    fw = load_framework(framework_path(project))
    assert fw.id == "framework" and len(fw.indicators()) >= 4
    assert all(i.generated and i.generated.fields for i in fw.indicators())
    assert all(s.status == "ok" for i in fw.indicators() for s in i.sources)


def test_edit_regenerate_edit_survives(project):
    from corpus_tool.coding.annotations import add_annotation
    ind_id = _compulsory_id(project)
    before = _ind(project, ind_id)
    my_title = "Free compulsory schooling for every child (my wording)"
    _edit(project, ind_id, title=my_title, status="reviewed")
    # new evidence arrives: another coder links another instrument to the same indicator
    add_annotation(project, area="access", doc_id="un-icescr-1966",
                   quote="Secondary education in its different forms", indicator=ind_id,
                   coder="second", created="2026-01-02T00:00:00Z")
    draft_indicators(project, use_suggestions=False)
    result = refresh(project)
    after = _ind(project, ind_id)
    assert after.title == my_title                      # the edit survives
    assert after.status == "reviewed"
    assert after.question == before.question or after.question  # untouched fields follow drafts
    kinds = {(c.indicator, c.kind, c.field) for c in result.changes}
    assert (ind_id, "source-new", "") in kinds
    new = [s for s in after.sources if s.status == "new"]
    assert [s.quote for s in new] == ["Secondary education in its different forms"]
    assert after.rationale != before.rationale          # untouched rationale was regenerated
    # the edit survives a second regeneration too, and the diff names it as kept
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    assert _ind(project, ind_id).title == my_title
    r = runner.invoke(app, ["indicators", "diff", "--project", str(project.root), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert [(c["indicator"], c["change"], c["field"]) for c in d["changes"]] == [
        (ind_id, "kept-edit", "title")]
    assert d["changes"][0]["old"] == my_title and d["changes"][0]["new"] == before.title


def test_untouched_field_follows_the_drafts_and_edited_one_is_reported(project):
    ind_id = _compulsory_id(project)
    _edit(project, ind_id, question="Is schooling free and compulsory for all children?")
    # pretend the drafting wording changed: a different draft for the same indicator
    fw = load_framework(framework_path(project))
    from corpus_tool.indicators.draft import draft_path
    draft = load_framework(draft_path(project))
    changed = draft.model_copy(deep=True)
    for a in changed.areas:
        for k, i in enumerate(a.indicators):
            if i.id == ind_id:
                a.indicators[k] = i.model_copy(update={"title": "A new generated title",
                                                       "question": "A new generated question?"})
    res = merge_drafts(fw, changed, add="none")
    ind = next(i for i in res.framework.indicators() if i.id == ind_id)
    assert ind.title == "A new generated title"          # untouched: follows the draft
    assert ind.question == "Is schooling free and compulsory for all children?"  # edited: kept
    kept = [c for c in res.changes if c.kind == "kept-edit"]
    assert [(c.indicator, c.field) for c in kept] == [(ind_id, "question")]


def test_lost_evidence_is_marked_stale_not_removed(project):
    from corpus_tool.coding.annotations import remove_annotations
    from corpus_tool.coding.files import load_annotations
    ind_id = _compulsory_id(project)
    n = len(_ind(project, ind_id).sources)
    was = {s.status for s in _ind(project, ind_id).sources if s.anchor.doc_id == "un-udhr-1948"}
    assert was == {"ok"}
    gone = [a for a in load_annotations(project) if a.doc_id == "un-udhr-1948"
            and "compulsory" in a.quote]
    remove_annotations(project, [a.id for a in gone])
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    ind = _ind(project, ind_id)
    assert len(ind.sources) == n
    stale = [s for s in ind.sources if s.status == "stale"]
    assert [s.anchor.doc_id for s in stale] == ["un-udhr-1948"] and stale[0].note
    # linked again: back as it was (a researcher's trial, session 42: reverting an experiment
    # turned ok sources into new ones)
    from corpus_tool.coding.annotations import add_annotation
    add_annotation(project, area="access", doc_id="un-udhr-1948",
                   quote="Elementary education shall be compulsory", coder="tester",
                   created="2026-01-01T00:00:00Z")
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    ind = _ind(project, ind_id)
    assert len(ind.sources) == n
    assert {s.status for s in ind.sources if s.anchor.doc_id == "un-udhr-1948"} == {"ok"}


def test_new_evidence_nobody_looked_at_goes_when_its_link_goes(project):
    # the same trial: sources the tool added as new in a passing state of the annotations
    # stayed, stale, in every provenance table after the annotations were restored
    from corpus_tool.coding.annotations import add_annotation, remove_annotations
    ind_id = _compulsory_id(project)
    before = _ind(project, ind_id).sources
    added = add_annotation(project, area="access", doc_id="un-udhr-1948",
                           quote="Technical and professional education shall be made generally "
                                 "available", indicator=ind_id, coder="tester")
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    assert "new" in {s.status for s in _ind(project, ind_id).sources}
    remove_annotations(project, [added.id])
    draft_indicators(project, use_suggestions=False)
    res = refresh(project)
    assert _ind(project, ind_id).sources == before
    assert any(c.kind == "source-dropped" for c in res.changes)


def test_a_stale_source_keeps_its_quote_but_not_its_statement_id(project):
    # statements are renumbered as the corpus and the rules change, and no draft refreshes a
    # stale source's statement id: kept, it would come to name another sentence of the passage
    from corpus_tool.indicators.draft import draft_path
    ind_id = _compulsory_id(project)
    fw = load_framework(framework_path(project))
    ind = next(i for i in fw.indicators() if i.id == ind_id)
    src = ind.sources[0]
    src.anchor = replace(src.anchor, statement_id=f"{src.anchor.passage_id}:s3")
    draft = load_framework(draft_path(project))
    for a in draft.areas:
        for i in a.indicators:
            if i.id == ind_id:
                i.sources = i.sources[1:]
    res = merge_drafts(fw, draft, add="none")
    [gone] = [s for s in next(i for i in res.framework.indicators() if i.id == ind_id).sources
              if s.status == "stale"]
    assert gone.anchor.statement_id is None
    assert (gone.anchor.exact, gone.anchor.start, gone.anchor.passage_id) == \
        (src.anchor.exact, src.anchor.start, src.anchor.passage_id)


def test_a_source_a_researcher_removed_stays_removed(project):
    # a researcher's trial (session 41): a source deleted by hand came back, marked new, at the
    # next build, so a rejected source stayed in every provenance table
    ind_id = _compulsory_id(project)
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        for ind in area["indicators"]:
            if ind["id"] == ind_id:
                dropped = ind["sources"].pop(0)
    write_yaml(path, data)
    draft_indicators(project, use_suggestions=False)
    res = refresh(project)
    quotes = [s.quote for s in _ind(project, ind_id).sources]
    assert dropped["quote"] not in quotes
    assert any(c.kind == "source-kept-out" and "removed by a researcher" in c.detail
               for c in res.changes if c.indicator == ind_id)
    from corpus_tool.cli.build import framework_changes       # and the build says so
    said = framework_changes(res.summary())
    assert f"1 source-kept-out ({ind_id})" in said
    # a build that changed nothing does not say the file changed (trial 14, session 44)
    assert "framework.yaml changed" not in framework_changes(refresh(project).summary())
    refresh(project)                                     # and at every regeneration after
    assert dropped["quote"] not in [s.quote for s in _ind(project, ind_id).sources]


def test_a_source_whose_words_changed_is_refreshed_not_doubled(project):
    # a document read again (a footnote number gone) changes a coded quote: the framework's
    # source takes the new words, marked suspect, instead of a stale copy beside a new one
    from corpus_tool.indicators.draft import draft_path
    ind_id = _compulsory_id(project)
    fw = load_framework(framework_path(project))
    ind = next(i for i in fw.indicators() if i.id == ind_id)
    k = next(n for n, s in enumerate(ind.sources) if s.linked_by and s.linked_by.annotation_id)
    old = ind.sources[k]
    ind.sources[k] = old.model_copy(update={
        "quote": old.quote + ",12", "anchor": replace(old.anchor, exact=old.anchor.exact + ",12")})
    res = merge_drafts(fw, load_framework(draft_path(project)), add="none")
    merged = next(i for i in res.framework.indicators() if i.id == ind_id)
    same = [s for s in merged.sources
            if s.linked_by and s.linked_by.annotation_id == old.linked_by.annotation_id]
    assert len(same) == 1 and same[0].quote == old.quote and same[0].status == "suspect"
    assert ",12" in same[0].note and len(merged.sources) == len(ind.sources)


def test_a_source_whose_spacing_alone_changed_keeps_its_status(project):
    # a reader that now spaces a glued list marker ("a.To make primary education free", UNESCO
    # CADE Art. 4(a)) changes the quote's spacing and nothing else: the source takes the new
    # spacing and keeps its status when its passage is known unchanged but for spacing; without
    # that knowledge, a person looks, as for any change
    from corpus_tool.indicators.draft import draft_path
    ind_id = _compulsory_id(project)
    fw = load_framework(framework_path(project))
    ind = next(i for i in fw.indicators() if i.id == ind_id)
    k = next(n for n, s in enumerate(ind.sources) if s.linked_by and s.linked_by.annotation_id
             and " " in s.quote)
    old = ind.sources[k]
    glued = old.quote.replace(" ", "", 1)
    ind.sources[k] = old.model_copy(update={
        "quote": glued, "anchor": replace(old.anchor, exact=glued)})
    draft = load_framework(draft_path(project))

    def merged(kept):
        res = merge_drafts(fw, draft, add="none", kept=kept)
        got = next(i for i in res.framework.indicators() if i.id == ind_id)
        same = [s for s in got.sources
                if s.linked_by and s.linked_by.annotation_id == old.linked_by.annotation_id]
        assert len(same) == 1 and same[0].quote == old.quote
        return same[0], {c.kind for c in res.changes if c.indicator == ind_id}

    src, kinds = merged(lambda a: True)
    assert src.status == old.status and "source-respaced" in kinds
    src, kinds = merged(lambda a: False)
    assert src.status == "suspect" and "source-suspect" in kinds


def test_an_indicator_given_another_id_is_still_updated_by_its_draft(project):
    # a researcher's trial (session 42): a changed id was read as a withdrawal, every source
    # marked stale "no longer linked" though the annotations still linked it, and a `promote`
    # then added the old id back beside the new one
    ind_id = _compulsory_id(project)
    before = _ind(project, ind_id)
    _edit(project, ind_id, id="my-own-id")
    refresh(project)
    res = promote(project)
    fw = load_framework(framework_path(project))
    assert ind_id not in {i.id for i in fw.indicators()}
    mine = _ind(project, "my-own-id")
    assert [s.status for s in mine.sources] == [s.status for s in before.sources]
    assert not mine.generated.withdrawn and mine.generated.draft == ind_id
    assert not [c for c in res.changes if c.kind in ("added", "withdrawn", "source-stale")]


def test_the_rationale_and_counts_say_what_is_left_after_a_source_is_removed(project):
    # a researcher's trial 28 (P6): a source deleted by hand stayed out, but the rationale still
    # cited its article and the support still counted it (the workbench showed those counts,
    # the report its own count of the sources left)
    ind_id = _compulsory_id(project)
    before = _ind(project, ind_id)
    assert before.support.statements >= 2
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        for ind in area["indicators"]:
            if ind["id"] == ind_id:
                dropped = next(x for x in ind["sources"] if x["anchor"]["doc_id"] == "un-udhr-1948")
                ind["sources"].remove(dropped)
    write_yaml(path, data)
    draft_indicators(project, use_suggestions=False)
    res = refresh(project)
    after = _ind(project, ind_id)
    left = after.sources
    assert after.support.statements == len(left) == before.support.statements - 1
    assert after.support.instruments == len({s.anchor.doc_id for s in left})
    if "un-udhr-1948" not in {s.anchor.doc_id for s in left}:
        assert "Universal Declaration" not in after.rationale, after.rationale
    assert dropped["locator"] not in after.rationale.split("Evidence:")[0] or any(
        s.locator == dropped["locator"] for s in left)
    assert any(c.kind == "updated" and c.field == "support" and "removed" in c.detail
               for c in res.changes if c.indicator == ind_id)
    # the next regeneration changes nothing more, and an edited rationale is the researcher's
    assert not [c for c in refresh(project).changes if c.indicator == ind_id
                and c.kind == "updated"]
    _edit(project, ind_id, rationale="My own reasons.")
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    assert _ind(project, ind_id).rationale == "My own reasons."


def test_an_indicator_a_researcher_removed_is_not_added_back(project):
    # the same trial: `indicators promote` (all drafts) brought back a deleted indicator, and a
    # merged one, whose sources were then counted twice
    ind_id = _compulsory_id(project)
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        area["indicators"] = [i for i in area["indicators"] if i["id"] != ind_id]
    write_yaml(path, data)
    for _ in range(2):
        res = promote(project)
        assert ind_id not in {i.id for i in load_framework(path).indicators()}
        assert ind_id not in res.pending
        assert any(c.indicator == ind_id and c.kind == "kept-edit" and "removed" in c.detail
                   for c in res.changes)
    # its coders' passages are named, and where they can go (a researcher's trial 24 coded a
    # passage to an id merged away by hand: nothing said it fed no indicator)
    [said] = [c.detail for c in res.changes if c.indicator == ind_id and c.kind == "kept-edit"]
    assert "with 3 passages coded to it (unesco-cade-19" in said
    assert f"annotations recode --indicator {ind_id} --to" in said
    assert ind_id not in refresh(project).pending
    promote(project, ids=[ind_id])                      # named: the researcher wants it back
    assert ind_id in {i.id for i in load_framework(path).indicators()}


def test_a_copied_indicator_is_left_alone(project):
    ind_id = _compulsory_id(project)
    path = framework_path(project)
    data = load_yaml(path)
    area = next(a for a in data["areas"] if any(i["id"] == ind_id for i in a["indicators"]))
    copy = dict(next(i for i in area["indicators"] if i["id"] == ind_id), id="a-copy",
                title="A copy of it")
    area["indicators"].append(copy)
    write_yaml(path, data)
    refresh(project)
    got = _ind(project, "a-copy")
    assert not got.generated.withdrawn and {s.status for s in got.sources} <= {"ok", "new"}


def test_a_researchers_remark_on_a_source_is_never_lost(project):
    # a researcher's trial (session 42): `add --replace` wrote its "suspect" note over the
    # researcher's own note on a source ("RB: key source for chapter 3 of our report")
    from corpus_tool.indicators.suspect import mark_suspect
    ind_id = _compulsory_id(project)
    path = framework_path(project)
    data = load_yaml(path)
    ind = next(i for a in data["areas"] for i in a["indicators"] if i["id"] == ind_id)
    ind["sources"][0]["note"] = "RB: key source for chapter 3"
    doc_id = ind["sources"][0]["anchor"]["doc_id"]
    write_yaml(path, data)
    for n in range(2):          # marked twice: the remark is kept once
        marked = mark_suspect(project.indicators_dir, doc_id, text_sha256=str(n) * 64,
                              note="a new version of the document was registered")
        assert marked
        src = _ind(project, ind_id).sources[0]
        assert src.status == "suspect" and src.note.startswith("a new version of")
        assert src.comment == "RB: key source for chapter 3"
        data = load_yaml(path)          # the researcher looks, and sets it ok again
        ind = next(i for a in data["areas"] for i in a["indicators"] if i["id"] == ind_id)
        ind["sources"][0]["status"] = "ok"
        write_yaml(path, data)
    refresh(project)                                   # and through every regeneration
    assert _ind(project, ind_id).sources[0].comment == "RB: key source for chapter 3"


def test_hand_added_source_and_indicator_are_never_touched(project):
    path = framework_path(project)
    data = load_yaml(path)
    mine = {"id": "my-own-indicator", "title": "Something the drafts do not know", "status":
            "reviewed", "sources": [{"anchor": {"doc_id": "un-udhr-1948",
                                                "exact": "Everyone has the right to education"},
                                     "quote": "Everyone has the right to education",
                                     "status": "ok"}]}
    data["areas"][0]["indicators"].append(mine)
    ind_id = _compulsory_id(project)
    for area in data["areas"]:
        for ind in area["indicators"]:
            if ind["id"] == ind_id:
                ind["sources"].append({"anchor": {"doc_id": "un-udhr-1948",
                                                  "exact": "Everyone has the right to education"},
                                       "quote": "Everyone has the right to education",
                                       "status": "ok"})
    write_yaml(path, data)
    from corpus_tool.framework.io import save_framework
    save_framework(path, load_framework(path))          # canonical form, for the comparison
    before = path.read_text()
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    fw = load_framework(path)
    own = next(i for i in fw.indicators() if i.id == "my-own-indicator")
    assert own.title == "Something the drafts do not know" and own.generated is None
    assert own.sources[0].status == "ok"
    ind = next(i for i in fw.indicators() if i.id == ind_id)
    assert any(s.quote == "Everyone has the right to education" and s.status == "ok"
               for s in ind.sources)
    assert path.read_text() == before                   # nothing else changed either


def test_withdrawn_indicator_is_kept_and_marked(project):
    from corpus_tool.coding.annotations import remove_annotations
    from corpus_tool.coding.files import load_annotations
    remove_annotations(project, [a.id for a in load_annotations(project)
                                 if a.indicator == "parental-convictions"])
    draft_indicators(project, use_suggestions=False)
    res = refresh(project)
    ind = _ind(project, "parental-convictions")
    assert ind.generated.withdrawn
    assert all(s.status == "stale" for s in ind.sources) and ind.sources
    assert ("parental-convictions", "withdrawn") in {(c.indicator, c.kind) for c in res.changes}


def test_promote_selected_ids_and_unknown_id(project, tmp_path):
    p = copy_project(project.root, tmp_path / "q")
    framework_path(p).unlink()
    r = runner.invoke(app, ["indicators", "promote", "parental-convictions", "--project",
                            str(p.root), "--json"])
    assert r.exit_code == 0, r.output
    fw = load_framework(framework_path(p))
    assert [i.id for i in fw.indicators()] == ["parental-convictions"]
    r = runner.invoke(app, ["indicators", "promote", "no-such-indicator", "--project",
                            str(p.root)])
    assert r.exit_code == 1 and "Error:" in r.output and "no-such-indicator" in r.output
    # refresh keeps new drafts out of an existing framework (they stay pending)
    res = refresh(p)
    assert res.pending and "parental-convictions" not in res.pending


def test_indicator_moved_into_a_dimension_is_found_there(project):
    """A researcher groups drafted indicators into a dimension: regenerating updates them in
    place, never adds a second copy."""
    path = framework_path(project)
    data = load_yaml(path)
    area = data["areas"][0]
    moved = area["indicators"][:2]
    area["indicators"] = area["indicators"][2:]
    area["dimensions"] = [{"id": "access-core", "title": "Core access", "indicators": moved}]
    if not area["indicators"]:
        del area["indicators"]
    write_yaml(path, data)
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    fw = load_framework(path)
    ids = [i.id for i in fw.indicators()]
    assert len(ids) == len(set(ids))
    dim = fw.areas[0].dimensions[0]
    assert [i.id for i in dim.indicators] == [m["id"] for m in moved]
    assert not any(i.generated.withdrawn for i in dim.indicators)


def test_an_indicator_promoted_into_a_weighted_area_gets_a_weight_said(project):
    # a researcher's trial (session 42): with an area's rule weighted_mean, `promote` added
    # indicators without a weight and wrote a framework no command could read, exiting 0
    path = framework_path(project)
    data = load_yaml(path)
    area = data["areas"][0]
    removed = area["indicators"].pop()
    area["aggregation"] = {"rule": "weighted_mean",
                           "weights": {i["id"]: 2 for i in area["indicators"]}}
    data["drafts_taken"] = [x for x in data.get("drafts_taken", []) if x != removed["id"]]
    write_yaml(path, data)
    res = promote(project)
    fw = load_framework(path)                           # readable: every child has a weight
    back = next(i for i in fw.indicators() if i.id == removed["id"])
    assert back.weight == 1.0
    assert any(c.indicator == removed["id"] and c.kind == "added" and "set its weight" in c.detail
               for c in res.changes)


def test_a_second_coders_shorter_quote_never_displaces_the_first(project):
    # a researcher's trial (session 42): a second coder's shorter quote of the same sentence,
    # coded to the same indicator, became the citation, and the first coder's whole sentence
    # was marked stale, "no longer linked by any annotation", though its annotation stood
    from corpus_tool.coding.annotations import add_annotation
    ind_id = _compulsory_id(project)
    whole = "Everyone has the right to education."
    for coder, quote in (("first", whole), ("second", "the right to education")):
        add_annotation(project, area="access", doc_id="un-udhr-1948", quote=quote,
                       indicator=ind_id, coder=coder)
        draft_indicators(project, use_suggestions=False)
        refresh(project)
    srcs = [s for s in _ind(project, ind_id).sources if s.anchor.doc_id == "un-udhr-1948"]
    assert any(s.quote == whole for s in srcs)
    assert not [s for s in srcs if s.status == "stale" or s.quote == "the right to education"]
    # the other way round: a fuller quote coded later takes over; the source it covers (looked
    # at, ok) goes as covered by it, not as a stale link
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        for ind in area["indicators"]:
            for src in ind["sources"] if ind["id"] == ind_id else []:
                src["status"] = "ok"
    write_yaml(path, data)
    add_annotation(project, area="access", doc_id="un-udhr-1948",
                   quote="Everyone has the right to education. Education shall be free, at least "
                         "in the elementary and fundamental stages.",
                   indicator=ind_id, coder="third")
    draft_indicators(project, use_suggestions=False)
    res = refresh(project)
    srcs = [s for s in _ind(project, ind_id).sources if s.anchor.doc_id == "un-udhr-1948"]
    assert not [s for s in srcs if s.status == "stale"], [(s.quote, s.status) for s in srcs]
    assert any(c.kind == "source-superseded" and "fuller quote" in c.detail
               for c in res.changes)


@pytest.mark.parametrize("field, value, said", [
    ("exact", "States shall make education compulsory for every child.",
     "anchor.exact is not the document's words"),
    ("passage_id", "un-udhr-1948:art-1", "anchor.passage_id un-udhr-1948:art-1 is not the "
                                         "passage its words are in"),
])
def test_an_anchor_edited_by_hand_is_refused_not_put_back_in_silence(project, field, value, said):
    # a researcher's trial (session 43): build put back the words and the passage of a source's
    # anchor edited in framework.yaml, said "the document text changed since it was linked"
    # (it had not), and exited 0
    ind_id = _compulsory_id(project)
    path = framework_path(project)
    data = load_yaml(path)
    src = next(s for a in data["areas"] for i in a["indicators"] if i["id"] == ind_id
               for s in i["sources"] if s["anchor"]["doc_id"] == "un-udhr-1948")
    src["anchor"][field] = value
    write_yaml(path, data)
    edited = path.read_bytes()
    for args in (["indicators", "draft", "--merge", "--no-suggestions"], ["indicators", "promote"],
                 ["indicators", "validate"]):
        r = runner.invoke(app, [*args, "--project", str(project.root)])
        assert r.exit_code == 1, (args, r.output)
        assert said in r.stderr and "git checkout -p indicators/framework.yaml" in r.stderr
        assert "the document text changed" not in r.stderr
        assert path.read_bytes() == edited


def test_a_suggestion_never_displaces_a_coders_source_whose_annotation_broke_for_a_while(project):
    # a researcher's trial (session 43): with an annotation line broken, a confident suggestion
    # of the whole passage (a fuller quote) took the place of the coder's reviewed source; once
    # the line was mended that source came back as "new evidence", its review lost
    from corpus_tool.framework.model import LinkedBy, SuggestionLink
    from corpus_tool.indicators.draft import draft_path
    from corpus_tool.indicators.source_match import coded, skey
    path = framework_path(project)
    data = load_yaml(path)
    for area in data["areas"]:
        for ind in area["indicators"]:
            for src in ind["sources"]:
                src["status"] = "ok"
    write_yaml(path, data)
    current, draft = load_framework(path), load_framework(draft_path(project))
    ind = next(i for i in draft.indicators() if any(coded(s) for s in i.sources))
    mine = next(s for s in ind.sources if coded(s))
    words = mine.quote + " and more"
    fuller = mine.model_copy(update={
        "quote": words, "anchor": replace(mine.anchor, exact=words),
        "linked_by": LinkedBy(suggestion=SuggestionLink(model_id="areas-fewshot-v1", score=0.8),
                              by="corpus-tool areas suggest")})
    broken = draft.model_copy(deep=True)
    target = next(i for i in broken.indicators() if i.id == ind.id)
    target.sources[:] = [fuller if s is not None and skey(s) == skey(mine) else s
                         for s in target.sources]
    while_broken = merge_drafts(current, broken, add="none").framework
    kept = [s for s in next(i for i in while_broken.indicators() if i.id == ind.id).sources
            if skey(s) == skey(mine)]
    assert [s.status for s in kept] == ["stale"]
    mended = merge_drafts(while_broken, draft, add="none").framework
    back = [s for s in next(i for i in mended.indicators() if i.id == ind.id).sources
            if skey(s) == skey(mine)]
    assert [s.status for s in back] == ["ok"], [(s.status, s.note) for s in back]


def test_a_suggestion_coded_since_in_part_of_its_sentence_is_not_kept_beside_the_coding(project):
    # a researcher's trial (session 47): a confident suggestion of a whole sentence, then a coding
    # of part of it to the same indicator: the sentence stood twice in the provenance table, the
    # suggestion "stale" and the coding "new"
    from corpus_tool.framework.model import LinkedBy, SuggestionLink
    from corpus_tool.indicators.draft import draft_path
    from corpus_tool.indicators.source_match import coded, skey
    path = framework_path(project)
    current, draft = load_framework(path), load_framework(draft_path(project))
    ind = next(i for i in draft.indicators() if any(coded(s) for s in i.sources))
    mine = next(s for s in ind.sources if coded(s))
    words = mine.quote + " and more"
    suggested = mine.model_copy(update={
        "quote": words, "anchor": replace(mine.anchor, exact=words), "status": "ok",
        "linked_by": LinkedBy(suggestion=SuggestionLink(model_id="areas-fewshot-v1", score=0.8),
                              by="corpus-tool areas suggest")})
    target = next(i for i in current.indicators() if i.id == ind.id)
    target.sources[:] = [suggested if skey(s) == skey(mine) else s for s in target.sources]
    target.generated.sources[:] = [skey(suggested) if k == skey(mine) else k
                                   for k in target.generated.sources]
    res = merge_drafts(current, draft, add="none")
    srcs = next(i for i in res.framework.indicators() if i.id == ind.id).sources
    assert [s.quote for s in srcs if s.anchor.passage_id == mine.anchor.passage_id
            and mine.quote in s.quote] == [mine.quote]
    assert any(c.kind == "source-superseded" and "coded since" in c.detail for c in res.changes)


def test_files_left_in_a_git_merge_conflict_are_said_and_never_half_read(project):
    # a researcher's trial (session 43): with conflict markers left by `git pull`, the messages
    # spoke of malformed JSON, advised giving an annotation "a new id", and `build` drafted
    # from one side of the conflict and updated the framework from it
    from corpus_tool.coding.files import annotation_files
    ann = annotation_files(project)[0]
    lines = ann.read_text(encoding="utf-8").splitlines()
    ann.write_text("\n".join(["<<<<<<< HEAD", lines[0], "=======", lines[0].replace(
        '"access"', '"outcomes"'), ">>>>>>> origin/main", *lines[1:]]) + "\n", encoding="utf-8")
    fw_before = framework_path(project).read_bytes()
    listed = runner.invoke(app, ["annotations", "list", "--project", str(project.root)])
    assert "unresolved git merge conflict (lines 1–5)" in listed.stderr
    assert "new id" not in listed.stderr and "malformed JSON" not in listed.stderr
    r = runner.invoke(app, ["indicators", "draft", "--merge", "--no-suggestions",
                            "--project", str(project.root)])
    assert r.exit_code == 1 and "unresolved git merge conflict in annotations/" in r.stderr
    assert "git status" in r.stderr
    assert framework_path(project).read_bytes() == fw_before

    text = fw_before.decode("utf-8").splitlines()
    framework_path(project).write_text("\n".join(
        text[:3] + ["<<<<<<< HEAD", text[3], "=======", text[3], ">>>>>>> theirs"] + text[4:])
        + "\n", encoding="utf-8")
    v = runner.invoke(app, ["indicators", "validate", "--project", str(project.root)])
    assert v.exit_code == 1 and "unresolved git merge conflict (lines 4–8)" in v.stderr
    assert "add ': ' after the key" not in v.stderr


def test_a_withdrawn_indicator_with_no_source_left_is_shown_so(project):
    # a researcher's trial (session 43): indicators the drafts no longer proposed, every source
    # stale, were listed as `draft` with 4 sources, and validate said "13 indicators OK"
    from corpus_tool.coding.annotations import remove_annotations
    from corpus_tool.coding.files import load_annotations
    gone = [a.id for a in load_annotations(project) if a.indicator == "parental-convictions"]
    assert gone
    remove_annotations(project, gone)
    draft_indicators(project, use_suggestions=False)
    refresh(project)
    listed = json.loads(runner.invoke(app, ["indicators", "list", "--json", "--project",
                                            str(project.root)]).stdout)["indicators"]
    row = next(r for r in listed if r["id"] == "parental-convictions")
    assert (row["status"], row["sources"], row["instruments"]) == ("withdrawn", 0, 0)
    assert row["stale_sources"] == len(gone)
    v = runner.invoke(app, ["indicators", "validate", "--project", str(project.root)])
    assert v.exit_code == 0, v.output
    assert "1 withdrawn with no source left (see the warnings)" in v.stdout
    assert "parental-convictions: no source left" in v.stderr


def test_areas_added_after_the_first_promotion_count_in_the_overall_score(project, tmp_path):
    """A first build before most coding made a framework of one area; the areas promoted later
    were left out of its overall score, and a country scored 100 where its indicators gave 25
    (a researcher's trial, session 44). An overall score that counted every area counts the
    new ones; one a researcher narrowed is left as it is; `validate` names an area no overall
    score counts."""
    from corpus_tool.indicators.draft import draft_path
    from corpus_tool.indicators.validate import validate_framework
    p = copy_project(project.root, tmp_path / "q")
    path = framework_path(p)
    path.unlink()
    drafts = load_framework(draft_path(p))
    assert len(drafts.areas) >= 3
    first_area, second_area = drafts.areas[:2]
    promote(p, ids=[first_area.indicators[0].id, second_area.indicators[0].id])
    data = load_yaml(path)
    assert [ov["areas"] for ov in data["overall"]] == [[first_area.id, second_area.id]]
    data["overall"].append({"id": "narrow", "title": "Only the first area",
                            "aggregation": {"rule": "mean"}, "areas": [first_area.id]})
    write_yaml(path, data)
    res = promote(p)
    fw = load_framework(path)
    assert [a.id for a in fw.areas] == [a.id for a in drafts.areas]
    assert fw.overall[0].areas == [a.id for a in drafts.areas]
    assert fw.overall[1].areas == [first_area.id]
    said = [c.detail for c in res.changes if "new area" in c.detail]
    assert len(said) == len(drafts.areas) - 2
    assert all("counted in the overall score 'overall'" in d for d in said)
    assert not [w for w in validate_framework(p, backend="hash")["warnings"]
                if "counts in no overall score" in w]
    data = load_yaml(path)
    data["overall"][0]["areas"] = [first_area.id]
    write_yaml(path, data)
    warned = [w for w in validate_framework(p, backend="hash")["warnings"]
              if "counts in no overall score" in w]
    assert len(warned) == len(drafts.areas) - 1
    assert f"area {second_area.id!r} counts in no overall score ('overall', 'narrow')" \
        in " ".join(warned)


def test_passages_cut_otherwise_by_a_new_version_are_taken_not_refused(project):
    """A new version of the readers cut the same text into passages otherwise (Spanish articles
    read as articles): the framework's anchors named passages the index no longer had, and
    every build was refused as "anchor edited by hand", also in a fresh clone whose index never
    had the old passages (two researchers' trials, session 44). A passage the document no
    longer has is taken over by the merge, and a source now cited otherwise says so; an anchor
    moved to another passage the document has is still a hand edit
    (`test_an_anchor_edited_by_hand_is_refused_not_put_back_in_silence`)."""
    from dataclasses import replace as dc_replace

    from corpus_tool.store.db import connect, get_document, iter_passages, write_document
    ind_id = _compulsory_id(project)
    before = {s.anchor.passage_id for s in _ind(project, ind_id).sources
              if s.anchor.doc_id == "un-udhr-1948"}
    assert before
    conn = connect(project.db_path)
    doc = get_document(conn, "un-udhr-1948")
    row = conn.execute("SELECT text, text_sha256, reader, n_pages FROM documents WHERE id = ?",
                       ("un-udhr-1948",)).fetchone()
    old = list(iter_passages(conn, "un-udhr-1948"))
    recut = [dc_replace(p, id=p.id.replace("un-udhr-1948:", "un-udhr-1948:v2-"),
                        locator=p.locator.replace("Art. ", "Article ")) for p in old]
    write_document(conn, doc, text=row[0], text_sha256=row[1], reader=row[2], n_pages=row[3],
                   pages=[], passages=recut,
                   passage_hashes=[conn.execute("SELECT text_sha256 FROM passages WHERE id = ?",
                                                (p.id,)).fetchone()[0] for p in old],
                   warnings=[], ingested_at="2026-01-01T00:00:00Z")
    with conn:      # a fresh clone's index never had the old passages
        conn.execute("DELETE FROM passage_history")
    conn.close()
    r = runner.invoke(app, ["indicators", "draft", "--merge", "--no-suggestions", "--project",
                            str(project.root), "--json"])
    assert r.exit_code == 0, r.output
    assert "edited by hand" not in r.output
    srcs = [s for s in _ind(project, ind_id).sources
            if s.anchor.doc_id == "un-udhr-1948" and s.status != "stale"]
    assert {s.anchor.passage_id for s in srcs} == \
        {p.replace("un-udhr-1948:", "un-udhr-1948:v2-") for p in before}
    assert all(s.status == "ok" and s.locator.startswith("Article 26") for s in srcs)
    assert all(s.note.startswith(f"now cited {s.locator} (was Art. 26") for s in srcs)
    assert "un-udhr-1948 Art. 26(1) → Article 26(1)" in json.loads(r.output)["merge"]["relocated"]


def test_validate_names_a_framework_area_the_codebook_renamed(project, tmp_path):
    """A researcher renamed an area in the codebook and re-coded every coding: the drafts went
    to the new id, the framework kept the old one, and `validate` said OK (a researcher's
    trial, session 45). `validate` names the area; a framework file of another index is left
    alone."""
    from corpus_tool.indicators.validate import validate_framework
    p = copy_project(project.root, tmp_path / "r")
    area = load_framework(framework_path(p)).areas[0].id
    assert not [w for w in validate_framework(p, backend="hash")["warnings"]
                if "is not in the codebook" in w]
    text = p.codebook_path.read_text(encoding="utf-8")
    p.codebook_path.write_text(text.replace(f"id: {area}\n", f"id: {area}-renamed\n", 1),
                               encoding="utf-8")
    (warned,) = [w for w in validate_framework(p, backend="hash")["warnings"]
                 if "is not in the codebook" in w]
    assert f"area {area!r} is not in the codebook (" in warned and f"{area}-renamed" in warned
    other = p.root / "indicators" / "other-index.yaml"
    other.write_bytes(framework_path(p).read_bytes())
    assert not [w for w in validate_framework(p, path=other, backend="hash")["warnings"]
                if "is not in the codebook" in w]


def test_the_build_says_changes_apart_from_the_indicators_they_touch():
    """"25 updated (hea-acc-information, …)" read as 25 indicators where 10 were updated (a
    researcher's trial, session 45)."""
    from corpus_tool.cli.build import framework_changes
    said = framework_changes({"changes": {"updated": 25, "new": 1},
                              "indicators": {"updated": ["a", "b"], "new": ["c"]}})
    assert said == "indicators/framework.yaml changed: 1 new (c); 25 updated in 2 indicators (a, b)"


def test_levels_are_not_reworded_under_a_title_the_researcher_reworded(project):
    """The drafts phrase the levels from their own title; after a researcher reworded the title,
    a regeneration replaced the levels (left unedited) with ones phrased from the machine's
    title, and they contradicted the researcher's (trial 22). They are held, and said."""
    ind_id = _compulsory_id(project)
    before = _ind(project, ind_id)
    drafted = Scale(levels=[Level(score=100, label="full", description="Something else."),
                            Level(score=50, label="partial"), Level(score=0, label="none")])
    new = before.model_copy(update={"scale": drafted})
    merged, changes = merge_indicator(before, new)        # the title as drafted: levels follow
    assert merged.scale == drafted and not [c for c in changes if c.kind == "held"]
    _edit(project, ind_id, title="Mandatory training of professionals")
    cur = _ind(project, ind_id)
    merged, changes = merge_indicator(cur, new)
    assert merged.scale == cur.scale != drafted
    assert merged.title == "Mandatory training of professionals"
    held = [c for c in changes if c.kind == "held"]
    assert [c.field for c in held] == ["scale"] and "reworded the title" in held[0].detail


def test_a_recoded_indicator_id_renames_the_framework_indicator(project):
    """`annotations recode --indicator OLD --to NEW` left the framework's OLD, with the
    researcher's edits, to be withdrawn, and NEW came as a bare new draft (trial 22): the
    framework's indicator takes the new id, keeps the old among its aliases, and its draft is
    the new id's."""
    old = _compulsory_id(project)
    _edit(project, old, title="Compulsory schooling (team title)")
    assert "would rename" in rename_indicator(project, [old], "acc-compulsory", dry_run=True)
    assert _ind(project, old).title == "Compulsory schooling (team title)"   # nothing written
    said = rename_indicator(project, [old], "acc-compulsory")
    assert said.startswith(f"renamed indicator {old} to acc-compulsory")
    ind = _ind(project, "acc-compulsory")
    assert ind.title == "Compulsory schooling (team title)" and old in ind.aliases
    assert ind.generated.draft == "acc-compulsory"
    other = next(i.id for i in load_framework(framework_path(project)).indicators()
                 if i.id != "acc-compulsory")
    # two codes merged into one the framework holds: said, nothing renamed
    assert "merge their wording by hand" in rename_indicator(project, [other], "acc-compulsory")
    assert rename_indicator(project, ["no-such-id"], "x") == ""


def test_a_reworded_title_over_the_drafts_question_is_warned(project):
    # a researcher's trial 27 (P12): after the title "Time limits and charges for answering
    # requests" was reworded, the drafted question still asked about "time limits and charges",
    # and nothing said to review it
    from corpus_tool.indicators.validate import validate_framework
    ind_id = _compulsory_id(project)
    question = _ind(project, ind_id).question

    def said():
        return [w for w in validate_framework(project, backend="hash")["warnings"]
                if "title reworded by hand" in w and w.startswith(ind_id)]

    assert said() == []
    _edit(project, ind_id, title="Free schooling for every child of compulsory school age")
    [warning] = said()
    assert repr(question) in warning
    _edit(project, ind_id, question="Is schooling free for every child of compulsory age?")
    assert said() == []         # the question reworded too: the researcher has looked at it


def test_the_first_framework_takes_only_the_drafts_that_rest_on_a_coding(base, tmp_path):
    """A researcher's trial 43 (P2): the first `build` put a draft of suggestions alone ("0
    coded passages and 3 confident suggestions") into the framework and the experts'
    questionnaire. The README's rule: drafts of suggestions alone wait for `promote`."""
    from corpus_tool.indicators.draft import draft_path
    p = copy_project(base, tmp_path / "p")
    draft_indicators(p, use_suggestions=False)
    path = draft_path(p)
    data = load_yaml(path)
    inds = [i for a in data["areas"] for i in a["indicators"]]
    alone = inds[-1]
    for s in alone["sources"]:          # as a draft of model suggestions only reads
        s["linked_by"] = {"suggestion": {"model_id": "areas-fewshot-v2", "score": 0.8},
                          "by": "corpus-tool areas suggest"}
    write_yaml(path, data)
    result = refresh(p)
    made = {i.id for i in load_framework(framework_path(p)).indicators()}
    assert made == {i["id"] for i in inds} - {alone["id"]}
    assert result.pending == [alone["id"]]
    promote(p, ids=[alone["id"]])                    # promoted by name, it comes in
    assert alone["id"] in {i.id for i in load_framework(framework_path(p)).indicators()}
