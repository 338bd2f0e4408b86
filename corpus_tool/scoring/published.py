"""Comparing computed scores with published ones (`corpus-tool score --check-against`): a wide
or long file of published values, every difference listed."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.framework.model import Framework, walk
from corpus_tool.scoring.answers import read_answer_rows
from corpus_tool.scoring.engine import LEVEL_ORDER, ScoreResult


def check_against(result: ScoreResult, fw: Framework, published: Path, *,
                  tolerance: float = 0.01) -> dict:
    """Compare computed scores with a published file (wide: country, year, one column per node
    id or alias; or long: country, year, node, score). Lists every difference."""
    published = Path(published)
    names: dict[str, str] = {}
    for ref in walk(fw):
        names[ref.id] = ref.id
        for alias in getattr(ref.node, "aliases", []) or []:
            names[alias] = ref.id
    rows = read_answer_rows(published)
    if not rows:
        raise InputError("no rows", path=published, fix="a header and one row per country-year")
    cols = list(rows[0][1])
    if not {"country", "year"} <= set(cols):
        raise InputError("missing column(s) country, year", path=published, line=1,
                         fix="columns: country, year, then one column per node id or alias")
    long = "node" in cols and "score" in cols
    ignored = sorted({c for c in cols if c not in ("country", "year") and c not in names}) \
        if not long else []
    computed = {(s.country, s.year, s.node): s.score for s in result.scores}
    diffs: list[dict] = []
    compared = matching = not_published = 0
    seen: set[tuple[str, int, str]] = set()
    problems: list[str] = []

    def compare(line: int, country: str, year: int, node: str, text: str) -> None:
        nonlocal compared, matching, not_published
        seen.add((country, year, node))
        mine = computed.get((country, year, node))
        if text == "":
            if mine is not None:
                not_published += 1
            return
        try:
            pub = float(text)
        except ValueError:
            problems.append(str(InputError(f"'{text}' is not a number", path=published,
                                           line=line, fix="leave unpublished values empty")))
            return
        compared += 1
        if mine is None:
            diffs.append({"country": country, "year": year, "node": node, "published": pub,
                          "computed": None, "difference": None, "line": line})
        elif abs(mine - pub) > tolerance:
            diffs.append({"country": country, "year": year, "node": node, "published": pub,
                          "computed": mine, "difference": mine - pub, "line": line})
        else:
            matching += 1

    for line, row in rows:
        try:
            year = int(float(row.get("year", "")))
        except ValueError:
            problems.append(str(InputError(f"year '{row.get('year')}' is not a year",
                                           path=published, line=line, fix="e.g. 2019")))
            continue
        country = row.get("country", "")
        if long:
            node = names.get(row.get("node", ""))
            if node is None:
                problems.append(str(InputError(f"unknown node '{row.get('node')}'",
                                               path=published, line=line,
                                               fix="use a node id or alias of the framework")))
                continue
            compare(line, country, year, node, row.get("score", ""))
        else:
            for col, text in row.items():
                if col in names and col not in ("country", "year"):
                    compare(line, country, year, names[col], text)
    if problems:
        raise CheckFailed(f"{len(problems)} bad row(s) in {published}", problems)
    diffs.sort(key=lambda d: (d["country"], d["year"], LEVEL_ORDER.get(
        next((r.kind for r in walk(fw) if r.id == d["node"]), ""), 9), d["node"]))
    return {"published": str(published), "tolerance": tolerance, "compared": compared,
            "matching": matching, "differences": diffs, "not_published": not_published,
            "ignored_columns": ignored}


