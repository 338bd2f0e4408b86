"""An indicator's rationale and support figures, from its sources: which instruments ground it
and how strongly, how many statements, instruments and issuers back it. One way for the drafts
(`draft._assemble`) and for the framework after a researcher took a source out of an indicator
(`merge.merge_indicator`): its rationale and counts then say what is left (a researcher's trial
28 deleted a source, and the rationale still cited it, the support still counted it, and the
workbench's counts disagreed with the report's)."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from corpus_tool.corpus.manifest import NATIONAL_TYPES
from corpus_tool.framework.model import Source, Support
from corpus_tool.indicators.phrasing.templates import binding_verb, phrase_rationale
from corpus_tool.indicators.source_check import Unread
from corpus_tool.indicators.selection import linked_by_researcher


def grounds(sources: Sequence[Source]) -> list[Source]:
    """The sources that ground an indicator and make its support figures: those a researcher
    linked (coded, or written in by hand) when it has any, else all of them; never evidence
    against it."""
    sources = [s for s in sources if s.stance != "against"]
    return [s for s in sources if linked_by_researcher(s)] or sources


def rationale_support(sources: Sequence[Source], unread: Unread) -> tuple[str, Support]:
    """The rationale and support of an indicator resting on `sources` (`unread`: the language of
    a source's passage the statements stage does not read, else ""). Evidence against it
    grounds nothing and counts in no figure: the rationale names it apart, and so it names the
    suggestions nobody reviewed of an indicator that has coded sources."""
    contrary = [s for s in sources if s.stance == "against"]
    sources = [s for s in sources if s.stance != "against"]
    coded = [s for s in sources if linked_by_researcher(s)]
    # what a researcher coded grounds the indicator and makes its figures; a suggestion nobody
    # reviewed beside it is named apart (a by-law's power to disconnect "grounded" safeguards
    # before disconnection, counted as its binding source: a researcher's trial 35, P1)
    unreviewed = [s for s in sources if not linked_by_researcher(s)] if coded else []
    n_suggested = len(sources) - len(coded)
    sources = grounds(sources)
    doc_rows = []

    def row(s: Source) -> tuple[str, bool]:
        """A source's document, and whether it is a binding text's recommendation ("Each Party
        should provide links …": cited as elaborating, not as a binding obligation; trial 27)"""
        return s.anchor.doc_id, s.legal_force == "binding" and s.strength == "recommendation"

    by_doc: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for s in sources:
        if s.locator and s.locator not in by_doc[row(s)]:
            by_doc[row(s)].append(s.locator)
    seen = set()
    for s in sources:
        if row(s) in seen:
            continue
        seen.add(row(s))
        doc_rows.append({"title": s.document_title or s.anchor.doc_id, "year": s.year,
                         "doc_id": s.anchor.doc_id, "issuer": s.issuer,
                         "legal_force": s.legal_force, "locators": by_doc[row(s)],
                         "national": s.instrument_type in NATIONAL_TYPES,
                         "advisory": row(s)[1],
                         # a binding text cited only for what states no duty or right (a
                         # savings clause, a definition) grounds nothing
                         "normative": any(x.strength not in ("", "none") for x in sources
                                          if row(x) == row(s)),
                         # the languages of its passages the statements stage does not read
                         "unread": sorted({lang for x in sources
                                           if x.anchor.doc_id == s.anchor.doc_id
                                           and (lang := unread(x.anchor))})})
    rationale = phrase_rationale(
        docs=doc_rows, strengths=Counter(s.strength for s in sources),
        binding_verb=binding_verb(Counter(s.strength for s in sources
                                          if s.legal_force == "binding")),
        n_annotated=len(coded), n_suggested=n_suggested, against=_cited(contrary),
        unreviewed=_cited(unreviewed))
    years = [s.year for s in sources if s.year]
    support = Support(
        statements=len(sources), instruments=len({s.anchor.doc_id for s in sources}),
        issuers=len({s.issuer for s in sources if s.issuer}),
        binding_sources=sum(s.legal_force == "binding" for s in sources),
        earliest_year=min(years) if years else None)
    return rationale, support


def _cited(sources: Sequence[Source]) -> list[dict]:
    """The documents of `sources` with their locators, in order, as the rationale cites them."""
    rows: dict[str, dict] = {}
    for s in sources:
        row = rows.setdefault(s.anchor.doc_id, {
            "title": s.document_title or s.anchor.doc_id, "year": s.year,
            "doc_id": s.anchor.doc_id, "issuer": s.issuer, "locators": []})
        if s.locator and s.locator not in row["locators"]:
            row["locators"].append(s.locator)
    return list(rows.values())
