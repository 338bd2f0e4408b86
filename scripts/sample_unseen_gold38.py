"""Seeded sample of a thirty-eighth held-out half (`heldout38`) for
tests/data/statements_gold_unseen.jsonl.

A further fresh half drawn from documents that are neither in the reference corpus
(corpus/manifest.csv), nor in examples/*/corpus, nor among the documents already in the unseen
gold, nor shipped in tests/data/unseen/docs, each of a different issuer, of the kinds a policy
index starts from, labelled under the protocol in the README beside the gold file, its amendment
of 2 Dec 2026 and the amendment's scope (`statements evaluate --structure` is the figure of
record), of eight issuers (drawn in parallel with `heldout39`; this half takes its general
comments only from the CESCR, CERD, CEDAW or CCPR, at most two, and at least four documents from
national laws or constitutions, EU acts or regional bodies):

- Human Rights Committee General Comment No. 6 (1982), the right to life (article 6);
- CEDAW General Recommendation No. 14 (1990), female circumcision;
- an ILO convention: the Home Work Convention, 1996 (No. 177);
- a Council of Europe convention: the European Convention on the Adoption of Children (Revised)
  (CETS 202, Strasbourg, 2008);
- an EU act: Regulation (EU) No 910/2014 on electronic identification and trust services for
  electronic transactions in the internal market (eIDAS), consolidated text of 18 October 2024
  (enacting terms and annexes; the consolidated text has no recitals);
- a national constitution: the Constitution of the Federal Republic of Nigeria, 1999, Chapter IV
  (Fundamental Rights, sections 33-46);
- a national statute: 42 U.S.C. ch. 21F, Prohibiting Employment Discrimination on the Basis of
  Genetic Information (title II of the Genetic Information Nondiscrimination Act of 2008,
  §§ 2000ff-2000ff-11, as chunked by codexstanford/markdonw-chunck-of-the-usa-code);
- a regional (Inter-American) organisation's founding treaty: the Agreement Establishing the
  Inter-American Development Bank (Washington, 1959, as amended).

Passages come from corpus-tool's own reader (`corpus.extract_document`: ingest only, no
statements stage; the treaties' Dutch text is dropped by the reader, `sample_unseen_gold4.english`),
from the treaty-body JSON (`sample_unseen_gold3.tb_paragraphs`), through `gold_readers`, and from
the US Code chunks (`sample_unseen_gold4.us_code_sections`; as in sampler 36, a "######" line that
opens a chunk gives its subsection back its text, and, since that reader takes only a numeric
section number, `gina` numbers the sections 2000ff … 2000ff-11 for the reader and writes their
own numbers back into the locators; CEDAW GR 14's one record keeps the printed page's line breaks
inside its sentences, which `cedaw_gr14` joins: the draw was printed again after that fix, before
any unit was labelled). Units are cut by `sample_unseen_gold7.units7`; N units per document are
drawn with random.Random(SEED + ":" + doc_id) (scripts/gold_sampling.py). The eight documents were
chosen before the draw was printed, with no annex or appendix cut.

Prints JSONL candidates; labels are added by hand afterwards, with what the product knows of each
unit from its document: the manifest type, legal force and issuer a user would give the document
(`doc_type`, `legal_force`, `issuer`: `DOCS38` below), and `preamble`, true where the reader's
locator marks the passage as a preamble. The labelled rows take the ids u5200 … u5327, in the
order printed.

Usage: PYTHONPATH=. python scripts/sample_unseen_gold38.py /tmp/src38
(/tmp/src38 holds the files named below, copied from the repositories listed in the README;
us-gina-42usc21f.md is chunks 10816-10850 of chuncks/title-42, concatenated in order.)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_readers import markdown, source_folder, treaty_body  # noqa: E402
from gold_sampling import print_sample  # noqa: E402
from sample_unseen_gold3 import tb_paragraphs  # noqa: E402
from sample_unseen_gold4 import first_subsections, us_code_text_sections  # noqa: E402
from sample_unseen_gold7 import units7  # noqa: E402

SEED = "issue14-heldout38-v1"
N = 16
FIRST_ID = 5200
SRC = source_folder(__file__)
_md, _tb = markdown(SRC), treaty_body(SRC)


def _number(m: re.Match) -> str:
    """'§ 2000ff.' → '§ 7700.', '§ 2000ff–3.' → '§ 7703.': numbers the US Code reader takes."""
    return f"§ 77{int(m.group(1) or 0):02d}."


def _unnumber(loc: str) -> str:
    """'42 U.S.C. § 7703(a)' → '42 U.S.C. § 2000ff-3(a)'."""
    def back(m: re.Match) -> str:
        n = int(m.group(1))
        return "§ 2000ff" + (f"-{n}" if n else "")
    return re.sub(r"§ 77(\d\d)", back, loc)


def gina() -> list[tuple[str, str]]:
    """42 U.S.C. ch. 21F: each chunk's "###### (a) text" line becomes the "##### (a)" heading
    and a line of text (`first_subsections`); the sections' own numbers go into the locators."""
    text = first_subsections((SRC / "us-gina-42usc21f.md").read_text(encoding="utf-8"))
    text = re.sub(r"§\s*2000ff(?:[–-](\d+))?\.", _number, text)
    return [(_unnumber(loc), t) for loc, t in us_code_text_sections(text, 42)]


def cedaw_gr14() -> list[tuple[str, str]]:
    """CEDAW GR 14: its one record keeps the line breaks of the printed page, inside sentences;
    a line that does not end a clause (",", ";", ":", ".") is joined to the next, unless the next
    opens an item ("(a) …")."""
    out = []
    for loc, text in tb_paragraphs(SRC / "CEDAW_GR14_circumcision.json"):
        lines: list[str] = []
        for ln in text.split("\n"):
            ln = ln.strip()
            joins = lines and not re.search(r"[.,;:]$", lines[-1])
            if ln and joins and not re.match(r"\(\w{1,2}\)", ln):
                lines[-1] += " " + ln
            elif ln:
                lines.append(ln)
        out.append((loc, "\n".join(lines)))
    return out


# doc_id → (reader, manifest type, legal force, issuer): what a user would write in the manifest
DOCS38 = {
    "ccpr-gc6-1982": (_tb("CCPR_GC6_life.json"), "general comment", "non-binding",
                      "UN Human Rights Committee"),
    "cedaw-gr14-1990": (cedaw_gr14, "general recommendation",
                        "non-binding",
                        "UN Committee on the Elimination of Discrimination against Women"),
    "ilo-c177-1996": (_md("ilo-c177-1996.md"), "convention", "binding",
                      "International Labour Organization"),
    "coe-cets202-2008": (_md("coe-cets202-2008.md"), "convention", "binding", "Council of Europe"),
    "eu-eidas-910-2014": (_md("eu-eidas-910-2014.md"), "regulation", "binding",
                          "European Parliament and Council of the European Union"),
    "ng-constitution-1999-ch4": (_md("ng-constitution-1999-ch4.md"), "constitution", "binding",
                                 "Federal Republic of Nigeria"),
    "us-gina-42usc21f": (gina, "statute", "binding", "United States Congress"),
    "iadb-agreement-1959": (_md("iadb-agreement-1959.md"), "treaty", "binding",
                            "Inter-American Development Bank"),
}


def main() -> None:
    print_sample(SEED, {k: v[0] for k, v in DOCS38.items()}, units7, N)


if __name__ == "__main__":
    main()
