"""The one HTML shell every report page uses: inline CSS, no external assets, escaped text."""
from __future__ import annotations

from html import escape

CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#dde1e8; --bg:#f7f8fa; --accent:#2456a6; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       margin: 0; background: var(--bg); }
header.top { background: #fff; border-bottom: 1px solid var(--line); padding: 14px 28px; }
header.top h1 { font-size: 20px; margin: 0; }
header.top nav a { margin-right: 16px; color: var(--accent); text-decoration: none; }
main { padding: 20px 28px; max-width: 1280px; }
h2 { font-size: 18px; margin: 28px 0 10px; }
h3 { font-size: 15px; margin: 0 0 6px; }
.muted { color: var(--muted); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
        margin: 0 0 14px; }
/* a card's own heading: a section's first level under the page title, set small */
.card > h2:first-child { font-size: 15px; margin: 0 0 6px; }
/* (a card is never wider than the screen: 380 px cards were cut at 390 px, trial 17) */
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(380px, 100%), 1fr));
        gap: 14px; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid var(--line); }
.cite { font-size: 12.5px; color: var(--muted); }
.cite a { color: var(--accent); }
.tag { display: inline-block; font-size: 12px; padding: 1px 7px; border-radius: 10px;
       background: #eef2f8; margin: 0 4px 4px 0; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top;
         font-size: 13.5px; }
th { background: #f0f2f6; }
/* a wide table scrolls in its own box, not the page sideways (trial 17, at 390 px), a shadow at
   the side that has more; the box is reached with Tab and named (`scroll_box`); a long word or
   path wraps instead of widening the page (trial 25: a warning's path, at 390 px) */
.table-wrap { overflow-x: auto; }
.table-wrap { background: linear-gradient(to right, #fff 30%, #fff0) left / 40px 100% no-repeat local,
  linear-gradient(to left, #fff 30%, #fff0) right / 40px 100% no-repeat local,
  linear-gradient(to right, #0002, #0000) left / 12px 100% no-repeat scroll,
  linear-gradient(to left, #0002, #0000) right / 12px 100% no-repeat scroll #fff; }
.table-wrap > table { background: transparent; }
.table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
main { overflow-wrap: break-word; }
@media (max-width: 600px) { header.top, main { padding-left: 12px; padding-right: 12px; } }
.strength-obligation { color: #8a1c1c; } .strength-prohibition { color: #6a1b9a; }
.strength-recommendation { color: #1f5fa8; } .strength-permission { color: #2e7d32; }
.strength-recognition { color: #8d6e00; }
/* printed (or saved as PDF), a page shows what its folded sections hold: the provenance tables */
@media print { body { background: #fff; }
               details::details-content { content-visibility: visible; display: block; }
               .table-wrap { overflow: visible; } }
"""


def esc(value: object) -> str:
    """Escape any value for HTML text or attribute context."""
    return escape("" if value is None else str(value), quote=True)


def scroll_box(table: str, label: str) -> str:
    """`table` (HTML) in a box of its own that scrolls sideways on a narrow screen, the page
    not: reached with Tab and named `label` for a screen reader (a scrolled region nobody can
    focus cannot be scrolled without a mouse)."""
    return (f'<div class="table-wrap" role="region" tabindex="0" aria-label="{esc(label)}">'
            f"{table}</div>")


def html_page(title: str, body: str, *, nav: list[tuple[str, str]] | None = None,
              head: str = "", subtitle: str = "") -> str:
    """A complete, self-contained HTML document. `body` is trusted HTML built with `esc`."""
    before, after = html_shell(title, nav=nav, head=head, subtitle=subtitle)
    return before + body + after


def html_shell(title: str, *, nav: list[tuple[str, str]] | None = None, head: str = "",
               subtitle: str = "") -> tuple[str, str]:
    """`html_page` around no body: (what comes before the body, what comes after it), for a
    page written in pieces."""
    links = "".join(f'<a href="{esc(href)}">{esc(label)}</a>' for label, href in (nav or []))
    sub = f'<div class="muted">{esc(subtitle)}</div>' if subtitle else ""
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{esc(title)}</title><style>{CSS}</style>{head}</head><body>"
        f'<header class="top"><h1>{esc(title)}</h1>{sub}<nav>{links}</nav></header>'
        "<main>", "</main></body></html>\n")
