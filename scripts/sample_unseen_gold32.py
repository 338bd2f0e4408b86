"""Seeded sample of a thirty-second held-out half (`heldout32`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- CRC General Comment No. 8 (2006), the right of the child to protection from corporal
  punishment and other cruel or degrading forms of punishment;
- Human Rights Committee General Comment No. 21 (1992), humane treatment of persons deprived of
  their liberty (article 10);
- CESCR General Comment No. 8 (1997), the relationship between economic sanctions and respect
  for economic, social and cultural rights;
- an ILO convention: the Medical Care and Sickness Benefits Convention, 1969 (No. 130), its text
  up to its annex (`before`: the annexed industrial classification is left out of the
  pool);
- a Council of Europe convention: the Convention on Cybercrime (ETS 185, Budapest, 2001);
- a United Nations treaty: the Kyoto Protocol to the United Nations Framework Convention on
  Climate Change (1997), its text up to its annexes (`before`: Annex A's lists of gases
  and sectors and Annex B's table of commitments are left out of the pool);
- a Hague Conference convention: the Convention on Celebration and Recognition of the Validity
  of Marriages (The Hague, 1978);
- a national law: the Constitution of Zimbabwe (2013), Chapter 4 (Declaration of Rights), Parts 1
  and 2 (sections 44-78), whose text thanatoscries/conapp_claude holds in a Dart data file
  (`lib/content/chapter4.dart`): `zimbabwe_markdown` writes it out as Markdown (a heading per
  part and section, each line of a section's text a paragraph, the text unchanged but for tabs
  read as spaces) for corpus-tool's reader.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`.
Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS32` below), and `preamble`, true where the reader's
locator marks the passage as a preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold32.py /tmp/src32
(/tmp/src32 holds the files named below, copied from the repositories listed in the README;
zw-constitution-2013-ch4.md is written there from chapter4.dart on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout32-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


_DART_ITEM = re.compile(r"'title':\s*(?:'''(.*?)'''|'([^']*)'),\s*'route':\s*'[^']*',\s*"
                        r"'content':\s*'''(.*?)'''", re.S)
_SECTION = re.compile(r"(\d+)\s+(.+)")
_PLACEHOLDER = "Excepteur sint occaecat"


def zimbabwe_markdown(dart_name: str, md_name: str) -> Reader:
    """The reader of the Zimbabwean chapter: its Dart data file (sections with a title "NN\\tTitle",
    a part's heading before its first section's, and the text) written out once as Markdown in
    the source folder, then read as the treaties are. The file is an app's work in progress: two
    entries hold placeholder text (skipped), and section 78's text sits in the entry after its
    own, under a template title ("4 National Objectives"), where it is given back its heading."""
    def read() -> list[tuple[str, str]]:
        md = SRC / md_name
        if not md.exists():
            out = ["# CHAPTER 4 — DECLARATION OF RIGHTS", ""]
            pending = ""
            for m in _DART_ITEM.finditer((SRC / dart_name).read_text(encoding="utf-8")):
                title, content = (m.group(1) or m.group(2)).strip(), m.group(3).strip()
                lines = [ln.strip() for ln in title.split("\n") if ln.strip()]
                if lines[0].startswith("PART"):
                    out += [f"## {lines[0]}", ""]
                    lines = lines[1:]
                sec = _SECTION.match(lines[0].replace("\t", " "))
                if content.startswith(_PLACEHOLDER):
                    pending = lines[0] if sec and sec.group(1) != "4" else pending
                    continue
                if sec and sec.group(1) == "4":  # the template title: the skipped section's text
                    sec, pending = _SECTION.match(pending.replace("\t", " ")), ""
                out += [f"### Section {sec.group(1)} - {sec.group(2).strip()}", ""]
                for line in content.split("\n"):
                    if line.strip():
                        out += [re.sub(r"\s+", " ", line.replace("\t", " ")).strip(), ""]
            md.write_text("\n".join(out), encoding="utf-8")
        return english(md)
    return read


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS32 = {
    "crc-gc8-2006": (_tb("CRC-GC8-Punishment.json"), "general comment", "non-binding",
                     "UN Committee on the Rights of the Child"),
    "ccpr-gc21-1992": (_tb("CCPR_GC21_art.10.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "cescr-gc8-1997": (_tb("ESCR-GC8-Sanctions.json"), "general comment", "non-binding",
                       "UN Committee on Economic, Social and Cultural Rights"),
    "ilo-c130-1969": (before("Annex", _md("ilo-c130-1969.md")), "convention", "binding",
                      "International Labour Organization"),
    "coe-ets185-2001": (_md("coe-ets185-2001.md"), "convention", "binding",
                        "Council of Europe"),
    "unfccc-kyoto-1997": (before("Annex", _md("unfccc-kyoto-1997.md")), "protocol", "binding",
                          "United Nations"),
    "hcch-marriages-1978": (_md("hcch-marriages-1978.md"), "convention", "binding",
                            "Hague Conference on Private International Law"),
    "zw-constitution-2013-ch4": (zimbabwe_markdown("chapter4.dart",
                                                   "zw-constitution-2013-ch4.md"),
                                 "constitution", "binding",
                                 "Republic of Zimbabwe"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS32.items()}, units7, N)


if __name__ == "__main__":
    main()
