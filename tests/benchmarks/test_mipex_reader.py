"""The blind reader's MIPEX matches (benchmarks/data/mipex_reader_matches.csv): the file is
whole, and a match counts on today's drafts only while the drafts it names are unchanged."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field

from benchmarks import mipex_match
from benchmarks.bench_drafting import STRANDS


@dataclass
class _Ind:
    id: str
    title: str


@dataclass
class _Fw:
    inds: list = field(default_factory=list)

    def indicators(self):
        return self.inds


def test_every_fair_row_of_every_strand_is_judged_once():
    with open(mipex_match.READER, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for project, strand in STRANDS.items():
        if strand is None:
            continue
        mine = [r for r in rows if r["project"] == project]
        assert sorted(r["code"] for r in mine) == sorted(
            r["code"] for r in mipex_match.fair_rows(mipex_match.strand_rows(strand)))
        for r in mine:
            assert r["verdict"] in ("match", "partial", "none")
            assert bool(r["indicators"]) == (r["verdict"] != "none")
            assert len(r["indicators"].split()) == len(
                [t for t in r["indicator_titles"].split(" | ") if t])
            assert "blind reader" in r["reason"]


def test_a_match_counts_while_its_drafts_are_unchanged(tmp_path):
    path = tmp_path / "m.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["project", "code", "title", "verdict", "indicators", "indicator_titles",
                    "reason"])
        w.writerow(["p", "a", "Education", "match", "x-edu", "Access to education", "r"])
        w.writerow(["p", "b", "Equality bodies", "match", "x-body y-body", "Body | Powers", "r"])
        w.writerow(["p", "c", "Residence period", "none", "", "", "r"])
        w.writerow(["p", "d", "Grants", "partial", "x-edu", "Access to education", "r"])
    fw = _Fw([_Ind("x-edu", "Access to education"), _Ind("x-body", "Body"),
              _Ind("y-body", "Powers")])
    got = mipex_match.by_reader(fw, "p", path)
    assert got == {"rows": 4, "match": 2, "partial": 1, "none": 1, "stale": 0, "matched": 0.5}
    fw.inds[2] = _Ind("y-body", "Powers of the equality body")      # retitled: judge again
    got = mipex_match.by_reader(fw, "p", path)
    assert (got["match"], got["stale"], got["matched"]) == (1, 1, 0.25)
    assert mipex_match.by_reader(fw, "q", path) is None
