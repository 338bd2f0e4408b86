"""What a screen reader, a keyboard and a phone get from the workbench's page (blind user trial
17: axe-core in Chromium found unnamed controls, two legend chips under 4.5:1 contrast and two
unnamed navigation landmarks). These read the static files the server sends; the trial's axe
and puppeteer scripts checked the page itself in Chromium (before/after in the commit)."""
from __future__ import annotations

import re
from pathlib import Path

import corpus_tool.web

STATIC = Path(corpus_tool.web.__file__).parent / "static"


def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def _element_call(js: str, css_class: str) -> str:
    """The `el(…)` call's attributes of the element with `css_class` (one line of features.js)."""
    line = next(ln for ln in js.splitlines() if f'class: "{css_class}"' in ln)
    return line[line.index(f'class: "{css_class}"'):]


def test_cluster_curation_controls_have_names():
    # 1727 member tick boxes and "move to…" selects had no name; the merge tick boxes only a title
    js = _read("features.js")
    for css_class in ("member-tick", "pin-to", "merge-tick"):
        attrs = _element_call(js, css_class)
        assert re.match(rf'class: "{css_class}", (title: "[^"]*", )?"aria-label": `', attrs), \
            css_class


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_legend_chips_are_readable():
    # "obligation" and "prohibition" were muted grey on their tint: 4.42:1 and 4.34:1
    css = _read("app.css")
    colours = dict(re.findall(r"--(\w+):(#[0-9a-f]{6})", css))
    text = re.search(r"\.legend \.st \{ color: var\(--(\w+)\); \}", css)
    assert text, "the legend's statement chips set their own text colour"
    for chip in ("ob", "pr", "re", "pe", "rc"):
        assert _contrast(colours[text.group(1)], colours[chip]) >= 4.5, chip


def test_navigation_landmarks_have_distinct_names():
    # the Indicators view had two unnamed <nav>: the views' and the indicator list
    assert '<nav id="nav" aria-label="Views">' in _read("index.html")
    assert 'el("nav", {class: "ind-list card", "aria-label": "Indicators"})' in _read("features.js")


def test_on_a_narrow_screen_the_tag_panel_goes_below_the_text():
    # at 390 px the Tag panel lay over the document, leaving it a column of one word a line
    css = _read("app.css")
    narrow = css[css.index("@media (max-width: 760px)"):]
    assert ".doc-layout, .ind-layout { grid-template-columns: minmax(0, 1fr); }" in narrow
    assert ".doc-side { position: static;" in narrow
    assert "minmax(min(380px, 100%), 1fr)" in css   # the clusters' cards fit the screen too


def test_keyboard_skip_links_and_a_passage_picked_with_enter():
    # Tab went through 7 views' links and every "para. N" link (625 in one treaty) before the
    # Tag form, and Enter on "para. 7" did not pick the passage for tagging
    html = _read("index.html")
    assert html.index('<a class="skip" href="#view" data-target="view">Skip to main content</a>') \
        < html.index("<header")
    assert '<main id="view" tabindex="-1">' in html
    app = _read("app.js")
    assert 'dataset: {target: "tag-area"}}, "Skip to the Tag form")' in app
    assert 'closest("a.skip")' in app and "target.focus()" in app
    handler = app[app.index('list.addEventListener("keydown"'):]
    handler = handler[:handler.index("\n  });")]
    assert 'ev.target.closest(".loc a")' in handler and 'ev.key !== "Enter"' in handler
    assert "setPending({start, end: start + quote.length, quote, statement: null, passage: p.id})" \
        in handler


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def test_the_cluster_maps_colours_are_far_apart_and_readable_on_white():
    # trial 25: two teals (ΔE 17) and two blues (ΔE 15) for four clusters, two under 3:1
    import itertools
    import math
    js = _read("features.js")
    block = js[js.index("const PALETTE = ["):]
    palette = re.findall(r'"(#[0-9a-f]{6})"', block[:block.index("];")])
    assert len(palette) == len(set(palette)) == 12
    for a, b in itertools.combinations(palette, 2):
        assert math.dist(_lab(a), _lab(b)) >= 30, (a, b)
    for colour in palette:   # as a dot on the white map, and behind its white number
        assert _contrast(colour, "#ffffff") >= 4.5, colour
