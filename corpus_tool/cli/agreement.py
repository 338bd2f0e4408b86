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
                  project_dir: ProjectOpt = None, json_out: JsonOpt = False,
                  wide: WideOpt = False) -> None:
    """Inter-coder agreement: Cohen's kappa (two coders) and Krippendorff's alpha (nominal, any
    number of coders, missing values), per area and overall, with the disagreements; then the
    same for the indicators the coders linked the units to.

    Example: corpus-tool annotations agreement --json
    """
    rep = agreement(project_from(project_dir), coders=coders or None)
    if json_out:
        emit_json(rep)
        return
    o = rep["overall"]
    stdout.print(f"Coders: {', '.join(rep['coders'])}; {rep['units_coded_by_two_or_more']} of "
                 f"{rep['units']} units coded by two or more. A unit is a stretch of a document "
                 "that codings overlap (each by at least half of the shorter, chained); a unit "
                 "one coder alone coded is not compared; a unit's value is the set of areas a "
                 f"coder gave it. {_units_of_figures(rep['coders'])}")
    rows = [{"area": "overall", "alpha": o["alpha"], "kappa": o.get("kappa"),
             "agreement": o.get("percent_agreement")}]
    rows += [{"area": k, "alpha": v["alpha"], "kappa": v.get("kappa"),
              "agreement": v.get("percent_agreement")} for k, v in rep["per_area"].items()
             if v["units"]]
    table(rows, ["area", "alpha", "kappa", "agreement"], wide=wide)
    _pairwise(o, "areas")
    _disagreements(rep["disagreements"], "disagreements to adjudicate", wide)
    ind = rep["indicators"]
    if not ind["overall"]["units"]:
        stdout.print("Indicator links: no unit linked to an indicator by two or more coders")
    else:
        o = ind["overall"]
        rows = [{"indicator": "overall", "alpha": o["alpha"], "kappa": o.get("kappa"),
                 "agreement": o.get("percent_agreement")}]
        rows += [{"indicator": k, "alpha": v["alpha"], "kappa": v.get("kappa"),
                  "agreement": v.get("percent_agreement")} for k, v in ind["per_indicator"].items()
                 if v["units"]]        # (an id no compared unit carries says nothing)
        table(rows, ["indicator", "alpha", "kappa", "agreement"], wide=wide,
              title=f"indicator links: {o['units']} units linked by two or more coders, "
                    f"{len(ind['disagreements'])} linked differently")
        _pairwise(o, "indicator links")
        _disagreements(ind["disagreements"], "indicator links to adjudicate", wide)


def _pairwise(stats: dict, what: str) -> None:
    """With three or more coders, each pair's kappa (the table gives alpha over all)."""
    pairs = stats.get("pairwise") or []
    if len(pairs) > 1:
        stdout.print(f"pairwise ({what}): " + "; ".join(
            f"{'–'.join(p['coders'])} kappa {p['kappa'] if p['kappa'] is not None else '–'} "
            f"({p['units']} units)" for p in pairs), markup=False)


def _disagreements(items: list[dict], title: str, wide: bool) -> None:
    if items:
        table([{"unit": d["unit"], "values": "; ".join(f"{c}: {'+'.join(v)}"
                                                       for c, v in d["values"].items()),
                "quote": d["quote"]} for d in items],
              ["unit", "values", "quote"], title=title, wide=wide)


def _units_of_figures(coders: list[str]) -> str:
    """Which codings each figure's units are formed over (trial 16: a pair's kappa changed with
    a third coder in the project, and nothing said why)."""
    if len(coders) == 2:
        return "alpha, kappa and agreement: units formed over the two coders' codings."
    return (f"alpha: units formed over the codings of all {len(coders)} coders compared; "
            "kappa and agreement of a pair: units formed over that pair's codings only (a "
            "third coder's spans never change them).")
