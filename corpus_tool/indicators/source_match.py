"""Which of a framework's sources a draft's source stands for, when the words moved under them:
the key of a source (its document and quote), the same coding or statement in other words (a
document read again), a change of spacing alone; and what a source becomes when the drafts stop
proposing it and when they propose it again (`merge` uses these)."""
from __future__ import annotations

import re

from corpus_tool.framework.model import TOOL_NOTES, Source, with_note
from corpus_tool.indicators.draft import source_key


def skey(s: Source) -> str:
    return source_key(s.anchor.doc_id, s.anchor.exact or s.quote)


def requoted(current: list[Source], new_by_key: dict[str, Source]) -> dict[str, str]:
    """Current sources the drafts no longer propose under their quote but propose with other
    words (a document read again: a footnote number or a space gone): key → the new source's
    key. The same source is the same annotation, or, for a suggestion, the same passage with
    the same letters. Each new source stands for one current source at most."""
    held = {skey(s) for s in current}
    unclaimed = {k: n for k, n in new_by_key.items() if k not in held}
    out: dict[str, str] = {}
    for s in current:
        k = skey(s)
        if k in new_by_key:
            continue
        for nk, n in sorted(unclaimed.items()):     # (a copy: a claimed one leaves the dict)
            if same_source(s, n):
                out[k] = nk
                del unclaimed[nk]
                break
    return out


def same_source(a: Source, b: Source) -> bool:
    """Two sources of one coding or statement in other words: the same annotation, or two
    suggestions of the same passage with the same letters."""
    ann = a.linked_by.annotation_id if a.linked_by else ""
    if ann:
        return bool(b.linked_by) and b.linked_by.annotation_id == ann
    return (not (b.linked_by and b.linked_by.annotation_id)
            and b.anchor.doc_id == a.anchor.doc_id and bool(b.anchor.passage_id)
            and b.anchor.passage_id == a.anchor.passage_id
            and _letters(b.quote) == _letters(a.quote))


def covered(a: Source, b: Source) -> bool:
    """Is `a`'s quote within `b`'s, in the same passage (one coder's words of the sentence
    another coder quoted whole)?"""
    qa, qb = (" ".join((x.quote or x.anchor.exact or "").split()).lower() for x in (a, b))
    return bool(qa) and a.anchor.doc_id == b.anchor.doc_id and bool(a.anchor.passage_id) \
        and a.anchor.passage_id == b.anchor.passage_id and qa != qb and qa in qb


def coded(s: Source) -> bool:
    """Linked by a coder's annotation, not only by a machine suggestion."""
    return bool(s.linked_by and s.linked_by.annotation_id)


def respaced(a: Source, b: Source) -> bool:
    """The two quotes differ in their spacing only."""
    qa, qb = a.quote or a.anchor.exact or "", b.quote or b.anchor.exact or ""
    return qa != qb and "".join(qa.split()) == "".join(qb.split())


def _letters(q: str) -> str:
    return "".join(ch for ch in q.lower() if ch.isalpha())


def short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


STALE_NOTE = "no longer linked by any annotation or confident suggestion"
RE_WAS = re.compile(r"\(was (\w+)\)$")


def unlinked(s: Source, *, drop_unseen: bool = True) -> Source | None:
    """A source the drafts no longer propose: stale, its status before kept in its note
    ("… (was ok)"). One the tool added as new and nobody has looked at since (no remark of a
    researcher) was never evidence anyone accepted: with `drop_unseen`, it goes (None)."""
    if drop_unseen and s.status == "new" and not s.comment \
            and (not s.note or s.note.startswith(TOOL_NOTES)):
        return None
    return with_note(s, "stale", f"{STALE_NOTE} (was {s.status})")


def relinked(s: Source) -> tuple[str, str]:
    """The status and note of a stale source the drafts propose again: `ok` as it was before it
    went stale (an experiment reverted), else `new`, to be looked at."""
    m = RE_WAS.search(s.note or "")
    return ("ok", "") if m and m.group(1) == "ok" else ("new", "linked again")


def restanced(was: Source, fresh: Source) -> tuple[Source, str]:
    """The refreshed source, for or against its indicator: a coded one as its coding now says
    (and what to tell the researcher), another as the researcher marked it in the framework
    (the drafts mark none against)."""
    if not coded(fresh):
        return fresh.model_copy(update={"stance": was.stance}), ""
    aid = fresh.linked_by.annotation_id
    return fresh, (f"{was.anchor.doc_id} {was.locator}".strip() + f": now evidence "
                   f"{fresh.stance} the indicator, as coding {aid} says (`corpus-tool "
                   f"annotations edit {aid} --stance …` changes it)")
