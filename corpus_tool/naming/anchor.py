"""The phrase of a group's statements that holds given words in order (a coder's id words, a key
phrase), with the relational head the statements put before it ('access to', 'right to'): how
`group.name_group` finds the statements' own wording for what a coder named; and a coder's one
word with what the statements say it of (`coder_word`: 'Alternatives to detention')."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from corpus_tool.naming.complement import TOKENS, with_object
from corpus_tool.naming.gist import StatementParts, sentence_case
from corpus_tool.naming.quality import PHRASE_BOUNDARY, title_problem
from corpus_tool.naming.syntax import phrase_problem

RELATIONAL = {"access", "right", "rights", "entitlement", "recognition", "protection", "equality",
               "membership", "admission", "participation", "freedom", "prohibition",
               "elimination", "treatment", "respect", "promotion", "provision", "support",
               "assistance", "use", "preservation", "development", "establishment"}
_LINKS = {"to", "of", "in", "against", "for", "on"}
# 'respect for', 'access to' … : heads that make a subject a provision
_SPAN_STOP = {"the", "a", "an", "their", "its", "his", "her", "such", "all", "any", "and", "or",
              "of", "to", "in", "for", "on", "with", "by"}


def _same_word(token: str, word: str) -> bool:
    """A token of a statement stands for a word of an id: the same stem (first five letters) and
    the same kind of word ('recognition' is not 'recognize', 'employment' is not 'employ')."""
    if not token.startswith(word[:5]):
        return False
    nominal = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ence", "ity", "ities")
    return token.endswith(nominal) == word.endswith(nominal) or len(word) <= 5


def anchor_phrase(words: Sequence[str], texts: Sequence[str], *, max_gap: int = 3) -> str:
    """The phrase of the statements that holds `words` in order (a coder's id words, or a key
    phrase): the most frequent such span, found with at most `max_gap` other words between two of
    them and no punctuation inside, widened to the left by a relational head when the statements
    put one there ('access to', 'right to', 'recognition of', 'equal treatment in'). Shorter
    runs of the words are tried when the whole run is never found; '' when nothing is."""
    ws = [w.lower() for w in words if w and (len(w) > 2 or w.isdigit())]
    tokenised = [TOKENS.findall(t or "") for t in texts]
    for n in range(len(ws), 0, -1):
        if n == 1 and len(ws) > 1:
            break
        for start in range(0, len(ws) - n + 1):
            sub = ws[start:start + n]
            spans: Counter = Counter()
            wider: dict[str, Counter] = {}
            for toks in tokenised:
                low = [x.lower() for x in toks]
                for i in range(len(toks)):
                    if not _same_word(low[i], sub[0]):
                        continue
                    j, k, gap = i, 1, 0
                    while k < len(sub) and j + 1 < len(toks) and gap <= max_gap:
                        j += 1
                        if not toks[j][0].isalnum():
                            break
                        if _same_word(low[j], sub[k]):
                            k, gap = k + 1, 0
                        else:
                            gap += 1
                    if k < len(sub) or low[j] in _SPAN_STOP or any(
                            low[x] in ("and", "or") and low[x + 1] in _LINKS
                            for x in range(i, j)):
                        continue
                    for _ in range(2):      # a phrase cut short goes on: 'early childhood | care'
                        if j + 1 < len(toks) and toks[j + 1][0].isalpha() and \
                                low[j + 1] not in PHRASE_BOUNDARY and low[j + 1] not in ws:
                            j += 1
                        else:
                            break
                    if j + 1 < len(toks) and toks[j + 1][0].isalpha() and \
                            low[j + 1] not in PHRASE_BOUNDARY:
                        continue
                    core = " ".join(toks[i:j + 1])
                    key = core.lower()
                    spans[key] += 1
                    wider.setdefault(key, Counter())
                    d = 1 if i >= 1 and low[i - 1] in ("the", "a", "an") else 0
                    if i >= 2 + d and low[i - 1 - d] in _LINKS and low[i - 2 - d] in RELATIONAL:
                        a = i - 2 - d
                        if low[a] == "treatment":
                            a = a - 1 if a >= 1 and low[a - 1] == "equal" else -1
                        if a >= 0:
                            wider[key][" ".join(toks[a:j + 1])] += 1
                    wider[key][core] += 0
            if spans:
                key = sorted(spans, key=lambda x: (-spans[x], len(x.split()), x))[0]
                forms = wider[key]
                return sorted(forms, key=lambda x: (-forms[x], -len(x.split()), x.lower()))[0]
    return ""


def coder_word(hint_words: Sequence[str], parts: Sequence[StatementParts],
               taken: Collection[str]) -> str:
    """The coder's one word for a group ('det-det-alternatives') as its statements say it, with
    what they say it of ('Alternatives to detention', `complement.with_object`), for a title
    that does not say it: a phrase at least two of them say whole, not another group's title
    (`taken`, lower case), passing both checks; '' when there is none."""
    texts = [sp.text for sp in parts]
    word = " ".join(anchor_phrase(hint_words, texts).split())
    if not word:
        return ""
    phrase = with_object(word, parts, any_head=True)
    title = sentence_case(phrase)
    said = sum(" ".join(phrase.lower().split()) in " ".join((t or "").lower().split())
               for t in texts)
    if len(phrase.split()) < 2 or said < 2 or title.lower() in taken or \
            title_problem(title, texts) or phrase_problem(title):
        return ""
    return title
