"""Seeded sample of a seventeenth held-out half (`heldout17`) for
tests/data/statements_gold_unseen.jsonl.

`heldout16` is measured once at round 14's freeze; a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 128 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, of the kinds a policy index starts from
(treaty bodies' general comments and recommendations with lettered lists, an ILO
recommendation, binding instruments of the UN, the Council of Europe and the OECD), labelled
under the protocol in the README beside the gold file, its amendment of 2 Dec 2026 and the
amendment's scope (`statements evaluate --structure` is the figure of record):

- a treaty body's general comment on migration: CMW General Comment No. 5 (2021) on migrants'
  rights to liberty and freedom from arbitrary detention;
- a treaty body's general comment on participation: CRPD General Comment No. 7 (2018) on the
  participation of persons with disabilities through their representative organizations;
- a treaty body's general recommendation on migration: CEDAW General Recommendation No. 38
  (2020) on trafficking in women and girls in the context of global migration;
- a treaty body's general comment on non-refoulement: CAT General Comment No. 4 (2017) on the
  implementation of article 3 in the context of article 22;
- an ILO recommendation: the Maternity Protection Recommendation, 2000 (No. 191), printed after
  Convention No. 183 in its source (`ilo_r191` keeps the Recommendation alone);
- a UN General Assembly optional protocol: the Optional Protocol to the Convention on the Rights
  of the Child on the involvement of children in armed conflict (2000);
- a Council of Europe agreement on refugees: the European Agreement on Transfer of
  Responsibility for Refugees (ETS 107, 1980);
- the OECD's own convention: the Convention on the Organisation for Economic Co-operation and
  Development (Paris, 1960).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS17` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold17.py /tmp/src17
(/tmp/src17 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout17-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)
PARA = re.compile(r"^(\d{1,2})\.")


def recommendation_part(paras: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The Recommendation an ILO file prints after its Convention: its preamble (the second "The
    General Conference of the International Labour …") and the reader's passages after it, up to
    its authentic-text line."""
    start = [i for i, (_, t) in enumerate(paras)
             if t.startswith("The General Conference of the International Labour")][1]
    body = []
    for loc, text in paras[start + 1:]:
        if text.startswith("The foregoing is the authentic text"):
            break
        body.append((loc, text))
    return paras[start][1], body


def ilo_r191() -> list[tuple[str, str]]:
    """Recommendation No. 191 alone (`recommendation_part`). The reader carries the Convention's
    last locator ("Art. 21") into the Recommendation, so each passage is given the
    Recommendation's own paragraph number instead ("para. 6(2)(a)"), the preamble "Preamble"."""
    preamble, body = recommendation_part(english(SRC / "ilo-c183-r191-2000.md"))
    out, cur = [("Preamble", preamble)], ""
    for loc, text in body:
        if m := PARA.match(text):
            cur = m.group(1)
        tail = re.sub(r"^Art\. 21(\([0-9]+\))?", "", loc).split(" ¶")[0]
        out.append((f"para. {cur}{tail}", text))
    return out


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS17 = {
    "cmw-gc5-2021": (_tb("CMW_GC5_liberty.json"), "general comment", "non-binding",
                     "UN Committee on Migrant Workers"),
    "crpd-gc7-2018": (_tb("CRPD_GC7_participation.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "cedaw-gr38-2020": (_tb("CEDAW-GC38-Trafficking.json"), "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "cat-gc4-2017": (_tb("CAT_GC4_art.3.json"), "general comment", "non-binding",
                     "UN Committee against Torture"),
    "ilo-r191-2000": (ilo_r191, "recommendation", "non-binding",
                      "International Labour Organization"),
    "un-opac-crc-2000": (_md("un-opac-crc-2000.md"), "protocol", "binding",
                         "UN General Assembly"),
    "coe-ets107-1980": (_md("coe-ets107-1980.md"), "treaty", "binding", "Council of Europe"),
    "oecd-convention-1960": (_md("oecd-convention-1960.md"), "convention", "binding",
                             "Organisation for Economic Co-operation and Development"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS17.items()}, units7, N)


if __name__ == "__main__":
    main()
