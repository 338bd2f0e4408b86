"""Seeded sample of a thirty-third held-out half (`heldout33`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers:

- CRC General Comment No. 10 (2007), children's rights in juvenile justice;
- Human Rights Committee General Comment No. 13 (1984), equality before the courts and the right
  to a fair and public hearing by an independent court established by law (article 14);
- an ILO convention: the Occupational Safety and Health Convention, 1981 (No. 155);
- a Council of Europe protocol: the Additional Protocol to the Convention on Human Rights and
  Biomedicine, concerning Transplantation of Organs and Tissues of Human Origin (CETS 186,
  Strasbourg, 2002);
- a United Nations convention: the United Nations Convention to Combat Desertification in those
  Countries experiencing serious Drought and/or Desertification, particularly in Africa (Paris,
  1994), with its regional implementation annexes (they are articles, not lists);
- a Hague Conference convention: the Convention on the Recognition and Enforcement of Decisions
  relating to Maintenance Obligations (The Hague, 1973);
- a court judgment: CJEU, C-205/21 Ministerstvo na vatreshnite raboti (Fifth Chamber, 26 January
  2023), from the legal context to the operative part (`gold_readers.cjeu_judgment`);
- a national law: Canada's An Act respecting First Nations, Inuit and Métis children, youth and
  families (S.C. 2019, c. 24), in the consolidation XYOca/laws-lois-markdown converts from
  justicecanada/laws-lois-xml: `canada_markdown` writes it out once for corpus-tool's reader
  without its YAML front matter, its historical notes and its repealed sections' placeholders,
  with each marginal note (a bold line) as a heading.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`)
and from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`.
Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS33` below), and `preamble`, true where the reader's
locator marks the passage as a preamble.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold33.py /tmp/src33
(/tmp/src33 holds the files named below, copied from the repositories listed in the README;
ca-fnim-children-2019.md is written there from F-11.73.md on the first run.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import cjeu_judgment, markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout33-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_DETAILS = re.compile(r"<details>.*?</details>\n?", re.S)
_REPEALED = re.compile(r"^\[Repealed, [^\]]*\]\n?", re.M)
_MARGINAL_NOTE = re.compile(r"^\*\*([^*\n]+)\*\*$", re.M)
_SECTION = re.compile(r"^### (\d+(?:\.\d+)?)(?: (.+))?$", re.M)
_FRENCH_TERM = re.compile(r"\s\(\*\*[^*\n]+\*\*\)$", re.M)
_SUBSECTION = re.compile(r"^\(\d+(?:\.\d+)?\)\s+")
_FIRST_ITEM = re.compile(r"^\(a\)\s")


def canada_markdown(src_name: str, md_name: str) -> Reader:
    """The reader of the Canadian Act. The consolidation's Markdown is written out once without
    its front matter, its "Historical Note" blocks, the "[Repealed, …]" placeholders of repealed
    sections and the French equivalents of defined terms ("(**fournisseur de soins**)"), each
    marginal note ("**Prenatal care**" on a line of its own) made a heading ("#### Prenatal
    care") so that it is not read as a passage, and each section heading written "### Section 12
    - Notice" (the coming-into-force section's footnote mark "[^]" dropped), so that the reader
    gives locators such as "Section 16, para. 1(a)"; then read as the treaties are. Of each
    passage the subsection's number ("(1) ", "(2.1) ") is left to the locator: the cutter would
    read a passage that opens with it as a footnote ("( 7 ) OJ …") and drop it. A lead-in that
    introduces items "(a) …" without a colon ("The purpose of this Act is to", "The Minister
    must", "In the context of a civil proceeding …,") is given one, its closing comma dropped, so
    that its items keep it as their chapeau (as `sample_unseen_gold4.us_code_sections` does)."""
    def read() -> list[tuple[str, str]]:
        md = SRC / md_name
        if not md.exists():
            text = (SRC / src_name).read_text(encoding="utf-8")
            text = _DETAILS.sub("", _FRONT_MATTER.sub("", text, count=1))
            text = _FRENCH_TERM.sub("", _REPEALED.sub("", text))
            text = _MARGINAL_NOTE.sub(r"#### \1", text)
            text = _SECTION.sub(lambda m: f"### Section {m.group(1)}"
                                + (f" - {m.group(2)}" if m.group(2) else ""),
                                text.replace("### [^]", "### "))
            md.write_text(re.sub(r"\n{3,}", "\n\n", text), encoding="utf-8")
        paras = [(loc, _SUBSECTION.sub("", t)) for loc, t in english(md)]
        for i, (loc, t) in enumerate(paras[:-1]):
            if _FIRST_ITEM.match(paras[i + 1][1]) and not t.endswith((":", "—")):
                paras[i] = (loc, t.rstrip(",") + ":")
        return paras
    return read


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS33 = {
    "crc-gc10-2007": (_tb("CRC-GC10-Justice.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of the Child"),
    "ccpr-gc13-1984": (_tb("CCPR_GC13_justice.json"), "general comment", "non-binding",
                       "UN Human Rights Committee"),
    "ilo-c155-1981": (_md("ilo-c155-1981.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-cets186-2002": (_md("coe-cets186-2002.md"), "protocol", "binding", "Council of Europe"),
    "un-unccd-1994": (_md("un-unccd-1994.md"), "convention", "binding", "United Nations"),
    "hcch-maintenance-decisions-1973": (_md("hcch-maintenance-decisions-1973.md"), "convention",
                                        "binding",
                                        "Hague Conference on Private International Law"),
    "cjeu-c205-21": (cjeu_judgment(SRC, "cjeu-c205-21.md"), "judgment", "binding",
                    "Court of Justice of the European Union"),
    "ca-fnim-children-2019": (canada_markdown("F-11.73.md", "ca-fnim-children-2019.md"),
                              "statute", "binding", "Parliament of Canada"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS33.items()}, units7, N)


if __name__ == "__main__":
    main()
