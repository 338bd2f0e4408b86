"""Helpers for the embedding/clustering tests: real General Comment paragraphs (tests/data/
general_comments, see SOURCES.md there) as items and as a small ingested project."""
from __future__ import annotations

import json
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
GC_DIR = TESTS / "data" / "general_comments"

# file → (document id fixed in BRIEF, issuer, year)
GC_DOCS = {
    "Annotated_CRPD_GC4_inclusive_education.json": ("crpd-gc4-2016", "UN CRPD Committee", 2016),
    "Annotated_CEDAW-GR26-migrants.json": ("cedaw-gr26-2008", "UN CEDAW Committee", 2008),
    "Annotated_ESCR-GC11-PrimEducation.json": ("cescr-gc11-1999", "UN CESCR", 1999),
    "Annotated_CCPR_GC23_minorities.json": ("ccpr-gc23-1994", "UN Human Rights Committee", 1994),
}


def gc_paragraphs(files=None) -> list[dict]:
    """[{id, doc_id, issuer, year, text, labels}] for the paragraphs of the given GC files."""
    out = []
    for name in files or GC_DOCS:
        doc_id, issuer, year = GC_DOCS[name]
        for rec in json.loads((GC_DIR / name).read_text(encoding="utf-8")):
            num = str(rec["ID"]).strip().rstrip(".")
            out.append({"id": f"{doc_id}:para-{num}", "doc_id": doc_id, "issuer": issuer,
                        "year": year, "text": rec["Text"], "labels": rec["Labels"]})
    return out


def gc_items(files=None):
    from corpus_tool.semantic.items import Item
    return [Item(id=p["id"], text=p["text"], doc_id=p["doc_id"], issuer=p["issuer"],
                 year=p["year"], locator="para. " + p["id"].rsplit("-", 1)[1])
            for p in gc_paragraphs(files)]


def gc_project(root: Path, files=None):
    """A project with the given General Comments added and ingested."""
    from corpus_tool.corpus.manifest import add_document
    from corpus_tool.pipeline import ingest
    from corpus_tool.project import init_project
    project = init_project(root)
    for name in files or GC_DOCS:
        doc_id, issuer, year = GC_DOCS[name]
        add_document(project, GC_DIR / name, title=f"General Comment {doc_id}", issuer=issuer,
                     year=year, doc_type="general comment", doc_id=doc_id)
    report = ingest(project)
    assert not report["failed"], report["failed"]
    return project
