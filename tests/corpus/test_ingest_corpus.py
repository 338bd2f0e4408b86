"""Ingest of the reference corpus (treaty Markdown + General Comment JSON): offsets, locators,
language flags, labels, incrementality."""
from __future__ import annotations

import re

import pytest

from corpus_tool.corpus import passage_labels
from corpus_tool.corpus.docs import list_docs, show_doc
from corpus_tool.pipeline import ingest
from corpus_tool.store import db as store

from tests.conftest import reference_project


@pytest.fixture(scope="module")
def ref(tmp_path_factory):
    project = reference_project(tmp_path_factory.mktemp("ref"))
    report = ingest(project, workers=2)
    return project, report


def _passages(project, doc_id):
    conn = store.connect(project.db_path)
    try:
        return list(store.iter_passages(conn, doc_id))
    finally:
        conn.close()


def test_every_document_ingests(ref):
    project, report = ref
    assert report["failed"] == []
    assert len(report["ingested"]) == 36
    assert all(d["status"] == "ingested" and d["passages"] > 0 for d in list_docs(project))


def test_offsets_point_into_document_text_for_every_passage(ref):
    project, _ = ref
    conn = store.connect(project.db_path)
    n = 0
    for doc in store.list_documents(conn):
        text, _sha = store.document_text(conn, doc.id)
        seen = set()
        for p in store.iter_passages(conn, doc.id):
            assert text[p.start:p.end] == p.text, p.id
            assert p.text.strip() == p.text and p.text
            assert p.id.startswith(doc.id + ":") and p.id not in seen
            seen.add(p.id)
            n += 1
    conn.close()
    assert n > 5000


def test_crc_article_28_locators(ref):
    project, _ = ref
    by_id = {p.id: p for p in _passages(project, "un-crc-1989")}
    p = by_id["un-crc-1989:art-28-1-a"]
    assert p.locator == "Art. 28(1)(a)"
    assert "primary education compulsory and available free to all" in p.text
    assert p.lang == "en" and "Article 28" in p.heading and "Part I" in p.heading
    assert by_id["un-crc-1989:art-28-1"].locator == "Art. 28(1)"
    assert "right of the child to education" in by_id["un-crc-1989:art-28-1"].text
    assert by_id["un-crc-1989:art-29-1-c"].text.startswith("c) The development of respect for the child's parents")
    assert by_id["un-crc-1989:art-40-2-b-iv"].locator == "Art. 40(2)(b)(iv)"
    # every English article 1..54 is there
    arts = {int(m.group(1)) for pid in by_id if (m := re.match(r"un-crc-1989:art-(\d+)", pid))}
    assert arts == set(range(1, 55))


def test_crc_preamble_paragraphs(ref):
    project, _ = ref
    by_id = {p.id: p for p in _passages(project, "un-crc-1989")}
    assert by_id["un-crc-1989:preamble-1"].text.startswith(
        "The States Parties to the present Convention, Considering that")
    assert by_id["un-crc-1989:preamble-3"].text.startswith("Recognizing that the United Nations has")
    assert by_id["un-crc-1989:preamble-3"].locator == "Preamble, para. 3"


def test_markdown_links_and_meta_lines_dropped(ref):
    project, _ = ref
    conn = store.connect(project.db_path)
    text, _ = store.document_text(conn, "un-crc-1989")
    conn.close()
    assert "<meta" not in text and "](" not in text and "README.md" not in text
    assert "proclaimed in the Charter of the United Nations, recognition of the inherent dignity" in text


def test_dutch_half_and_stray_status_lines_flagged(ref):
    project, _ = ref
    udhr = _passages(project, "un-udhr-1948")
    stray = [p for p in udhr if p.text.startswith("Treedt in werking op een nader te bepalen tijdstip")]
    assert len(stray) >= 30 and all(p.lang == "nl" for p in stray)
    art26 = [p for p in udhr if p.locator.startswith("Art. 26") and p.lang == "en"]
    assert any("Everyone has the right to education" in p.text for p in art26)
    crc = _passages(project, "un-crc-1989")
    dutch = [p for p in crc if "Staten die partij zijn" in p.text]
    assert dutch and all(p.lang == "nl" and p.id.startswith("un-crc-1989:nl-") for p in dutch)
    english = [p for p in crc if "States Parties" in p.text]
    assert english and all(p.lang == "en" for p in english)
    # the refugee protocol has no Dutch half
    assert all(p.lang == "en" for p in _passages(project, "un-refugee-protocol-1967"))


def test_general_comment_paragraphs_and_labels(ref):
    project, _ = ref
    by_id = {p.id: p for p in _passages(project, "cmw-crc-jgc4-23-2017")}
    p = by_id["cmw-crc-jgc4-23-2017:para-59"]
    assert p.locator == "para. 59" and p.page is None
    assert p.text.startswith("All children in the context of international migration")
    conn = store.connect(project.db_path)
    labels = passage_labels(conn, "cmw-crc-jgc4-23-2017")
    conn.close()
    assert labels["cmw-crc-jgc4-23-2017:para-59"] == ["Children", "Migrants"]
    assert len(by_id) == 68


def test_docs_show_has_labels_and_pages_key(ref):
    project, _ = ref
    doc = show_doc(project, "crc-gc1-2001")
    assert doc["pages"] is None and doc["passages"][0]["locator"] == "para. 1"
    assert set(doc["passages"][0]) >= {"id", "page", "locator", "start", "end", "lang", "text"}


def test_reingest_unchanged_skips_and_changed_file_reingests(tmp_path):
    project = reference_project(tmp_path / "p")
    first = ingest(project, paths=[project.corpus_dir / "general-comments"], workers=1)
    assert len(first["ingested"]) == 14
    again = ingest(project, paths=[project.corpus_dir / "general-comments"], workers=1)
    assert again["ingested"] == [] and len(again["unchanged"]) == 14
    f = project.corpus_dir / "general-comments" / "Annotated_CCPR_GC23_minorities.json"
    f.write_text(f.read_text(encoding="utf-8").replace("minorities", "minorities ", 1),
                 encoding="utf-8")
    third = ingest(project, paths=[project.corpus_dir / "general-comments"], workers=1)
    assert third["ingested"] == ["ccpr-gc23-1994"]
    assert third["failed"] == []  # a changed sha256 is a warning, not a failure


def test_lettered_sections_protocols_and_signature_clauses(ref):
    project, _ = ref
    refugee = {p.id: p for p in _passages(project, "un-refugee-convention-1951")}
    a2 = refugee["un-refugee-convention-1951:art-1a-2"]
    assert a2.locator == "Art. 1A(2)" and "well-founded fear of being persecuted" in a2.text
    assert refugee["un-refugee-convention-1951:art-1b-1"].locator == "Art. 1B(1)"
    iccpr = {p.id: p for p in _passages(project, "un-iccpr-1966")}
    op1 = iccpr["un-iccpr-1966:optional-protocol-art-1"]
    assert op1.locator == "Optional Protocol, Art. 1" and "competence of the Committee" in op1.text
    assert iccpr["un-iccpr-1966:art-1-1"].text.startswith("1. All peoples have the right of self-determination")
    crc = {p.id: p for p in _passages(project, "un-crc-1989")}
    assert crc["un-crc-1989:signature"].text.startswith("IN WITNESS THEREOF")
    assert crc["un-crc-1989:signature"].locator == "Signature clause"


def test_bilingual_files_have_as_many_english_as_dutch_articles(ref):
    """The Dutch half mirrors the English one: a sanity check on the half detection."""
    project, _ = ref
    for doc_id in ("un-crc-1989", "un-icescr-1966", "coe-fcnm-1995", "unesco-cade-1960"):
        ps = _passages(project, doc_id)
        en = {re.match(r"Art\. (\w+)", p.locator).group(1) for p in ps
              if p.lang == "en" and p.locator.startswith("Art.")}
        nl = {re.match(r"Art\. (\w+)", p.locator).group(1) for p in ps
              if p.id.split(":")[1].startswith("nl-") and p.locator.startswith("Art.")}
        assert en and en == nl, doc_id


def test_nested_enumerators_on_one_line(ref):
    project, _ = ref
    iccpr = {p.id: p for p in _passages(project, "un-iccpr-1966")}
    assert iccpr["un-iccpr-1966:art-8-3-a"].text.startswith("3. (a) No one shall be required")
    assert iccpr["un-iccpr-1966:art-8-3-b"].locator == "Art. 8(3)(b)"
    ecrml = {p.id: p for p in _passages(project, "coe-ecrml-1992")}
    assert "pre-school education" in ecrml["coe-ecrml-1992:art-8-1-a-i"].text
    crc = [p for p in _passages(project, "un-crc-1989") if p.id.startswith("un-crc-1989:preamble-")]
    assert len(crc) == 13                         # the CRC's 13 preambular paragraphs
    assert crc[-1].text.endswith("Have agreed as follows:")


LINE_BREAK_CHARS = ("\r", "\u2028", "\u2029")


def test_no_passage_carries_a_carriage_return_or_unicode_line_separator(ref):
    """The General Comments' JSON paragraphs use `\\r` as a line separator: it becomes the
    reader's line break (a space inside a paragraph), in every reader and every document."""
    project, _ = ref
    conn = store.connect(project.db_path)
    try:
        bad = [(p.id, p.text[:60]) for doc in store.list_documents(conn)
               for p in store.iter_passages(conn, doc.id)
               if any(c in p.text for c in LINE_BREAK_CHARS)]
        text, _ = store.document_text(conn, "ccpr-gc23-1994")
    finally:
        conn.close()
    assert bad == []
    assert not any(c in text for c in LINE_BREAK_CHARS)
    by_id = {p.id: p for p in _passages(project, "ccpr-gc23-1994")}
    assert "language or religion. Accordingly, positive measures" in by_id[
        "ccpr-gc23-1994:para-6-2"].text


def test_preamble_glued_to_the_first_sentence_is_a_heading(ref):
    """`PreambleThe governments…` (and the Dutch `PreambuleDe…`, `PREAMBULEDe…`) in the
    sources: the word is the heading, the passage starts with the sentence."""
    project, _ = ref
    cases = {
        "coe-esc-revised-1996:preamble-1": "The governments signatory hereto, being members",
        "coe-esc-revised-1996:nl-preamble-1": "De ondertekenende Regeringen",
        "un-smuggling-protocol-2000:preamble-1": "The States Parties to this Protocol",
        "un-smuggling-protocol-2000:nl-preamble-1": "De Staten die partij zijn bij dit Protocol",
    }
    for pid, start in cases.items():
        doc_id = pid.split(":")[0]
        by_id = {p.id: p for p in _passages(project, doc_id)}
        p = by_id[pid]
        assert p.text.startswith(start), (pid, p.text[:40])
        assert p.locator == "Preamble, para. 1" and p.heading.endswith("Preamble")
        assert p.lang == ("nl" if ":nl-" in pid else "en")
    conn = store.connect(project.db_path)
    try:
        glued = [p.id for doc in store.list_documents(conn) for p in store.iter_passages(conn, doc.id)
                 if re.match(r"(?i)pr[eé]amb(?:le|ule)[A-Z]", p.text)]
    finally:
        conn.close()
    assert glued == []
