"""JSON paragraph lists, the General Comments format: `[{"ID": "59.", "Labels": [...],
"Text": "..."}]`, one record per numbered paragraph. Each record becomes one passage
`para. N`; `Labels` (a third party's concerned-group tags) are kept with the passage."""
from __future__ import annotations

import json
import re
from pathlib import Path

from corpus_tool.corpus.readers.base import Block, Extracted, ReadOptions, decode_text, register
from corpus_tool.corpus.textclean import normalise_newlines, normalise_spaces
from corpus_tool.errors import InputError


@register("jsonparas-v1", ".json")
def read_json_paragraphs(path: Path, opts: ReadOptions) -> Extracted:
    path = Path(path)
    warnings: list[str] = []
    raw = decode_text(path.read_bytes(), path, warnings)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"malformed JSON ({e.msg}, column {e.colno})", path=path, line=e.lineno,
                         fix="fix the JSON syntax") from e
    if isinstance(data, dict):
        for key in ("paragraphs", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        raise InputError("expected a list of paragraph objects like "
                         '{"ID": "1.", "Labels": [], "Text": "…"}', path=path,
                         fix="use the General Comments paragraph-list format")
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    for i, rec in enumerate(data, 1):
        if not isinstance(rec, dict):
            raise InputError(f"record {i} is not an object", path=path, fix="each item needs ID and Text")
        txt = rec.get("Text", rec.get("text"))
        if not isinstance(txt, str) or not txt.strip():
            warnings.append(f"{path.name}: record {i} has no text; skipped")
            continue
        rid = str(rec.get("ID", rec.get("id", i))).strip().rstrip(".").strip() or str(i)
        slug = "para-" + re.sub(r"[^a-z0-9]+", "-", rid.lower()).strip("-")
        n = seen.get(slug, 0) + 1
        seen[slug] = n
        locator = f"para. {rid}"
        if n > 1:
            warnings.append(f"{path.name}: paragraph ID {rid!r} repeats (record {i}); "
                            f"cited as {locator} ¶ {n}")
            slug, locator = f"{slug}-p{n}", f"{locator} ¶ {n}"
        labels = rec.get("Labels", rec.get("labels")) or []
        if isinstance(labels, str):
            labels = [labels]
        # the paragraph's own line breaks (`\n`, `\r`, U+2028/9 in the sources) are spaces
        text = normalise_spaces(normalise_newlines(txt).replace("\n", " "))
        blocks.append(Block(text, locator=locator, slug=slug,
                            labels=tuple(sorted({str(x).strip() for x in labels if str(x).strip()})),
                            hard=True))
    if not blocks:
        raise InputError("no paragraphs with text", path=path, fix="check the file's content")
    return Extracted(blocks, None, warnings)
