"""Statement extraction on strings and through the index, rules-only (`pipeline="rules"`:
fast, no trained model). The trained pipeline is exercised in test_statements_integration.py."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from corpus_tool.errors import InputError, NotFoundError
from corpus_tool.formats import sha256_text
from corpus_tool.models import Document, Passage
from corpus_tool.statements import cues as C, evaluate as E, stage as S, units as U
from corpus_tool.store import db as store

RULES = None


@pytest.fixture(scope="module")
def rules():
    return S.load_pipeline("rules")


def one(text, rules, context=""):
    drafts = S.extract(text, context=context, pipeline=rules)
    assert len(drafts) == 1, drafts
    return drafts[0].parts


# --- units -----------------------------------------------------------------------------------

def test_split_units_keeps_abbreviations_and_finds_items():
    text = ("States Parties shall, as provided in Art. 28 and para. 3, take measures. They shall "
            "also report.\na) Make primary education compulsory;\n(ii) Encourage attendance.")
    units = U.split_units(text)
    got = [text[u.start:u.end] for u in units]
    assert got == ["States Parties shall, as provided in Art. 28 and para. 3, take measures.",
                   "They shall also report.", "a) Make primary education compulsory;",
                   "(ii) Encourage attendance."]
    assert [u.item for u in units] == [False, False, True, True]
    assert text[units[2].body:units[2].end] == "Make primary education compulsory;"


def test_split_units_keeps_a_statutes_citations():
    """heldout38's GINA (42 U.S.C. ch. 21F): a citation of the US Code or of the CFR, or "et
    seq.", ends no sentence."""
    text = ("The powers, remedies, and procedures provided in sections 302 and 304 of the Act ( 42 "
            "U.S.C. 2000e–16b , 2000e–16c) and in 29 C.F.R. 1625 et seq. shall be the powers, "
            "remedies, and procedures this chapter provides. The Commission shall act.")
    got = [text[u.start:u.end] for u in U.split_units(text)]
    assert got == [text[:text.index(" The Commission")], "The Commission shall act."]


def test_split_units_inline_enumeration_and_colon():
    text = "States Parties shall, in particular: (a) Make primary education free; (b) Reduce drop-out."
    units = U.split_units(text)
    assert [u.colon for u in units] == [True, False, False]
    assert [u.item for u in units] == [False, True, True]


def test_normalise_keeps_length_for_odd_unicode():
    text = "non\u2011citizens\u00a0shall\u200bnot \u201cbe\u201d\u00adexcluded \U0001F600 \u05d0"
    norm = U.normalise(text)
    assert len(norm) == len(text)
    assert "non-citizens shall not \"be\"" in norm


# --- strength, actor, parts -------------------------------------------------------------------

@pytest.mark.parametrize("text,strength,actor", [
    ("Everyone has the right to education.", "recognition", "Everyone"),
    ("No one shall be held in slavery or servitude.", "prohibition", ""),
    ("States Parties shall not discriminate against migrant children.", "prohibition",
     "States Parties"),
    ("The States Parties to the present Covenant recognize the right of everyone to education.",
     "recognition", "States Parties"),
    ("Each State Party undertakes to take steps to the maximum of its available resources.",
     "obligation", "Each State Party"),
    ("States should also provide formal and non-formal learning opportunities.",
     "recommendation", "States"),
    ("Each Contracting Party may make the giving of authorisation conditional upon a waiting "
     "period.", "permission", "Each Contracting Party"),
    ("The Committees therefore urge States parties to provide equitable access to education.",
     "recommendation", "States parties"),
    ("In this respect, any discrimination based on belonging to a national minority shall be "
     "prohibited.", "prohibition", ""),
])
def test_strength_and_actor(rules, text, strength, actor):
    p = one(text, rules)
    assert (p.strength, p.actor) == (strength, actor)


def test_parts_condition_aim_object_beneficiaries(rules):
    p = one("States Parties shall, where appropriate, take all appropriate measures to ensure "
            "that children of migrant workers and persons with disabilities are not excluded, "
            "in accordance with national law.", rules)
    assert p.deontic == "shall" and p.aim == "take"
    assert p.object.startswith("all appropriate measures")
    assert "where appropriate" in p.condition and "in accordance with national law" in p.condition
    assert p.beneficiaries == ("children", "migrant workers and their families",
                               "persons with disabilities")


@pytest.mark.parametrize("text", [
    "For the purposes of the present Convention, a child means every human being below the age "
    "of eighteen years.",
    "Recalling that, in the Universal Declaration of Human Rights, the United Nations has "
    "proclaimed that childhood is entitled to special care and assistance,",
    "Instruments of ratification shall be deposited with the Secretary-General of the United "
    "Nations.",
    "This Convention shall enter into force on the thirtieth day after the deposit.",
    "Nothing in the present Convention shall be construed as implying any right to engage in "
    "any activity contrary to international law.",
    "The Committee notes that these educational objectives reflect the purposes of the Charter.",
    "Such determination may be necessary in a particular case such as one involving abuse.",
    "",
    "   \n  ",
])
def test_hard_negatives(rules, text):
    assert S.extract(text, pipeline=rules) == []


def test_enumeration_in_one_passage_inherits_chapeau(rules):
    text = ("States Parties recognize the right of the child to education, and they shall, in "
            "particular:\na) Make primary education compulsory and available free to all;\n"
            "b) Encourage the development of different forms of secondary education.")
    drafts = S.extract(text, pipeline=rules)
    assert [d.parts.strength for d in drafts] == ["recognition", "obligation", "obligation"]
    assert [d.parts.actor for d in drafts] == ["States Parties"] * 3
    assert drafts[1].parts.deontic == "shall" and drafts[1].parts.aim == "Make"
    assert text[drafts[2].start:drafts[2].end].startswith("b) Encourage")
    assert "everyone" in drafts[1].parts.beneficiaries and "children" in drafts[1].parts.beneficiaries


def test_item_with_separate_chapeau_and_negated_item(rules):
    p = one("a) No child shall be subjected to torture;", rules,
            context="States Parties shall ensure that:")
    assert (p.strength, p.actor, p.deontic) == ("obligation", "States Parties", "shall")
    p = one("Ensure that legislative guarantees apply to non\u2011citizens;", rules,
            context="Based on these general principles, that the States parties to the "
                    "Convention adopt the following measures:")
    assert p.strength == "recommendation" and p.actor == "States parties"
    assert p.beneficiaries == ("non-citizens",)


def test_lone_item_without_chapeau_is_kept_not_guessed(rules):
    p = one("b) Make higher education accessible to all on the basis of capacity;", rules)
    assert p.statement and p.strength == "none" and p.actor == ""
    assert p.aim == "Make" and "everyone" in p.beneficiaries


def test_items_of_a_procedural_chapeau_are_not_statements(rules):
    assert S.extract("a. any signature;", context="The Secretary General of the Council of "
                     "Europe shall notify the member States of the Council of:", pipeline=rules) == []


# --- the stage over the index -----------------------------------------------------------------

DOC_TEXT = ("Article 28\n"
            "1. States Parties recognize the right of the child to education, and they shall, in "
            "particular:\n"
            "a) Make primary education compulsory and available free to all;\n"
            "b) Encourage the development of secondary education\u00a0for every child;\n"
            "2. Instruments of ratification shall be deposited with the Secretary-General.\n"
            "3. De Staten die partij zijn, erkennen het recht van het kind op onderwijs.\n"
            "4. \n"
            "\u202eStates\u200b Parties shall\u00ad protect \u201cminorit\u00e9s\u201d "
            "\U0001F600 and non\u2011citizens.\n")


def _passages(text: str, spec):
    out, pos = [], 0
    for seq, (pid, loc, snippet, lang) in enumerate(spec):
        start = text.index(snippet, pos)
        end = start + len(snippet)
        pos = end
        out.append(Passage(id=pid, doc_id="t-doc", seq=seq, page=None, locator=loc, start=start,
                           end=end, lang=lang, heading="Article 28", text=snippet))
    return out


def _write(conn, text: str, spec):
    doc = Document(id="t-doc", title="Test", issuer="UN", year=1989, type="convention",
                   legal_force="binding", language="en", path="t.md")
    ps = _passages(text, spec)
    store.write_document(conn, doc, text=text, text_sha256=sha256_text(text), reader="test",
                         n_pages=None, pages=[], passages=ps,
                         passage_hashes=[sha256_text(p.text) for p in ps], warnings=[],
                         ingested_at="2026-01-01T00:00:00Z")


SPEC = [("t-doc:art-28-1", "Art. 28(1)", "1. States Parties recognize the right of the child to "
         "education, and they shall, in particular:", "en"),
        ("t-doc:art-28-1-a", "Art. 28(1)(a)", "a) Make primary education compulsory and "
         "available free to all;", "en"),
        ("t-doc:art-28-1-b", "Art. 28(1)(b)", "b) Encourage the development of secondary "
         "education\u00a0for every child;", "en"),
        ("t-doc:art-28-2", "Art. 28(2)", "2. Instruments of ratification shall be deposited with "
         "the Secretary-General.", "en"),
        ("t-doc:art-28-3", "Art. 28(3)", "3. De Staten die partij zijn, erkennen het recht van "
         "het kind op onderwijs.", "nl"),
        ("t-doc:art-28-4", "Art. 28(4)", "4. ", "en"),
        ("t-doc:art-29", "Art. 29", "\u202eStates\u200b Parties shall\u00ad protect "
         "\u201cminorit\u00e9s\u201d \U0001F600 and non\u2011citizens.", "en")]


@pytest.fixture()
def conn(tmp_path):
    c = store.connect(tmp_path / "corpus.sqlite")
    _write(c, DOC_TEXT, SPEC)
    yield c
    c.close()


def test_stage_items_in_separate_passages_offsets_and_ids(conn, rules):
    summary = S.update_statements(conn, pipeline="rules")
    assert summary["recomputed"] == 6 and summary["trained"] is False
    sts = S.list_statements(conn)
    assert [s.id for s in sts] == ["t-doc:art-28-1:s1", "t-doc:art-28-1-a:s1",
                                   "t-doc:art-28-1-b:s1", "t-doc:art-29:s1"]
    odd = sts.pop()
    assert (odd.strength, odd.actor) == ("obligation", "States Parties")  # normalised
    assert odd.beneficiaries == ("non-citizens",)
    assert DOC_TEXT[odd.start:odd.end] == odd.text
    assert [s.strength for s in sts] == ["recognition", "obligation", "obligation"]
    assert all(s.actor == "States Parties" for s in sts)
    for s in sts:
        assert DOC_TEXT[s.start:s.end] == s.text
    assert sts[1].locator == "Art. 28(1)(a)"
    assert S.get_statement(conn, "t-doc:art-28-1-b:s1").beneficiaries == ("children",)
    assert [s.id for s in S.list_statements(conn, beneficiary="everyone")] == ["t-doc:art-28-1-a:s1"]
    assert len(S.list_statements(conn, strength="obligation", doc_id="t-doc")) == 3
    assert S.list_statements(conn, doc_id="other") == []
    # read by id (what the draft stage does, in batches): the same statements, unknown ids left out
    wanted = ["t-doc:art-29:s1", "nobody:s1", "t-doc:art-28-1:s1"] + [f"x:{k}" for k in range(600)]
    got = S.statements_by_id(conn, wanted)
    assert sorted(got) == ["t-doc:art-28-1:s1", "t-doc:art-29:s1"]
    assert got["t-doc:art-29:s1"] == S.get_statement(conn, "t-doc:art-29:s1")


def test_stage_recomputes_only_changed_passages_and_dependent_items(conn, rules):
    S.update_statements(conn, pipeline="rules")
    assert S.update_statements(conn, pipeline="rules")["recomputed"] == 0
    # one item changes: only it
    text2 = DOC_TEXT.replace("available free to all", "available free of charge to all")
    spec2 = [(a, b, c.replace("available free to all", "available free of charge to all"), d)
             for a, b, c, d in SPEC]
    _write(conn, text2, spec2)
    assert S.update_statements(conn, pipeline="rules")["recomputed"] == 1
    assert "free of charge" in S.get_statement(conn, "t-doc:art-28-1-a:s1").text
    # the chapeau changes: it and its items
    text3 = text2.replace("they shall, in particular:", "they should, in particular:")
    spec3 = [(a, b, c.replace("they shall, in particular:", "they should, in particular:"), d)
             for a, b, c, d in spec2]
    _write(conn, text3, spec3)
    summary = S.update_statements(conn, pipeline="rules")
    assert summary["recomputed"] == 3
    assert S.get_statement(conn, "t-doc:art-28-1-b:s1").strength == "recommendation"
    # a passage disappears: its statements go
    _write(conn, text3, [s for s in spec3 if s[0] != "t-doc:art-28-1-b"])
    summary = S.update_statements(conn, pipeline="rules")
    assert summary["removed"] == 1
    with pytest.raises(NotFoundError):
        S.get_statement(conn, "t-doc:art-28-1-b:s1")


def test_very_long_passage_is_split_not_lost(tmp_path, rules, monkeypatch):
    sentence = "States Parties shall ensure that every child has access to education. "
    text = "1. " + sentence * 3000 + "\n"
    c = store.connect(tmp_path / "c.sqlite")
    _write(c, text, [("t-doc:art-1", "Art. 1", text.strip(), "en")])
    monkeypatch.setattr(S, "MAX_PARSE_CHARS", 100)
    S.update_statements(c, pipeline="rules")
    sts = S.list_statements(c)
    assert len(sts) == 3000 and sts[-1].id == "t-doc:art-1:s3000"
    assert text[sts[-1].start:sts[-1].end] == sentence.strip()
    # one huge sentence with no full stop at all: one statement, no crash
    huge = "States Parties shall " + "ensure and " * 150_000 + "protect"
    assert [d.parts.strength for d in S.extract(huge, pipeline=rules)] == ["obligation"]


def test_list_and_get_errors(conn):
    with pytest.raises(InputError, match="unknown strength"):
        S.list_statements(conn, strength="mandatory")
    with pytest.raises(NotFoundError, match="no statement"):
        S.get_statement(conn, "t-doc:art-99:s1")


def test_rules_fallback_says_so_once(tmp_path, monkeypatch):
    monkeypatch.setattr(S, "TRAINED_MODEL", "no_such_spacy_model_xyz")
    monkeypatch.setattr(S, "_PIPELINES", {})
    c = store.connect(tmp_path / "c.sqlite")
    _write(c, DOC_TEXT, SPEC)
    first = S.update_statements(c)
    assert first["trained"] is False and first["pipeline"] == S.RULES_NAME
    assert first["warnings"] == [S.RULES_WARNING]
    assert S.update_statements(c)["warnings"] == []       # nothing to extract, nothing to say
    with pytest.raises(InputError, match="not installed"):
        S.load_pipeline("trained")


# --- evaluation -------------------------------------------------------------------------------

def _gold(tmp_path, recs):
    p = tmp_path / "gold.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return p


def test_evaluate_counts(tmp_path):
    recs = [
        {"id": "g001", "text": "Everyone has the right to education.", "statement": True,
         "strength": "recognition", "actor": "everyone", "beneficiaries": ["everyone"]},
        {"id": "g002", "text": "States Parties shall take measures.", "statement": True,
         "strength": "recommendation", "actor": "Member States", "beneficiaries": []},
        {"id": "g003", "text": "The Committee notes the report.", "statement": False},
        {"id": "g004", "text": "This Convention is drawn up in English.", "statement": True,
         "strength": "obligation", "actor": "", "beneficiaries": []},
    ]
    res = E.evaluate(_gold(tmp_path, recs), modes=("rules",), errors=10)
    r = res["modes"]["rules"]["all"]
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 1)
    assert r["precision"] == 1.0 and r["recall"] == round(2 / 3, 3)
    assert r["strength_accuracy"] == 0.5 and r["actor_accuracy"] == 0.5
    assert {e["id"] for e in res["modes"]["rules"]["errors"]} == {"g002", "g004"}


def test_evaluate_bad_gold_names_file_and_line(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "g1", "text": "x", "statement": false}\n{"id": "g2", "text": "y"}\n',
                 encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl, line 2: gold record lacks statement"):
        E.evaluate(p, modes=("rules",))


@pytest.mark.integration
def test_labeller_agreement_scores_two_labellers_and_the_extractor(tmp_path):
    """A second labeller who differs on one unit of four: F1 and kappa against the first, and
    the extractor scored against each and on the three units both label alike."""
    first = [
        {"id": "g1", "half": "h1", "text": "States Parties shall ensure free primary education.",
         "statement": True, "strength": "obligation", "actor": "States Parties",
         "beneficiaries": []},
        {"id": "g2", "half": "h1", "text": "The Committee notes the report of the State party.",
         "statement": False, "strength": "none", "actor": "", "beneficiaries": []},
        {"id": "g3", "half": "h1", "text": "Such measures may include training.",
         "statement": True, "strength": "permission", "actor": "", "beneficiaries": []},
        {"id": "g4", "half": "h1", "text": "Everyone has the right to education.",
         "statement": True, "strength": "recognition", "actor": "", "beneficiaries": ["everyone"]},
    ]
    second = [dict(r) for r in first]
    second[2].update(statement=False, strength="none")
    gold, labels = tmp_path / "gold.jsonl", tmp_path / "second.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in first), encoding="utf-8")
    labels.write_text("".join(json.dumps({k: r[k] for k in r if k != "text"}) + "\n"
                              for r in second), encoding="utf-8")
    a = E.labeller_agreement(gold, labels)
    assert set(a) == {"h1", "pooled"}
    h = a["h1"]
    assert (h["first_statements"], h["second_statements"], h["agreed_units"]) == (3, 2, 3)
    assert h["second_vs_first"]["precision"] == 1.0
    assert h["second_vs_first"]["recall"] == round(2 / 3, 3)
    assert h["kappa"] == 0.5     # po 0.75, pe 0.5
    x1, x2 = h["extractor_vs_first"], h["extractor_vs_second"]
    assert x1["tp"] + x1["fn"] == 3 and x2["tp"] + x2["fn"] == 2
    assert h["extractor_on_agreed"]["n"] == 3


def test_actor_matching():
    assert E.actor_matches("States Parties", "the States Parties to the present Covenant")
    assert E.actor_matches("Each Contracting Party", "Contracting Party")
    # a joint text's issuers, as the manifest lists them and as a labeller writes them
    assert E.actor_matches("United States; United Kingdom", "United States and United Kingdom")
    assert E.actor_matches("the United States, Egypt, Qatar and Türkiye",
                           "United States; Egypt; Qatar; Türkiye")
    assert not E.actor_matches("United States; Egypt", "United States and Qatar")
    assert E.actor_matches("migrant workers", "Migrant workers and members of their families")
    assert not E.actor_matches("States Parties", "")
    assert not E.actor_matches("", "Parties")
    assert E.actor_matches("", "")


def test_actor_matching_acronyms_and_joined_words():
    # a text's own short name for the issuer the manifest names in full (heldout88, heldout94)
    assert E.actor_matches("DFID", "Department for International Development")
    assert E.actor_matches("MoJ", "Ministry of Justice")
    assert E.actor_matches("Office of Management and Budget", "OMB")
    assert not E.actor_matches("MoJ", "Ministry of Defence")
    assert not E.actor_matches("Member", "Members of the Union")
    assert not E.actor_matches("DFID", "")
    # a hyphen a PDF's text lost (heldout84: "The GovernorGeneral may terminate …")
    assert E.actor_matches("Governor-General", "GovernorGeneral")
    assert not E.actor_matches("Governor-General", "Governor")


def test_gold_set_is_well_formed(repo_root):
    gold = E.read_gold(repo_root / "tests" / "data" / "statements_gold.jsonl")
    assert len(gold) >= 200
    assert len({g["id"] for g in gold}) == len(gold)
    assert len({g["doc_id"] for g in gold}) >= 8
    names = set(S.beneficiary_names())
    for g in gold:
        assert set(g["beneficiaries"]) <= names, g["id"]
        assert g["statement"] == (g["strength"] != "none"), g["id"]


def test_schema_is_idempotent(tmp_path):
    c = sqlite3.connect(tmp_path / "x.sqlite")
    store.ensure_schema(c, S.DDL)
    store.ensure_schema(c, S.DDL)
    cols = [r[1] for r in c.execute("PRAGMA table_info(statements)")]
    assert cols[:4] == ["id", "doc_id", "passage_id", "seq"] and "beneficiaries" in cols


def test_cheap_prefilter_never_hides_a_cue(repo_root, monkeypatch):
    """HAS_CUE gates the cue patterns; it must be a superset of them (gold texts + contexts)."""
    gold = E.read_gold(repo_root / "tests" / "data" / "statements_gold.jsonl")
    texts = [U.normalise(t) for g in gold for t in (g["text"], g.get("context", "")) if t]
    texts += ["States parties are urged to act.", "They are encouraged to act.",
              "The Committee calls upon States parties to act.", "Nor shall it be denied."]
    gated = [C.find_cues(t) for t in texts]

    class Everything:
        @staticmethod
        def search(_text):
            return True
    monkeypatch.setattr(C, "HAS_CUE", Everything)
    assert [C.find_cues(t) for t in texts] == gated


@pytest.mark.parametrize("text", [
    "In the context of international migration, children may be in a situation of double "
    "vulnerability.",
    "In civil cases, the child may be defending his or her interests directly.",
    "Further, women migrant workers may not be eligible for free government legal aid.",
    "This provision may create broader obligations for States.",
    "During flight, children may lose State-mandated documentation, thereby preventing them "
    "from enrolling in new schools.",
    "Girls may experience sexual harassment on the way to school.",
])
def test_may_of_possibility_is_not_a_statement(rules, text):
    assert S.extract(text, pipeline=rules) == []


def test_recommendation_addressee_is_the_actor(rules):
    assert one("The Committee calls upon States parties to develop a plan of action.",
               rules).actor == "States parties"
    assert one("It is recommended that States apply best interest determination procedures.",
               rules).actor == "States"


def test_paragraph_number_is_not_a_statement_of_its_own(rules):
    # ICESCR Art. 10(2) under the chapeau of Art. 10: "2." once came out as a statement
    text = ("2. Special protection should be accorded to mothers during a reasonable period "
            "before and after childbirth. During such period working mothers should be accorded "
            "paid leave or leave with adequate social security benefits.")
    drafts = S.extract(text, pipeline=rules,
                       context="The States Parties to the present Covenant recognize that:")
    quoted = [text[d.start:d.end] for d in drafts]
    assert quoted and all(any(c.isalpha() for c in q) for q in quoted), quoted
    assert quoted[0].startswith("2. Special protection")


def test_data_sharing_firewall_is_a_prohibition_not_a_reporting_clause(rules):
    # CMW General Comment No. 2 (2013), para. 77: "report" here is not treaty-body reporting
    p = one("States parties shall not require schools to report or share data on the regular or "
            "irregular status of pupils or their parents to immigration authorities.", rules)
    assert p.statement and p.strength == "prohibition" and p.actor == "States parties"
    assert S.extract("Thereafter, States Parties shall submit subsequent reports at least every "
                     "four years.", pipeline=rules) == []


def test_the_stored_statements_fingerprint_covers_every_extraction_module(tmp_path, monkeypatch):
    """A change to any module of the package that extracts (structure, clauses, organs…, not
    only the cues) changes the stage's version, so stored statements are recomputed: an edit to
    structure.py once left a build's statements stale. The evaluation and query modules, which
    only read the output, do not."""
    pkg = tmp_path / "statements"
    shutil.copytree(Path(S.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(S, "__file__", str(pkg / "stage.py"))
    before = S._fingerprint()
    for name in ("evaluate.py", "query.py"):
        (pkg / name).write_text((pkg / name).read_text() + "\n# a reader's comment\n")
    assert S._fingerprint() == before
    for name in ("structure.py", "clauses.py", "organs.py", "mood.py"):
        (pkg / name).write_text((pkg / name).read_text() + "\n# a rule's comment\n")
        assert S._fingerprint() != before, name
        before = S._fingerprint()


def test_not_liable_to_be_dissolved_is_a_protection_not_a_relief_from_liability():
    """Trial 45 (P1): ILO C87 Art. 4, "Workers' and employers' organisations shall not be liable
    to be dissolved or suspended by administrative authority", was a permission (read as relief
    from liability, "The carrier shall not be liable for damages …"), and the draft it made
    rewarded dissolving unions by administrative decision."""
    from corpus_tool.statements.stage import extract
    (c87,) = extract("Workers’ and employers’ organisations shall not be liable to be dissolved "
                     "or suspended by administrative authority.", genre="enacting")
    assert c87.parts.strength == "prohibition"
    (carrier,) = extract("The carrier shall not be liable for damages caused by the delay.",
                         genre="enacting")
    assert carrier.parts.strength == "permission"
