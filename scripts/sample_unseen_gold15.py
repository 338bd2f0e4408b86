"""Seeded sample of a fifteenth held-out half (`heldout15`) for
tests/data/statements_gold_unseen.jsonl.

`heldout13` and `heldout14` are measured once in session 13; a further fresh half is drawn from
eight documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 112 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, in genres the halves hold little or none
of, with no general comment, White House text or GDPR judgment, labelled under the protocol in
the README beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a UN General Assembly convention: the Convention on the Political Rights of Women (1952);
- a UNESCO convention: the Convention on the Protection and Promotion of the Diversity of
  Cultural Expressions (2005);
- a Council of Europe convention: the Convention on the Avoidance of Statelessness in relation
  to State Succession (CETS 200, 2006);
- the constituent agreement of an international organisation: the Agreement for the
  Establishment of the African Legal Support Facility (2008);
- a bilateral cultural agreement: the Kingdom of the Netherlands and the Socialist Republic of
  Romania;
- an ILO convention on education: the Paid Educational Leave Convention (C140, 1974), without
  Recommendation No. 148 printed after it in the same file (`heldout9` holds it);
- a national constitution: the Constitution of the Commonwealth of Australia (1900), in the
  lightly edited English rendering of pantrypoints/sp;
- a national statute on education: the McKinney-Vento Act's education of homeless children and
  youths, 42 U.S.C. §§ 11431-11435.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage), except the US Code chunks (`sample_unseen_gold4.us_code_sections`). The
treaties' Dutch text is dropped by the reader; the Australian chapters are concatenated without
their front matter. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS15` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold15.py /tmp/src15
(/tmp/src15 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english, us_code_sections  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout15-v1"
N = 16
if len(sys.argv) < 2:
    sys.exit("usage: PYTHONPATH=. python scripts/sample_unseen_gold15.py /tmp/src15")
SRC = Path(sys.argv[1])


def _md(name: str):
    return lambda: english(SRC / name)


def ilo_c140() -> list[tuple[str, str]]:
    """The Convention alone, up to its authentic-text clause: the file goes on with
    Recommendation No. 148, which `heldout9` holds (`ilo-r148-1974`)."""
    paras = english(SRC / "ilo-c140-1974.md")
    end = next(i for i, (_, t) in enumerate(paras)
               if t.startswith("The foregoing is the authentic text of the Convention"))
    return paras[:end + 1]


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS15 = {
    "un-political-rights-women-1952": (_md("un-political-rights-women-1952.md"), "convention",
                                       "binding", "UN General Assembly"),
    "unesco-cultural-diversity-2005": (_md("unesco-cultural-diversity-2005.md"), "convention",
                                       "binding", "UNESCO"),
    "coe-cets200-2006": (_md("coe-cets200-2006.md"), "convention", "binding", "Council of Europe"),
    "alsf-agreement-2008": (_md("alsf-agreement-2008.md"), "treaty", "binding",
                            "African Development Bank"),
    "nl-ro-cultural-agreement": (_md("nl-ro-cultural-agreement.md"), "treaty", "binding",
                                 "Kingdom of the Netherlands; Romania"),
    "ilo-c140-1974": (ilo_c140, "convention", "binding",
                      "International Labour Organization"),
    "au-constitution-1900": (_md("au-constitution-1900.md"), "constitution", "binding",
                             "Commonwealth of Australia"),
    "us-mckinney-vento-42usc11431": (
        lambda: us_code_sections(SRC / "us-mckinney-vento-42usc119-6b.md", 42), "statute",
        "binding", "United States Congress"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS15.items()}, units7, N)


if __name__ == "__main__":
    main()
