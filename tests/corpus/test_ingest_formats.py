"""Plain-text, HTML and Markdown readers and the language guesser, on text taken from the real
reference documents (the CRC and UDHR Markdown files in corpus/, the noharm clean UDHR)."""
from __future__ import annotations

import json
import re

import pytest

from corpus_tool.corpus import extract_document
from corpus_tool.corpus.lang import detect_language
from corpus_tool.corpus.readers.markdown import markdown_blocks
from corpus_tool.corpus.segment import segment

from tests.conftest import REPO

CRC_MD = (REPO / "corpus" / "treaties" / "un_crc_1989__nl-treatydb.md").read_text(encoding="utf-8")


def _article(n: int) -> list[str]:
    """The English lines of CRC article n, link targets removed (the test's own reading)."""
    m = re.search(rf"### Article  {n}  \n(.*?)\n### ", CRC_MD, re.S)
    lines = [re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", l).strip() for l in m.group(1).splitlines()]
    return [re.sub(r"\s+", " ", l) for l in lines if l.strip()]


def test_plain_text_wrapped_and_hyphenated(tmp_path):
    body = _article(28)
    wrapped = []
    for line in body:                       # wrap at 60 columns, hyphenating one long word
        words, cur = line.split(" "), ""
        for w in words:
            if len(cur) + len(w) > 60:
                wrapped.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        wrapped.append(cur + "\n")
    text = "Convention on the Rights of the Child\n\nArticle 28\n\n" + "\n".join(wrapped)
    text = text.replace("progressively", "progres-\nsively", 1)
    f = tmp_path / "crc28.txt"
    f.write_text(text, encoding="utf-8")
    res = extract_document(f)
    by_loc = {s.locator: s for s in res.segments}
    assert by_loc["Art. 28(1)(a)"].text == "a) Make primary education compulsory and available free to all;"
    assert "achieving this right progressively and on the basis" in by_loc["Art. 28(1)"].text
    assert all(res.text[s.start:s.end] == s.text for s in res.segments)


LINK = '<a href="/un/charter">Charter of the United Nations</a>'


def test_html_meta_and_links_dropped_link_text_kept(tmp_path):
    paras = _article(29)
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>CRC</title>"
            "<script>var x = 1;</script></head><body><nav>Home | Treaties</nav>"
            "<h2>Article 29</h2>"
            + "".join("<p>" + p.replace("Charter of the United Nations", LINK) + "</p>"
                      for p in paras)
            + "<footer>© page footer</footer></body></html>")
    f = tmp_path / "crc29.html"
    f.write_text(html, encoding="utf-8")
    res = extract_document(f)
    assert "var x" not in res.text and "Home | Treaties" not in res.text
    assert "/un/charter" not in res.text and "page footer" not in res.text
    b = next(s for s in res.segments if s.locator == "Art. 29(1)(b)")
    assert "principles enshrined in the Charter of the United Nations;" in b.text


def test_markdown_headings_without_space_and_hard_breaks():
    blocks = markdown_blocks(CRC_MD)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "Article 35" in headings                  # "###Article 35" in the source
    assert all("](" not in b.text for b in blocks)
    text, segs, _ = segment(blocks)
    e = next(s for s in segs if s.locator == "Art. 28(1)(e)")
    assert e.text.endswith("reduction of drop-out rates.")      # the hard break ends the item
    assert next(s for s in segs if s.locator == "Art. 28(2)").text.startswith("2. States Parties")


@pytest.mark.parametrize("text,lang", [
    ("Everyone has the right to education. Education shall be free, at least in the "
     "elementary and fundamental stages.", "en"),
    ("Treedt in werking op een nader te bepalen tijdstip", "nl"),
    ("De Staten die partij zijn, erkennen het recht van het kind op onderwijs.", "nl"),
    ("Toute personne a droit à l'éducation. L'éducation doit être gratuite, au moins en ce qui "
     "concerne l'enseignement élémentaire.", "fr"),
    ("Jeder hat das Recht auf Bildung. Die Bildung ist unentgeltlich, zum mindesten der "
     "Grundschulunterricht.", "de"),
    ("Article 28", None),
])
def test_language_guess(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("name,data", [
    ("crlf.txt", "Article 1\r\n\r\nEveryone has the right\r\nto education.\r\n"),
    ("cr.md", "### Article 1\r\rEveryone has the right\rto education.\r"),
    ("sep.txt", "Article 1\u2029Everyone has the right\u2028to education.\u2029"),
    ("cr.html", "<h3>Article 1</h3><p>Everyone has the right\r\nto&#13;education.</p>"),
    ("cr.json", '[{"ID": "1.", "Text": "Everyone has the right\\rto\\u2028education.\\r"}]'),
])
def test_every_reader_turns_cr_and_unicode_separators_into_line_breaks(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data.encode("utf-8"))
    res = extract_document(f)
    assert not any(c in res.text for c in "\r\u2028\u2029")
    (p,) = [s for s in res.segments if "education" in s.text]
    assert p.text.endswith("Everyone has the right to education.") or \
        p.text == "Everyone has the right to education."
    assert res.text[p.start:p.end] == p.text


def test_plain_text_preamble_glued_to_the_first_sentence(tmp_path):
    f = tmp_path / "charter.txt"
    f.write_text("PreambleThe governments signatory hereto, being members of the Council of "
                 "Europe, Considering that the aim of the Council is unity;\n\nArticle 1\n\n"
                 "Everyone has the right to education.\n", encoding="utf-8")
    res = extract_document(f)
    first = res.segments[0]
    assert first.text.startswith("The governments signatory hereto")
    assert first.locator.startswith("Preamble") and first.heading == "Preamble"


def test_a_json_id_naming_an_article_is_cited_as_one(tmp_path):
    """JSON records whose ID names an article were cited "para. Article 17", "para. Art. 26"
    (trial 20). They are cited as articles, with the number their text opens with as the
    paragraph; an ID that is a number stays a paragraph."""
    from corpus_tool.corpus import extract_document
    path = tmp_path / "iccpr.json"
    path.write_text(json.dumps([
        {"ID": "Article 17", "Text": "1. No one shall be subjected to arbitrary interference."},
        {"ID": "Article 17", "Text": "2. Everyone has the right to the protection of the law."},
        {"ID": "Art. 26", "Text": "All persons are equal before the law."},
        {"ID": "Artículo 9 (2)", "Text": "El tratamiento de datos es lícito."},
        {"ID": "27.", "Text": "In those States in which minorities exist …"}]), encoding="utf-8")
    assert [s.locator for s in extract_document(path).segments] == [
        "Art. 17(1)", "Art. 17(2)", "Art. 26", "Art. 9(2)", "para. 27"]
