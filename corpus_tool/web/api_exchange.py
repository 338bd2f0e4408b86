"""The workbench's "Download .qdpx": `GET /api/export.qdpx` answers with the project as a
REFI-QDA archive (documents, codebook, every annotation), for ATLAS.ti, NVivo, MAXQDA or
QualCoder. It costs a whole export and hands out the project's data, so the server guards it
like a write: the per-session token header and the same origin (the page fetches it with the
token and saves the answer)."""
from __future__ import annotations

from corpus_tool.coding.records import slug
from corpus_tool.coding.qdpx_export import build_qdpx
from corpus_tool.framework import load_framework
from corpus_tool.indicators import framework_path
from corpus_tool.indicators.selection import indicator_codes

QDPX_PATH = "/api/export.qdpx"


def qdpx_download(wb) -> tuple[bytes, dict[str, str]]:
    """The `.qdpx` bytes of the workbench's project and the headers that make it a download."""
    fw = framework_path(wb.project)
    indicators = indicator_codes(load_framework(fw)) if fw.is_file() else []
    data, _counts = build_qdpx(wb.project, indicators=indicators)
    name = slug(wb.project.root.resolve().name) + ".qdpx"
    return data, {"Content-Type": "application/zip",
                  "Content-Disposition": f'attachment; filename="{name}"'}
