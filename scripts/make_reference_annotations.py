"""Write annotations/coder-a.jsonl and annotations/coder-b.jsonl from scripts/reference_coding.py.

Run from the repository (the reference project) after `corpus-tool ingest`:

    .venv/bin/python scripts/make_reference_annotations.py

Anchors are resolved against the ingested text by the library (doc id + quote → position,
passage and statement hints); timestamps are fixed so the files are reproducible, and an
annotation already in the files (same coder, document, quote and area) keeps its id.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from reference_coding import CODER_A, CODER_B  # noqa: E402

from corpus_tool.coding.annotations import new_annotation  # noqa: E402
from corpus_tool.coding.files import coder_file, load_annotations, save_annotations  # noqa: E402
from corpus_tool.coding.lookup import connect_index, locate  # noqa: E402
from corpus_tool.project import open_project  # noqa: E402

CREATED = {"coder-a": "2026-11-25T18:00:00Z", "coder-b": "2026-11-25T18:30:00Z"}


def main() -> int:
    project = open_project(HERE.parent)
    known = {(a.creator, a.doc_id, " ".join(a.anchor.exact.split()), a.area): a.id
             for a in load_annotations(project)}
    conn = connect_index(project)
    new = []
    try:
        for coder, rows in (("coder-a", CODER_A), ("coder-b", CODER_B)):
            for doc, quote, area, indicator, memo in rows:
                anchor = locate(conn, doc_id=doc, quote=quote)
                key = (coder, doc, " ".join(anchor.exact.split()), area)
                new.append(new_annotation(anchor, area=area, creator=coder,
                                          indicator=indicator or None, memo=memo,
                                          motivation="classifying", created=CREATED[coder],
                                          annotation_id_=known.get(key)))
    finally:
        conn.close()
    for coder in CREATED:
        path = project.root / coder_file(project, coder)
        if path.exists():
            path.unlink()
    save_annotations(project, new)
    print(f"{len(new)} annotations written "
          f"({len(CODER_A)} by coder-a, {len(CODER_B)} by coder-b)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
