"""A `.qdpx` written the way other QDA programs write them: `Project.QDE` under another name,
`Sources/` in upper case, a CRLF text excerpt of a corpus document, GUIDs in braces, codes nested
two deep, a coding by a user the file does not list, a memo as a note. It imports with a report
a person can read; unknown codes are listed and left out unless --add-codes."""
from __future__ import annotations

import json
import shutil
import zipfile

import pytest
from typer.testing import CliRunner

from corpus_tool.coding.files import load_annotations
from corpus_tool.codebook import load_codebook
from corpus_tool.cli import app
from corpus_tool.errors import InputError
from corpus_tool.project import Project
from corpus_tool.coding.qdpx_import import import_qdpx
from corpus_tool.store import connect, document_text

from tests.coding.conftest import small_project

runner = CliRunner()
Q_PRIMARY = "Make primary education compulsory and available free to all;"
Q_HIGHER = "Make higher education accessible to all on the basis of capacity by every " \
           "appropriate means;"
Q_DROPOUT = "Take measures to encourage regular attendance at schools and the reduction of " \
            "drop-out rates."
MARIA = "{5E7D6A10-3C2B-4F8E-9A1D-0B2C3D4E5F60}"
STRANGER = "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D"
SOURCE = "8F14E45F-CEEA-467A-9AF1-5A1E3B2C7D90"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    project = small_project(tmp_path_factory.mktemp("foreign") / "p")
    conn = connect(project.db_path)
    text, _ = document_text(conn, "un-crc-1989")
    conn.close()
    start = text.index("Article  28")
    end = text.index(Q_DROPOUT) + len(Q_DROPOUT)
    return project, text[start:end]


def _qdpx(path, excerpt: str, *, counts_cr: bool) -> None:
    """Write the foreign project; positions count each CR of the CRLF text when `counts_cr`
    (code points as stored), else count CRLF as one character (as some programs do)."""
    crlf = excerpt.replace("\n", "\r\n")
    basis = crlf if counts_cr else excerpt

    def sel(quote, guid_, code, user, extra=""):
        s = basis.index(quote)
        return (f'<PlainTextSelection endPosition="{s + len(quote)}" startPosition="{s}" '
                f'guid="{guid_}" name="{quote[:30]}…" creatingUser="{user}" '
                f'creationDateTime="2024-05-02T09:30:00Z">{extra}'
                f'<Coding guid="{{{guid_[:-4]}C0DE}}" creatingUser="{user}">'
                f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')

    qde = f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project xmlns="urn:QDA-XML:project:1.0" origin="OtherQDA 12.1" name="Field study">
  <Users><User name="Maria" guid="{MARIA}"/></Users>
  <CodeBook><Codes>
    <Code name="Equality of access" isCodable="true" guid="{{11111111-2222-4333-8444-555555555555}}">
      <Code name="Levels" isCodable="false" guid="22222222-2222-4333-8444-555555555555">
        <Code name="Higher education" isCodable="true" guid="33333333-2222-4333-8444-555555555555"/>
      </Code>
    </Code>
    <Code name="targeting needs (equality of outcomes)" isCodable="true" guid="44444444-2222-4333-8444-555555555555"/>
    <Code name="Teacher views" isCodable="true" guid="55555555-2222-4333-8444-555555555555"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource name="Convention on the Rights of the Child.docx" guid="{{{SOURCE}}}"
                plainTextPath="internal://{SOURCE}.txt">
      {sel(Q_PRIMARY, "AAAAAAAA-0000-4000-8000-000000000001",
           "{11111111-2222-4333-8444-555555555555}", STRANGER)}
      {sel(Q_HIGHER, "AAAAAAAA-0000-4000-8000-000000000002",
           "33333333-2222-4333-8444-555555555555", MARIA)}
      {sel(Q_DROPOUT, "AAAAAAAA-0000-4000-8000-000000000003",
           "44444444-2222-4333-8444-555555555555", MARIA,
           "<Description>Drop-out: outcomes, not access.</Description>"
           '<NoteRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/>')}
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="BBBBBBBB-0000-4000-8000-000000000001" name="memo">
      <PlainTextContent>Check against CRC GC 1.</PlainTextContent>
    </Note>
  </Notes>
</Project>
"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Field study.QDE", qde.replace("\n", "\r\n").encode("utf-8"))
        z.writestr(f"Sources/{SOURCE}.TXT", b"\xef\xbb\xbf" + crlf.encode("utf-8"))


@pytest.fixture()
def project(base, tmp_path):
    """A fresh copy of the small project for each test (imports write annotation files)."""
    src, excerpt = base
    root = tmp_path / "p"
    shutil.copytree(src.root, root)
    return Project(root), excerpt


@pytest.mark.parametrize("counts_cr", [True, False], ids=["cr-counted", "crlf-as-one"])
def test_foreign_qdpx_imports_with_a_readable_report(project, tmp_path, counts_cr):
    project, excerpt = project
    f = tmp_path / "field-study.qdpx"
    _qdpx(f, excerpt, counts_cr=counts_cr)
    r = import_qdpx(project, f, coder_prefix="oqda-")
    [src] = r.sources
    assert (src["doc"], src["matched_by"], src["selections"]) == ("un-crc-1989", "title", 3)
    assert src["positions"] == ("code points with CR counted (as stored)" if counts_cr
                                else "code points with CRLF counted as one")
    assert r.anchoring == {"moved": 3}          # an excerpt: same words, other offsets
    assert r.unknown_codes == ["Equality of access / Levels",
                               "Equality of access / Levels / Higher education", "Teacher views"]
    assert {(u["coder"], u["known"]) for u in r.users} == {("oqda-Maria", True),
                                                           ("oqda-user-a0b1c2d3", False)}
    assert any(STRANGER in p and "not in <Users>" in p for p in r.problems)
    assert any("AAAAAAAA-0000-4000-8000-000000000002" in p and "no coding with a known code" in p
               for p in r.problems)
    assert r.imported == 2
    anns = {a.anchor.exact: a for a in load_annotations(project)}
    assert set(anns) == {Q_PRIMARY, Q_DROPOUT}
    p, d = anns[Q_PRIMARY], anns[Q_DROPOUT]
    assert (p.area, p.creator, p.indicator, p.doc_id) == ("access", "oqda-user-a0b1c2d3", None,
                                                          "un-crc-1989")
    assert p.anchor.passage_id == "un-crc-1989:art-28-1-a"
    assert (d.area, d.creator, d.created) == ("outcomes", "oqda-Maria", "2024-05-02T09:30:00Z")
    assert d.memo == "Drop-out: outcomes, not access.\n\nCheck against CRC GC 1."
    assert d.origin.type == "import" and d.origin.source == "field-study.qdpx"


def test_add_codes_adds_an_area_and_indicator_ids(project, tmp_path):
    project, excerpt = project
    before = project.codebook_path.read_text("utf-8")
    f = tmp_path / "field-study.qdpx"
    _qdpx(f, excerpt, counts_cr=True)
    r = import_qdpx(project, f, add_codes=True)
    assert r.added_areas == ["teacher-views"]
    assert r.added_indicators == ["levels", "higher-education"]
    assert r.unknown_codes == [] and r.imported == 3
    after = project.codebook_path.read_text("utf-8")
    assert after.startswith(before.rstrip("\n"))          # nothing a researcher wrote is touched
    assert [a.id for a in load_codebook(project)][-1] == "teacher-views"
    higher = next(a for a in load_annotations(project) if a.anchor.exact == Q_HIGHER)
    assert (higher.area, higher.indicator) == ("access", "higher-education")


def test_an_unmatched_source_stops_the_import_with_the_candidates(project, tmp_path):
    project, excerpt = project
    f = tmp_path / "field-study.qdpx"
    _qdpx(f, excerpt, counts_cr=True)
    with zipfile.ZipFile(f) as z:
        qde, txt = z.read("Field study.QDE"), z.read(f"Sources/{SOURCE}.TXT")
    renamed = tmp_path / "renamed.qdpx"
    with zipfile.ZipFile(renamed, "w") as z:
        z.writestr("project.qde", qde.replace(b"Convention on the Rights of the Child.docx",
                                              b"Rights of the Child (extract).docx"))
        z.writestr(f"sources/{SOURCE}.txt", txt)
    with pytest.raises(InputError) as e:
        import_qdpx(project, renamed)
    msg = str(e.value)
    assert "'Rights of the Child (extract).docx' matches no corpus document" in msg
    assert "un-crc-1989 (Convention on the Rights of the Child)" in msg and "--map" in msg
    assert load_annotations(project) == []
    r = import_qdpx(project, renamed,
                    source_map={"Rights of the Child (extract).docx": "un-crc-1989"})
    assert r.sources[0]["matched_by"] == "map" and r.imported == 2


def test_a_malformed_project_is_refused_with_file_member_and_line(project, tmp_path):
    project, _ = project
    f = tmp_path / "broken.qdpx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("project.qde", '<?xml version="1.0"?>\n<Project name="x">\n  <Users>\n'
                                  '</Project>\n')
    with pytest.raises(InputError, match=r"broken.qdpx \(project.qde\), line 4: malformed XML"):
        import_qdpx(project, f)
    bomb = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(bomb, "w") as z:
        z.writestr("project.qde", '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "aaaa">]>\n'
                                  '<Project name="&a;"/>\n')
    with pytest.raises(InputError, match="refused: the XML declares entities"):
        import_qdpx(project, bomb)
    notzip = tmp_path / "plain.qdpx"
    notzip.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a .qdpx archive"):
        import_qdpx(project, notzip)


def test_cli_import_prints_the_report_and_json(project, tmp_path):
    project, excerpt = project
    f = tmp_path / "field-study.qdpx"
    _qdpx(f, excerpt, counts_cr=True)
    res = runner.invoke(app, ["import", "qdpx", str(f), "--project", str(project.root)])
    # a code left out is work not imported: the exit status says so (a researcher's trial,
    # session 42), after what could be imported was
    assert res.exit_code == 1, res.output
    assert "Error: 2 problem(s), 3 code(s) left out (see above); the rest was imported" \
        in res.stderr
    out = res.stdout
    assert "source 'Convention on the Rights of the Child.docx' → un-crc-1989 (by title" in out
    assert "unknown code Teacher views: its codings are left out (--add-codes adds it)" in out
    assert "user A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D → coder user-a0b1c2d3 (not in the" in out
    assert "Imported 2 annotation(s); 0 already present; anchoring: 3 moved" in out
    res = runner.invoke(app, ["import", "qdpx", str(f), "--json", "--project",
                              str(project.root)])
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    assert (data["imported"], data["already_present"]) == (0, 2)
    res = runner.invoke(app, ["import", "qdpx", str(tmp_path / "missing.qdpx"), "--project",
                              str(project.root)])
    assert res.exit_code == 1 and "missing.qdpx: no such file" in res.output
