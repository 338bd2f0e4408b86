"""Seeded sample of an eighteenth held-out half (`heldout18`) for
tests/data/statements_gold_unseen.jsonl.

`heldout17` is measured; a further fresh half is drawn from eight documents that are neither in
the reference corpus (corpus/manifest.csv), nor in examples/*/corpus, nor among the 136
documents already in the unseen gold, nor shipped in tests/data/unseen/docs, from eight different
issuers, of the kinds a policy index starts from, labelled under the protocol in the README
beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a treaty body's general recommendation with lettered lists: CERD General Recommendation
  No. 36 (2020) on preventing and combating racial profiling by law enforcement officials;
- a treaty body's general comment on the State's duty to prevent: CAT General Comment No. 2
  (2007) on the implementation of article 2;
- a treaty body's general comment on work: CRPD General Comment No. 8 (2022) on the right of
  persons with disabilities to work and employment;
- an ILO recommendation: the Labour Administration Recommendation, 1978 (No. 158), printed after
  Convention No. 150 in its source (`ilo_r158` keeps the Recommendation alone);
- a UN General Assembly optional protocol: the Optional Protocol to the Convention on the Rights
  of Persons with Disabilities (2006);
- a Council of Europe convention on education: the European Convention on the Equivalence of
  Diplomas leading to Admission to Universities (ETS 15, 1953);
- a UNECE/WHO protocol on health: the Protocol on Water and Health to the 1992 Convention on
  the Protection and Use of Transboundary Watercourses and International Lakes (London, 1999);
- the Charter of the United Nations (San Francisco, 1945).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader), except the treaty-body
JSON (`sample_unseen_gold3.tb_paragraphs`). Units are cut by `sample_unseen_gold7.units7`; N units
per document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS18` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold18.py /tmp/src18
(/tmp/src18 holds the files named below, copied from the repositories listed in the README.)
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
from sample_unseen_gold17 import recommendation_part  # noqa: E402

SEED = "issue14-heldout18-v1"
N = 16
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)
PARA = re.compile(r"^(\d{1,2})\.")
SUB = re.compile(r"^(?:\d{1,2}\.\s*)?\((\d)\)")
ITEM = re.compile(r"^\(([a-z])\)")


def ilo_r158() -> list[tuple[str, str]]:
    """Recommendation No. 158 alone (`numbered_recommendation`)."""
    return numbered_recommendation(SRC / "ilo-c150-r158-1978.md")


def numbered_recommendation(path: Path) -> list[tuple[str, str]]:
    """The Recommendation an ILO file prints after its Convention, alone
    (`sample_unseen_gold17.recommendation_part`). The reader's locators inside the Recommendation
    number its sub-paragraphs as paragraphs ("Part II, para. 2" for 5(2)) or carry the
    Convention's last article, so each passage is given the Recommendation's own paragraph,
    sub-paragraph and item ("para. 22(2)(a)"), the preamble "Preamble"."""
    preamble, body = recommendation_part(english(path))
    out, cur, sub = [("Preamble", preamble)], "", ""
    for _, text in body:
        item = ""
        if m := PARA.match(text):
            cur, sub = m.group(1), ""
        if m := SUB.match(text):
            sub = f"({m.group(1)})"
        elif m := ITEM.match(text):
            item = f"({m.group(1)})"
        out.append((f"para. {cur}{sub}{item}", text))
    return out


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS18 = {
    "cerd-gr36-2020": (_tb("CERD_GR36_profiling.json"), "general recommendation", "non-binding",
                       "UN Committee on the Elimination of Racial Discrimination"),
    "cat-gc2-2007": (_tb("CAT_GC2_article2.json"), "general comment", "non-binding",
                     "UN Committee against Torture"),
    "crpd-gc8-2022": (_tb("CRPD_GC8_work.json"), "general comment", "non-binding",
                      "UN Committee on the Rights of Persons with Disabilities"),
    "ilo-r158-1978": (ilo_r158, "recommendation", "non-binding",
                      "International Labour Organization"),
    "un-op-crpd-2006": (_md("un-op-crpd-2006.md"), "protocol", "binding", "UN General Assembly"),
    "coe-ets15-1953": (_md("coe-ets15-1953.md"), "convention", "binding", "Council of Europe"),
    "unece-who-water-health-1999": (_md("unece-water-health-1999.md"), "protocol", "binding",
                                    "UN Economic Commission for Europe; WHO Regional Office for "
                                    "Europe"),
    "un-charter-1945": (_md("un-charter-1945.md"), "treaty", "binding", "United Nations"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS18.items()}, units7, N)


if __name__ == "__main__":
    main()
