"""XLSX tables that read well and build reproducibly.

`table_xlsx(sheets)` writes one or more sheets of typed cells: numbers stay numbers (years without
a thousands separator, scores with their decimals), dates are Excel dates, empty values are blank
cells rather than empty strings. Every sheet has a bold, frozen header row, an auto-filter and
column widths fitted to their content (capped, long text wrapped).

Reproducible: openpyxl stamps the workbook with the time of saving (docProps/core.xml) and the
zip entries with the current local time; both are replaced by one fixed instant, so two workbooks
of the same rows are the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

# The instant written into every workbook (the earliest date a zip entry can carry).
FIXED_TIME = dt.datetime(1980, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MAX_WIDTH = 80          # characters; longer text wraps
MIN_WIDTH = 6


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: a title, its header labels and rows of values (str, int, float, date, None).
    `formats` maps a column index to an Excel number format ("0", "0.00", "yyyy-mm-dd")."""
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    formats: dict[int, str] = field(default_factory=dict)
    # a column index → each row's allowed values (None: any), offered as a drop-down list
    choices: dict[int, Sequence[Sequence[str] | None]] = field(default_factory=dict)


def _typed(v: object) -> object:
    """The value a cell should hold: blank for None/"", numbers and dates as themselves."""
    if v is None or v == "":
        return None
    if isinstance(v, (bool, int, float, dt.date, dt.datetime)):
        return v
    return str(v)


def _shown_len(v: object, fmt: str | None) -> int:
    if v is None:
        return 0
    if isinstance(v, dt.datetime):
        return 16
    if isinstance(v, dt.date):
        return 10
    if isinstance(v, float):
        return len(f"{v:.2f}") if fmt == "0.00" else len(f"{v:g}")
    return max((len(line) for line in str(v).splitlines()), default=0)


def _default_format(values: list[object]) -> str | None:
    kinds = {type(v) for v in values if v is not None}
    if kinds <= {int} and kinds:
        return "0"
    if kinds <= {dt.date} and kinds:
        return "yyyy-mm-dd"
    if kinds <= {dt.datetime} and kinds:
        return "yyyy-mm-dd hh:mm"
    return None


def _fill(ws, sheet: Sheet) -> None:
    ws.title = sheet.title[:31]
    ws.append(list(sheet.headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    rows = [[_typed(v) for v in r] for r in sheet.rows]
    for r in rows:
        ws.append(r)
    for i, header in enumerate(sheet.headers):
        col = [r[i] if i < len(r) else None for r in rows]
        fmt = sheet.formats.get(i) or _default_format(col)
        letter = get_column_letter(i + 1)
        longest = max([len(str(header))] + [_shown_len(v, fmt) for v in col])
        width = max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))
        ws.column_dimensions[letter].width = width
        wrap = longest + 2 > MAX_WIDTH
        for j, v in enumerate(col, start=2):
            cell = ws.cell(row=j, column=i + 1)
            if fmt and isinstance(v, (int, float, dt.date)):
                cell.number_format = fmt
            if wrap or isinstance(v, str):
                cell.alignment = Alignment(wrap_text=wrap, vertical="top")
    for i, allowed in sorted(sheet.choices.items()):
        _drop_downs(ws, i, allowed)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.headers))}{len(rows) + 1}"


def _drop_downs(ws, column: int, allowed: Sequence[Sequence[str] | None]) -> None:
    """A drop-down list on each row's cell of `column`, one validation per set of values (a
    value that cannot sit in a list formula, with a comma or a quote, leaves its rows free)."""
    from openpyxl.worksheet.datavalidation import DataValidation
    letter = get_column_letter(column + 1)
    rows_of: dict[tuple[str, ...], list[int]] = {}
    for r, values in enumerate(allowed, start=2):
        if values and not any("," in v or '"' in v for v in values):
            rows_of.setdefault(tuple(values), []).append(r)
    for values, rows in rows_of.items():
        formula = '"' + ",".join(values) + '"'
        if len(formula) > 255:        # Excel's limit for a list written in the formula
            continue
        dv = DataValidation(type="list", formula1=formula, allow_blank=True,
                            showErrorMessage=True, errorTitle="Not a level",
                            error="Choose one of the levels, or leave the cell empty.")
        for r in rows:
            dv.add(f"{letter}{r}")
        ws.add_data_validation(dv)


def table_xlsx(sheets: Sequence[Sheet]) -> bytes:
    """The workbook of `sheets` as bytes, identical for identical content."""
    wb = Workbook()
    for k, sheet in enumerate(sheets):
        _fill(wb.active if k == 0 else wb.create_sheet(), sheet)
    wb.properties.creator = "corpus-tool"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return reproducible_zip(buf.getvalue())


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def reproducible_zip(data: bytes) -> bytes:
    """The same workbook with fixed times: the core properties' modified date (openpyxl sets it
    to now when saving) and every zip entry's date."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()
