"""Seeded sample of a hundred-and-eighteenth held-out half (`heldout118`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026, the amendment's scope and the amendment of 3 Dec 2026 on the floor of statements
(`statements evaluate --structure` is the figure of record). Drawn in session 31 in parallel with
`heldout116` (another helper, also no treaty) and `heldout117` and `heldout119` (treaties); the
documents were claimed in the session's shared list of claims before the draw, so that no two
halves take the same one. This half takes no treaty of any kind, of eight issuers:

- a UN General Assembly declaration: the Declaration on the Protection of All Persons from Being
  Subjected to Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment
  (A/RES/3452 (XXX), 1975), whole as the repository's file holds it;
- an EU act: Commission Implementing Regulation (EU) 2025/1567 of 29 July 2025 (management of
  remote qualified electronic signature and seal creation devices as qualified trust services),
  whole, with its annex (the annex holds the act's operative requirements, the adaptations of the
  ETSI standard; the articles only point to it);
- a court judgment: Bander Yahya A Alzahrani v Public Prosecutor [2017] SGHC 287 (High Court of
  Singapore, 9 November 2017; stay of execution pending leave to refer questions), whole as the
  repository's report prints it;
- a national statute: Australia's Royal Commissions Act 1902 (Cth), from its short title to its
  endnotes (left out; sampler 84's `_between`, by the text), the compilation's front matter and
  contents before it left out;
- a national statute of another country: New Zealand's Public Lending Right for New Zealand
  Authors Act 2008, without its schedules (`gold_readers.nz_act_xml`);
- a national constitution's chapter: the Constitution of Uganda, 1995, Chapter Twelve (Defence
  and National Security), whole as luigimorel/ugandaconstitution.com prints it;
- a municipal by-law: Bergrivier Municipality's By-law relating to the Control of Vessels and
  Boating Activities on the Berg River Estuary (2020), as laws-africa/openbylaws.org.za
  publishes it (za-wc013), whole;
- a government department's strategy: the Foreign and Commonwealth Office's Open Data Strategy
  (2012), whole as the PDF reads.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage, through `sample_unseen_gold4.english`), through the readers earlier samplers
share: sampler 68's `webizen_n3` for the Declaration, the plain reader (`gold_readers.markdown`)
for the regulation, the judgment, the chapter (as sampler 110 reads Chapter Eight) and the
strategy's PDF (as sampler 108 reads the DECC strategy), sampler 84's `_between` over the plain
reader for the Australian Act (as sampler 110 reads the Age Discrimination Act),
`gold_readers.nz_act_xml` for the New Zealand Act, and sampler 56's `openbylaws_page` for the
by-law. No reader was added to `gold_readers`. Units are cut by `sample_unseen_gold34.units34`
(sampler 7's `units7`, with the footnote filter narrowed to EUR-Lex's footnote calls, so that
numbered subsections "(1) …" are not dropped as footnotes); N units per document are drawn with
random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The documents were chosen, and
their cuts fixed, before the draw was printed.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS118` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u21200 … u21327, in the
order printed (FIRST_ID 21200, so as not to clash with the halves drawn at the same time).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold118.py /tmp/src118
(/tmp/src118 holds the files named below, copied from the repositories listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, nz_act_xml, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold34 import units34  # noqa: E402
from sample_unseen_gold56 import openbylaws_page  # noqa: E402
from sample_unseen_gold68 import webizen_n3  # noqa: E402
from sample_unseen_gold84 import _between  # noqa: E402

SEED = "issue14-heldout118-v1"
N = 16
FIRST_ID = 21200
SRC = source_folder(__file__)
_md = markdown(SRC)

# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS118: dict[str, tuple[Reader, str, str, str]] = {
    "un-torture-declaration-1975": (
        webizen_n3("declaration-protection-all-persons-being-subjected-torture-and.n3",
                   "un-torture-declaration-1975.md",
                   "Declaration on the Protection of All Persons from Being Subjected to Torture "
                   "and Other Cruel, Inhuman or Degrading Treatment or Punishment", "Article"),
        "declaration", "non-binding", "UN General Assembly"),
    "eu-impl-reg-2025-1567": (_md("eu-impl-reg-2025-1567.md"), "regulation", "binding",
                              "European Commission"),
    "sghc-2017-287": (_md("sghc-2017-287.md"), "judgment", "binding", "High Court of Singapore"),
    "au-royal-commissions-act-1902": (
        _between("This Act may be cited as the Royal Commissions Act",
                 "The endnotes provide details",
                 _md("au-royal-commissions-act-1902.md")),
        "statute", "binding", "Parliament of Australia"),
    "nz-public-lending-right-act-2008": (
        nz_act_xml(SRC, "Public_Lending_Right_for_New_Zealand_Authors_Act_2008.xml.act",
                   "nz-public-lending-right-act-2008.md"),
        "statute", "binding", "Parliament of New Zealand"),
    "ug-constitution-1995-ch12": (_md("ug-constitution-1995-ch12.md"), "constitution", "binding",
                                  "Republic of Uganda"),
    "za-bergrivier-control-of-vessels-by-law-2020": (
        openbylaws_page("za-wc013-control-of-vessels-by-law-2020-source.md",
                        "za-bergrivier-control-of-vessels-by-law-2020.md",
                        "Bergrivier Municipality: By-law relating to the Control of Vessels and "
                        "Boating Activities on the Berg River Estuary"),
        "by-law", "binding", "Bergrivier Municipality"),
    "uk-fco-open-data-strategy-2012": (
        _md("uk-fco-open-data-strategy-2012.pdf"), "strategy", "non-binding",
        "Foreign and Commonwealth Office"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS118.items()}, units34, N)


if __name__ == "__main__":
    main()
