"""Seeded sample of a sixth held-out half (`heldout6`) for tests/data/statements_gold_unseen.jsonl.

`heldout5` was measured, reported and its failures read, so it became tunable ("heldout5
(seen)"); a fresh half is drawn from eight documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the 40 documents already in the
unseen gold, nor shipped in tests/data/unseen/docs, of genres a user of the tool brings, and
measured under the protocol fixed in the README beside the gold file (text-only figure of record):

- a national constitution's rights chapter other than South Africa's: the Constitution of Brazil
  (1988), Title II, chapters 1-2 (individual and collective rights; social rights), in the
  English translation republished by pantrypoints/sp, its items numbered "1." … "78." under a
  chapeau, some with lettered sub-items;
- an EU regulation: the Digital Services Act (Regulation (EU) 2022/2065), EUR-Lex XHTML, recitals
  and articles;
- a treaty body's general recommendation: CEDAW General Recommendation No. 37 (2018) on the
  gender-related dimensions of disaster risk reduction in a changing climate;
- a court judgment: CJEU, C-300/21 Österreichische Post (4 May 2023), from the legal context to
  the operative part;
- States' advance questions to a State under UPR review (Slovenia, 48th session, 2025);
- a UN official's letter with recommendations: the High Commissioner's letter to Slovenia and its
  annex of observations after the fourth UPR cycle (1 October 2025), OCR text of the scanned PDF;
- an NGO report with recommendations: Presbyterian Church (USA), "The Doctrine of Discovery" report
  to the 223rd General Assembly (2018), PDF;
- an NGO resolution: World Council of Churches executive committee, statement on the Doctrine of
  Discovery (February 2012), PDF, operative clauses "A. Expresses …", "B. Urges …".

Passages come from corpus-tool's own readers (`corpus.extract_document`: ingest only, no
statements stage), except the Brazilian chapter, the advance questions and the CEDAW JSON, which
are read here (the Markdown reader numbers "1. …" items as paragraphs and drops their chapeau;
the questions are one line each). Units are cut as in scripts/sample_unseen_gold2.py (`units`),
and an item whose locator is nested in one whose text ends in ":" takes that chapeau (joined,
outermost first) when `units` gave it none. N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). Prints JSONL candidates; labels
are added by hand afterwards.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold6.py /tmp/src6
(/tmp/src6 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import ITEM, units, ws  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402

SEED = "issue14-heldout6-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src6")

BR_ARTICLE = re.compile(r"^Article (\d+)\.\s+(.*)$")
BR_ITEM = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
BR_SUB = re.compile(r"^-?\s*([a-z])\)\s+(\S.*)$")
BR_PARAGRAPH = re.compile(r"^(Paragraph \d+|Sole paragraph)\.\s+(.*)$")


def br_constitution() -> list[tuple[str, str]]:
    """Articles 5-11 of Title II, one passage per article head, item ("Art. 5, 28"), sub-item
    ("Art. 5, 28(a)") and paragraph; a line that continues a wrapped passage is joined to it; the
    running title glued into the text ("Fundamental Rights and Guarantees") is dropped."""
    out: list[list[str]] = []
    art = item = ""
    for name in ("br-constitution-t2-ch1.md", "br-constitution-t2-ch2.md"):
        body = (SRC / name).read_text(encoding="utf-8").split("---", 2)[2]
        for ln in body.splitlines():
            s = ln.strip()
            if not s or s.startswith("#") or s == "Fundamental Rights and Guarantees":
                if not s and out:
                    out[-1].append("")  # a blank line ends a passage
                continue
            if m := BR_ARTICLE.match(s):
                art, item = f"Art. {m.group(1)}", ""
                out.append([art, s])
            elif m := BR_ITEM.match(s):
                item = f"{art}, {m.group(1)}"
                out.append([item, s])
            elif m := BR_SUB.match(s):
                out.append([f"{item or art}({m.group(1)})", s.lstrip("- ")])
            elif m := BR_PARAGRAPH.match(s):
                item = ""
                out.append([f"{art}, {m.group(1).lower()}", s])
            elif out and out[-1][-1] != "":
                out[-1].append(s)
            else:
                item = ""
                out.append([f"{art} ¶", s])
    return [(p[0], ws(" ".join(x for x in p[1:] if x))) for p in out]


def advance_questions() -> list[tuple[str, str]]:
    """One passage per question; the asking State (an upper-case line) is the locator."""
    out, state = [], ""
    for ln in (SRC / "upr-svn-advance-questions-2025.txt").read_text(encoding="utf-8").splitlines():
        s = ws(ln)
        if not s or s.startswith("ADVANCE QUESTIONS"):
            continue
        if s.isupper():
            state = s
        else:
            out.append((state, s))
    return out


def cjeu_c300() -> list[tuple[str, str]]:
    paras = english(SRC / "cjeu-c300-21.md")
    start = next(i for i, (_, t) in enumerate(paras) if t == "Legal context")
    return [(loc, t) for loc, t in paras[start:]
            if t not in ("[Signatures]", "…") and not t.startswith("( *") and not t.startswith("( i )")]


def eu_dsa() -> list[tuple[str, str]]:
    paras = english(SRC / "eu-dsa-2022.html")
    start = next(i for i, (loc, _) in enumerate(paras) if loc.startswith("Recital"))
    return paras[start:]


def hc_letter() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in english(SRC / "ohchr-hc-letter-svn-2025.txt")]


# the operative clauses of a resolution ("A. Expresses …", "B. Urges …") and the passage that
# introduces them ("In this context, the executive committee …, meeting at …,")
OPERATIVE = re.compile(r"^(?:[A-Z]\. )?(?:Expresses|Denounces|Urges|Affirms|Requests|Calls on|Encourages)\b")


def _lead_in(para: str, item: str) -> str:
    """The last line ending in ":" before `item` in its paragraph ("States parties should:")."""
    at = ws(para).find(item)
    before = ws(para)[:max(at, 0)]
    heads = [ws(ln) for ln in para.split("\n") if ws(ln).endswith(":") and ws(ln) in before]
    return heads[-1] if heads else ""


def units6(paras: list[tuple[str, str]]) -> list[dict]:
    """`units`, and three chapeaus it does not give:
    - a unit whose locator is nested in the locator of a unit that ends in ":" ("Art. 5" →
      "Art. 5, 28" → "Art. 5, 28(a)") takes those chapeaus, outermost first, when `units` found
      none or only the innermost one;
    - an item of a treaty body's paragraph ("(b) Increase …") keeps the paragraph's chapeau ("States
      parties should:") after an item of two sentences (`units` drops it at the second sentence);
    - a resolution's operative clause takes the passage before the clauses (ending in ",")."""
    out, chapeau, intro = units(paras), {}, ""
    text_of = {loc: para for loc, para in paras}
    for u in out:
        loc, text = u["locator"], u["text"]
        nested = [c for k, c in chapeau.items()
                  if loc != k and (loc.startswith(k + ",") or loc.startswith(k + "("))]
        if nested and (not u["context"] or len(nested) > 1):
            u["context"] = " ".join(nested)
        elif not u["context"] and ITEM.match(text) and (lead := _lead_in(text_of.get(loc, ""), text)):
            u["context"] = lead
        elif not u["context"] and intro and OPERATIVE.match(text):
            u["context"] = intro
        if text.endswith(":"):
            chapeau[loc] = text
        if text.endswith(","):
            intro = text
    return out


DOCS = {
    "br-constitution-1988-t2": br_constitution,
    "eu-dsa-2022": eu_dsa,
    "cedaw-gr37-2018": lambda: tb_paragraphs(SRC / "cedaw-gr37.json"),
    "cjeu-c300-21": cjeu_c300,
    "upr-svn-advance-questions-2025": advance_questions,
    "ohchr-hc-letter-svn-2025": hc_letter,
    "pcusa-dod-report-2018": lambda: english(SRC / "pcusa-dod-report-2018.pdf"),
    "wcc-dod-statement-2012": lambda: english(SRC / "wcc-dod-statement-2012.pdf"),
}


def main() -> None:
    print_sample(SEED, DOCS, units6, N)


if __name__ == "__main__":
    main()
