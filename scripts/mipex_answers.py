"""Convert MIPEX's long score table into a corpus-tool answers file (a script, not product code).

Input: `mipex_2007_2019_scores_long.csv` (country,year,strand,level,code,parent,score,note), as
derived from the MIPEX 2020 workbook "Policy Indicators Scores (2007-2019) – core set of
indicators" (Solano & Huddleston, Migration Policy Group and CIDOB).
Output: `country,year,indicator,score` — one row per coded answer (indicators and
sub-indicators); published strand rows and empty cells (`#DIV/0!`: no data) are left out.

    python scripts/mipex_answers.py LONG.csv OUT.csv [--drop-parents cb51,gb,...]

`--drop-parents` leaves out the answers of the named composite indicators, so that corpus-tool
computes them from their sub-indicators (to check the composite rules).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def convert(long_csv: Path, out_csv: Path, *, drop_parents: set[str] = frozenset()) -> int:
    rows = []
    with open(long_csv, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["level"] == "strand" or r["score"].strip() == "":
                continue
            if r["code"] in drop_parents:
                continue
            score = float(r["score"])
            text = str(int(score)) if score.is_integer() else repr(score)
            rows.append((r["country"], int(r["year"]), r["code"], text))
    rows.sort()
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "year", "indicator", "score"])
        w.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("long_csv", type=Path)
    ap.add_argument("out_csv", type=Path)
    ap.add_argument("--drop-parents", default="",
                    help="comma-separated composite codes whose own answers to leave out")
    a = ap.parse_args(argv)
    n = convert(a.long_csv, a.out_csv,
                drop_parents={c for c in a.drop_parents.split(",") if c})
    print(f"{n} answers written to {a.out_csv}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
