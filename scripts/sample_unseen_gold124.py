"""Seeded sample of a hundred-and-twenty-fourth held-out half (`heldout124`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the floor of statements of 3 Dec 2026 (a half stands as
drawn; `statements evaluate --structure` is the figure of record). Drawn in session 37 in
parallel with `heldout125` (national laws, judgments, EU acts, policy documents) and `heldout126`
and `heldout127` (treaties); the documents were claimed in the session's shared list of claims
before the draw, so that no two halves take the same one. This half takes **international soft
law only** (no treaty of any kind), of eight issuers:

- an OECD recommendation: the Recommendation of the Council on Artificial Intelligence
  (OECD/LEGAL/0449, 22 May 2019), whole as CommonAccord/Cmacc-Org holds it, without the
  repository's note on COVID-19 printed before "THE COUNCIL," (not the instrument's text);
- a UNESCO declaration: the Universal Declaration on Bioethics and Human Rights (General
  Conference, 19 October 2005), whole as CommonAccord/Cmacc-Org holds it (preamble, Articles
  1-28);
- an IAEA safety standard: Radiation Protection and Safety of Radiation Sources: International
  Basic Safety Standards (IAEA Safety Standards Series No. GSR Part 3, 2014), **Section 5 alone**
  (Existing exposure situations, paras 5.1-5.26 with Requirements 47-52), as CommonAccord/
  Cmacc-Org holds it (its footnotes left out);
- a model law of a UN commission: the UNCITRAL Model Law on Electronic Transferable Records
  (2017), whole as CommonAccord/Cmacc-Org holds it (its footnote calls left out);
- principles of an intergovernmental institute and a law institute: the ALI / UNIDROIT Principles
  of Transnational Civil Procedure (2004), the black-letter Principles alone, as CommonAccord/
  Cmacc-Org holds them (the Comments printed after each Principle and the page's head, its
  "Last Updated" and copyright lines, left out);
- a declaration of a UN world conference: the Vienna Declaration and Programme of Action (World
  Conference on Human Rights, 25 June 1993), whole as mediaprophet/Webizen-Charter's file holds
  it (sampler 68's `webizen_n3`);
- a declaration of the UN General Assembly: the Declaration of Commitment on HIV/AIDS
  (resolution S-26/2, 27 June 2001), whole as the same repository's file holds it (`webizen_n3`);
- an ILO recommendation: the Minimum Age Recommendation, 1973 (No. 146), printed after
  Convention No. 138 in statengeneraal/laws-markdown (sampler 18's `numbered_recommendation`
  keeps the Recommendation alone).

The four CommonAccord sources are "prose objects": files of `key=value` lines that include one
another (`Prefix.=[G/…/0.md]`) and a rendering template (`sec=<ol><li>{1.sec}…`). `commonaccord`
writes each out once as Markdown, in file order, following the includes where they stand: a
`Ti` line is a heading, a `sec` / `Text` line that holds text a paragraph (with its number from
its key, "5.3" for `3.0.sec` of GSR Part 3's Section 5, "3.1" for a numbered sub-item, "(a)"
for a lettered item of GSR Part 3), template lines (only references and HTML), include lines,
footnotes, cross-reference numbers and the files' `Comment:` blocks are left out, variables
(`{_electronic_record}`, `{DefT.electronic_record}`) are written as their words and footnote
calls dropped; then it is read as the treaties are (`sample_unseen_gold4.english`). The files'
words are not changed otherwise.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage). Units are cut by `sample_unseen_gold34.units34`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS124` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u22400 … u22527, in the
order printed (`FIRST_ID`, set so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold124.py /tmp/src124
(/tmp/src124 holds the files named below: `commonaccord/Doc/G/…` copied from
CommonAccord/Cmacc-Org at commit b2c7c232ac7c54c632cd36dd61fff570882de5b2, the two `.n3` files
from mediaprophet/Webizen-Charter at commit 47ca66f8010a43f4f61d2608c59bf7ab77cb9f37, and
`ilo-c138-r146-1973.md` from statengeneraal/laws-markdown at commit
91556a80a25a3da4234c8039945c6aeef4108d00, as listed in the README.)
"""
from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold18 import numbered_recommendation  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402

SEED = "issue14-heldout124-v1"
N = 16
FIRST_ID = 22400
SRC = source_folder(__file__)
CA = SRC / "commonaccord" / "Doc"

_LINE = re.compile(r"^([^=\s]*)=(.*)$")
_REF = re.compile(r"\{([^{}]*)\}")
_TAG = re.compile(r"<[^>]+>")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _words(value: str) -> str:
    """A value's text: footnote calls and cross-reference numbers dropped, variables written as
    their words, HTML tags (and <sup> digits' markup) removed, whitespace collapsed."""
    def ref(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith(("Footnote", "FtNt")) or name.endswith("Xnum"):
            return ""
        name = name.removeprefix("DefT.").lstrip("_")
        return name.replace("_", " ")
    text = _REF.sub(ref, value)
    text = html.unescape(_TAG.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


def _is_template(value: str) -> bool:
    """A rendering template: nothing left once references and HTML are taken out."""
    return not _TAG.sub("", _REF.sub("", value)).strip()


def _dotted(parts: list[str], _: str) -> str:
    """'3.0' → '3.', '3.1' → '3.1', '2' → '2.'; keys that are not numbers get no label."""
    if not all(p.isdigit() for p in parts):
        return ""
    nums = parts[:-1] if parts[-1] == "0" else parts
    return ".".join(nums) + ("." if len(nums) == 1 else "")


def _gsr(parts: list[str], section: str) -> str:
    """GSR Part 3's numbering: '3' / '3.0' → '5.3.', '3.1' / '3.1.0' → '(a)', '3.1.2' → '(ii)'."""
    if not all(p.isdigit() for p in parts):
        return ""
    nums = parts[:-1] if parts[-1] == "0" else parts
    if len(nums) == 1:
        return f"{section}.{nums[0]}."
    if len(nums) == 2:
        return f"({chr(ord('a') + int(nums[1]) - 1)})"
    return f"({_ROMAN[int(nums[2]) - 1]})"


def _walk(path: Path, number: Callable[[list[str], str], str], section: str,
          out: list[str]) -> None:
    """Append one CommonAccord file's headings and paragraphs to `out`, in file order, following
    its includes where they stand; a `Comment:` block ends the file's text."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() == "Comment:":
            break
        m = _LINE.match(line.strip())
        if not m:
            continue
        key, value = m.groups()
        if not key:                       # "=[G/Z/ol/s3]": a template include
            continue
        if key.endswith(".") and value.startswith("[") and value.endswith("]"):
            inc = CA / value[1:-1]
            if key == "Preamble.":         # the adopting body's considerations: a preamble
                pre: list[str] = []
                _walk(inc, lambda parts, _: "", section, pre)
                out += ["## Preamble", ""] + [x.removeprefix("### ") for x in pre]
            elif inc.exists():
                _walk(inc, number, section, out)
            continue
        if key.startswith(("Footnote", "Note", "Comments", "Head", "xlist", "r00t")) \
                or key.endswith(("Xnum", ".Sec", "Secs")) or key == "Sec" or _is_template(value):
            continue
        text = _words(value)
        if not text:
            continue
        if key == "Ti" or key.endswith(".Ti"):
            out += [f"### {text}", ""]
        elif key == "sec" or key.endswith((".sec", ".Text", ".md")):
            parts = key.rsplit(".", 1)[0].split(".") if "." in key else []
            parts = [p for p in parts if p not in ("Req",)]
            label = number(parts, section) if parts else ""
            out += [f"{label} {text}".strip(), ""]


def commonaccord(start: str, name: str, title: str,
                 number: Callable[[list[str], str], str] = _dotted, section: str = "") -> Reader:
    """The reader of a CommonAccord document whose root file is `start` (under
    `commonaccord/Doc/`), written once as `name` under the heading `title`; a file included
    as `Preamble.` (the adopting body's considerations) goes under a heading "Preamble", its
    title line ("The General Conference,") a paragraph, so that the reader locates it as a
    preamble."""
    def read() -> list[tuple[str, str]]:
        md = SRC / name
        if not md.exists():
            out = [f"# {title}", ""]
            body: list[str] = []
            _walk(CA / start, number, section, body)
            out += body
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


def _oecd_ai() -> list[tuple[str, str]]:
    """The OECD Recommendation, one file: its unkeyed lines from "THE COUNCIL," to the first
    keyed line are the preamble (the repository's note on COVID-19 before it, between rows of
    asterisks, is left out); the keyed lines follow as `_walk` writes them."""
    md = SRC / "oecd-ai-recommendation-2019.md"
    if not md.exists():
        src = CA / "G/OECD/AI-Principles/Recommendations-of-Council-On-AI.md"
        lines = src.read_text(encoding="utf-8").splitlines()
        start = next(i for i, l in enumerate(lines) if l.strip() == "THE COUNCIL,")
        first_key = next(i for i, l in enumerate(lines) if i > start and _LINE.match(l.strip())
                         and l.split("=", 1)[0] and "." in l.split("=", 1)[0])
        pre = [l.strip() for l in lines[start:first_key] if l.strip()]
        out = ["# Recommendation of the Council on Artificial Intelligence", "",
               "## Preamble", ""] + [x for p in pre for x in (p, "")]
        body: list[str] = []
        tmp = SRC / "oecd-ai-body.tmp"
        tmp.write_text("\n".join(lines[first_key:]), encoding="utf-8")
        _walk(tmp, lambda parts, _: "", "", body)
        tmp.unlink()
        md.write_text("\n".join(out + body), encoding="utf-8")
    return english(md)


_BIO = "G/Org-UNESCO/Universal_Declaration_on_Bioethics_and_Human_Rights"
_ALI = "G/ALI-Unidroit-TransnationalCivilProcedure/EN"

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS124: dict[str, tuple[Reader, str, str, str]] = {
    "oecd-ai-recommendation-2019": (_oecd_ai, "recommendation", "non-binding",
                                    "Organisation for Economic Co-operation and Development"),
    "unesco-bioethics-declaration-2005": (
        commonaccord(f"{_BIO}/Form/YMD-2005-10-19.md", "unesco-bioethics-declaration-2005.md",
                     "Universal Declaration on Bioethics and Human Rights"),
        "declaration", "non-binding", "UNESCO"),
    "iaea-gsr3-2014-s5": (
        commonaccord("G/Org-IAEA-Safety-GSR3/Sec/5_Existing_0.md", "iaea-gsr3-2014-s5.md",
                     "IAEA Safety Standards Series No. GSR Part 3, Section 5", _gsr, "5"),
        "standard", "non-binding", "International Atomic Energy Agency"),
    "uncitral-mletr-2017": (
        commonaccord("G/Org-UNCITRAL/ModelLawOnElectronicTransferableRecords/Law/0.md",
                     "uncitral-mletr-2017.md",
                     "UNCITRAL Model Law on Electronic Transferable Records"),
        "model law", "non-binding", "United Nations Commission on International Trade Law"),
    "ali-unidroit-civil-procedure-principles-2004": (
        commonaccord(f"{_ALI}/Sec/0.md", "ali-unidroit-civil-procedure-principles-2004.md",
                     "ALI / UNIDROIT Principles of Transnational Civil Procedure"),
        "principles", "non-binding", "UNIDROIT; American Law Institute"),
    "vienna-declaration-1993": (
        webizen_n3("vienna-declaration-and-programme-action.n3", "vienna-declaration-1993.md",
                   "Vienna Declaration and Programme of Action", "Paragraph"),
        "declaration", "non-binding", "World Conference on Human Rights"),
    "un-hiv-aids-commitment-2001": (
        webizen_n3("declaration-commitment-hivaids.n3", "un-hiv-aids-commitment-2001.md",
                   "Declaration of Commitment on HIV/AIDS", "Paragraph"),
        "declaration", "non-binding", "UN General Assembly"),
    "ilo-r146-1973": (lambda: numbered_recommendation(SRC / "ilo-c138-r146-1973.md"),
                      "recommendation", "non-binding", "International Labour Organization"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS124.items()}, units34, N)


if __name__ == "__main__":
    main()
