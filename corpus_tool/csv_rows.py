"""Reading the CSV files researchers write (codings to import, expert answers): the delimiter
their spreadsheet chose, each row with the line it starts on, and a quote left open that ran on
over the next rows. Writing CSV is `formats.csv_text`."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def csv_delimiter(header: str) -> str:
    """A CSV file's delimiter, read from its header line: a comma, or a semicolon or tab as
    spreadsheets in many locales save."""
    return max((",", ";", "\t"), key=header.count) if header.strip() else ","


def csv_header(path: Path) -> list[str]:
    """The column names of a CSV file's header line, stripped (in its own delimiter)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
    return [c.strip() for c in next(csv.reader([first], delimiter=csv_delimiter(first)), [])]


def read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row dict) for each data row; a row's line number is the line it
    starts on (a quoted cell may run over several), the header being line 1. The delimiter is
    the header's: a comma, or a semicolon or tab as spreadsheets in many locales save (a row's
    cells beyond the header's stay under the key None)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        header = f.readline()
        f.seek(0)
        reader = csv.DictReader(f, delimiter=csv_delimiter(header))
        last = 1
        for row in reader:
            start = last + 1
            last = reader.line_num
            yield start, row


def runaway_quote(row: dict, line: int) -> str | None:
    """The problem of the CSV row starting on `line` whose quoted cell was never closed on its
    line, so that it ran on and took the next rows as its text, or None. The sign: a cell with a
    line break and a delimiter in a row that does not fit its header, or a cell in which a line
    starts as a row does (the row's first cell and a delimiter: "un-crc-1989,…"). A cell a
    spreadsheet wrote over two lines leaves its row whole and starts no line so. The rows it took
    are lost too: a researcher's trial 24 was told of a wrong line and a wrong cause, and of one
    row lost where two were. A quote left open on the last line takes the file's end, no line
    (trial 31 was told of a line 4 its file did not have)."""
    values = list(row.values())
    first = values[0] if values and isinstance(values[0], str) else ""
    misshapen = None in row or None in values
    for value in values:
        if not (isinstance(value, str) and "\n" in value and value is not first):
            continue
        rows_on = first and any(x.startswith(first) and x[len(first):][:1] in (",", ";", "\t")
                                for x in value.split("\n")[1:])
        if rows_on or misshapen and max(value.count(d) for d in ",;\t") >= 1:
            if not value.rstrip("\r\n").count("\n"):   # the file's end closed it (trial 31)
                return ("a double quote opened on this line is not closed before the end of the "
                        "file: close the quote")
            end = line + value.rstrip("\r\n").count("\n")
            taken = f"line {end}" if end == line + 1 else f"lines {line + 1}–{end}"
            return (f"a double quote opened on this line is not closed, so the cell runs on and "
                    f"takes {taken} as its text: close the quote ({taken} "
                    "was not read either)")
    return None
