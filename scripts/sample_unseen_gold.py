"""Seeded sentence sample per document for tests/data/statements_gold_unseen.jsonl.

Reads the source texts fetched from public repositories (see the README beside the gold file),
cuts them into paragraphs with a locator, splits sentences (on . ; : before a capital or an
opening bracket/quote) and list items ("(a) …", "a) …"), and draws N units per document with
random.Random(SEED + ":" + doc_id). A list item carries its chapeau (the last sentence ending in
":" before it in the same paragraph) as context. Prints JSONL candidates; labels are added by
hand afterwards.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from gold_sampling import print_sample

SEED = "issue14-unseen-v1"
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/src")
TB = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/tb/json_data")

ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,2}\)|\([ivx]+\)|[a-z]\.|\(\d{1,2}\)|\([A-Z]\))\s*\S")
SPLIT = re.compile(r"(?<=[.;:])\s+(?=[A-Z(\"“‘])")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def tb_json(name: str, prefix: str = "para.") -> list[tuple[str, str]]:
    out = []
    for i, rec in enumerate(json.loads((TB / name).read_text()), 1):
        txt = rec["Text"].replace("\r", "")
        m = re.match(r"^\s*(\d+)\.\s+(?:\1\.\s+)?", txt)
        num = m.group(1) if m else str(rec.get("ID", i))
        if m:
            txt = txt[m.end():]
        out.append((f"{prefix} {num}", txt))
    return out


def undrip() -> list[tuple[str, str]]:
    text = (SRC / "undrip.md").read_text()
    text = text.split("#### United Nations Declaration on the Rights of Indigenous Peoples", 1)[1]
    out, loc, buf = [], "Preamble", []
    for line in text.splitlines():
        m = re.match(r"^_Article (\d+)_", line.strip())
        if m:
            out += [(loc, "\n".join(buf))]
            loc, buf = f"Art. {m.group(1)}", []
            continue
        line = re.sub(r"\[\^\d+\]", "", line).replace("_", "")
        if line.strip():
            buf.append(line.strip())
    out.append((loc, "\n".join(buf)))
    # preamble recitals are one per line; articles: numbered paragraphs
    res = []
    for loc, body in out:
        for para in body.split("\n"):
            para = re.sub(r"^\d+\.\s+", "", para)
            res.append((loc, para))
    return res


def eu_charter() -> list[tuple[str, str]]:
    text = (SRC / "eucharter.md").read_text()
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"^---.*?^---", "", text, flags=re.S | re.M)
    res, loc, buf = [], "", []
    lines = [ln.strip() for ln in text.splitlines()]
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = re.match(r"^(?:###\s*)?Article (\d+)$", ln)
        if m:
            if buf:
                res.append((loc, ws(" ".join(buf))))
            loc, buf = f"Art. {m.group(1)}", []
            i += 2  # skip the article heading line
            continue
        if re.match(r"^\d+\.$", ln) or re.match(r"^\d+\. ", ln):
            if buf:
                res.append((loc, ws(" ".join(buf))))
            buf = [re.sub(r"^\d+\.\s*", "", ln)]
        elif ln and not ln.startswith("#") and not re.match(r"^(EN|C 202/\d+|7\.6\.2016|Official Journal)", ln):
            buf.append(ln)
        i += 1
    if buf:
        res.append((loc, ws(" ".join(buf))))
    return [(l, t) for l, t in res if l and t]


def ecn() -> list[tuple[str, str]]:
    text = (SRC / "ecn.md").read_text().split("####Europees Verdrag inzake nationaliteit")[0]
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    res, loc = [], "Preamble"
    for ln in text.splitlines():
        s = ln.strip()
        m = re.match(r"^###\s*Article\s+(\d+)", s)
        if m:
            loc = f"Art. {m.group(1)}"
            continue
        if not s or s.startswith("#") or s.startswith("<meta"):
            continue
        s = re.sub(r"^Preamble", "", s)
        res.append((loc, re.sub(r"^\d+\.\s+", "", s)))
    return res


def canada() -> list[tuple[str, str]]:
    text = (SRC / "canada.rst").read_text()
    res, sec, buf = [], "", []
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        s = ln.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not s or set(s) <= set("=-") or (nxt and set(nxt) <= set("=-") and nxt):
            if buf and not s:
                res.append((sec, ws(" ".join(buf))))
                buf = []
            continue
        m = re.match(r"^(\d+)\.\s*(.*)$", s)
        if m:
            if buf:
                res.append((sec, ws(" ".join(buf))))
            sec, buf = f"s. {m.group(1)}", [m.group(2)] if m.group(2) else []
            continue
        buf.append(s)
    if buf:
        res.append((sec, ws(" ".join(buf))))
    return [(l, t) for l, t in res if l and t]


def usc() -> list[tuple[str, str]]:
    res = []
    keys = ("migratory child", "English learner", "limited English proficient", "immigrant children")
    for f in sorted((SRC / "usc-title-20").glob("*.md"), key=lambda p: int(p.stem.split("-")[1])):
        t = f.read_text()
        if not any(k in t for k in keys):
            continue
        m = re.search(r"^#### § ([\w.-]+)\.", t, flags=re.M)
        sec = f"20 U.S.C. § {m.group(1)}" if m else f.stem
        lines = [ln.strip() for ln in t.splitlines() if ln.strip() and not ln.startswith("#")]
        # drop bare headings such as "(1) Information for parents" (no final punctuation)
        lines = [ln for ln in lines if re.search(r"[.;:—,]$|\band$|\bor$", ln)]
        if lines:
            res.append((sec, "\n".join(lines)))
    return res


def upr(name: str, start: str, stop: str | None) -> list[tuple[str, str]]:
    text = (SRC / name).read_text()
    text = text.split(start, 1)[1]
    text = re.split(r"\n(?:Notes|Annex)\s*\n", text)[0]
    if stop:
        text = text.split(stop, 1)[0]
    lines = []
    for ln in text.splitlines():
        s = ln.strip()
        if re.match(r"^(A/HRC/[\w./]+|\d{1,2}|GE\.[\d-]+\(E\))$", s) or not s:
            continue
        lines.append(s)
    paras, loc, buf = [], "", []
    for s in lines:
        m = re.match(r"^(\d{1,3}(?:\.\d{1,3})?)\.?\s{2,}(.*)$", s) or re.match(r"^(\d{1,3})\.\s+(\S.*)$", s)
        if m:
            if buf:
                paras.append((loc, ws(" ".join(buf))))
            loc, buf = f"para. {m.group(1)}", [m.group(2)]
        elif loc:
            buf.append(s)
    if buf:
        paras.append((loc, ws(" ".join(buf))))
    # footnote call numbers glued to the end of a sentence ("…(2001).23")
    paras = [(l, re.sub(r"\s\d{3}\.$", "", t)) for l, t in paras]
    return [(l, re.sub(r"(?<=[.;,)])\s?\d{1,3}(?=\s|$)", "", t)) for l, t in paras]


DOCS = {
    "un-undrip-2007": (undrip, 20),
    "eu-charter-fr-2016": (eu_charter, 20),
    "cerd-gr27-2000": (lambda: tb_json("Annotated_CERD_GR27_Roma.json", "para."), 18),
    "cedaw-gr32-2014": (lambda: tb_json("Annotated_CEDAW-GR32-refugee.json"), 20),
    "crc-gc11-2009": (lambda: tb_json("Annotated_CRC-GC11-Indigenous.json"), 20),
    "cescr-gc20-2009": (lambda: tb_json("Annotated_ESCR-GC20-NonDiscESC.json"), 20),
    "crc-gc3-2003": (lambda: tb_json("Annotated_CRC-GC3-HivAids.json"), 12),
    "coe-nationality-1997": (ecn, 20),
    "ca-charter-1982": (canada, 16),
    "us-code-title20": (usc, 16),
    "upr-svn-wg-2019": (lambda: upr("upr_wg.md", "I. Summary of the proceedings", None), 20),
    "upr-svn-stakeholders-2019": (lambda: upr("upr_comp.md", "I. Background", None), 20),
}


def units(paras: list[tuple[str, str]]) -> list[dict]:
    out = []
    intros = {}
    for loc, para in paras:
        if para.rstrip().endswith(":") and re.fullmatch(r"para\. \d+", loc):
            intros[loc] = ws(para)  # UPR: "121. The recommendations … enjoy the support of Slovenia:"
    for loc, para in paras:
        m = re.fullmatch(r"(para\. \d+)\.\d+", loc)
        chapeau = intros.get(m.group(1), "") if m else ""
        if m and chapeau:
            out.append({"locator": loc, "context": chapeau, "text": ws(para)})
            continue
        for line in para.replace("\r", "").split("\n"):
            line = ws(line)
            if not line:
                continue
            if ITEM.match(line) and chapeau:
                out.append({"locator": loc, "context": chapeau, "text": line})
                continue
            for s in SPLIT.split(line):
                s = s.strip()
                if len(s) < 25 and not ITEM.match(s):
                    continue
                if ITEM.match(s) and chapeau:
                    out.append({"locator": loc, "context": chapeau, "text": s})
                    continue
                out.append({"locator": loc, "context": "", "text": s})
                if s.endswith(":") or s.endswith("—"):
                    chapeau = s
    return out


def main() -> None:
    print_sample(SEED, DOCS, units, n=20)


if __name__ == "__main__":
    main()
