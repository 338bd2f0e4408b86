"""A document that holds another's text under a second id (a PDF of a Markdown text, a UTF-16
export, a web page of a convention) counts the same evidence twice, as two instruments: ingest
says so, naming both, while separate instruments that share their final clauses are not named."""
from __future__ import annotations

import sqlite3

from corpus_tool.corpus import ingest
from corpus_tool.corpus.copies import find_copies

from tests.conftest import REPO, make_project

CRC_MD = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
CRC_PDF = REPO / "tests" / "pdfs" / "un_crc_1989_headings_at_page_foot__historical-texts.pdf"
ICCPR = REPO / "corpus" / "treaties" / "un_iccpr_1966__nl-treatydb.md"
ICESCR = REPO / "corpus" / "treaties" / "un_icescr_1966__nl-treatydb.md"


def _row(doc_id, path, title):
    return {"id": doc_id, "title": title, "issuer": "UN General Assembly", "year": "1989",
            "type": "convention", "legal_force": "binding", "language": "en", "path": path}


def _ingest(tmp_path, rows, files):
    project = make_project(tmp_path / "p", rows, files)
    warnings: list[str] = []
    rep = ingest(project, workers=1, warn=warnings.append)
    assert rep["failed"] == []
    return project, [w for w in warnings if "word for word" in w]


def test_the_same_instrument_in_two_formats_is_named_once_with_both_ids(tmp_path):
    utf16 = tmp_path / "icescr-utf16.txt"
    utf16.write_text(ICESCR.read_text(encoding="utf-8"), encoding="utf-16")
    rows = [_row("crc", "crc.md", "CRC"), _row("crc-pdf", "crc.pdf", "CRC (PDF download)"),
            _row("icescr", "icescr.md", "ICESCR"), _row("icescr-export", "icescr.txt", "export"),
            _row("iccpr", "iccpr.md", "ICCPR")]
    project, warned = _ingest(tmp_path, rows, {"crc.md": CRC_MD, "crc.pdf": CRC_PDF,
                                               "icescr.md": ICESCR, "icescr.txt": utf16,
                                               "iccpr.md": ICCPR})
    conn = sqlite3.connect(project.db_path)
    pairs = {frozenset((c.doc_id, c.other_id)): c for c in find_copies(conn)}
    conn.close()
    # the two Covenants share their final clauses and a few articles word for word: not copies
    assert set(pairs) == {frozenset(("crc", "crc-pdf")), frozenset(("icescr", "icescr-export"))}
    crc = pairs[frozenset(("crc", "crc-pdf"))]
    assert crc.share >= 0.6 and crc.shared >= 3
    assert len(warned) == 2
    text = next(w for w in warned if "crc" in w)
    assert f"corpus/{'crc.pdf' if crc.doc_id == 'crc-pdf' else 'crc.md'} ({crc.doc_id})" in text
    assert f"{crc.shared} of its {crc.passages} passages" in text
    assert "counts twice" in text and "corpus/manifest.csv" in text


def test_an_add_names_only_the_copies_of_what_it_added(tmp_path):
    rows = [_row("crc", "crc.md", "CRC"), _row("icescr", "icescr.md", "ICESCR")]
    project, warned = _ingest(tmp_path, rows, {"crc.md": CRC_MD, "icescr.md": ICESCR})
    assert warned == []
    copy = project.corpus_dir / "crc-again.pdf"
    copy.write_bytes(CRC_PDF.read_bytes())
    with open(project.manifest_path, "a", encoding="utf-8") as f:
        f.write("crc-pdf,CRC (PDF),UN General Assembly,1989,convention,binding,en,"
                "crc-again.pdf,,,\n")
    warnings: list[str] = []
    ingest(project, paths=[copy], workers=1, warn=warnings.append)
    named = [w for w in warnings if "word for word" in w]
    assert len(named) == 1 and "crc-pdf" in named[0] and "crc" in named[0]
    warnings.clear()
    ingest(project, paths=[project.corpus_dir / "icescr.md"], workers=1, force=True,
           warn=warnings.append)
    assert not [w for w in warnings if "word for word" in w]


def test_a_text_copy_that_keeps_the_paragraph_numbers_is_named(tmp_path):
    # a researcher's trial 32 (P7): General Comment 4 saved as text, "13. Effective monitoring
    # …", shared none of its passages with the JSON paragraph list, whose numbers are locators
    import json
    gc11 = REPO / "corpus" / "general-comments" / "Annotated_ESCR-GC11-PrimEducation.json"
    paras = json.loads(gc11.read_text(encoding="utf-8"))
    saved = tmp_path / "gc11.txt"
    saved.write_text("\n\n".join(f"{p['ID'].strip()} {p['Text'].strip()}" for p in paras)
                     + "\n", encoding="utf-8")
    rows = [_row("cescr-gc11", "gc11.json", "General Comment 11"),
            _row("gc11-text", "gc11.txt", "General Comment 11 (text)"),
            _row("icescr", "icescr.md", "ICESCR")]
    project, warned = _ingest(tmp_path, rows, {"gc11.json": gc11, "gc11.txt": saved,
                                               "icescr.md": ICESCR})
    conn = sqlite3.connect(project.db_path)
    pairs = {frozenset((c.doc_id, c.other_id)) for c in find_copies(conn)}
    conn.close()
    assert pairs == {frozenset(("cescr-gc11", "gc11-text"))} and len(warned) == 1
