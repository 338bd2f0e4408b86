"""Sheets for a blind reader of draft titles and questions (issue 15's judged figures).

    PYTHONPATH=. python scripts/title_sheet.py dump OUT.json [PROJECT ...]
        the no-topics drafts of the reference and the example projects (all when none is named:
        `reference`, or an example's folder name), as the drafting benchmark drafts them: per
        indicator its title, question and its sources' quotes. Run it in a checkout of the
        commit to measure (a worktree of an older commit gives the old titles).
    PYTHONPATH=. python scripts/title_sheet.py sheet SHEET.md KEY.csv DUMP.json [DUMP.json ...]
        one sheet of every title (and question) of the dumps that has no verdict yet in
        `benchmarks/data/drafting_*_judgments.csv`, shuffled (seed 15) so that a reader cannot
        tell which commit wrote which, each with its group's sources; KEY.csv maps the sheet's
        item numbers back to project, indicator and field. The reader writes one line per item:
        `N | accept or reject | reason`.
    PYTHONPATH=. python scripts/title_sheet.py compare SHEET.md KEY.csv OLD.json NEW.json
        the same for a change: every title and question of the indicators whose title or
        question differs between two dumps, old and new (judged before or not), shuffled
        together, so that one reader judges both without knowing which is which.
    PYTHONPATH=. python scripts/title_sheet.py record KEY.csv VERDICTS.txt "WHO AND WHEN"
        appends the reader's verdicts to the judgment files, each reason followed by
        "(WHO AND WHEN)" (questions with pass `blind`).

The sheet shows no commit, no project's other titles, no benchmark figure and no MIPEX title.
"""
from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
JUDGMENTS = {"title": DATA / "drafting_title_judgments.csv",
             "question": DATA / "drafting_question_judgments.csv"}
EXAMPLES = ["labour-market", "anti-discrimination", "health", "political-participation",
            "family-reunification", "citizenship", "permanent-residence", "housing",
            "detention-expulsion", "trafficking"]
QUOTES = 20         # sources shown per group, in the draft's order (a group has up to ~15;
# with 6, a reader of session 33 judged words absent that a later source held)


def dump(out: Path, projects: list[str]) -> None:
    from benchmarks.bench_drafting import _draft_no_topics, _ensure_built
    names = projects or ["reference", *[e for e in EXAMPLES if (ROOT / "examples" / e).is_dir()]]
    result: dict[str, list[dict]] = {}
    for name in names:
        root = ROOT if name == "reference" else ROOT / "examples" / name
        _ensure_built(root)
        fw = _draft_no_topics(root)
        result[name] = [{"id": ind.id, "title": ind.title, "question": ind.question,
                         "quotes": [s.quote for s in ind.sources]} for ind in fw.indicators()]
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _judged(field: str) -> set[tuple[str, str, str]]:
    with open(JUDGMENTS[field], encoding="utf-8", newline="") as f:
        return {(r["project"], r["indicator"], r[field]) for r in csv.DictReader(f)}


def _items(dumps: list[Path], keep) -> dict[tuple[str, str, str, str], list[str]]:
    items: dict[tuple[str, str, str, str], list[str]] = {}
    for path in dumps:
        for project, inds in json.loads(path.read_text(encoding="utf-8")).items():
            for ind in inds:
                for field in ("title", "question"):
                    if ind[field] and keep(project, ind, field):
                        items.setdefault((project, ind["id"], field, ind[field]), ind["quotes"])
    return items


def sheet(out: Path, key: Path, dumps: list[Path]) -> None:
    judged = {f: _judged(f) for f in JUDGMENTS}
    _write(out, key, _items(dumps, lambda p, ind, f: (p, ind["id"], ind[f]) not in judged[f]))


def compare(out: Path, key: Path, old: Path, new: Path) -> None:
    def fields(path):
        return {(p, i["id"]): (i["title"], i["question"])
                for p, inds in json.loads(path.read_text(encoding="utf-8")).items()
                for i in inds}
    a, b = fields(old), fields(new)
    changed = {k for k in a.keys() & b.keys() if a[k] != b[k]}
    _write(out, key, _items([old, new], lambda p, ind, f: (p, ind["id"]) in changed))


def _write(out: Path, key: Path, items: dict[tuple[str, str, str, str], list[str]]) -> None:
    order = sorted(items)
    random.Random(15).shuffle(order)
    lines = ["# Draft indicator titles and questions to judge", "",
             "For each item: would a researcher building a policy index keep it **unchanged**?",
             "A title must be a whole noun phrase naming the provision its sources share (not a",
             "bare subject, a cut phrase, a clause, or something narrower or other than the group).",
             "A question must be a grammatical question an expert could answer for a country about",
             "that provision. Answer one line per item: `N | accept or reject | reason`.", ""]
    with open(key, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["n", "project", "indicator", "field", "text"])
        for n, k in enumerate(order, 1):
            project, ind, field, text = k
            w.writerow([n, project, ind, field, text])
            lines += [f"## {n}. {field}: {text}", "", "Sources of the group:"]
            lines += [f"- {q}" for q in items[k][:QUOTES]]
            lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(order)} items → {out} (key {key})")


def record(key: Path, verdicts: Path, who: str) -> None:
    with open(key, encoding="utf-8", newline="") as f:
        items = {r["n"]: r for r in csv.DictReader(f)}
    said = {}
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        n, verdict, reason = (x.strip() for x in (line.split("|", 2) + ["", ""])[:3])
        if n in items:
            if verdict not in ("accept", "reject"):
                raise SystemExit(f"{verdicts}: item {n}: verdict {verdict!r} is neither "
                                 "accept nor reject")
            said[n] = (verdict, reason)
    missing = sorted(set(items) - set(said), key=int)
    if missing:
        raise SystemExit(f"{verdicts}: no verdict for items {', '.join(missing)}")
    counts = {"title": [0, 0], "question": [0, 0]}
    for field in ("title", "question"):
        rows = [(items[n], *said[n]) for n in sorted(items, key=int)
                if items[n]["field"] == field]
        with open(JUDGMENTS[field], "a", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            for it, verdict, reason in rows:
                row = [it["project"], it["indicator"], it["text"], verdict, f"{reason} ({who})"]
                w.writerow(row + (["blind"] if field == "question" else []))
                counts[field][0] += verdict == "accept"
                counts[field][1] += 1
    print(", ".join(f"{k}s {a}/{n} accepted" for k, (a, n) in counts.items()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(Path(sys.argv[2]), sys.argv[3:])
    elif sys.argv[1:2] == ["sheet"]:
        sheet(Path(sys.argv[2]), Path(sys.argv[3]), [Path(p) for p in sys.argv[4:]])
    elif sys.argv[1:2] == ["compare"] and len(sys.argv) == 6:
        compare(*(Path(a) for a in sys.argv[2:6]))
    elif sys.argv[1:2] == ["record"] and len(sys.argv) == 5:
        record(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
    else:
        raise SystemExit(__doc__)
