"""`corpus-tool annotations agreement`: the agreement figures, their units and the
disagreements to adjudicate, as tables (the library's report as it is with --json)."""
from __future__ import annotations

from typing import Annotated

import typer

from corpus_tool.cli.annotations import ann_app
from corpus_tool.cli.common import (JsonOpt, ProjectOpt, WideOpt, emit_json, project_from,
                                    stdout, table)
from corpus_tool.coding.agreement import agreement


@ann_app.command("agreement")
def agreement_cli(coders: Annotated[list[str] | None, typer.Option(
                      "--coder", help="Coders to compare (repeat; default: all).")] = None,
                  exclude: Annotated[list[str] | None, typer.Option(
                      "--exclude-coder", help="Coders to leave out (repeat), such as the "
                                              "consensus coder of an adjudication.")] = None,
                  project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                  wide: WideOpt = False) -> None:
    """Inter-coder agreement: Cohen's kappa (two coders) and Krippendorff's alpha (nominal, any
    number of coders, missing values), per area and overall, with the disagreements; then the
    same for the indicators the coders linked the units to.

    Example: corpus-tool annotations agreement --json
    """
    rep = agreement(project_from(project_dir), coders=coders or None, exclude=exclude or ())
    if json_out:
        emit_json(rep)
        return
    stdout.print(f"Coders: {', '.join(rep['coders'])}; {rep['units_coded_by_two_or_more']} of "
                 f"{rep['units']} units coded by two or more. A unit is a stretch of a document "
                 "that codings overlap (each by at least half of the shorter, chained); a unit "
                 "one coder alone coded is not compared; a unit's value is the set of areas a "
                 f"coder gave it. {_units_of_figures(rep['coders'])}")
    for gap in rep["not_coded"]:
        stdout.print(f"Not coded: {', '.join(gap['coders'])} coded nothing in {gap['doc_id']} "
                     f"(coded by {', '.join(gap['coded_by'])}): missing values there, compared "
                     "between the others only, not agreement.")
    _figures("area", rep["overall"], rep["per_area"], wide=wide)
    _disagreements(rep["disagreements"], "disagreements to adjudicate", wide)
    ind = rep["indicators"]
    if not ind["overall"]["units"]:
        stdout.print("Indicator links: no unit linked to an indicator by two or more coders")
    else:
        _figures("indicator", ind["overall"], ind["per_indicator"], wide=wide,
                 title=f"indicator links: {ind['overall']['units']} units linked by two or "
                       f"more coders, {len(ind['disagreements'])} linked differently")
        _disagreements(ind["disagreements"], "indicator links to adjudicate", wide)


def _figures(label: str, overall: dict, per: dict[str, dict], *, wide: bool,
             title: str | None = None) -> None:
    """The figures, overall then per area (indicator): with two coders alpha, kappa and
    agreement on one row; with more, alpha over all, then each pair's kappa and agreement on a
    row of its own (trial 16: they were in --json only). An undefined figure is '–*' with the
    reason below the table (it was a blank cell)."""
    notes: list[str] = []

    def cell(value, why: str | None, where: str):
        if value is None and why:
            notes.append(f"* {where}: {why}")
            return "–*"
        return value

    several = len(overall["pairwise"]) > 1
    rows = []
    for name, st in [("overall", overall), *((k, v) for k, v in per.items() if v["units"])]:
        alpha = cell(st["alpha"], st["alpha_undefined"], f"{name}, alpha undefined")
        if not several:
            pair = (st["pairwise"] or [{}])[0]
            rows.append({label: name, "alpha": alpha, "agreement": pair.get("percent_agreement"),
                         "kappa": cell(pair.get("kappa"), pair.get("kappa_undefined"),
                                       f"{name}, kappa undefined")})
            continue
        rows.append({label: name, "alpha": alpha, "pair": "all", "units": st["units"]})
        for p in st["pairwise"]:
            pair = "–".join(p["coders"])
            rows.append({"pair": pair, "units": p["units"],
                         "agreement": p["percent_agreement"],
                         "kappa": cell(p["kappa"], p["kappa_undefined"],
                                       f"{name}, {pair} kappa undefined")})
    columns = ([label, "alpha", "pair", "units", "kappa", "agreement"] if several
               else [label, "alpha", "kappa", "agreement"])
    table(rows, columns, wide=wide, title=title)
    for note in notes:
        stdout.print(note)


def _disagreements(items: list[dict], title: str, wide: bool) -> None:
    if items:
        table([{"unit": d["unit"], "values": "; ".join(f"{c}: {'+'.join(v)}"
                                                       for c, v in d["values"].items()),
                "quote": d["quote"]} for d in items],
              ["unit", "values", "quote"], title=title, wide=wide)


def _units_of_figures(coders: list[str]) -> str:
    """Which codings each figure's units are formed over (trial 16: a pair's kappa changed with
    a third coder in the project, and nothing said why)."""
    if len(coders) < 2:
        return "Fewer than two coders: there is nothing to compare."
    if len(coders) == 2:
        return "alpha, kappa and agreement: units formed over the two coders' codings."
    return (f"alpha: units formed over the codings of all {len(coders)} coders compared; "
            "kappa and agreement of a pair: units formed over that pair's codings only (a "
            "third coder's spans never change them).")
