"""Which judged clusters mix requirements, read from the readers' verdicts (issue 16, h16o).

The rule, written down before any coherence score was computed (benchmarks/data/README.md,
`coherence`):

- Every verdict of a judged cluster counts: each row of `cluster_label_judgments.csv` naming the
  cluster (its project and id), each of its three verdicts (`before`, `first_pass`, `after`),
  except a verdict whose reason speaks of a successor ('successor c-…': it judges another
  cluster's label).
- A verdict says **mix** when its reason says the cluster mixes things or holds unrelated ones
  ('mix', 'two requirements', 'unrelated', 'noise'); it says **part** when its reason says the
  label names one part or one member of the cluster ('narrower than the cluster', 'one part',
  'a part', 'one member', 'members of a', 'half of', 'one list item', 'one of the themes');
  it says **one** when it is accepted, or when the reason says what the one thing the cluster
  is ('; the cluster is …', not followed by a mix) or faults only the label's shape ('cut',
  'list of terms', 'terms joined', 'one word', 'not a noun phrase', 'clause', 'verb',
  'fragment', 'run together', 'nominalisation', 'misspelt', 'quote', 'sentence').
- A cluster is **mixed** when any verdict says mix; otherwise **coherent** when any says one
  (an accepted label shows a reader saw one requirement); otherwise mixed when any says part;
  otherwise it is left out (rejected for naming a body, a subject, being vague…: nothing about
  what the cluster holds).
- Development and held-out parts follow the `half` column of the cluster's first row (its
  draw's half).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

JUDGMENTS = Path(__file__).resolve().parent / "data" / "cluster_label_judgments.csv"
COLUMNS = ("before", "first_pass", "after")
MIX = re.compile(r"mix|two requirements|unrelated|noise")
PART = re.compile(r"narrower than the cluster|one part|\ba part\b|one member|members of a|"
                  r"half of|one list item|one of the themes")
SHAPE = re.compile(r"\bcut\b|list of terms|terms joined|one word|not a noun phrase|clause|"
                   r"\bverb\b|fragment|run together|nominalisation|misspelt|quote|sentence")
ONE = re.compile(r"; the cluster is ")


def verdict(acceptable: str, reason: str) -> str | None:
    """'mix', 'part', 'one' or None for one verdict (see the module)."""
    r = reason.lower()
    if "successor c-" in r or not acceptable:
        return None
    if MIX.search(r):
        return "mix"
    if acceptable == "yes":
        return "one"
    if PART.search(r):
        return "part"
    if ONE.search(r) or SHAPE.search(r):
        return "one"
    return None


def judged_clusters(path: Path = JUDGMENTS) -> dict[tuple[str, str], dict]:
    """(project, cluster id) → {'mixed': bool, 'half': 'dev'|'held-out', 'verdicts': [...]} for
    every judged cluster the rule decides."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    seen: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r.get("project") or "reference", r["cluster_id"])
        rec = seen.setdefault(key, {"half": r["half"], "verdicts": []})
        for col in COLUMNS:
            v = verdict(r[f"acceptable_{col}"], r[f"reason_{col}"])
            if v:
                rec["verdicts"].append(v)
    out = {}
    for key, rec in seen.items():
        vs = rec["verdicts"]
        mixed = True if "mix" in vs else False if "one" in vs else True if "part" in vs else None
        if mixed is not None:
            out[key] = {"mixed": mixed, "half": rec["half"], "verdicts": vs}
    return out
