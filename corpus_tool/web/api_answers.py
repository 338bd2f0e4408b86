"""Upload an answers file from the workbench's Scores view.

`POST /api/scores/answers` with `{"framework": "indicators/<name>.yaml", "filename": "x.csv",
"content": "<CSV text>"}` (or `"content_base64"` for an .xlsx) checks the answers against the
framework exactly as `corpus-tool score` does, and only then stores them as
`answers/<framework stem>.csv|xlsx`, atomically (temporary file, rename).

Stored rather than scored and forgotten: `corpus-tool build`, the report and the CLI all score
`answers/<framework stem>*`, so the file a researcher drops is the one every later step sees,
is kept in the project (plain CSV, diffable) and survives a reload. A file with errors is refused
with the line to fix and replaces nothing. Writes go through the server's usual guard (session
token, same origin, JSON body, body limit).
"""
from __future__ import annotations

import base64
import binascii
import tempfile
from pathlib import Path

from corpus_tool.errors import CheckFailed, CorpusToolError, InputError
from corpus_tool.formats import atomic_write_bytes
from corpus_tool.framework.io import load_framework
from corpus_tool.scoring.run import score_answers
from corpus_tool.web.workbench import Request, Workbench, router

SUFFIXES = (".csv", ".xlsx")


def _framework(wb: Workbench, name: str | None) -> Path:
    """The framework chosen by name among the project's own files (never by path)."""
    frameworks = sorted(p for p in wb.project.indicators_dir.glob("*.yaml") if p.is_file())
    names = [p.relative_to(wb.project.root).as_posix() for p in frameworks]
    if not names:
        raise InputError("no framework in indicators/ to score against",
                         fix="run `corpus-tool indicators draft` and promote, or add one")
    want = name or ("indicators/framework.yaml" if "indicators/framework.yaml" in names
                    else names[0])
    if want not in names:
        raise InputError(f"unknown framework {want!r}", fix=f"use one of {names}")
    return frameworks[names.index(want)]


def _content(body: dict, suffix: str) -> bytes:
    if suffix == ".csv":
        text = body.get("content")
        if not isinstance(text, str) or not text.strip():
            raise InputError("the answers file is empty",
                             fix="a CSV with the header country,year,indicator,score")
        return text.encode("utf-8")
    raw = body.get("content_base64")
    if not isinstance(raw, str) or not raw:
        raise InputError("an .xlsx upload needs its bytes in content_base64")
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("content_base64 is not valid base64") from None


@router.add("POST", "/scores/answers")
def upload_answers(wb: Workbench, req: Request) -> dict:
    """Check an uploaded answers file against a framework, then store it as
    answers/<framework stem>.csv|xlsx; returns where, and how many answers it holds."""
    body = req.body if isinstance(req.body, dict) else {}
    filename = body.get("filename")
    if not isinstance(filename, str) or not filename.strip():
        raise InputError("filename is required (the name of the file picked or dropped)")
    suffix = Path(filename).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{filename}: answers must be a .csv or .xlsx file",
                         fix="country,year,indicator,score (or answer)")
    fpath = _framework(wb, body.get("framework") if isinstance(body.get("framework"), str)
                       else None)
    data = _content(body, suffix)
    fw = load_framework(fpath)
    with tempfile.TemporaryDirectory(prefix="corpus-answers-") as tmp:
        probe = Path(tmp) / f"upload{suffix}"
        probe.write_bytes(data)
        try:
            result = score_answers(fw, probe)
        except CheckFailed as e:               # name the researcher's file, not our copy
            raise CheckFailed(str(e).replace(str(probe), filename),
                              [p.replace(str(probe), filename) for p in e.problems]) from None
        except CorpusToolError as e:
            raise InputError(str(e).replace(str(probe), filename)) from None
    dest = wb.project.root / "answers" / f"{fpath.stem}{suffix}"
    replaced = dest.exists()
    atomic_write_bytes(dest, data)
    rel = dest.relative_to(wb.project.root).as_posix()
    return {"answers": rel, "framework": fpath.relative_to(wb.project.root).as_posix(),
            "replaced": replaced, "n_answers": result.answers,
            "n_warnings": len(result.warnings), "countries": len({c for c, _ in result.units})}
