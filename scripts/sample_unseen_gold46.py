"""Seeded sample of a forty-sixth held-out half (`heldout46`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout47`; this half takes **no treaty of any
kind**: treaty bodies' general comments or recommendations (at most four, none of the CRC alone,
CMW, CRPD or CAT), national laws or constitution chapters, EU acts not taken from
`statengeneraal/laws-markdown`, and soft law):

- the joint General Recommendation No. 31 of the CEDAW Committee / General Comment No. 18 of the
  CRC Committee on harmful practices (2014, revised 2019);
- Human Rights Committee General Comment No. 12 (1984), the right to self-determination of
  peoples (article 1);
- CERD General Recommendation No. 21 (1996), the right to self-determination;
- a national statute: Canada's National Housing Strategy Act (S.C. 2019, c. 29, s. 313),
  consolidated;
- a national statute: 20 U.S.C. ch. 38, Discrimination Based on Sex or Blindness (Title IX of the
  Education Amendments of 1972 and the provisions printed with it, §§ 1681-1689);
- an EU regulation of the European Parliament and the Council: Regulation (EU) 2019/881 (the
  Cybersecurity Act), consolidated text of 4 February 2025, with its recitals and annex;
- a Commission recommendation (soft law): Commission Recommendation (EU) 2021/946 on a common
  Union Toolbox for a coordinated approach towards a European Digital Identity Framework;
- a national constitution's chapter: the Constitution of the Federal Republic of Nigeria, 1999,
  Chapter II, Fundamental Objectives and Directive Principles of State Policy (its Chapter IV is
  `ng-constitution-1999-ch4` of `heldout38`; this chapter is in no half).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`) for the EU acts and the Nigerian
chapter, through `gold_readers`; from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`);
for the Canadian Act through sampler 33's `canada_markdown`; and from the US Code chunks
(`sample_unseen_gold4.us_code_sections`). Units are cut by sampler 34's `units34`; N units per
document are drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight
documents were chosen, with no annex, appendix or recital cut, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS46` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u6800 … u6927, in the
order printed (`FIRST_ID`; `heldout47`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold46.py /tmp/src46
(/tmp/src46 holds the files named below, copied from the repositories listed in the README;
us-title-ix-20usc38.md is chunks 2672-2686 of chuncks/title-20, concatenated in order;
ca-national-housing-strategy-2019.md is written there from ca-national-housing-strategy-act.md
on the first run.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold4 import us_code_sections  # noqa: E402
from sample_unseen_gold33 import canada_markdown  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402

SEED = "issue14-heldout46-v1"
N = 16
FIRST_ID = 6800
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def title_ix() -> list[tuple[str, str]]:
    """20 U.S.C. ch. 38, one passage per subsection (chunks 2672-2686, concatenated)."""
    return us_code_sections(SRC / "us-title-ix-20usc38.md", 20)


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS46 = {
    "cedaw-crc-jgr31-gc18-2019": (
        _tb("CEDAW-CRC-JGR31-GC18-Harmful.json"), "general recommendation", "non-binding",
        "UN Committee on the Elimination of Discrimination against Women and UN Committee on the "
        "Rights of the Child"),
    "ccpr-gc12-1984": (_tb("CCPR_GC12_self-determination.json"), "general comment",
                       "non-binding", "UN Human Rights Committee"),
    "cerd-gr21-1996": (_tb("CERD_GR21_self-determination.json"), "general recommendation",
                       "non-binding", "UN Committee on the Elimination of Racial Discrimination"),
    "ca-national-housing-strategy-2019": (
        canada_markdown("ca-national-housing-strategy-act.md",
                        "ca-national-housing-strategy-2019.md"),
        "statute", "binding", "Parliament of Canada"),
    "us-title-ix-20usc38": (title_ix, "statute", "binding", "United States Congress"),
    "eu-reg-2019-881": (_md("eu-reg-2019-881.md"), "regulation", "binding",
                        "European Parliament and Council of the European Union"),
    "eu-rec-2021-946": (_md("eu-rec-2021-946.md"), "recommendation", "non-binding",
                        "European Commission"),
    "ng-constitution-1999-ch2": (_md("ng-constitution-1999-ch2.md"), "constitution", "binding",
                                 "Federal Republic of Nigeria"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS46.items()}, units34, N)


if __name__ == "__main__":
    main()
