"""Provenance tables: from each indicator back to the exact sentences of its sources.

`provenance_rows(fw, indicator_id=None)` gives one row per source (document, issuer, year, type,
legal force, locator, page, quote, strength, area, linked by); `render(rows, fmt)` writes them as
Markdown, CSV, HTML or XLSX, and `prov_document(fw, …)` as W3C PROV-JSON (indicator → statement →
passage → document, with the agents that made each link).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from corpus_tool.errors import InputError
from corpus_tool.formats import atomic_write_bytes, atomic_write_text, csv_text, dumps_json
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Framework, Indicator, basis_text
from corpus_tool.indicators.draft import framework_path
from corpus_tool.report.page import esc, html_page, scroll_box
from corpus_tool.workbook import Sheet, table_xlsx
from corpus_tool.indicators.source_check import checked_framework
from corpus_tool.store.db import connect
from corpus_tool.indicators.contested import contested_text
from corpus_tool.indicators.prov_json import Docs, linked_by_text, prov_document
from corpus_tool.indicators.selection import area_id, coded_only, indicator_refs

FORMATS = ("md", "csv", "html", "xlsx", "prov")
COLUMNS = ["indicator", "indicator_title", "area", "document", "doc_id", "issuer", "year", "type",
           "legal_force", "locator", "page", "quote", "strength", "stance", "linked_by", "status",
           "contested", "source_url", "licence"]
HEADERS = {"indicator": "Indicator", "indicator_title": "Indicator title", "area": "Area",
           "document": "Document", "doc_id": "Document id", "issuer": "Issuer", "year": "Year",
           "type": "Type", "legal_force": "Legal force", "locator": "Locator",
           "page": "PDF page", "quote": "Quote", "strength": "Strength",
           "stance": "For or against the indicator", "linked_by": "Linked by",
           "status": "Status", "contested": "Contested (coders disagree)",
           "source_url": "Source (where the document was taken from)", "licence": "Licence",
           "score": "Suggestion score", "passage_id": "Passage id",
           "statement_id": "Statement id"}


def _address(source) -> bool:
    """Is a document's recorded source a web address a table may link to? Not "https://… (chunks
    11800-12130, see SOURCES.md)", a note after one, which made a broken link (trial 29)."""
    return bool(re.fullmatch(r"https?://\S+", str(source or "")))


class ProvenanceListing(TypedDict):
    """`provenance --json`: the indicator asked for (None: all) and one row per source."""
    indicator: str | None
    rows: list[dict[str, Any]]


def document_facts(project) -> dict[str, dict[str, str]]:
    """Each ingested document's source (where it was taken from: a URL) and licence, as its
    manifest row gives them, for the tables a paper cites (a researcher's trial, session 43:
    the tables named no source or licence)."""
    if not project.db_path.exists():
        return {}
    conn = connect(project.db_path)
    try:
        return {r[0]: {"source": r[1] or "", "licence": r[2] or ""}
                for r in conn.execute("SELECT id, source, licence FROM documents")}
    finally:
        conn.close()


def provenance_rows(fw: Framework, indicator_id: str | None = None,
                    docs: Docs | None = None) -> list[dict]:
    """One row per source of each indicator (file order; sources in their order); `docs`
    (`document_facts`) gives each document's source and licence."""
    docs = docs or {}
    rows = []
    for ref in indicator_refs(fw, indicator_id):
        ind: Indicator = ref.node
        for s in ind.sources:
            rows.append({
                "indicator": ind.id, "indicator_title": ind.title, "area": area_id(fw, ref),
                "document": s.document_title or s.anchor.doc_id, "doc_id": s.anchor.doc_id,
                "issuer": s.issuer, "year": s.year, "type": s.instrument_type,
                "legal_force": s.legal_force, "locator": s.locator, "page": s.page,
                "quote": " ".join((s.quote or s.anchor.exact).split()), "strength": s.strength,
                "stance": s.stance, "linked_by": linked_by_text(s), "status": s.status,
                "contested": contested_text(s),
                "score": (s.linked_by.suggestion.score if s.linked_by and s.linked_by.suggestion
                          else None),
                "passage_id": s.anchor.passage_id or "", "statement_id": s.anchor.statement_id or "",
                "source_url": docs.get(s.anchor.doc_id, {}).get("source", ""),
                "licence": docs.get(s.anchor.doc_id, {}).get("licence", ""),
            })
    return rows


# --- renderers ---------------------------------------------------------------------------------

def _md_cell(v) -> str:
    return ("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")


def to_markdown(rows: Sequence[dict], fw: Framework, indicator_id: str | None = None) -> str:
    out = [f"# Provenance: {fw.title}", ""]
    cols = [c for c in COLUMNS if c not in ("indicator", "indicator_title", "area", "doc_id",
                                            "source_url", "licence")]   # (the document links)
    by_ind: dict[str, list[dict]] = {}
    for r in rows:
        by_ind.setdefault(r["indicator"], []).append(r)
    for ref in indicator_refs(fw, indicator_id):
        ind = ref.node
        out += [f"## {ind.id}: {ind.title}", ""]
        if ind.question:
            out += [f"*{ind.question}*", ""]
        rs = by_ind.get(ind.id, [])
        if not rs:
            out += [f"({basis_text(ind) if ind.basis.strip() else 'no sources'})", ""]
            continue
        shown = _shown(cols, rs)
        out.append("| " + " | ".join(HEADERS[c] for c in shown) + " |")
        out.append("|" + "---|" * len(shown))
        for r in rs:
            cells = [_md_cell(r[c]) for c in shown]
            if _address(r.get("source_url")):   # the document's name links to where it was taken
                cells[shown.index("document")] = f"[{cells[shown.index('document')]}]" \
                                                 f"({r['source_url']})"
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def _shown(cols: list[str], rows: Sequence[dict]) -> list[str]:
    """The columns a table for people shows: the stance only where a source is evidence against
    (a column of "for" in every table says nothing)."""
    return [c for c in cols if c != "stance" or any(r.get(c) == "against" for r in rows)]


def to_csv(rows: Sequence[dict]) -> str:
    return csv_text(COLUMNS + ["passage_id", "statement_id"], rows)


def indicator_table_html(rows: Sequence[dict], title: str = "") -> str:
    """The HTML table of one indicator's sources (for the report and the html format), named
    by the indicator's `title` for a screen reader."""
    cols = _shown(["document", "issuer", "year", "type", "legal_force", "locator", "page",
                   "quote", "strength", "stance", "linked_by"], rows)
    if rows:    # a column empty in every row takes no room (no PDF page for a JSON source)
        cols = [c for c in cols if any(r.get(c) not in (None, "") for r in rows)]
    head = "".join(f"<th>{esc(HEADERS[c])}</th>" for c in cols)
    body = []
    for r in rows:
        cells = []
        for c in cols:
            v = r.get(c)
            if c == "quote":    # <q> adds the marks; a quote that opens with its own keeps them
                quoted = esc(v) if str(v or "")[:1] in "“‘\"'«" else f"<q>{esc(v)}</q>"
                cells.append(f'<td class="quote">{quoted}</td>')
            elif c == "linked_by":
                cells.append(f'<td class="linked">{_linked_html(r)}</td>')
            elif c == "strength":
                cells.append(f'<td class="strength-{esc(v)}">{esc(v)}</td>')
            elif c == "stance":
                cells.append(f'<td class="stance-{esc(v)}">' + (
                    '<span class="tag status-against">against</span>' if v == "against"
                    else esc(v)) + "</td>")
            elif c == "document":
                st = r.get("status")
                badge = (f' <span class="tag status-{esc(st)}">{esc(st)}</span>'
                         if st and st != "ok" else "")
                if r.get("contested"):
                    badge += (' <span class="tag status-contested">contested</span>'
                              f'<br><small>{esc(r["contested"])}</small>')
                name = (f'<a href="{esc(r["source_url"])}">{esc(v)}</a>'
                        if _address(r.get("source_url")) else esc(v))
                cells.append(f"<td>{name}{badge}</td>")
            else:
                cells.append(f"<td>{esc(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return scroll_box(f'<table class="prov"><thead><tr>{head}</tr></thead>'
                      f'<tbody>{"".join(body)}</tbody></table>',
                      f"Sources of {title}" if title else "Sources")


PROV_CSS = """<style>
table.prov td.quote { width: 38%; } table.prov td.linked { width: 16%; font-size: 12px; }
table.prov td.linked small { color: var(--muted); overflow-wrap: break-word; }
table.prov td { font-size: 12.5px; }
table.prov .status-against { background: #3d3d3d; color: #fff; }  /* evidence against */
table.prov { min-width: 720px; }  /* on a phone: scrolled in its box, not squeezed to a word a line */
@media print { table.prov { min-width: 0; } }
</style>"""


def _breakable(text: str) -> str:
    """Escaped, wrapping after an id's `:`, `/`, `_` (and `-`), not mid-word (trial 17)."""
    return "".join(f"{esc(c)}<wbr>" if c in ":/_" else esc(c) for c in text)


def _linked_html(r: dict) -> str:
    """Who linked the source, short; the full record (ids, model) in small print below."""
    full = r.get("linked_by") or ""
    if full.startswith("annotation "):
        parts = full.split(" by ", 1)
        who = parts[1] if len(parts) > 1 else "coder"
        return f"{esc(who)} (coded)<br><small>{_breakable(parts[0][len('annotation '):])}</small>"
    if full.startswith("suggestion ("):
        m = re.search(r"score ([0-9.]+)", full)
        score = f", score {m.group(1)}" if m else ""
        return f"model suggestion{esc(score)}<br><small>{_breakable(full)}</small>"
    return esc(full)


def to_html(rows: Sequence[dict], fw: Framework, indicator_id: str | None = None) -> str:
    by_ind: dict[str, list[dict]] = {}
    for r in rows:
        by_ind.setdefault(r["indicator"], []).append(r)
    parts = []
    for ref in indicator_refs(fw, indicator_id):
        ind = ref.node
        q = f'<p class="muted">{esc(ind.question)}</p>' if ind.question else ""
        rs = by_ind.get(ind.id, [])
        table = (f'<p>{esc(basis_text(ind).capitalize())}.</p>' if not rs and ind.basis.strip()
                 else indicator_table_html(rs, ind.title))
        parts.append(f'<section class="card" id="{esc(ind.id)}"><h2>{esc(ind.title)} '
                     f'<span class="muted">({esc(ind.id)})</span></h2>{q}{table}</section>')
    title = f"Provenance: {fw.title}" + (f" — {indicator_id}" if indicator_id else "")
    return html_page(title, "".join(parts), subtitle=f"{len(rows)} sources", head=PROV_CSS)


XLSX_COLUMNS = COLUMNS + ["score", "passage_id", "statement_id"]


def to_xlsx(rows: Sequence[dict]) -> bytes:
    """One sheet of typed cells (years, pages and suggestion scores as numbers), a frozen
    header row and fitted widths; the same rows give the same bytes."""
    formats = {XLSX_COLUMNS.index("score"): "0.00"}
    return table_xlsx([Sheet("provenance", [HEADERS.get(c, c) for c in XLSX_COLUMNS],
                             [[r.get(c) for c in XLSX_COLUMNS] for r in rows], formats)])


# --- W3C PROV-JSON -------------------------------------------------------------------------------

def render(fw: Framework, *, fmt: str, indicator_id: str | None = None,
           docs: Docs | None = None) -> str | bytes:
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", fix=f"use one of {', '.join(FORMATS)}")
    if fmt == "prov":
        return dumps_json(prov_document(fw, indicator_id, docs), indent=2) + "\n"
    rows = provenance_rows(fw, indicator_id, docs)
    if fmt == "md":
        return to_markdown(rows, fw, indicator_id)
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "html":
        return to_html(rows, fw, indicator_id)
    return to_xlsx(rows)


def current_framework(project, fw: Framework, *, coded: bool = False) -> Framework:
    """`fw` with each source's status as the current corpus gives it (see `source_check`): a
    sentence deleted since the last merge shows as orphaned, not ok. Without an index, as is.
    `coded`: only the sources a researcher linked (`selection.coded_only`)."""
    fw = coded_only(fw) if coded else fw
    if not project.db_path.exists():
        return fw
    conn = connect(project.db_path)
    try:
        return checked_framework(conn, fw)
    finally:
        conn.close()


def write_provenance(project, *, fmt: str, indicator_id: str | None = None,
                     framework: Path | None = None, output: Path | None = None,
                     coded: bool = False) -> dict:
    """Render the provenance of the framework (or one indicator; `coded`: the sources a
    researcher linked) and write it to `output` (default: build/provenance/<name>.<ext>).
    Returns where and how many rows."""
    fpath = Path(framework) if framework else framework_path(project)
    fw = current_framework(project, load_framework(fpath), coded=coded)
    data = render(fw, fmt=fmt, indicator_id=indicator_id, docs=document_facts(project))
    ext = {"md": "md", "csv": "csv", "html": "html", "xlsx": "xlsx", "prov": "prov.json"}[fmt]
    out = Path(output) if output else (project.build_dir / "provenance" /
                                       f"{indicator_id or fpath.stem}.{ext}")
    if isinstance(data, bytes):
        atomic_write_bytes(out, data)
    else:
        atomic_write_text(out, data)
    return {"path": str(out), "format": fmt, "rows": len(provenance_rows(fw, indicator_id)),
            "indicator": indicator_id}
