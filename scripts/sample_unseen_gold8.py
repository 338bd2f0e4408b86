"""Seeded sample of an eighth held-out half (`heldout8`) for tests/data/statements_gold_unseen.jsonl.

`heldout7` was measured, reported and its failures read; a fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 56 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, of genres a user brings, measured under the protocol in the README beside
the gold file (from this half on, `statements evaluate --structure` is the figure of record):

- a national constitution not yet used: the Constitution of Venezuela (1999, rev. 2009), title
  3, chapters 5 and 6 (social and family rights; cultural and educational rights), as
  republished by pantrypoints/sp from constituteproject.org: articles whose lines wrap, with the
  source site's topic tags and page footers between them;
- an EU regulation with recitals: the Artificial Intelligence Act (Regulation (EU) 2024/1689),
  EUR-Lex XHTML;
- a treaty body's general comment: CESCR General Comment No. 26 (2022) on land and economic,
  social and cultural rights;
- a Council of Europe convention with a preamble: the Istanbul Convention (CETS 210, 2011);
- an ILO convention: the Minimum Age Convention, 1973 (C138);
- a court judgment: CJEU, C-307/22 FT (Copies of medical records) (26 October 2023);
- an NGO report with hedged language and recommendations at its end: the Presbyterian Church in
  Canada's report "Repudiating the Doctrine of Discovery" (General Assembly 2019, PDF);
- an NGO resolution of "Whereas …" recitals and "Be it resolved …" operative clauses: United
  Church of Christ General Synod 29 (2013), resolution on the Doctrine of Discovery (PDF).

Passages come from corpus-tool's own readers (`corpus.extract_document`: ingest only, no
statements stage), except the Venezuelan chapters (read here) and the CESCR JSON
(`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`. N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of
each unit from its document: the manifest type and legal force a user would give the document
(`doc_type`, `legal_force`: `DOCS8` below), and `preamble`, true where the reader's locator marks
the passage as a recital or preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold8.py /tmp/src8
(/tmp/src8 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold2 import ws  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import starting_at, units7  # noqa: E402

SEED = "issue14-heldout8-v1"
N = 16
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src8")

VE_ARTICLE = re.compile(r"^Article (\d+)$")
VE_FOOTER = re.compile(r"^(Venezuela \(Bolivarian Republic of\)|Page \d+constituteproject|PDF generated:)")


def ve_constitution() -> list[tuple[str, str]]:
    """Title 3, chapters 5 and 6: one passage per paragraph of an article ("Art. 75"), wrapped
    lines joined; page footers dropped; a short line without final punctuation just before an
    "Article N" line (the source site's topic tag) dropped."""
    out: list[tuple[str, str]] = []
    for name in ("ve-t3-ch5.md", "ve-t3-ch6.md"):
        text = (SRC / name).read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        lines = [ln.strip() for ln in text.splitlines() if not VE_FOOTER.match(ln.strip())]
        art, para = "", []

        def close() -> None:
            if art and para:
                out.append((art, ws(" ".join(para))))
            para.clear()

        for i, s in enumerate(lines):
            if m := VE_ARTICLE.match(s):
                close()
                art = f"Art. {m.group(1)}"
            elif not s:
                close()
            elif (len(s) < 70 and not re.search(r"[.;:,]$", s)
                  and any(VE_ARTICLE.match(n) for n in lines[i + 1:i + 4])
                  and (not para or re.search(r"[.;:]$", para[-1]))):
                continue  # a topic tag of the source site
            else:
                para.append(s)
        close()
    return out


def eu_ai_act() -> list[tuple[str, str]]:
    return starting_at(english(SRC / "eu-ai-act-2024.html"), "Recital")


def cjeu_c307() -> list[tuple[str, str]]:
    return [(loc, t) for loc, t in starting_at(english(SRC / "cjeu-c307-22.md"), "Legal context")
            if t not in ("[Signatures]", "…") and not t.startswith("( *")]


# doc_id → (reader, manifest type, legal force); the type is what a user would write in the
# manifest (the legal force is the manifest's default for that type)
DOCS8 = {
    "ve-constitution-1999-t3": (ve_constitution, "constitution", "binding"),
    "eu-ai-act-2024": (eu_ai_act, "regulation", "binding"),
    "cescr-gc26-2022": (lambda: tb_paragraphs(SRC / "cescr-gc26.json"), "general comment",
                        "non-binding"),
    "coe-istanbul-2011": (lambda: english(SRC / "coe-istanbul.md"), "convention", "binding"),
    "ilo-c138-1973": (lambda: english(SRC / "ilo-c138.md"), "convention", "binding"),
    "cjeu-c307-22": (cjeu_c307, "judgment", "binding"),
    "pcc-dod-report-2019": (lambda: english(
        SRC / "R-Repudiating-the-Doctrine-of-Discovery-final-draft-as-appears-in-GA-JM-report-2019.pdf"),
                            "report", "non-binding"),
    "ucc-dod-resolution-2013": (lambda: english(SRC / "ucc-gs29-1.pdf"), "resolution",
                                "non-binding"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS8.items()}, units7, N)


if __name__ == "__main__":
    main()
