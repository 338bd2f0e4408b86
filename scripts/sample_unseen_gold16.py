"""Seeded sample of a sixteenth held-out half (`heldout16`) for
tests/data/statements_gold_unseen.jsonl.

`heldout15` is measured once at round 13's freeze; a further fresh half is drawn from eight
documents that are neither in the reference corpus (corpus/manifest.csv), nor in
examples/*/corpus, nor among the 120 documents already in the unseen gold, nor shipped in
tests/data/unseen/docs, from eight different issuers, with no general comment, White House text,
GDPR judgment, founding agreement of an organisation or constitution, labelled under the protocol
in the README beside the gold file, its amendment of 2 Dec 2026 and the amendment's scope
(`statements evaluate --structure` is the figure of record):

- a UNESCO convention: the Convention concerning the Protection of the World Cultural and Natural
  Heritage (1972);
- a Hague Conference convention: the Convention on Protection of Children and Co-operation in
  respect of Intercountry Adoption (1993);
- a UN General Assembly protocol: the Optional Protocol to the Convention on the Rights of the
  Child on the sale of children, child prostitution and child pornography (2000);
- a League of Nations convention: the International Convention for the Suppression of the
  Traffic in Women and Children (1921), as amended by the Protocol of 12 November 1947, without
  its list of plenipotentiaries (`lon_traffic`);
- an FAO treaty: the International Treaty on Plant Genetic Resources for Food and Agriculture
  (2001);
- a US civil-rights statute: Titles IV and VI of the Civil Rights Act of 1964 as codified,
  42 U.S.C. §§ 2000c-2000d-7 (public education; federally assisted programs);
- a city executive order: Mayor's Order 2014-170 of the District of Columbia (transparency, open
  government and open data);
- a US state bill: New Jersey Senate Committee Substitute for S727 (2017, open data).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage): the treaties' Dutch text is dropped by the reader; the Sunlight Foundation
copies are read as `sample_unseen_gold10._sunlight` reads them; the US Code chunks one by one
with `sample_unseen_gold4.us_code_text_sections`, whose locator is completed with the chunk's
section number (these sections are numbered "2000c–2", which its heading pattern does not
take). Units are cut by `sample_unseen_gold7.units7`; N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS16` below), and `preamble`, true where the reader's
locator or the source marks the passage as a preamble or recital.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold16.py /tmp/src16
(/tmp/src16 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import english, us_code_text_sections  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402
from sample_unseen_gold10 import _sunlight  # noqa: E402  (reads sys.argv[1] as its SRC)

SEED = "issue14-heldout16-v1"
N = 16
if len(sys.argv) < 2:
    sys.exit("usage: PYTHONPATH=. python scripts/sample_unseen_gold16.py /tmp/src16")
SRC = Path(sys.argv[1])
SECTION = re.compile(r"^####\s+§\s*([0-9A-Za-z–-]+)\.", re.M)


def _md(name: str):
    return lambda: english(SRC / name)


def us_civil_rights() -> list[tuple[str, str]]:
    """42 U.S.C. §§ 2000c-2000d-7, one chunk at a time, its locator given the chunk's section."""
    out = []
    chunks = (SRC / "us-civil-rights-42usc21-4-6.md").read_text(encoding="utf-8")
    for chunk in chunks.split("\n# Title 42")[1:]:
        sec = SECTION.search(chunk).group(1)
        out += [(loc.replace("§ ", f"§ {sec}", 1), text)
                for loc, text in us_code_text_sections("\n# Title 42" + chunk, 42)]
    return out


def lon_traffic() -> list[tuple[str, str]]:
    """The 1921 Convention without its list of plenipotentiaries (names and titles of the
    delegates, run into the preamble's last paragraph): 12 of the first draw's 16 units were
    names, so the list is dropped as the signature block it is, and the Convention re-drawn."""
    paras = english(SRC / "lon-traffic-women-children-1921.md")
    out = []
    for loc, text in paras:
        if "as their Plenipotentiaries:" in text and "Who, having communicated" in text:
            head = text.index("as their Plenipotentiaries:") + len("as their Plenipotentiaries:")
            text = text[:head] + " " + text[text.index("Who, having communicated"):]
        out.append((loc, text))
    return out


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS16 = {
    "unesco-world-heritage-1972": (_md("unesco-world-heritage-1972.md"), "convention", "binding",
                                   "UNESCO"),
    "hcch-intercountry-adoption-1993": (_md("hcch-intercountry-adoption-1993.md"), "convention",
                                        "binding", "Hague Conference on Private International Law"),
    "un-opsc-crc-2000": (_md("un-opsc-crc-2000.md"), "protocol", "binding",
                         "UN General Assembly"),
    "lon-traffic-women-children-1921": (lon_traffic, "convention", "binding",
                                        "League of Nations"),
    "fao-itpgrfa-2001": (_md("fao-itpgrfa-2001.md"), "treaty", "binding",
                         "Food and Agriculture Organization of the United Nations"),
    "us-civil-rights-42usc2000c": (us_civil_rights, "statute", "binding",
                                   "United States Congress"),
    "dc-mayors-order-2014-170": (lambda: _sunlight("washington-dc-2014-07-21.md"),
                                 "executive order", "binding", "Mayor of the District of Columbia"),
    "nj-open-data-s727-2017": (lambda: _sunlight("nj-2017-02-06.md"), "bill", "non-binding",
                               "New Jersey Legislature"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS16.items()}, units7, N)


if __name__ == "__main__":
    main()
