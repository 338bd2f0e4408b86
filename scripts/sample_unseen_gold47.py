"""Seeded sample of a forty-seventh held-out half (`heldout47`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record). Drawn in parallel with `heldout46` (another helper): this half takes its eight documents
from treaties only (ILO, Council of Europe, United Nations and UN agencies' and commissions'
(UNECE, IAEA, IMO, UNEP/FAO) and Hague Conference instruments), and no general comment,
declaration, national law, EU act or judgment, of eight issuers:

- an ILO convention: the Maritime Labour Convention, 2006 (its Articles, Regulations and Code;
  without the explanatory note printed after its Articles, which says it "does not form part of
  the Maritime Labour Convention", and cut before its appendices: lists and model forms);
- a Council of Europe convention: the Convention on the Manipulation of Sports Competitions
  (CETS 215, Magglingen/Macolin, 2014);
- a United Nations convention on crime: the International Convention for the Suppression of the
  Financing of Terrorism (New York, 1999) (cut before its annex, a list of treaties);
- a UNECE convention on the environment: the Convention on Environmental Impact Assessment in a
  Transboundary Context (Espoo, 1991) (cut before its appendices: lists of activities, contents
  and criteria, and the procedures of inquiry and arbitration);
- an IAEA convention: the Convention on Nuclear Safety (Vienna, 1994);
- an IMO convention: the International Convention for the Control and Management of Ships'
  Ballast Water and Sediments, 2004, with its annex of regulations (text, kept; cut before the
  appendices: the model certificate and record book);
- a UNEP/FAO convention on chemicals: the Rotterdam Convention on the Prior Informed Consent
  Procedure for Certain Hazardous Chemicals and Pesticides in International Trade (1998) (cut
  before its annexes: lists of chemicals, information requirements and criteria, arbitration and
  conciliation);
- a Hague Conference convention: the Convention on the Law Applicable to Matrimonial Property
  Regimes (The Hague, 1978).

The Hague Conference's Protocol on the Law Applicable to Maintenance Obligations (2007), first
chosen and labelled, was replaced after labelling by the matrimonial property convention: the
README names it as a document of an earlier half's first draw (labelled there, then replaced), so
it is not a document no other labeller has read; its 16 labelled units were dropped, none kept.

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
through `gold_readers`. Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents
were chosen, and their cuts fixed, before the draw was printed (the replacement, after).

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS47` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u7000 … u7127, in the
order printed (`FIRST_ID`; `heldout46`, drawn at the same time, takes its own).

Usage: PYTHONPATH=. python scripts/sample_unseen_gold47.py /tmp/src47
(/tmp/src47 holds the files named below, copied from the repository listed in the README.)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import before, markdown, source_folder  # noqa: E402
from gold_sampling import Reader, print_sample  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout47-v1"
N = 16
FIRST_ID = 7000
SRC = source_folder(__file__)
_md = markdown(SRC)


def without(start: str, until: str, read: Reader) -> Reader:
    """A treaty's passages without those from the first whose locator is `start` up to (not
    including) the first after it whose locator starts with `until`: another text printed inside
    the treaty (the MLC's explanatory note, which the reader numbers as Art. XVI(1) … and
    "Title 5, para. 6" …, up to the first passage of Title 1)."""
    def cut() -> list[tuple[str, str]]:
        paras = read()
        i = next((k for k, (loc, _) in enumerate(paras) if loc == start), len(paras))
        j = next((k for k in range(i + 1, len(paras)) if paras[k][0].startswith(until)),
                 len(paras))
        return paras[:i] + paras[j:]
    return cut


# the cuts: the MLC's explanatory note (`without`) and its appendices ("Appendix …": lists of
# matters to inspect, model certificates and declarations); the Financing Convention's annex
# ("Annex": the list of treaties of Art. 2(1)(a)); the Espoo Convention's appendices
# ("Appendix I" …: lists of activities, the contents of the documentation, criteria, inquiry and
# arbitration procedures); the Ballast Water Convention's appendices ("Appendix I" …: the model
# certificate and the record book, after its annex of regulations, kept); the Rotterdam
# Convention's annexes ("Annex I" …: information requirements, criteria, the list of chemicals,
# arbitration and conciliation).
# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS47 = {
    "ilo-mlc-2006": (before("Appendix", without("Art. XVI(1)", "Title 1", _md("ilo-mlc-2006.md"))),
                     "convention", "binding", "International Labour Organization"),
    "coe-cets215-2014": (_md("coe-cets215-2014.md"), "convention", "binding",
                         "Council of Europe"),
    "un-terrorist-financing-1999": (before("Annex", _md("un-terrorist-financing-1999.md")),
                                    "convention", "binding", "United Nations"),
    "unece-espoo-1991": (before("Appendix", _md("unece-espoo-1991.md")), "convention", "binding",
                         "UN Economic Commission for Europe"),
    "iaea-nuclear-safety-1994": (_md("iaea-nuclear-safety-1994.md"), "convention", "binding",
                                 "International Atomic Energy Agency"),
    "imo-bwm-2004": (before("Appendix", _md("imo-bwm-2004.md")), "convention", "binding",
                     "International Maritime Organization"),
    "rotterdam-pic-1998": (before("Annex", _md("rotterdam-pic-1998.md")), "convention", "binding",
                           "United Nations Environment Programme; Food and Agriculture "
                           "Organization of the United Nations"),
    "hcch-matrimonial-property-1978": (_md("hcch-matrimonial-property-1978.md"), "convention",
                                       "binding",
                                       "Hague Conference on Private International Law"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS47.items()}, units7, N)


if __name__ == "__main__":
    main()
