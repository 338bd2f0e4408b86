"""Seeded sample of a seventh held-out half (`heldout7`) for tests/data/statements_gold_unseen.jsonl.

`heldout6` was measured, reported and its failures read, so it became tunable ("heldout6
(seen)"); a fresh half is drawn from eight documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 48 documents already in the
unseen gold, nor shipped in tests/data/unseen/docs, of genres a user brings and earlier halves
lacked or failed on, measured under the protocol in the README beside the gold file:

- a national constitution whose guarantees are mostly written without a modal: the Constitution
  of Viet Nam (2013), chapter 2 (human rights, citizens' rights and duties), as republished by
  pantrypoints/sp, articles with numbered clauses;
- an EU regulation with recitals: the Data Act (Regulation (EU) 2023/2854), EUR-Lex XHTML;
- a treaty body's general comment: Human Rights Committee General Comment No. 37 (2020) on the
  right of peaceful assembly;
- a court judgment: CJEU, C-634/21 SCHUFA Holding (Scoring) (7 December 2023), from the legal
  context to the operative part;
- a Council of Europe convention with a preamble: the Lanzarote Convention (CETS 201, 2007);
- a national statute: the Indian Child Welfare Act, 25 U.S.C. ch. 21 (§§ 1901-1915 as chunked);
- an NGO resolution with verb-first operative clauses under a chapeau ending in ":": Baptist
  World Alliance General Council Resolution 2023.1, Dignity and justice for Indigenous peoples;
- an NGO assembly's action, a list of "To …" clauses with no chapeau in the source: ELCA
  Churchwide Assembly 2016, Repudiation of the Doctrine of Discovery.

Passages come from corpus-tool's own readers (`corpus.extract_document`: ingest only, no
statements stage), except the Vietnamese chapter (read here: articles and numbered clauses
whose lines wrap), the US Code chunks (`sample_unseen_gold4.us_code_sections`) and the CCPR JSON
(`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold6.units6`; in
addition, a resolution's operative clause in capitals ("ACKNOWLEDGES …", "URGES …") takes the
last passage before it that ends in ":" ("The … General Council, meeting in …:"). N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of
each unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS7` below), and `preamble`, true where the reader's locator marks
the passage as a recital or preamble (an EUR-Lex "Recital N", the convention's "Preamble, para.
N"), the rule the statements stage applies to a passage's locator.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold7.py /tmp/src7
(/tmp/src7 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import ws  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold6 import units6  # noqa: E402

SEED = "issue14-heldout7-v1"
N = 17
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src7")

VN_ARTICLE = re.compile(r"^Article (\d+)$")
VN_CLAUSE = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")


def vn_constitution() -> list[tuple[str, str]]:
    """Chapter 2: one passage per numbered clause ("Art. 14(1)"), or per article without
    clauses ("Art. 19"); wrapped lines are joined; HTML comments (topic tags) are dropped."""
    body = (SRC / "vn-constitution-ch2.md").read_text(encoding="utf-8").split("---", 2)[2]
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    out: list[list[str]] = []
    art = ""
    for ln in body.splitlines():
        s = ln.strip()
        if not s:
            continue
        if m := VN_ARTICLE.match(s):
            art = f"Art. {m.group(1)}"
            out.append([art])
        elif (m := VN_CLAUSE.match(s)) and art:
            out.append([f"{art}({m.group(1)})", s])
        elif out:
            out[-1].append(s)
    return [(p[0], ws(" ".join(p[1:]))) for p in out if len(p) > 1]


def starting_at(paras: list[tuple[str, str]], first: str) -> list[tuple[str, str]]:
    """The passages from the first whose text is `first` or whose locator starts with it."""
    start = next(i for i, (loc, t) in enumerate(paras) if t == first or loc.startswith(first))
    return paras[start:]


def eu_data_act() -> list[tuple[str, str]]:
    return starting_at(english(SRC / "eu-data-act-2023.html"), "Recital")


def cjeu_c634() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in starting_at(english(SRC / "cjeu-c634-21.md"), "Legal context")
            if t not in ("[Signatures]", "…") and not t.startswith("( *")]


OPERATIVE_CAPS = re.compile(r"^[A-Z]{4,}S\b")


def units7(paras: list[tuple[str, str]]) -> list[dict]:
    """`units6`, and a resolution's capitalised operative clause takes the last passage before
    it that ends in ":" as its chapeau."""
    out, lead = units6(paras), ""
    for u in out:
        if not u["context"] and lead and OPERATIVE_CAPS.match(u["text"]):
            u["context"] = lead
        if u["text"].endswith(":"):
            lead = u["text"]
    return out


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest (the legal force is the manifest's default for that type)
DOCS7 = {
    "vn-constitution-2013-ch2": (vn_constitution, "constitution", "binding"),
    "eu-data-act-2023": (eu_data_act, "regulation", "binding"),
    "ccpr-gc37-2020": (lambda: tb_paragraphs(SRC / "ccpr-gc37.json"), "general comment",
                       "non-binding"),
    "cjeu-c634-21": (cjeu_c634, "judgment", "binding"),
    "coe-lanzarote-2007": (lambda: english(SRC / "coe-lanzarote.md"), "convention", "binding"),
    "us-icwa-25usc21": (lambda: us_code_sections(SRC / "us-icwa-25usc21.md", 25), "statute",
                        "binding"),
    "bwa-resolution-2023": (lambda: english(
        SRC / "BWA-General-Council-Resolution-2023.1_IndigenousPeoples.pdf"), "resolution",
                            "non-binding"),
    "elca-dod-resolution-2016": (lambda: english(
        SRC / "ELCA-RepudiationDoctrineOfDiscoverySPR2016.pdf"), "resolution", "non-binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS7.items()}, units7, N)


if __name__ == "__main__":
    main()
