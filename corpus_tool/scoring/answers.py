"""Answers files: one row per country × year × indicator, as CSV or XLSX.

Columns: `country`, `year`, `indicator`, and `score` (a number on the indicator's scale) or
`answer` (a level's label or score, or "n/a": the indicator does not apply to the country, so it
counts neither in the score nor in the coverage); optional `expert`, `comment`, `source`. Every
bad row is reported with file, line and fix; a score between the levels of a scale is a warning
(an error under `strict`). Several answers for one indicator are taken together by
`combine.combine_duplicates`.
"""
from __future__ import annotations

import difflib
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from zipfile import BadZipFile

from corpus_tool.csv_rows import csv_header, read_csv, runaway_quote
from corpus_tool.errors import CheckFailed, InputError
from corpus_tool.formats import fmt_number
from corpus_tool.framework.model import Framework, walk
from corpus_tool.scoring.questionnaire import levels_text

ANSWER_COLUMNS = ("country", "year", "indicator", "score", "answer", "expert", "comment", "source")


@dataclass(frozen=True, slots=True)
class Answer:
    """One row of an answers file."""
    country: str
    year: int
    indicator: str
    score: float                  # NaN: answered "n/a", the indicator does not apply
    expert: str = ""
    comment: str = ""
    source: str = ""
    line: int = 0                 # row in the file (header = 1)

    def to_dict(self) -> dict:
        return asdict(self)


# --- reading answers --------------------------------------------------------------------------

def read_answer_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number, {column: text}) for a CSV or XLSX answers file; column names lower-cased."""
    path = Path(path)
    if not path.is_file():
        raise InputError("answers file not found", path=path,
                         fix="pass a CSV or XLSX file with columns country,year,indicator,score")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix not in (".csv", ".txt"):
        raise InputError(f"unsupported answers format '{suffix}'", path=path,
                         fix="save the answers as .csv or .xlsx")
    try:
        raw_rows = list(read_csv(path))
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text ({e.reason})", path=path,
                         fix="save the CSV as UTF-8") from e
    _check_csv_shape(path, raw_rows)
    return [(n, {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()})
            for n, row in raw_rows]


def _check_csv_shape(path: Path, rows: list[tuple[int, dict]]) -> None:
    """Refuse a CSV whose rows do not fit its header (a short row would lose its score, a long
    one shift it), naming every such row, and a file separated by bars. Commas, semicolons and
    tabs are read alike (a European spreadsheet's semicolons were refused: trial 21)."""
    header = csv_header(path)
    if len(header) == 1 and "|" in header[0]:
        raise InputError("the header is one column: the file is separated by bars", path=path,
                         line=1, fix="save it as CSV separated by commas, semicolons or tabs "
                                     "(in a spreadsheet program: CSV UTF-8), or as .xlsx")
    problems = []
    for line, row in rows:
        values = [v for k, v in row.items() if k is not None]
        extra = row.get(None) or []
        if runaway := runaway_quote(row, line):
            problems.append(str(InputError(runaway, path=path, line=line)))
        elif any(v is None for v in values):
            n = sum(v is not None for v in values)
            problems.append(str(InputError(
                f"short row: {n} field(s), the header has {len(values)}", path=path, line=line,
                fix="fill in every column (leave a cell empty with two commas: ,,)")))
        elif extra:
            problems.append(str(InputError(
                f"long row: {len(values) + len(extra)} fields, the header has {len(values)}",
                path=path, line=line, fix="quote values that contain commas with double quotes")))
    if problems:
        raise CheckFailed(f"{len(problems)} row(s) of {path} do not fit its header; nothing "
                          "was scored", problems)


def _read_xlsx(path: Path) -> list[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError(f"cannot read the workbook ({e})", path=path,
                         fix="save it again as .xlsx from a spreadsheet program") from e
    ws = wb["answers"] if "answers" in wb.sheetnames else wb.worksheets[0]
    _check_formulas_computed(path, ws.title)
    it = ws.iter_rows(values_only=True)
    header = next(it, None) or ()
    names = [str(h).strip().lower() if h is not None else "" for h in header]
    out = []
    for n, row in enumerate(it, 2):
        if row is None or all(v is None or str(v).strip() == "" for v in row):
            continue
        rec = {}
        for k, v in zip(names, row):
            if not k:
                continue
            if isinstance(v, float) and v.is_integer() and k == "year":
                v = int(v)
            rec[k] = "" if v is None else str(v).strip()
        out.append((n, rec))
    wb.close()
    return out


def _check_formulas_computed(path: Path, sheet: str) -> None:
    """Refuse a sheet with formula cells that have no saved value (written by a program that
    does not compute formulas): read as values they are empty, and the answers would vanish."""
    from openpyxl import load_workbook
    wb = load_workbook(path, read_only=True, data_only=False)
    values = load_workbook(path, read_only=True, data_only=True)
    try:
        problems = []
        for formulas, computed in zip(wb[sheet].iter_rows(), values[sheet].iter_rows()):
            for cell, value in zip(formulas, computed):
                if (cell.data_type == "f" or (isinstance(cell.value, str)
                                              and cell.value.startswith("="))) \
                        and value.value is None:
                    problems.append(str(InputError(
                        f"cell {cell.coordinate} holds the formula {cell.value} without a "
                        "computed value", path=path, line=cell.row,
                        fix="open the workbook in a spreadsheet program and save it (to store "
                            "the values), or type the values instead of formulas")))
        if problems:
            raise CheckFailed(f"{len(problems)} formula cell(s) of {path} have no value; "
                              "nothing was scored", problems)
    finally:
        wb.close()
        values.close()


def read_answers(path: Path, fw: Framework, *, strict: bool = False
                 ) -> tuple[list[Answer], list[str]]:
    """Check and read an answers file. Every bad row is reported (file, line, fix) in one
    `CheckFailed`; between-level scores are warnings (errors when `strict`)."""
    path = Path(path)
    rows = read_answer_rows(path)
    nodes = {r.id: r for r in walk(fw) if r.kind in ("indicator", "sub-indicator")}
    folded: dict = {}                    # 'CB51' finds cb51 (unless two ids differ only in case)
    for i, r in nodes.items():
        folded[i.casefold()] = None if i.casefold() in folded else r
    # an indicator's old ids (`aliases`) find it, said once each (trial 21: answers under a
    # renamed indicator's old id were "unknown")
    old_ids = {a: r for r in nodes.values() for a in (getattr(r.node, "aliases", None) or [])
               if a not in nodes}
    via_alias: dict[str, list[int]] = {}
    problems: list[str] = []
    warnings: list[str] = []
    answers: list[Answer] = []
    if rows:
        cols = set(rows[0][1])
        missing = [c for c in ("country", "year", "indicator") if c not in cols]
        if not ({"score", "answer"} & cols):
            missing.append("score (or answer)")
        if missing:
            raise InputError(f"missing column(s): {', '.join(missing)}", path=path, line=1,
                             fix="the header is country,year,indicator,score "
                                 "(optional: answer, expert, comment, source)")
    spelling = _country_spellings(rows, path, warnings)
    reworded: dict[str, list[str]] = {}         # indicator → what the form words otherwise
    seen: dict[tuple[str, int], int] = {}       # country-year → its rows
    for line, row in rows:
        def bad(msg: str, fix: str) -> None:
            problems.append(str(InputError(msg, path=path, line=line, fix=fix)))

        country, year_s, ind = row.get("country", ""), row.get("year", ""), row.get("indicator", "")
        country = spelling.get(country, country)
        raw, named = row.get("score", ""), row.get("answer", "")
        if not (country or year_s or ind or raw or named):
            continue
        if not country:
            bad("empty country", "give the country (e.g. an ISO code such as BE)")
            continue
        try:
            y = float(year_s)
            if not y.is_integer() or not 1000 <= y <= 9999:
                raise ValueError
            year = int(y)
        except ValueError:
            bad(f"year '{year_s}' is not a year", "write the year as a number, e.g. 2019")
            continue
        ref = nodes.get(ind) or folded.get(ind.casefold())
        if ref is None and ind in old_ids:
            ref = old_ids[ind]
            via_alias.setdefault(ind, []).append(line)
        if ref is None:
            close = difflib.get_close_matches(ind, list(nodes), n=3)
            bad(f"unknown indicator '{ind}'",
                f"did you mean {', '.join(close)}?" if close
                else f"use an indicator id of framework '{fw.id}'")
            continue
        scale = fw.scale_of(ref.node)
        seen[(country, year)] = seen.get((country, year), 0) + 1
        if raw == "" and named == "":
            continue                                   # not answered: left out, not 0
        for column, now in (("question", ref.node.question or ""), ("levels", levels_text(scale))):
            if column in row and " ".join(row[column].split()) != " ".join(now.split()):
                if column not in reworded.setdefault(ref.id, []):
                    reworded[ref.id].append(column)
        if _not_applicable(raw) or _not_applicable(named):
            other = named if _not_applicable(raw) else raw
            if other != "" and not _not_applicable(other):
                bad(f"'n/a' and '{other}' for {ind}: the row says both that the indicator does "
                    "not apply and how it is met", "keep one of them")
                continue
            answers.append(Answer(country, year, ref.id, math.nan, row.get("expert", ""),
                                  row.get("comment", ""), row.get("source", ""), line))
            continue
        if raw != "":
            try:
                value = float(raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw
                              else raw)
                if not math.isfinite(value):
                    raise ValueError
            except ValueError:
                bad(f"score '{raw}' for {ind} is not a number",
                    f"write a number between {fmt_number(scale.low)} and {fmt_number(scale.high)}, "
                    "name a level in the 'answer' column, write n/a if the indicator does not "
                    "apply to the country, or leave it empty if it was not answered")
                continue
        if named != "":
            level = scale.level_for(named)
            if level is None:
                opts = ", ".join(lv.label or fmt_number(lv.score) for lv in scale.levels)
                bad(f"answer '{named}' is not a level of {ind}",
                    f"use one of: {opts}; n/a if the indicator does not apply to the country; "
                    "or leave it empty if it was not answered (missing, not 0)")
                continue
            if raw != "" and abs(level.score - value) > 1e-6:     # trial 21: the score won
                bad(f"score {raw} and answer '{named}' ({fmt_number(level.score)}) disagree "
                    f"for {ind}", "keep one of them: clear the score or the answer")
                continue
            value = level.score
        if not (scale.low - 1e-9 <= value <= scale.high + 1e-9):
            bad(f"score {fmt_number(value)} for {ind} is outside its scale "
                f"({fmt_number(scale.low)}–{fmt_number(scale.high)})",
                f"use a score between {fmt_number(scale.low)} and {fmt_number(scale.high)}; its levels are "
                + ", ".join(fmt_number(s) for s in scale.scores))
            continue
        if not ref.node.sub_indicators and not any(abs(value - s) < 1e-6 for s in scale.scores):
            msg = (f"{path}, line {line}: score {fmt_number(value)} for {country} {year} {ind} lies "
                   f"between the levels of its scale ({', '.join(fmt_number(s) for s in scale.scores)})")
            if strict:
                problems.append(msg + " (under --strict every score must be a level; average "
                                "regional answers as separate rows, or drop --strict)")
            else:
                warnings.append("warning: " + msg)
        answers.append(Answer(country, year, ref.id, value, row.get("expert", ""),
                              row.get("comment", ""), row.get("source", ""), line))
    if problems:
        raise CheckFailed(f"{len(problems)} bad row(s) in {path}; nothing was scored", problems)
    for old, lines in via_alias.items():
        warnings.append(f"warning: {path}, line(s) {', '.join(map(str, lines[:5]))}: '{old}' is "
                        f"an old id of {old_ids[old].id}; scored as {old_ids[old].id}")
    answered = {(a.country, a.year) for a in answers}
    for (country, year), n in seen.items():      # trial 21: such a country vanished unsaid
        if (country, year) not in answered:
            warnings.append(f"warning: {path}: {country} {year} answered none of its {n} "
                            "row(s), so it is not scored; fill in its answers, or take its "
                            "rows out")
    if reworded:
        said = ", ".join(f"{i} ({' and '.join(cols)})" for i, cols in reworded.items())
        warnings.append(f"warning: {path}: the form words {len(reworded)} indicator(s) "
                        f"otherwise than the framework does now: {said}. The experts answered "
                        "the form's wording: check that their answers hold for the framework's, "
                        "or send them the new form (`corpus-tool indicators questionnaire`)")
    return answers, warnings


# what an expert writes for an indicator that does not apply to the country ("-" is not among
# them: it may as well mean "not answered", so it is refused with both ways out)
NOT_APPLICABLE = {"n/a", "na", "n.a", "not applicable", "does not apply"}


def _not_applicable(cell: str) -> bool:
    return cell.casefold().strip(" .") in NOT_APPLICABLE


def answer_text(score: float) -> str:
    """An answer's score as written out: the number, or "n/a"."""
    return "n/a" if math.isnan(score) else fmt_number(score)


def _country_spellings(rows: list[tuple[int, dict[str, str]]], path: Path,
                       warnings: list[str]) -> dict[str, str]:
    """Spellings of a country that differ only in case ("ee" beside "EE") are one country:
    each is mapped to the spelling most rows use, with a warning (trial 21: "ee" was scored as
    a country of its own, at 0)."""
    lines: dict[str, dict[str, list[int]]] = {}
    for line, row in rows:
        if c := row.get("country", ""):
            lines.setdefault(c.casefold(), {}).setdefault(c, []).append(line)
    out = {}
    for variants in lines.values():
        if len(variants) < 2:
            continue
        main = max(variants, key=lambda v: len(variants[v]))
        for v, at in variants.items():
            if v != main:
                out[v] = main
                warnings.append(f"warning: {path}, line(s) {', '.join(map(str, at[:5]))}: "
                                f"country '{v}' is taken as '{main}' (the same letters in "
                                "another case)")
    return out
