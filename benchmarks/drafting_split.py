"""The development and held-out halves of a project's coded sources, by document (issue 15).

Grouping is tuned on the development half of the reference project and of the labour example
only; the held-out halves (and the whole anti-discrimination example) are measured, never tuned
on. A half is a set of documents: drafting runs on the evidence of those documents alone (every
coder's annotations and the suggestions in them), and the B-cubed figure counts the one coder's
coded sources in them.

The split: the documents holding the coder's coded sources (annotations naming an indicator),
sorted by id and shuffled with `random.Random(f"{SEED}:{project}")`, the first half (rounded
down) the development half; the shuffle is redrawn until the two halves' numbers of coded
sources differ by at most `TOLERANCE` of the total (at least 2), so that each half holds about
half the sources. Deterministic: the same annotations give the same split on any machine.

The split was drawn over the documents coded when it was made (`V1_DOCUMENTS`). Documents coded
later (the examples' sources added in session 6) are not redrawn into the two halves, which would
move old documents between them: they form a third group, `new documents`, reported on its own, so
that the two halves stay comparable with the figures given before.
"""
from __future__ import annotations

import random
from collections import Counter

SEED = "issue15-bcubed-v1"
TOLERANCE = 0.1
MAX_DRAWS = 10_000

# The documents holding each coder's coded sources when the split was drawn (issue 15, stop 23).
V1_DOCUMENTS = {
    "reference": frozenset({
        "ccpr-gc23-1994", "cedaw-gr36-2017", "cerd-gr30-2004", "cescr-gc13-1999",
        "cmw-crc-jgc4-23-2017", "cmw-gc2-2013", "coe-echr-p1-1952", "coe-ecrml-1992",
        "coe-esc-revised-1996", "coe-fcnm-1995", "coe-migrant-workers-1977", "crc-gc1-2001",
        "crc-gc6-2005", "crpd-gc4-2016", "ilo-c169-1989", "un-cedaw-1979", "un-crc-1989",
        "un-crpd-2006", "un-iccpr-1966", "un-icerd-1965", "un-icescr-1966",
        "un-refugee-convention-1951", "un-udhr-1948", "unesco-cade-1960"}),
    "labour-market": frozenset({
        "cedaw-gr26-2008", "cerd-gr30-2004", "cescr-gc18-2005", "cescr-gc19-2007",
        "cescr-gc23-2016", "cmw-gc1-2011", "cmw-gc2-2013", "coe-esc-1961", "coe-esc-revised-1996",
        "coe-lisbon-recognition-1997", "coe-migrant-workers-1977", "ilo-c088-1948",
        "ilo-c097-1949", "ilo-c111-1958", "ilo-c118-1962", "ilo-c181-1997", "ilo-c189-2011",
        "un-icescr-1966"}),
    "anti-discrimination": frozenset({
        "ccpr-gc18-1989", "cedaw-gr28-2010", "cedaw-gr33-2015", "cerd-gr30-2004",
        "cerd-gr32-2009", "cescr-gc10-1998", "cescr-gc20-2009", "coe-echr-p12-2000",
        "ilo-c111-1958", "un-cedaw-1979", "un-iccpr-1966", "un-icerd-1965"}),
}


def split_documents(counts: dict[str, int], project: str) -> tuple[list[str], list[str]]:
    """(development documents, held-out documents), each sorted, from the number of coded
    sources per document (see the module doc)."""
    docs = sorted(d for d, n in counts.items() if n > 0)
    total = sum(counts[d] for d in docs)
    allowed = max(2, TOLERANCE * total)
    rng = random.Random(f"{SEED}:{project}")
    for _ in range(MAX_DRAWS):
        order = list(docs)
        rng.shuffle(order)
        dev, held = order[:len(order) // 2], order[len(order) // 2:]
        if abs(sum(counts[d] for d in dev) - sum(counts[d] for d in held)) <= allowed:
            return sorted(dev), sorted(held)
    raise ValueError(f"no balanced split of {len(docs)} documents in {MAX_DRAWS} draws")


def coded_counts(annotations, coder: str) -> Counter:
    """Coded sources per document: the coder's annotations that name an indicator."""
    return Counter(a.doc_id for a in annotations if a.creator == coder and a.indicator)


def split_with_new(counts: dict[str, int], project: str
                   ) -> tuple[list[str], list[str], list[str]]:
    """(development, held-out, new documents): the split of the documents of `V1_DOCUMENTS`
    (drawn as `split_documents` draws it) and, apart, the coded documents added since."""
    old = V1_DOCUMENTS[project]
    dev, held = split_documents({d: n for d, n in counts.items() if d in old}, project)
    return dev, held, sorted(d for d, n in counts.items() if n > 0 and d not in old)
