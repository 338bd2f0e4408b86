"""The form national experts answer: one row per country and indicator with what the expert needs
to answer it (area, title, question and the levels of its scale, each with what a country must
have) and empty `answer`, `comment`, `source` and `expert` columns. `corpus-tool score` reads the
filled form back as it is (CSV, or the workbook's `answers` sheet): an answer names a level by
its label or its score, "n/a" says the indicator does not apply to the country (left out of the
score and its coverage), and a row left unanswered is missing, not 0."""
from __future__ import annotations

from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_bytes, atomic_write_text, csv_text, fmt_number
from corpus_tool.framework.model import Framework, Scale, basis_text, walk
from corpus_tool.workbook import Sheet, table_xlsx

COLUMNS = ["country", "year", "area", "indicator", "title", "question", "levels",
           "international sources", "answer", "comment", "source", "expert"]
MAX_SOURCES = 6          # instruments named per row
NOTE = ("How to answer: for each row, write in `answer` the label (or the score) of the level "
        "that describes your country's law and policy in the year given; say in `source` where "
        "it is written (the law, article, date) and in `comment` anything the level leaves out. "
        "`international sources` names the instruments the question rests on. "
        "Write n/a when the indicator does not apply to your country (say why in `comment`). "
        "Leave `answer` empty when you cannot answer: the row counts as missing, not as 0. "
        "Do not change the country, year or indicator columns. Score the filled form with "
        "`corpus-tool score FILE`.")


def levels_text(scale: Scale) -> str:
    """A scale's levels as the form prints them, highest first: "full (100): … | none (0): …"."""
    return " | ".join(f"{lv.label or fmt_number(lv.score)} ({fmt_number(lv.score)})"
                      + (f": {lv.description}" if lv.description else "")
                      for lv in sorted(scale.levels, key=lambda lv: -lv.score))


def sources_text(ind) -> str:
    """The instruments an indicator rests on, as the form names them: "Convention on the
    Rights of the Child, Art. 28(1)(a); …" (trial 21: an expert saw none of them)."""
    seen = list(dict.fromkeys(
        f"{s.document_title or s.anchor.doc_id}" + (f", {s.locator}" if s.locator else "")
        for s in ind.sources if s.status != "stale"))
    more = len(seen) - MAX_SOURCES
    if not seen and ind.basis.strip():
        return basis_text(ind)
    return "; ".join(seen[:MAX_SOURCES]) + (f"; and {more} more" if more > 0 else "")


def questionnaire_rows(fw: Framework, countries: list[str], year: int) -> list[dict]:
    """The form's rows: every indicator experts answer (those without sub-indicators), for each
    country in turn, in the framework's order."""
    if not countries:
        raise InputError("no country named", fix="name each with --country, e.g. --country AT "
                         "--country BE")
    rows = []
    for country in countries:
        for ref in walk(fw):
            ind = ref.node
            if ref.kind not in ("indicator", "sub-indicator") or ind.sub_indicators:
                continue
            area = fw.areas[ref.loc[1]] if len(ref.loc) > 1 else None
            levels = levels_text(fw.scale_of(ind))
            rows.append({"country": country, "year": year,
                         "area": area.title if area is not None else "", "indicator": ind.id,
                         "title": ind.title, "question": ind.question, "levels": levels,
                         "international sources": sources_text(ind),
                         "answer": "", "comment": "", "source": "", "expert": ""})
    return rows


def write_questionnaire(fw: Framework, path: Path, *, countries: list[str], year: int) -> int:
    """Write the form to `path` (.csv, or .xlsx with a sheet `answers` and one of instructions);
    returns the number of rows."""
    path = Path(path)
    rows = questionnaire_rows(fw, countries, year)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        atomic_write_text(path, csv_text(COLUMNS, rows))
    elif suffix == ".xlsx":
        atomic_write_bytes(path, table_xlsx([
            Sheet("answers", COLUMNS, [[r[c] for c in COLUMNS] for r in rows], formats={1: "0"},
                  choices={COLUMNS.index("answer"): [_levels_of(fw, r["indicator"])
                                                     for r in rows]}),
            Sheet("how to answer", ["note"], [[NOTE], [f"Framework: {fw.title} ({fw.id}, "
                                                       f"version {fw.version or '–'})"]])]))
    else:
        raise InputError(f"cannot write a form as {suffix or 'a file without extension'!r}",
                         path=path, fix="name a .csv or .xlsx file")
    return len(rows)


def _levels_of(fw: Framework, indicator: str) -> list[str]:
    """What the form's drop-down offers for an indicator: its levels' labels (or scores), and
    n/a."""
    scale = fw.scale_of(fw.find(indicator).node)
    return [lv.label or fmt_number(lv.score)
            for lv in sorted(scale.levels, key=lambda lv: -lv.score)] + ["n/a"]
