"""Which confident suggestions drafting takes: those about as relevant as what coders coded
(`relevant_only`), and into a coded group only those sharing a term with it (`shares_term`).

A suggestion joins the coded group nearest in meaning when it comes as near as the coders' own
passages do (`joining.join_bars`). Meaning alone let a statement about something else join a
group its sentence resembled: the CRC's Art. 37 (torture, deprivation of liberty) under free
primary education, the ECHR's right to life under the guarantee of expression (researchers'
trials 30 and 31, P4 and P6), drafted as sources with status `ok`. A suggestion joins only a
group with one of whose coded passages it shares a term: a word stem (`semantic.terms.stems`)
that is not common in the project's evidence (held by more than `COMMON_SHARE` of it: "child"
in a child-labour project, "states" everywhere), so that what two instruments say of one
provision still meets. The share and the stem were set before measuring. On the development
halves of `benchmarks/drafting_split.py`, with a coded passage read as a suggestion
(`benchmarks/join_calibration.py`), join precision rose from 0.448 to 0.473 on the reference
project and from 0.556 to 0.625 on the labour example, recall unchanged; on the held-out
halves, read after (with two stop-word lists, the same figures), 0.274 stayed 0.274 and 0.395
became 0.405.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from corpus_tool.framework.model import Framework
from corpus_tool.semantic.terms import stems

RELEVANCE_QUANTILE = 0.1
COMMON_SHARE = 0.2      # a stem held by more of the evidence than this names no provision


def common_stems(texts: Iterable[str], share: float = COMMON_SHARE) -> frozenset[str]:
    """The stems more than `share` of the texts hold (none when there are fewer than ten)."""
    sets = [stems(t) for t in texts]
    if len(sets) < 10:
        return frozenset()
    held = Counter(s for ss in sets for s in ss)
    return frozenset(s for s, n in held.items() if n > share * len(sets))


def shares_term(items: Sequence, e, common: frozenset[str], described: str = "") -> bool:
    """Does the suggestion `e` share an uncommon stem with one of the group's `items`, or with
    the codebook's description of the group (`described`: its name and definition; "the right
    to receive compensation" meets "Effective judicial remedy and compensation" though no
    coded passage of it says "compensation")? A group with no words to compare takes it as
    meaning alone would."""
    mine = stems(e.text or e.quote) - common
    theirs = [stems(x.quote or x.text) | stems(x.text or "") for x in items]
    theirs += [stems(described)] if described else []
    return not any(theirs) or any(mine & t for t in theirs)


def relevant_only(evidence: Sequence, suggestions: Sequence, *,
                  quantile: float = RELEVANCE_QUANTILE) -> list:
    """The evidence without suggestions less like what coders coded (`relevance_learned`) than
    the `quantile` of the coded statements. Without relevance figures, all is kept."""
    relevance = {s.id: s.relevance if s.relevance_learned is None else s.relevance_learned
                 for s in suggestions}
    ref = [relevance.get(e.statement_id) for e in evidence
           if e.kind == "annotation" and e.statement_id]
    ref = [r for r in ref if r is not None]
    if not ref:
        return list(evidence)
    floor = float(np.quantile(np.asarray(ref, dtype=np.float64), quantile))
    return [e for e in evidence if e.kind == "annotation"
            or (relevance.get(e.statement_id) if relevance.get(e.statement_id) is not None
                else floor) >= floor]


def held_suggestions(framework: Framework | None) -> dict[str, frozenset[str]]:
    """The statements each indicator of the framework holds as confident suggestions still
    linked (not stale), by indicator id: drafting keeps them before newcomers
    (`meaning.group_by_meaning`'s `incumbents`)."""
    if framework is None:
        return {}
    return {ind.id: frozenset(s.anchor.statement_id for s in ind.sources
                              if s.linked_by is not None and not s.linked_by.annotation_id
                              and s.status != "stale" and s.anchor.statement_id)
            for ind in framework.indicators()}
