"""Bytes → text for every text reader (issue 13): byte-order marks, BOM-less UTF-16, declared
charsets, and mojibake repair only where the document shows evidence of it."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tool.errors import InputError
from corpus_tool.corpus import extract_document
from corpus_tool.corpus.readers.base import decode_text
from corpus_tool.corpus.readers.encoding import decode_bytes, needs_repair, repair_codepage

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Artículo 19\n\nEl Estado garantizará a toda persona “el goce” — sin discriminación."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                   "utf-32-le", "utf-32-be"])
def test_unicode_encodings_are_text_not_binary(codec):
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        pass                                   # no BOM: recognised by the NUL pattern
    elif codec in ("utf-32-le", "utf-32-be"):
        data = {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[codec] + data
    assert decode_text(data, Path("x.txt"), []) == TEXT


def test_the_utf16_export_in_the_unseen_set_ingests(tmp_path):
    res = extract_document(ROOT / "tests/data/unseen/docs/ve-constitution-1999-t3c1-utf16.txt")
    assert "\r" not in res.text and res.text.startswith("Constitution of the Bolivarian")
    assert any("Article 19" in (p.heading or "") for p in res.segments)


def test_binary_data_is_still_refused():
    with pytest.raises(InputError, match="binary data"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 40, Path("x.txt"), [])


def test_declared_charset_and_cp1252_fallback_warn_only_for_the_fallback():
    assert decode_bytes("Ålesund".encode("iso-8859-1"), declared="iso-8859-1") == ("Ålesund", None)
    text, note = decode_bytes("caf\xe9 “x”".encode("cp1252"))
    assert text == "café “x”" and "Windows-1252" in note


def test_mojibake_is_repaired_with_a_warning_and_correct_text_is_left_alone():
    good = "The ‘quoted’ text — and été again, ‘twice’, “so’."
    bad = good.encode("utf-8").decode("cp1252", errors="ignore")     # ” has no cp1252 byte
    warnings: list[str] = []
    assert bad != good and decode_text(bad.encode("utf-8"), Path("m.md"), warnings) == good
    assert "ftfy" in warnings[0]
    # one odd pair in otherwise correct text is no evidence: nothing is "repaired"
    ok = "Ã la carte is how the menu spells it. " + "Correct text, “quoted”, café. " * 80
    assert not needs_repair(ok)
    warnings = []
    assert decode_text(ok.encode("utf-8"), Path("ok.md"), warnings) == ok and not warnings


def test_quotes_read_with_the_wrong_code_page_are_restored_only_on_evidence():
    bad = ("In the years after the War, ìthe State of New York,î came under pressure to open the "
           "Oneidasí land for settlement.î Oneida II, 470 U. S., at 231. No. 03ñ855")
    fixed, note = repair_codepage(bad)
    assert "“the State of New York,” came" in fixed and "Oneidas’ land" in fixed and "03–855" in fixed
    assert note and "mac_roman" in note
    spanish = "Artículo 19. El Estado garantizará el goce y ejercicio irrenunciable. Así sí, señor."
    assert repair_codepage(spanish) == (spanish, None)
    quoted = "The “right” to educación, and ìndex."      # real quotes present: no mix-up
    assert repair_codepage(quoted) == (quoted, None)


def test_the_sherrill_slip_opinion_has_its_quotes_back():
    res = extract_document(ROOT / "tests/data/unseen/docs/scotus-sherrill-2005.pdf")
    assert not any(ch in res.text for ch in "ìîñ")
    assert "“" in res.text and any("code page" in w for w in res.warnings)
