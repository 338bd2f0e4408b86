"""Schema checks for the issue-14 evaluation data: tests/data/statements_gold_unseen.jsonl and
tests/data/areas_eval.jsonl (see the README beside each). They guard the labelled data, not the
extractor or the suggestions."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from corpus_tool.models import STRENGTHS
from corpus_tool.statements.evaluate import DRAWN_TOGETHER

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
HALVES = {"dev", "heldout"}
# heldout2 … heldout140: held-out halves drawn later, each from documents in no other half but
# one drawn beside it (evaluate.DRAWN_TOGETHER)
# (README);
# each before the last has since been measured once, or is measured and tuned on in the session
# that drew the next ("seen"); heldout13 and heldout14 are seen since their measurement at 59ccaa3,
# heldout15 since its measurement at 67b43b0 (tuned on in round 14), heldout16 since its
# measurement at 5c31f1d (tuned on in round 15), heldout17 since its measurement at round 15's
# freeze (tuned on in round 16), heldout18 since its measurement at round 16's freeze (one rule
# written from it after); heldout19 … heldout22 were tuned on in rounds 18–21 (session 15);
# heldout23 is seen since heldout24 was measured after it (drawn in session 15, measured, never
# tuned on); heldout24 was measured at d323126 and round 22 written from it (session 16);
# heldout25 was measured before and after round 22 and round 23 written from it; heldout26 was
# measured at 4d5799c and after round 23 and round 24 written from it (all in session 16);
# heldout27 was measured after rounds 23 and 24 and round 25 written from it (session 16);
# heldout28 was measured after rounds 24 and 25 and round 26 written from it (session 16);
# heldout29 was drawn in session 16 (g14s2), measured after rounds 25 and 26 and round 27 written
# from it (session 17); heldout30 was drawn in session 17 (g30) after heldout29 was measured,
# measured before and after rounds 27 and 28, and round 29 written from it (session 18);
# heldout31 was drawn in session 18 (g31) after heldout30 was measured, measured at 9aecc03 and
# after round 29, and round 30 written from it; heldout32 was drawn in session 18 (g32) after
# heldout31 was measured, measured at f12803d (after round 29) and after round 30, and round 31
# written from it; heldout33 was drawn in session 18 (g33) after heldout32 was measured,
# measured at a81cb3a (round 30) and after round 31, and round 32 written from it; heldout34 was
# drawn in session 18 (g34) after heldout32 was measured, in parallel with heldout33 (its ids
# start at u4500), measured at be7d038 (round 31) and after round 32, and round 33 written from
# it; heldout35 was drawn in session 18 (g35) after heldout34 was measured (its ids start at
# u4700), measured at 418b87d (round 32) and after round 33, and round 34 written from it;
# heldout36 and heldout37 were drawn in session 19 (g36, g37) in parallel after heldout35 was
# measured (their ids start at u4828 and u5000), measured at a25dae0 (round 33) and after
# round 34, and rounds 35 and 36 written from them; heldout38 and heldout39 were drawn in
# session 19 (g38, g39) in parallel after heldout36 and heldout37 were measured (their ids
# start at u5200 and u5400), measured before and after round 36, and rounds 37 and 38 written
# from them;
# heldout40 and heldout41 were drawn in session 19 (g40, g41) in parallel after heldout38 and
# heldout39 were measured (their ids start at u5600 and u5800), measured at e8f50ad (round
# 36) and after round 37, never tuned on: fresh;
# heldout42 was drawn in session 19 (g42) after heldout40 and heldout41 were measured, in
# parallel with heldout43 (its ids start at u6000), not yet measured: fresh;
# heldout43 was drawn in session 19 (g43) in parallel with heldout42 (its ids start at u6200),
# measured at f504055, never tuned on: fresh; it shares two documents with heldout42;
# heldout44 and heldout45 were drawn in session 20 (g44, g45) after heldout42 was measured, in
# parallel (their ids start at u6400 and u6600; they share one document): fresh;
# heldout46 and heldout47 were drawn in session 21 (g46, g47) after heldout45 was merged, in
# parallel (their ids start at u6800 and u7000; they share no document), measured at b99fd71
# and 8632d0c: heldout46's errors were read since (seen), heldout47 is fresh;
# heldout48 and heldout49 were drawn in session 21 (g48, g49) after heldout46 and heldout47
# were merged, in parallel (their ids start at u7200 and u7400; they share no document),
# measured at 1858449: heldout48's errors were read since (session 22, seen), heldout49 is fresh;
# heldout50 and heldout51 were drawn in session 22 (g50, g51) after heldout48 and heldout49
# were merged, in parallel (their ids start at u7600 and u7800; they share no document),
# measured at 8b41daf: heldout50's errors were read since (round 39, seen), heldout51 is fresh;
# heldout52 and heldout53 were drawn in session 22 (g52, g53) after heldout50 and heldout51
# were merged, in parallel (their ids start at u8000 and u8200; they share no document),
# measured at 34e5cde (fresh); heldout54 and heldout55 were drawn in session 23 (g54, g55) after
# heldout52 and heldout53 were merged, in parallel (their ids start at u8400 and u8600; they share
# no document), measured at a12a22a: their errors were read since (round 40, seen);
# heldout56 and heldout57 were drawn in session 23 (g56, g57) after heldout54 and heldout55 were
# merged, in parallel (their ids start at u8800 and u9000; they share no document), measured at
# 936237c: their errors were read since (round 41, seen); heldout58 and heldout59 were drawn in
# session 23 (g58, g59) after heldout56 and heldout57 were merged, in parallel (their ids start at
# u9200 and u9400; they share no document), measured at 26dc607: their errors were read since
# (round 42, seen); heldout60 and heldout61 were drawn in session 23 (g60, g61) after heldout58
# and heldout59 were merged, in parallel (their ids start at u9600 and u9800; they share no
# document), measured at 6eaed12: their errors were read since (round 43, seen); heldout62 and
# heldout63 were drawn in session 24 (g62, g63) after heldout60 and heldout61 were merged, in
# parallel (their ids start at u10000 and u10200; they share no document), measured at 7ca3677:
# their errors were read since (round 44, seen); heldout64 and heldout65 were drawn in session
# 24 (g64, g65) after heldout62 and heldout63 were merged, in parallel (their ids start at
# u10400 and u10600; they share no document), measured at 45649fd: their errors were read since
# (round 46, seen); heldout66 and heldout67 were drawn in session 24 (g66, g67) after heldout64
# and heldout65 were merged, in parallel (their ids start at u10800 and u11000; they share no
# document), measured at 16c2614: their errors were read since (seen); heldout68 and
# heldout69 were drawn in session 24 (g68, g69) after heldout66 and heldout67 were merged,
# in parallel (their ids start at u11200 and u11400; they share no document), measured at
# 9721829: their errors were read since (seen); heldout70 and heldout71 were drawn in
# session 24 (g70, g71) after heldout68 and heldout69 were merged, in parallel (their ids
# start at u11600 and u11800; they share no document), measured at 5c40b67: their errors
# were read since (seen); heldout72 … heldout75 were drawn in session 25 (g72 … g75) in
# parallel, two with no treaty (72, 74) and two of treaties only (73, 75), sharing no document
# (their ids start at u12000, u12200, u12400, u12600), measured together once at 28642d8,
# their errors read in session 26 (seen); heldout76 … heldout79 were drawn in session 26 (g76 …
# g79) in parallel, two with no treaty (76, 78) and two of treaties only (77, 79), sharing no
# document (their ids start at u12800, u13000, u13200, u13400), under the floor of 10
# statements (none replaced after its draw), measured together once at c35074a, their errors
# read at the end of session 26 (seen); heldout80 … heldout83 were drawn in session 27 (g80 …
# g83) in parallel, two with no treaty (80, 82) and two of treaties only (81, 83), sharing no
# document (their ids start at u13600, u13800, u14000, u14200), under the floor of 10
# statements (none replaced after its draw), measured together once at 63bc07e, their errors
# read at the end of session 27 (seen); heldout84 … heldout87 were drawn in session 28 (g84 …
# g87) in parallel, two with no treaty (84, 86) and two of treaties only (85, 87), sharing no
# document (their ids start at u14400, u14600, u14800, u15000), under the floor of 10
# statements (none replaced after its draw), measured together once at 222598a, their errors
# read in session 28 (seen); heldout88 … heldout91 were drawn later in session 28 (g88 … g91)
# in parallel, two with no treaty (88, 90) and two of treaties only (89, 91), sharing no
# document (their ids start at u15200, u15400, u15600, u15800), under the floor of 10
# statements (none replaced after its draw), measured together once at 475d640, their errors
# read in session 28 (seen); heldout92 … heldout95 were drawn later in session 28 (g92 … g95)
# in parallel, two with no treaty (92, 94) and two of treaties only (93, 95), sharing no
# document (their ids start at u16000, u16200, u16400, u16600), under the floor of 10
# statements (none replaced after its draw), measured together once at cd4c63f, their actor
# errors read in session 29 (seen); heldout96 …
# heldout99 were drawn last in session 28 (g96 … g99) in parallel, two with no treaty (96, 98)
# and two of treaties only (97, 99), sharing no document (their ids start at u16800, u17000,
# u17200, u17400), under the floor of 10 statements (one document of heldout96 replaced before
# labelling: its file held a text already in the gold), measured together once at f0b7696,
# their errors not read in session 28; heldout100 … heldout103 were drawn in session 29 (g100
# … g103) in parallel, two with no treaty (100, 102) and two of treaties only (101, 103), sharing
# no document (their ids start at u17600, u17800, u18000, u18200), under the floor of 10
# statements (none replaced after its draw), measured together once at 629db42, their errors
# read after it in session 29 (seen); heldout104 … heldout107 were drawn later in session 29
# (g104 … g107) in parallel, two with no treaty (104, 106) and two of treaties only (105, 107),
# sharing no document (their ids start at u18400, u18600, u18800, u19000), under the floor of 10
# statements (none replaced after its draw), measured together once at c4a4cb8, their errors
# read in session 30 (seen); heldout108 … heldout111 were drawn in session 30 (g108 … g111) in
# parallel, two with no treaty (108, 110) and two of treaties only (109, 111), sharing no
# document (their ids start at u19200, u19400, u19600, u19800), under the floor of 10 statements
# (in 108, 110 and 111 one document each replaced after its first draw was printed and before
# any unit was labelled: a text of an example corpus, a text another half had claimed, a list of
# plenipotentiaries), measured together once at 74a72c4, then seen (their errors read, and the
# agentive-noun model retrained to heldout107 chosen on them); heldout112 was drawn in session 31
# (g112), with no treaty, in parallel with other helpers' halves (its ids start at u20000), under
# the floor of 10 statements (three documents replaced before the draw was printed: texts another
# half had claimed first), not yet measured
FRESH_HALVES = ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
                "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
                "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26",
                "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32",
                "heldout33", "heldout34", "heldout35", "heldout36", "heldout37",
                "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
                "heldout43", "heldout44", "heldout45", "heldout46", "heldout47",
                "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53",
                "heldout54", "heldout55", "heldout56",
                "heldout57", "heldout58", "heldout59", "heldout60",
                "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
                "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71",
                "heldout72", "heldout73", "heldout74", "heldout75", "heldout76",
                "heldout77", "heldout78", "heldout79", "heldout80",
                "heldout81", "heldout82", "heldout83", "heldout84",
                "heldout85", "heldout86", "heldout87", "heldout88",
                "heldout89", "heldout90", "heldout91", "heldout92",
                "heldout93", "heldout94", "heldout95", "heldout96",
                "heldout97", "heldout98", "heldout99", "heldout100", "heldout101", "heldout102", "heldout103",
                "heldout104", "heldout105", "heldout106", "heldout107",
                "heldout108", "heldout109", "heldout110", "heldout111",
                "heldout112", "heldout113", "heldout114", "heldout115",
                "heldout116", "heldout117", "heldout118", "heldout119",
                "heldout120", "heldout121", "heldout122", "heldout123",
                "heldout124", "heldout125", "heldout126", "heldout127",
                "heldout128", "heldout129", "heldout130",
                "heldout131", "heldout132", "heldout133", "heldout134", "heldout135", "heldout136", "heldout137", "heldout138", "heldout139", "heldout140"]
UNSEEN_HALVES = HALVES | set(FRESH_HALVES)


def _load(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def unseen() -> list[dict]:
    return _load("statements_gold_unseen.jsonl")


@pytest.fixture(scope="module")
def areas() -> list[dict]:
    return _load("areas_eval.jsonl")


def _reference_doc_ids() -> set[str]:
    lines = (ROOT / "corpus" / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {line.split(",", 1)[0] for line in lines if line.strip()}


UNSEEN_KEYS = ["id", "doc_id", "locator", "source", "half", "context", "text", "statement",
               "strength", "actor", "beneficiaries"]
# what the product knows of a unit from its document (README, "Fields"): the manifest type and
# legal force of the document, and whether the reader's locator marks it as a recital or
# preamble; after the labels, in this order
STRUCTURE_KEYS = ["doc_type", "legal_force", "preamble"]
# optional, after them (README, "Fields"): the manifest's issuer of the unit's document, as a user
# adding it would give it (recorded from heldout13 on)
OPTIONAL_KEYS = ["issuer", "note"]


def test_unseen_gold_schema(unseen):
    assert len(unseen) >= 370
    ids = [r["id"] for r in unseen]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("u") and i[1:].isdigit() for i in ids)
    for r in unseen:
        assert list(r)[:len(UNSEEN_KEYS)] == UNSEEN_KEYS, r["id"]
        assert set(r) <= set(UNSEEN_KEYS) | set(STRUCTURE_KEYS) | set(OPTIONAL_KEYS), r["id"]
        assert [k for k in r if k in STRUCTURE_KEYS] == STRUCTURE_KEYS, r["id"]
        assert [k for k in r if k in OPTIONAL_KEYS] == [k for k in OPTIONAL_KEYS if k in r], r["id"]
        assert isinstance(r.get("issuer", "x"), str) and r.get("issuer", "x").strip(), r["id"]
        assert r["doc_type"].strip() and r["legal_force"] in {"binding", "non-binding"}, r["id"]
        assert isinstance(r["preamble"], bool), r["id"]
        # a recital or preamble is `none` (protocol)
        assert not (r["preamble"] and r["statement"]), r["id"]
        assert r["source"] in {"random", "picked"}, r["id"]
        assert r["half"] in UNSEEN_HALVES, r["id"]
        assert r["strength"] in STRENGTHS, r["id"]
        assert isinstance(r["statement"], bool), r["id"]
        # a statement has a strength; a non-statement has none and no actor
        assert r["statement"] == (r["strength"] != "none"), r["id"]
        if not r["statement"]:
            assert r["actor"] == "", r["id"]
        assert r["text"].strip() and r["text"] == r["text"].strip(), r["id"]
        assert r["beneficiaries"] == sorted(set(r["beneficiaries"])), r["id"]


# halves drawn while the data tests asked 30 statements a half (to heldout75); that floor pushed
# two treaty labellers of session 25 to replace documents after seeing their draws
_FLOOR_30 = {f"heldout{n}" for n in range(2, 76)} | {"dev", "heldout"}
# halves that stand as drawn under the floor (README, their sections): the views and decisions
# on complaints of heldout135, heldout137 and heldout139, and the judgments of heldout140, are
# facts, the parties' arguments and reasoning
_BELOW_FLOOR = {"heldout135": 6, "heldout137": 5, "heldout139": 2, "heldout140": 3}


def test_unseen_gold_documents_and_halves(unseen):
    docs = Counter(r["doc_id"] for r in unseen)
    # a document has one manifest type and legal force throughout
    assert len({(r["doc_id"], r["doc_type"], r["legal_force"]) for r in unseen}) == len(docs)
    # … and, where recorded, one issuer on every unit
    issuers = {(r["doc_id"], r.get("issuer")) for r in unseen if r["doc_id"] in
               {d["doc_id"] for d in unseen if "issuer" in d}}
    assert len(issuers) == len({d for d, _ in issuers}) and None not in {i for _, i in issuers}
    recorded = {"heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
                "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
                "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
                "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
                "heldout35", "heldout36", "heldout37", "heldout38", "heldout39",
                "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45",
                "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51",
                "heldout52", "heldout53", "heldout54",
                "heldout55", "heldout56", "heldout57", "heldout58",
                "heldout59", "heldout60", "heldout61", "heldout62", "heldout63",
                "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69",
                "heldout70", "heldout71", "heldout72",
                "heldout73", "heldout74", "heldout75", "heldout76",
                "heldout77", "heldout78", "heldout79", "heldout80",
                "heldout81", "heldout82", "heldout83", "heldout84",
                "heldout85", "heldout86", "heldout87", "heldout88",
                "heldout89", "heldout90", "heldout91", "heldout92",
                "heldout93", "heldout94", "heldout95", "heldout96",
                "heldout97", "heldout98", "heldout99", "heldout100", "heldout101", "heldout102", "heldout103",
                "heldout104", "heldout105", "heldout106", "heldout107",
                "heldout108", "heldout109", "heldout110", "heldout111",
                "heldout112", "heldout113", "heldout114", "heldout115",
                "heldout116", "heldout117", "heldout118", "heldout119",
                "heldout120", "heldout121", "heldout122", "heldout123",
                "heldout124", "heldout125", "heldout126", "heldout127",
                "heldout128", "heldout129", "heldout130",
                "heldout131", "heldout132", "heldout133", "heldout134", "heldout135", "heldout136", "heldout137", "heldout138", "heldout139", "heldout140"}
    assert all("issuer" in r for r in unseen if r["half"] in recorded)
    assert len(docs) >= 12
    assert not set(docs) & _reference_doc_ids(), "units must come from outside the reference corpus"
    half_of: dict[str, set[str]] = {}
    for r in unseen:
        half_of.setdefault(r["doc_id"], set()).add(r["half"])
    # halves are assigned per document; only halves drawn in parallel, blind to each other, may
    # share one (both are fresh together, `DRAWN_TOGETHER`)
    assert all(len(h) == 1 or any(h <= g for g in DRAWN_TOGETHER) for h in half_of.values()), \
        "halves are assigned per document"
    per_half = Counter(r["half"] for r in unseen)
    assert set(per_half) == UNSEEN_HALVES and min(per_half.values()) >= 80
    for half in UNSEEN_HALVES:
        units = [r for r in unseen if r["half"] == half]
        # a floor, not a quota: from heldout76 on a draw stands as drawn (README, "Protocol for a
        # fresh half", the floor's amendment); the older halves all hold >= 30 statements
        assert sum(r["statement"] for r in units) >= (30 if half in _FLOOR_30 else
                                                      _BELOW_FLOOR.get(half, 10))
        assert sum(not r["statement"] for r in units) >= 20
    assert Counter(r["source"] for r in unseen)["random"] > len(unseen) / 2


@pytest.mark.parametrize("half", FRESH_HALVES)
def test_unseen_gold_fresh_heldout(unseen, half):
    """heldout2 … heldout140 (each drawn after the previous held-out half had been seen): >= 120
    random units from >= 6 documents that are in no other half (but one drawn beside it),
    appended after all older rows."""
    fresh = [r for r in unseen if r["half"] == half]
    assert len(fresh) >= 120 and {r["source"] for r in fresh} == {"random"}
    fresh_docs = {r["doc_id"] for r in fresh}
    later = set(FRESH_HALVES[FRESH_HALVES.index(half):])
    older = [r for r in unseen if r["half"] not in later]
    peers = next((g for g in DRAWN_TOGETHER if half in g), {half})
    assert len(fresh_docs) >= 6 and not fresh_docs & {r["doc_id"] for r in unseen
                                                       if r["half"] not in peers}
    # ids continue after the older rows': rows are appended, the older halves unchanged
    assert min(int(r["id"][1:]) for r in fresh) > max(int(r["id"][1:]) for r in older)


@pytest.mark.parametrize("half", ["heldout17", "heldout18", "heldout19", "heldout20",
                                  "heldout21", "heldout22", "heldout23", "heldout24",
                                  "heldout25", "heldout26", "heldout27", "heldout28",
                                  "heldout29", "heldout30", "heldout31", "heldout32",
                                  "heldout33", "heldout34", "heldout35", "heldout36", "heldout37",
                                  "heldout38", "heldout39", "heldout40", "heldout41",
                                  "heldout42", "heldout43", "heldout44", "heldout45",
                                  "heldout46", "heldout47", "heldout48", "heldout49",
                                  "heldout50", "heldout51", "heldout52", "heldout53",
                                  "heldout54", "heldout55", "heldout56",
                                  "heldout57", "heldout58", "heldout59", "heldout60",
                                  "heldout61", "heldout62", "heldout63", "heldout64", "heldout65",
                                  "heldout66", "heldout67", "heldout68", "heldout69",
                                  "heldout70", "heldout71", "heldout72", "heldout73",
                                  "heldout74", "heldout75", "heldout76",
                                  "heldout77", "heldout78", "heldout79", "heldout80",
                "heldout81", "heldout82", "heldout83", "heldout84",
                "heldout85", "heldout86", "heldout87", "heldout88",
                "heldout89", "heldout90", "heldout91", "heldout92",
                "heldout93", "heldout94", "heldout95", "heldout96",
                "heldout97", "heldout98", "heldout99", "heldout100", "heldout101", "heldout102", "heldout103",
                "heldout104", "heldout105", "heldout106", "heldout107",
                "heldout108", "heldout109", "heldout110", "heldout111",
                "heldout112", "heldout113", "heldout114", "heldout115",
                "heldout116", "heldout117", "heldout118", "heldout119",
                "heldout120", "heldout121", "heldout122", "heldout123",
                "heldout124", "heldout125", "heldout126", "heldout127",
                "heldout128", "heldout129", "heldout130",
                "heldout131", "heldout132", "heldout133", "heldout134", "heldout135", "heldout136", "heldout137", "heldout138", "heldout139", "heldout140"])
def test_unseen_gold_eight_issuers(unseen, half):
    """heldout17 … heldout140 (README): 16 units from each of 8 documents of 8
    different issuers."""
    units = [r for r in unseen if r["half"] == half]
    docs = Counter(r["doc_id"] for r in units)
    assert len(units) == 128 and set(docs.values()) == {16} and len(docs) == 8
    assert len({r["issuer"] for r in units}) == 8


def test_unseen_gold_covers_the_hard_cases(unseen):
    strengths = Counter(r["strength"] for r in unseen)
    assert all(strengths[s] >= 5 for s in STRENGTHS)
    texts = {r["text"] for r in unseen}
    # epistemic may and the participle cases of the issue are present and not statements
    assert any(t.startswith("Nationality laws may discriminate") for t in texts)
    assert any("undertaken by public or private" in r["text"] and not r["statement"] for r in unseen)
    # chapeau-less recommendation items carry their addressee as actor
    cerd = [r for r in unseen if r["doc_id"] == "cerd-gr27-2000" and r["text"].startswith("To ")]
    assert len(cerd) >= 10 and {r["actor"] for r in cerd} == {"States parties"}
    assert {r["strength"] for r in cerd} == {"recommendation"}


AREA_KEYS = ["id", "kind", "area", "half", "text", "source"]


def test_areas_eval_schema(areas):
    codebook = yaml.safe_load((ROOT / "annotations" / "codebook.yaml").read_text(encoding="utf-8"))
    area_ids = {a["id"] for a in codebook["areas"]}
    ids = [r["id"] for r in areas]
    assert len(set(ids)) == len(ids)
    for r in areas:
        assert list(r)[:len(AREA_KEYS)] == AREA_KEYS, r["id"]
        assert set(r) <= set(AREA_KEYS) | {"note"}, r["id"]
        assert r["kind"] in {"question", "sentence", "negative"}, r["id"]
        assert r["half"] in HALVES, r["id"]
        assert r["text"].strip() and r["source"].strip(), r["id"]
        if r["kind"] == "negative":
            assert r["area"] == "none", r["id"]
        else:
            assert r["area"] in area_ids, r["id"]
        if r["kind"] == "question":
            assert r["source"] == "written" and r["text"].endswith("?"), r["id"]
    assert len({r["text"] for r in areas}) == len(areas), "duplicate texts"


def test_areas_eval_counts_and_halves(areas):
    kinds = Counter(r["kind"] for r in areas)
    assert kinds["question"] >= 48 and kinds["sentence"] >= 40 and kinds["negative"] >= 40
    per_area = Counter((r["kind"], r["area"]) for r in areas if r["kind"] != "negative")
    for area in ("access", "outcomes", "diversity", "intercultural"):
        assert per_area[("question", area)] >= 10, area
        assert per_area[("sentence", area)] >= 8, area
    # stratified halves: every kind x area group has members in both halves
    groups: dict[tuple[str, str], set[str]] = {}
    for r in areas:
        groups.setdefault((r["kind"], r["area"]), set()).add(r["half"])
    assert all(h == HALVES for h in groups.values()), groups


def test_second_labels_cover_whole_halves_under_the_gold_schema(unseen):
    """tests/data/statements_gold_second.jsonl: a second labeller's blind labels of whole halves
    (README, "Two labellers"): every unit of each half it names, once, in the gold schema, a
    non-statement with strength none, no actor and no beneficiaries."""
    second = _load("statements_gold_second.jsonl")
    by_half = Counter(r["half"] for r in second)
    assert set(by_half) == {"heldout22", "heldout23", "heldout24", "heldout26", "heldout27",
                           "heldout28", "heldout29", "heldout30"}
    units = {u["id"]: u["half"] for u in unseen}
    assert len({r["id"] for r in second}) == len(second)
    for r in second:
        assert units[r["id"]] == r["half"]
        assert r["strength"] in STRENGTHS and r["labeller"] in {"l17a", "l17b", "l17c", "l17d"}
        if not r["statement"]:
            assert (r["strength"], r["actor"], r["beneficiaries"]) == ("none", "", [])
        else:
            assert r["strength"] != "none"
        assert r["beneficiaries"] == sorted(r["beneficiaries"])
    assert by_half == Counter(u["half"] for u in unseen if u["half"] in by_half)
