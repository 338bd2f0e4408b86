"""A group nobody named whose statements share no phrase, named by the subject most of them say.

`group.name_group` names such a group (no coder's id, `group.SHARED_MIN_SOURCES` statements or
more) by what at least half of its statements say: a gist, else a key phrase. When they share
neither, the title is one source's provision ('Adoption of an active approach …'), which a reader
rejects for the group. The statements may still name one subject in other words ('family
reunification', 'recognition of diplomas', 'equal pay'): EuroVoc names such subjects across every
policy domain (`thesaurus.supported`). The most specific subject (most content words; at least
`MIN_WORDS`, so never a bare 'worker' or 'employer') that more than half of the statements say
becomes the title, completed as any title is: the act the statements do to it or the object of a
means (`complement`). A subject another group of the area already has as its title, or that
names only who acts, is passed over; with none left the title stays.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from corpus_tool.naming.complement import with_act, with_object
from corpus_tool.naming.gist import StatementParts, sentence_case
from corpus_tool.naming.group import Naming, actor_stems, content_stems, names_actor
from corpus_tool.naming.quality import title_problem
from corpus_tool.naming.thesaurus import supported
from corpus_tool.naming.wording import tidy, tidy_question

MIN_WORDS = 2            # a subject of one word ('worker', 'employer') says too little
STATUS = " regardless of residence status"


def subject_title(parts: Sequence[StatementParts], *, taken: Collection[str] = ()) -> str:
    """The most specific subject more than half of the statements say, completed from them (see
    the module doc); '' when there is none."""
    texts = [sp.text for sp in parts]
    actors = actor_stems(parts)
    found = supported(texts, min_members=len(texts) // 2 + 1)
    found.sort(key=lambda s: (-len(content_stems(s.descriptor.label)), -s.members,
                              s.descriptor.label))
    for s in found:
        label = s.descriptor.label
        if len(content_stems(label)) < MIN_WORDS or "(" in label or names_actor(label, actors):
            continue
        title = tidy(with_object(with_act(sentence_case(label), parts), parts))
        if title.lower() not in taken and label.lower() not in taken and \
                title_problem(title, texts) is None:
            return title
    return ""


def named_by_subject(nm: Naming, parts: Sequence[StatementParts], *,
                     taken: Collection[str] = ()) -> Naming:
    """`nm` (a group's name from `name_group`) renamed by its statements' subject when they share
    no phrase (`nm.shared` is False) and more than half of them say one (`subject_title`);
    else `nm` unchanged. The title keeps its residence-status qualifier."""
    if nm.shared:
        return nm
    title = subject_title(parts, taken=taken)
    if not title:
        return nm
    provision = title[:1].lower() + title[1:] if not title[:2].isupper() else title
    who = f" for {nm.who}" if nm.who else ""
    return replace(nm, title=title + (STATUS if nm.title.endswith(STATUS) else ""),
                   provision=provision,
                   question=tidy_question(f"Does the law provide for {provision}{who}?"))
