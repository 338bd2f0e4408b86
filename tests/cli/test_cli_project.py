"""The project commands through the real CLI: init, add, ingest (good and bad input), docs,
search. Output is parsed from --json; failures are one line each on stderr, exit 1."""
from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app
from corpus_tool.corpus.driver import ExtractResult, write_extracted
from corpus_tool.corpus.segment import Segment
from corpus_tool.models import Document
from corpus_tool.store import db as store

from tests.conftest import PDFS, REPO, make_project

runner = CliRunner()
CRC = REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md"
GC = REPO / "corpus" / "general-comments" / "Annotated_ESCR-GC11-PrimEducation.json"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_init_creates_project_with_codebook(tmp_path):
    r = run("init", tmp_path / "study", "--json")
    assert r.exit_code == 0, r.output
    root = tmp_path / "study"
    assert (root / "corpus" / "manifest.csv").read_text().startswith("id,title,issuer,year")
    assert (root / "annotations" / "codebook.yaml").stat().st_size > 0
    assert (root / "indicators").is_dir()
    # the framework's lock file is not the researcher's: not committed (a trial, session 42)
    assert (root / ".gitignore").read_text().splitlines() == ["build/", ".*.lock"]


def test_init_takes_the_studys_own_codebook_and_says_which_it_has(tmp_path):
    # a researcher's trial (session 42): a study of children's digital rights started with the
    # migrant-education areas, and nothing said so
    r = run("init", tmp_path / "a")
    assert "4 areas (access, outcomes, diversity, intercultural): the MIPEX III education" \
        in " ".join(r.stdout.split())
    health = REPO / "examples" / "health" / "annotations" / "codebook.yaml"
    r = run("init", tmp_path / "b", "--codebook", health)
    assert r.exit_code == 0, r.output
    assert "4 areas (entitlements, access, responsive-services, change)" in r.stdout
    assert "MIPEX" not in r.stdout
    assert (tmp_path / "b" / "annotations" / "codebook.yaml").read_bytes() == health.read_bytes()
    bad = tmp_path / "bad.yaml"
    bad.write_text("areas: [x\n", encoding="utf-8")
    r = run("init", tmp_path / "c", "--codebook", bad)
    # the line that opened the bracket never closed (session 43; it was the line after)
    assert r.exit_code == 1 and "bad.yaml, line 1: invalid YAML: a '[' opened" in r.stderr
    assert not (tmp_path / "c").exists()


def test_bad_inputs_fail_one_line_each_and_the_rest_is_ingested(tmp_path):
    rows = [
        {"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "year": "1989", "path": "crc.md"},
        {"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "year": "1999",
         "path": "gc11.json"},
        {"id": "junk", "title": "Junk", "issuer": "x", "path": "junk.txt"},
        {"id": "latin", "title": "Latin-1 text", "issuer": "x", "path": "latin.txt"},
        {"id": "word", "title": "Word file", "issuer": "x", "path": "notes.docx"},
        {"id": "gone", "title": "Missing", "issuer": "x", "path": "missing.pdf"},
        {"id": "locked", "title": "Encrypted", "issuer": "x", "path": "locked.pdf"},
        {"id": "empty", "title": "Empty", "issuer": "x", "path": "empty.pdf"},
        {"id": "scan", "title": "Scan", "issuer": "x", "path": "scan.pdf"},
        {"id": "un-crc-1989", "title": "CRC again", "issuer": "UN", "path": "crc.md"},
        {"id": "outside", "title": "Outside", "issuer": "x", "path": "../secret.md"},
    ]
    project = make_project(tmp_path / "p", rows, {
        "crc.md": CRC, "gc11.json": GC,
        "junk.txt": bytes(range(256)) * 40,
        "latin.txt": "Article 1\n\nLes États parties reconnaissent le droit à l'éducation. "
                     "Café, naïve, déjà.\n".encode("cp1252"),
        "notes.docx": b"PK\x03\x04 not really a docx",
        "locked.pdf": PDFS / "encrypted_password_example__pdfplumber.pdf",
        "empty.pdf": PDFS / "empty_zero_bytes__pdfplumber.pdf",
        "scan.pdf": PDFS / "scanned_no_text_layer__generated.pdf",
    })
    with open(project.manifest_path, "a", encoding="utf-8") as f:
        f.write('broken,"unterminated title,UN\n')
    r = run("ingest", "--project", project.root, "--json", "--workers", "2")
    assert r.exit_code == 1
    report = json.loads(r.stdout)
    assert sorted(report["ingested"]) == ["cescr-gc11-1999", "latin", "un-crc-1989"]
    failed = {f["doc_id"] or f"line {f['line']}": f for f in report["failed"]}
    assert "binary data" in failed["junk"]["message"]
    assert "unknown file type '.docx'" in failed["word"]["message"]
    assert "file not found" in failed["gone"]["message"]
    assert "--password" in failed["locked"]["message"]
    assert "empty" in failed["empty"]["message"]
    assert "OCR" in failed["scan"]["message"]
    assert "duplicate id 'un-crc-1989' (first on line 2)" in failed["line 11"]["message"]
    # a bad row names its document when it gives an id (its document is failed, not removed)
    assert "is outside corpus/" in failed["outside"]["message"]
    # (read strictly, an unterminated quote is said as such: trial 36, P7)
    assert "malformed CSV (unexpected end of data)" in failed["broken"]["message"]
    assert "a field with a comma is quoted whole" in failed["broken"]["message"]
    assert failed["broken"]["line"] == 13 and failed["broken"]["path"].endswith("manifest.csv")
    err_lines = [l for l in r.stderr.splitlines() if l.startswith("FAILED ")]
    assert len(err_lines) == len(report["failed"]) == 9
    assert any("manifest.csv, line 13" in l for l in err_lines)
    assert "not UTF-8" in r.stderr and "Windows-1252" in r.stderr
    # the cp1252 file was decoded, not mangled
    shown = json.loads(run("docs", "show", "latin", "--project", project.root, "--json").stdout)
    assert "États parties reconnaissent" in shown["passages"][0]["text"]
    assert shown["passages"][0]["lang"] == "fr"
    listed = {d["id"]: d for d in json.loads(run("docs", "list", "--project", project.root,
                                                  "--json").stdout)}
    assert listed["un-crc-1989"]["status"] == "ingested" and listed["locked"]["status"] == "failed"
    # a near id is proposed (trial 41, P14: "--doc istanbul" was told to run ingest)
    r = run("docs", "show", "crc", "--project", project.root)
    assert r.exit_code == 1 and "did you mean 'un-crc-1989'?" in r.stderr
    # a failed document asked for says why, not "run `corpus-tool ingest`" (trial 40, P14)
    r = run("statements", "--doc", "gone", "--project", project.root)
    assert r.exit_code == 1 and "document 'gone' could not be ingested: corpus/missing.pdf: " \
        "file not found" in r.stderr
    # --password then ingests the encrypted file (the manifest's own bad lines still count)
    r2 = run("ingest", "--project", project.root, "--json", "--password", "test",
             project.corpus_dir / "locked.pdf")
    assert r2.exit_code == 1
    rep2 = json.loads(r2.stdout)
    assert rep2["ingested"] == ["locked"] and [f["line"] for f in rep2["failed"]] == [11, 12, 13]


def test_missing_manifest_and_unknown_doc(tmp_path):
    (tmp_path / "corpus").mkdir()
    r = run("ingest", "--project", tmp_path)
    assert r.exit_code == 1 and "Error:" in r.stderr and "manifest.csv: no manifest" in r.stderr
    r = run("docs", "show", "nope", "--project", tmp_path)
    assert r.exit_code == 1 and "no ingested document 'nope'" in r.stderr


def test_add_copies_file_writes_row_and_ingests(tmp_path):
    run("init", tmp_path / "s")
    root = tmp_path / "s"
    r = run("add", GC, "--title", "General Comment No. 11", "--issuer", "CESCR", "--year", "1999",
            "--project", root, "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    doc_id = out["added"]["id"]
    assert out["added"]["type"] == "general comment" and out["added"]["legal_force"] == "non-binding"
    assert out["ingested"] == [doc_id]
    assert (root / "corpus" / out["added"]["path"]).read_bytes() == GC.read_bytes()
    manifest = (root / "corpus" / "manifest.csv").read_text(encoding="utf-8")
    assert doc_id in manifest and out["added"]["sha256"] in manifest
    r = run("add", PDFS / "encrypted_password_example__pdfplumber.pdf", "--title", "Locked",
            "--issuer", "x", "--id", "locked", "--project", root, "--json")
    assert r.exit_code == 1 and "--password" in r.stderr
    # not half-added: no row, no copy (trial 20); added again with its password
    assert "locked" not in (root / "corpus" / "manifest.csv").read_text(encoding="utf-8")
    r = run("add", PDFS / "encrypted_password_example__pdfplumber.pdf", "--title", "Locked",
            "--issuer", "x", "--id", "locked", "--password", "test", "--project", root, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["ingested"] == ["locked"]
    r = run("add", PDFS / "encrypted_password_example__pdfplumber.pdf", "--title", "Locked 2",
            "--issuer", "x", "--id", "locked-2", "--password", "test", "--project", root,
            "--json")
    # the same file under a second id is refused, whatever its name (a researcher's trial,
    # session 43: its evidence counted twice, as two instruments)
    assert r.exit_code == 1 and "the same file is already in the corpus as 'locked'" in r.stderr
    copy = tmp_path / "locked-copy.pdf"
    copy.write_bytes((PDFS / "encrypted_password_example__pdfplumber.pdf").read_bytes())
    r = run("add", copy, "--title", "Locked 2", "--issuer", "x", "--id", "locked-2",
            "--password", "test", "--project", root, "--json")
    assert r.exit_code == 1 and "already in the corpus as 'locked'" in r.stderr
    other = tmp_path / "other" / "encrypted_password_example__pdfplumber.pdf"
    other.parent.mkdir()
    other.write_bytes(copy.read_bytes() + b"\n")              # another file, the same name
    r = run("add", other, "--title", "Locked 2", "--issuer", "x", "--id", "locked-2",
            "--project", root)
    assert r.exit_code == 1 and "already exists" in r.stderr        # same file name in corpus/
    copy.write_bytes(other.read_bytes())                        # another file, its own name
    r = run("add", copy, "--title", "Locked 2", "--issuer", "x", "--id", "locked-2",
            "--password", "test", "--project", root, "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["ingested"] == ["locked-2"]
    r = run("add", GC, "--title", "Again", "--issuer", "x", "--id", doc_id, "--project", root)
    assert r.exit_code == 1 and "already in the manifest" in r.stderr
    # a new version of it is added with --replace, which the message names (trial 34, P12)
    assert f"--id {doc_id} --replace" in " ".join(r.stderr.split())


def test_a_year_that_is_no_year_is_said_back_with_the_fix(tmp_path):
    """Trial 39, P9: "--year 20O7" said only "Input should be a valid integer"."""
    run("init", tmp_path / "s")
    r = run("add", GC, "--title", "GC 11", "--issuer", "CESCR", "--year", "20O7",
            "--project", tmp_path / "s")
    assert r.exit_code == 2
    assert "'20O7' is not a year: write it as four digits, e.g. 2007" in r.output
    assert "GC" not in (tmp_path / "s" / "corpus" / "manifest.csv").read_text(encoding="utf-8")


def test_a_text_file_named_pdf_is_not_said_to_want_a_password(tmp_path):
    """Trial 40, P14: "fix the file (or give --password)" of a text file saved as .pdf."""
    run("init", tmp_path / "s")
    fake = tmp_path / "fake.pdf"
    fake.write_text("The Committee recommends that States parties act.\n", encoding="utf-8")
    r = run("add", fake, "--title", "F", "--issuer", "X", "--id", "fake", "--project",
            tmp_path / "s")
    assert r.exit_code == 1 and "fake was not added" in r.stderr
    assert "not a PDF" in r.stderr and "--password" not in r.stderr


def test_add_says_the_type_and_legal_force_it_chose(tmp_path):
    # a researcher's trial (session 42): `--type statute` made a federal statute non-binding,
    # silently, and the report then called it soft law
    run("init", tmp_path / "s")
    root = tmp_path / "s"
    r = run("add", CRC, "--title", "Children's Online Privacy Protection Act", "--issuer",
            "US Congress", "--type", "statute", "--id", "coppa", "--project", root)
    assert r.exit_code == 0, r.output
    # only the option not given is named (trial 30, P10: "--type and --legal-force set them"
    # after --type)
    assert "Added coppa as statute, binding (legal force read from the type; to set it: " \
        "--legal-force)" in " ".join(r.stdout.split())
    r = run("add", GC, "--title", "General Comment No. 11", "--issuer", "CESCR",
            "--project", root)
    assert "as general comment, non-binding (type guessed from the title; legal force read " \
        "from the type; to set them: --type and --legal-force)" in " ".join(r.stdout.split())


def test_add_takes_the_language_most_of_the_text_is_in(tmp_path):
    """A Spanish statute added without `--language` was English: its Spanish went to the
    English statements stage (a researcher's trial, session 44). The language most of a
    document's text is in is its own unless `--language` says otherwise; a bilingual treaty file
    with its Dutch translation stays English."""
    run("init", tmp_path / "s")
    root = tmp_path / "s"
    esc = REPO / "tests" / "data" / "languages" / "es-boe-a-1980-13567-esc.md"
    r = run("add", esc, "--title", "Carta Social Europea", "--issuer", "Consejo de Europa",
            "--year", "1961", "--id", "esc-es", "--project", root)
    assert r.exit_code == 0, r.output
    assert "esc-es: most of its text is in Spanish (es), its language now" in \
        " ".join(r.stdout.split())
    r = run("add", CRC, "--title", "Convention on the Rights of the Child", "--issuer", "UN",
            "--id", "crc", "--project", root, "--json")
    assert json.loads(r.stdout)["added"]["language"] == "en"
    manifest = (root / "corpus" / "manifest.csv").read_text(encoding="utf-8")
    assert ",charter,binding,es," in manifest
    doc = json.loads(run("docs", "show", "esc-es", "--project", root, "--json").stdout)
    assert doc["language"] == "es" and {p["lang"] for p in doc["passages"]} == {"es"}
    # the bilingual file's second language is said at the top of `docs show` (trial 36, P10:
    # its Dutch half carries the English citations, flagged only passage by passage)
    crc = run("docs", "show", "crc", "--project", root).stdout.splitlines()[0]
    dutch = sum(p["lang"] == "nl" for p in json.loads(run(
        "docs", "show", "crc", "--project", root, "--json").stdout)["passages"])
    assert dutch > 100 and f", {dutch} in Dutch (searchable and codable; the statements stage " \
        "reads English)" in crc
    assert " in " not in run("docs", "show", "esc-es", "--project", root).stdout.splitlines()[0]
    again = tmp_path / "carta.md"                  # another file: the same one is refused
    again.write_bytes(esc.read_bytes() + b"\n")
    r = run("add", again, "--title", "Carta (as English)", "--issuer", "x", "--id", "esc-en",
            "--language", "en", "--project", root, "--json")
    assert r.exit_code == 0 and json.loads(r.stdout)["added"]["language"] == "en"


def test_search_and_docs_show_json(tmp_path):
    rows = [{"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "year": "1989",
             "path": "crc.md"}]
    project = make_project(tmp_path / "p", rows, {"crc.md": CRC})
    assert run("ingest", "--project", project.root).exit_code == 0
    hits = json.loads(run("search", "primary education compulsory", "--project", project.root,
                          "--json", "--limit", "3").stdout)
    assert hits[0]["passage_id"] == "un-crc-1989:art-28-1-a"
    assert hits[0]["locator"] == "Art. 28(1)(a)" and "page" in hits[0]
    r = run("search", "primary education", "--project", project.root)
    assert r.exit_code == 0 and "Art. 28(1)(a)" in r.stdout
    doc = json.loads(run("docs", "show", "un-crc-1989", "--lang", "en", "--project",
                         project.root, "--json").stdout)
    assert doc["id"] == "un-crc-1989" and all(p["lang"] == "en" for p in doc["passages"])


def test_crash_mid_document_leaves_previous_version(tmp_path):
    rows = [{"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "path": "gc11.json"}]
    project = make_project(tmp_path / "p", rows, {"gc11.json": GC})
    assert run("ingest", "--project", project.root).exit_code == 0
    conn = store.connect(project.db_path)
    before = [p.id for p in store.iter_passages(conn, "cescr-gc11-1999")]
    # a broken re-extraction: two passages with one id fail on insert, after the document row
    # and the first passage were written inside the transaction
    seg = Segment("para-1", "para. 1", 0, 4, None, "en", "", "text")
    bad = ExtractResult("text", [seg, seg], [], None, "jsonparas-v1")
    doc = Document("cescr-gc11-1999", "GC 11 v2", "CESCR", 1999, "general comment",
                   "non-binding", "en", "gc11.json")
    try:
        write_extracted(conn, doc, bad)
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("expected the duplicate passage id to fail")
    after = [p.id for p in store.iter_passages(conn, "cescr-gc11-1999")]
    assert after == before and len(before) == 11
    assert store.get_document(conn, "cescr-gc11-1999").title == "GC 11"
    conn.close()


def test_semantic_search_uses_the_embedder(tmp_path):
    rows = [{"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "path": "gc11.json"}]
    project = make_project(tmp_path / "p", rows, {"gc11.json": GC})
    assert run("ingest", "--project", project.root).exit_code == 0
    r = run("search", "plan of action for compulsory primary education", "--semantic",
            "--backend", "hash", "--limit", "3", "--project", project.root, "--json")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.stdout)
    assert 1 <= len(hits) <= 3
    assert all(h["doc_id"] == "cescr-gc11-1999" and h["passage_id"].startswith("cescr-gc11-1999:")
               for h in hits)


def test_paths_outside_manifest_and_removed_rows(tmp_path):
    rows = [{"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "path": "gc11.json"},
            {"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "path": "crc.md"}]
    project = make_project(tmp_path / "p", rows, {"gc11.json": GC, "crc.md": CRC})
    stray = project.corpus_dir / "stray.md"
    stray.write_text("# Stray\n\nNot in the manifest.\n", encoding="utf-8")
    r = run("ingest", stray, "--project", project.root, "--json")
    assert r.exit_code == 1
    assert "not in corpus/manifest.csv" in json.loads(r.stdout)["failed"][0]["message"]
    assert run("ingest", "--project", project.root).exit_code == 0
    # drop the CRC row: the next full ingest removes it from the index
    lines = project.manifest_path.read_text(encoding="utf-8").splitlines(keepends=True)
    project.manifest_path.write_text("".join(l for l in lines if not l.startswith("un-crc")),
                                     encoding="utf-8")
    rep = json.loads(run("ingest", "--project", project.root, "--json").stdout)
    assert rep["removed"] == ["un-crc-1989"] and rep["unchanged"] == ["cescr-gc11-1999"]
    r = run("docs", "show", "un-crc-1989", "--project", project.root)
    assert r.exit_code == 1


def test_a_worker_crash_fails_only_its_document(tmp_path):
    """A reader that kills its worker process (as a segfault in a PDF library would) costs
    that one document; the others are re-read and ingested. Run in a fresh interpreter: ingest
    reads in-process (no fork) when the calling process has other threads, as this test
    process may after the web tests."""
    import subprocess
    import sys
    import textwrap

    rows = [{"id": "cescr-gc11-1999", "title": "GC 11", "issuer": "CESCR", "path": "gc11.json"},
            {"id": "un-crc-1989", "title": "CRC", "issuer": "UN", "path": "crc.md"},
            {"id": "crash", "title": "Crash", "issuer": "x", "path": "crash.md"}]
    project = make_project(tmp_path / "p", rows, {"gc11.json": GC, "crc.md": CRC,
                                                  "crash.md": b"# Crash\\n\\nBoom.\\n"})
    script = textwrap.dedent(f"""
        import json, os
        from corpus_tool.corpus import driver
        from corpus_tool.project import open_project
        real, parent = driver.extract_document, os.getpid()
        def fragile(path, **kw):
            if path.name == "crash.md":
                if os.getpid() == parent:                # never kill the test's interpreter
                    raise RuntimeError("crash")
                os._exit(3)                              # the worker process dies
            return real(path, **kw)
        driver.extract_document = fragile
        rep = driver.ingest(open_project({str(project.root)!r}), workers=2)
        print(json.dumps({{"ingested": rep["ingested"], "failed": rep["failed"]}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=300, check=True)
    rep = json.loads(out.stdout.strip().splitlines()[-1])
    assert sorted(rep["ingested"]) == ["cescr-gc11-1999", "un-crc-1989"]
    assert [f["doc_id"] for f in rep["failed"]] == ["crash"]
    assert "crashed" in rep["failed"][0]["message"]




def test_version_is_printed_to_cite_with_results():
    from corpus_tool import __version__
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"corpus-tool {__version__}"


def test_the_version_is_the_same_everywhere_it_is_written():
    import re
    from pathlib import Path
    from corpus_tool import __version__
    root = Path(__file__).parents[2]
    pyproject = re.search(r'^version = "([^"]+)"', (root / "pyproject.toml").read_text(),
                          re.M).group(1)
    cff = re.search(r"^version: (\S+)", (root / "CITATION.cff").read_text(), re.M).group(1)
    assert pyproject == cff == __version__


def test_an_interrupted_build_says_so_and_what_it_leaves(tmp_path, monkeypatch):
    # a researcher's trial (session 43): Ctrl-C stopped a build with no word
    import corpus_tool.cli.build as build_cli
    from corpus_tool.project import init_project

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(build_cli, "build", interrupted)
    project = init_project(tmp_path / "p")
    r = run("build", "-q", "--project", project.root)
    assert r.exit_code == 130
    assert "Interrupted: the stages that finished are kept" in r.stderr
    assert "the next `corpus-tool build` runs the interrupted stage again" in r.stderr


def test_a_manifest_saved_with_semicolons_is_named_so(tmp_path):
    # a researcher's trial (session 43): a manifest saved by a spreadsheet with ';' was said to
    # lack its columns
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "p")
    header = project.manifest_path.read_text(encoding="utf-8").splitlines()[0]
    project.manifest_path.write_text("\ufeff" + header.replace(",", ";") + "\r\n",
                                     encoding="utf-8")
    r = run("ingest", "--project", project.root)
    assert r.exit_code == 1
    assert "manifest.csv, line 1: the manifest is separated by semicolons, not commas" in r.stderr
    assert "lacks column" not in r.stderr


def test_failed_files_say_what_became_of_the_others(tmp_path):
    from corpus_tool.project import init_project
    project = init_project(tmp_path / "p")
    (project.corpus_dir / "a.docx").write_bytes(b"PK\x03\x04 not really")
    with open(project.manifest_path, "a", encoding="utf-8") as f:
        f.write("word,A Word file,x,,,,en,a.docx,,,\n")
    r = run("ingest", "--project", project.root)
    assert r.exit_code == 1 and "1 file(s) failed (see above); none was ingested" in r.stderr
    assert "save the document in one of them (a Word or OpenDocument file as PDF" in r.stderr
