"""Whether a name is a whole noun phrase, and a question a question: the checks every name of a
group of statements passes (an indicator's title and question, a cluster's label).

- `title_problem`: a title that is not a noun phrase (a clause with a modal or a finite verb
  first, a question, one bare word, a dangling word at its end, an adjective or a hedge for a
  head), that leans on words outside it ('such proceedings', 'that person', 'the present
  article', 'the following cases'), or that is cut inside a phrase of the statement it was taken
  from (the statement goes on with a word of the same phrase) or after 'so that' or 'in cases'.
- `question_problem`: a question that does not end with '?' or does not open as a question,
  ends mid-phrase, or leans on words outside it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_MODAL = re.compile(r"\b(?:shall|must|should|will|may|might|can|cannot|shall not)\b", re.I)
_RELATIVE = re.compile(r"(?<=\w)\s+(?:that|who|whom|whose|which)\s+(?=\w)", re.I)
_OPENERS = re.compile(r"(?i)^(?:does|do|did|is|are|was|were|has|have|had|can|could|shall|"
                      r"should|will|would|may|must|what|which|who|how|to what extent|"
                      r"in what|where|when|whether|under what)\b")
_FUNCTION_END = {"and", "or", "nor", "but", "of", "to", "for", "in", "on", "with", "by", "at",
                 "from", "into", "the", "a", "an", "their", "its", "his", "her", "our", "your",
                 "this", "that", "these", "those", "such", "as", "than", "which", "who", "whose",
                 "within", "among", "between", "under", "against", "without", "through", "about",
                 "upon", "including", "regarding", "concerning", "towards", "over", "after",
                 "before", "during", "each", "every", "all", "any", "no", "not", "is", "are",
                 "be", "being", "been", "well", "also", "other", "particularly", "especially",
                 "notably", "inter", "alia", "etc", "namely", "direct", "indirect", "relevant",
                 "particular", "appropriate", "adequate", "effective", "necessary", "specific", "various"}
_ADJ_END = re.compile(r"(?:al|ic|ive|ous|ary|ible|able|ful|ian|ing)$")
_NOUNS_LIKE_ADJ = {"individual", "national", "nationals", "professional", "proposal", "approval",
                   "arrival", "removal", "renewal", "withdrawal", "trial", "signal", "capital",
                   "hospital", "principal", "material", "referral", "disposal", "criminal",
                   "public", "republic", "clinic", "topic", "music", "logic", "relative",
                   "representative", "initiative", "executive", "alternative", "objective",
                   "incentive", "motive", "directive", "salary", "library", "summary", "boundary",
                   "secretary", "beneficiary", "dignitary", "ordinary", "training",
                   "housing", "funding", "meeting", "building",
                   "understanding", "reporting", "monitoring", "bargaining", "hearing",
                   "wellbeing", "well-being", "being", "thing", "planning", "counselling",
                   "counseling", "networking", "screening", "belonging", "marking", "sitting"}
PHRASE_BOUNDARY = _FUNCTION_END | {
    "shall", "must", "should", "may", "will", "where", "when", "if", "so", "whether", "unless",
    "until", "while", "because", "since", "whereby", "provided", "particularly", "especially",
    "notably", "according", "pursuant", "except", "save", "following", "concerning",
    "regarding", "relating", "taking", "having", "being", "throughout", "via", "is", "are",
    "was", "were", "be", "has", "have", "can", "could", "would", "might", "do", "does"}
_BOUNDARY = PHRASE_BOUNDARY
_PRONOUN_START = {"it", "they", "he", "she", "we", "him", "them", "us", "there", "this", "these", "those", "which",
                  "who", "that", "and", "or", "but", "nor", "of", "to", "if", "when", "where",
                  "as", "by", "in", "on", "at", "from", "with", "for", "without", "within",
                  "under", "among", "between", "through", "against", "into", "upon", "is",
                  "are", "be", "has", "have", "not", "irrespective", "regardless", "whatever",
                  "whether", "so", "thereby", "also", "unless", "inter", "including",
                  "especially", "particularly", "namely", "receive", "ensure", "provide", "take",
                  "make", "consider", "give", "require", "do", "does", "some", "certain"}
_FINITE = {"is", "are", "was", "were", "has", "have", "enjoy", "enjoys", "receive", "receives",
           "participate", "participates",
           "be", "occur", "occurs", "refers", "means", "includes", "covers", "requires",
           "applies", "constitutes", "learn", "learns", "do", "does", "did", "refer", "extends",
           "affects", "reaches", "apply", "exist", "exists"}
_BINDS = {"belonging", "based", "operating", "due", "according", "able", "related", "relating",
          "subject", "prior", "applicable", "entitled", "referred", "resident", "residing",
          "living", "working", "employed", "engaged", "irrespective", "regardless"}
# the English prepositions: where a noun phrase's head ends and its complement begins (every
# module of naming reads them here); "regarding" and "concerning" are left to be read as the
# participles they also are ("training regarding …": `_cut_inside`)
PREPOSITIONS = frozenset({"of", "to", "for", "in", "on", "with", "by", "at", "from", "into",
                          "within", "among", "between", "under", "against", "without", "through",
                          "about", "upon", "towards", "over", "after", "before", "during", "as",
                          "than"})
# nouns that say nothing without their 'of' ('on the sole ground | of …')
_NEEDS_OF = {"ground", "grounds", "basis", "purpose", "purposes", "extent", "event", "means",
             "result", "part", "number", "kind", "form", "type", "standard"}
_TAKES_ABOUT = {"information", "advice", "guidance", "data", "knowledge", "awareness"}
_POSTPOSITIVE = {"available", "accessible"}      # 'make X available': X is whole
_VAGUE_HEADS = {"measures", "measure", "steps", "action", "actions", "efforts", "policies",
                "provision", "provisions", "arrangements", "mechanisms", "means", "matters",
                "policy", "targets", "objectives", "goals", "aims"}
_GENERIC = {"other", "appropriate", "special", "targeted", "such", "all", "any", "necessary",
            "adequate", "effective", "specific", "further", "additional", "relevant", "the",
            "of", "and", "or", "inclusion", "adoption", "taking", "use", "these", "those",
            "suitable", "concrete", "various", "certain", "public", "national",
            # kinds of measure that say nothing of what it is for ('legislative and other
            # measures', 'immediate and effective measures')
            "legislative", "administrative", "judicial", "budgetary", "immediate", "positive",
            "deliberate", "urgent", "targets", "objectives", "goals", "aims"}
# a title that points to another provision ('within the meaning of Article 1 of this
# Convention'): what it names is elsewhere
_CROSS_REFERENCE = re.compile(r"(?i)\bwithin the meaning of\b|\b(?:articles?|paragraphs?|"
                              r"sections?)\s+\d|\b(?:this|the present|the said|the)\s+(?:convention|"
                              r"covenant|charter|protocol|declaration|recommendation|"
                              r"general comment|general recommendation)\b|"
                              r"\b(?:this|the present|the said|the preceding|the foregoing)\s+"
                              r"(?:articles?|paragraphs?|sections?|chapters?|parts?|annex)\b|"
                              r"\bthe following\b")
# 'Cases of identified discriminatory practices': the occurrences a provision is about, not it
_OCCURRENCES = re.compile(r"(?i)^(?:the\s+)?(?:cases|instances|situations|incidents|examples)\s+"
                          r"of\b")
# past participles that bind what follows ('preference made | on the basis of …')
_IRREGULAR_PARTICIPLES = {"made", "taken", "given", "done", "held", "set", "paid", "put", "kept",
                          "brought", "laid", "drawn", "shown", "known", "sought", "built", "met"}
_CLAUSE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|"
                          r"shall|should|will|would|must|do|does|did|enjoys?|receives?|gets?|"
                          r"obtains?|benefits?|exists?|apply|applies|includes?|takes?|"
                          r"participates?|attends?|learns?|works?)\b")
_CLAUSE_OPENERS = {"when", "where", "if", "unless", "whether", "while", "because", "since",
                   "although", "until"}
_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
# treaty words that point back to another provision ('any violation thereof'): inside a title
# there is never anything for them to point to
_BACK_REFERENCE = re.compile(r"(?i)\b(?:thereof|therein|thereto|thereunder|hereof|herein|hereto|"
                             r"hereunder|aforesaid|aforementioned|above-mentioned)\b|"
                             r"\b(?:in|with) (?:this|that) (?:respect|regard)\b|\bto this end\b")
# 'Costs of such proceedings', 'safety of that person': which one is said outside the title
_DEIXIS = re.compile(r"(?i)\bsuch\b(?!\s+as\b)|\b(?:of|for|to|by|with|from|in|on|against)\s+"
                     r"that\s+(?:person|child|woman|man|worker|state|country|party|individual|"
                     r"migrant|victim)\b")
# '… before a court so that the court', '… criminal records in cases': a clause or a noun cut
# '… in conformity with the provisions': which provisions is said outside the title (a
# researcher's trial, session 44)
_CUT_TAIL = re.compile(r"(?i)\bso\s+that\b(?:\s+\S+){0,3}\s*\??$|\bin\s+(?:the\s+)?cases\s*\??$"
                       r"|\b(?:with|to|under|by|in)\s+the\s+provisions\s*\??$")
# a title that stops on an adjective of the noun it lost ('Provision of appropriate protective', of
# "appropriate protective and support services": trial 41, P10); not the nouns in -ive
_ADJECTIVE_END = re.compile(r"(?i)\b(?!(?:representat|initiat|alternat|object|execut|incent|direct|"
                            r"relat|nat|perspect|narrat|detect|motiv|derivat|conservat|"
                            r"collect|operat|fugit|capt)ives?\b)[a-z]+ive$")
# 'more specific programmes': a comparison whose other term is outside the title
_COMPARATIVE = re.compile(r"(?i)\b(?:more|less)\s+(?!than\b)[a-z]")


# 'Respectful of the human rights of …', 'Free from …': an adjective and its complement, no noun
_ADJECTIVE_START = re.compile(r"(?i)^(?:respectful|free|subject|entitled|equal|accessible|"
                              r"available|responsible|liable|eligible|able|exempt)\s+"
                              r"(?:of|to|from|for|in)\b")


def title_problem(title: str, texts: Sequence[str] = ()) -> str | None:
    """Why a title is no whole noun phrase ('question', 'clause', 'not a noun phrase', 'one
    word', 'vague', 'cross-reference', 'occurrences, not a provision', 'dangling', 'cut',
    'pronoun without antecedent', 'comparison without its term'), or None. `texts`: the
    statements it was phrased from, to see whether it stops inside one of their phrases."""
    t = " ".join((title or "").split()).rstrip(" .")
    if not t:
        return "empty"
    words = t.split()
    if t.endswith("?") or _OPENERS.match(t) and len(words) > 1 and words[1].lower() in (
            "the", "a", "an", "there", "it", "they", "states", "law"):
        return "question"
    if len(words) < 2:
        return "one word"
    low_words = [w.lower().strip(",;:") for w in words]
    if low_words[-1] in _VAGUE_HEADS and all(w in _GENERIC for w in low_words[:-1]):
        return "vague"          # 'Targeted measures', 'Inclusion of other appropriate measures'
    if len(low_words) > 2 and low_words[0] in _VAGUE_HEADS and \
            low_words[1] in ("taken", "adopted", "undertaken", "needed", "required"):
        return "vague"          # 'Measures taken to address …': what is done comes after
    if _CROSS_REFERENCE.search(t):
        return "cross-reference"
    if _OCCURRENCES.match(t):
        return "occurrences, not a provision"
    if (words[0].lower().strip(",;:") in _PRONOUN_START or
            re.match(r"(?i)^\(?[a-z0-9]{1,3}[.)]", t)
            or not t[0].isalnum() or _ADJECTIVE_START.match(t)):
        return "not a noun phrase"
    if low_words[0] == "failing":
        return "not a noun phrase"      # 'Failing released': of "failing which …" (trial 40)
    # a relative clause qualifies the noun phrase before it ("… basic water for households that
    # cannot pay": a researcher's title, trial 35, P8); its verbs make no clause of the title
    head = _RELATIVE.split(t, 1)[0]
    if _MODAL.search(head):
        return "clause"
    low = [w.lower().strip(",;:") for w in head.split()]
    if any(w in _FINITE and low[k - 1] not in ("to", "not") for k, w in enumerate(low) if k):
        return "clause"
    last = words[-1].lower().strip(",;:")
    if last in _FUNCTION_END or t.endswith((",", ";", ":", "-")) or \
            re.search(r",\s+[a-z]+ing$", t):     # '… fair manner, avoiding': avoiding what?
        return "dangling"
    if re.search(r"\([^)]*$", t):
        return "cut"
    if _BACK_REFERENCE.search(t):
        return "pronoun without antecedent"
    if _DEIXIS.search(t):
        return "pronoun without antecedent"
    if _CUT_TAIL.search(t) or _ADJECTIVE_END.search(t):
        return "cut"
    if _COMPARATIVE.search(t) and not re.search(r"(?i)\bthan\b", t):
        return "comparison without its term"
    if re.search(r"(?i)\b(?:himself|herself|itself)\b", t):
        return "pronoun without antecedent"     # '… standard of living for himself'
    m = re.search(r"(?i)\b(?:its|their|his|her|them|themselves|thereby)\b", t)
    before = t[:m.start()].split() if m else []
    if m and not any(w.lower().endswith("s") and w.lower() not in _FUNCTION_END or
                     w.lower() == "those" for w in before) and not (
            len(before) >= 2 and before[-1].lower() in ("and", "or")
            and before[-2].lower() not in _FUNCTION_END):
        # no plural noun before it to refer to ('… safety nets for those unable to feed
        # themselves' has: a researcher's codebook name, trial 39, P7), nor the noun it is
        # joined to ('Nationality unaffected by marriage or its dissolution': trial 42, P12)
        return "pronoun without antecedent"
    for text in texts:
        if _cut_inside(t, text):
            return "cut"
    return _garbled(t, texts)


# 'Access to access to education', 'the the': a phrase said twice in a row
_REPEATED = re.compile(r"(?i)\b((?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*)\s+\1\b")
# 'Assistance and the assistance of an interpreter': a noun joined to itself
_SELF_JOINED = re.compile(r"(?i)\b([a-z]{4,})\s+(?:and|or)\s+(?:the\s+|a\s+|an\s+)?\1\b")
# 'culturally appropriate, i.e. respectful': an aside that glosses the title, not a provision
_GLOSS = re.compile(r"(?i)(?:^|[\s,(])(?:i\.\s?e|e\.\s?g)\.?(?=\s|$|,)")
_FOR_TAIL = re.compile(r"(?i)\s+for\s+((?:[\w'-]+\s*){1,5})$")


def ungarbled(title: str, fallback: str, texts: Sequence[str] = ()) -> str:
    """`title`, or `fallback` when the title reads garbled (`_garbled`: completing a phrase
    said it twice, 'Access to access to education') and the fallback does not."""
    if _garbled(title, texts) and not _garbled(fallback, texts):
        return fallback
    return title


def _garbled(title: str, texts: Sequence[str] = ()) -> str | None:
    """Why a title reads garbled, or None: a reduced clause ('barriers … removed'), a phrase
    repeated ('Access to access to …'), a gloss ('…, i.e. respectful'), a beneficiary that
    repeats the object ('participation of children for children'), or two nouns run together
    where every statement it was taken from puts a preposition between them ('the right to
    health migrant workers' ← 'to health to all migrant workers')."""
    last = title.split()[-1].lower().strip(",;:") if title.split() else ""
    if len(title.split()) > 2 and (last in _IRREGULAR_PARTICIPLES or len(last) > 5 and
                                   last.endswith("ed") and not last.endswith("eed")):
        return "garbled: reduced clause"    # 'Assistance of a qualified interpreter sought'
    if _REPEATED.search(title) or _SELF_JOINED.search(title):
        return "garbled: repeated phrase"
    if _GLOSS.search(title):
        return "garbled: gloss"
    m = _FOR_TAIL.search(title)
    if m:
        tail = {w.lower()[:6] for w in m.group(1).split() if len(w) > 2}
        head = {w.lower()[:6] for w in title[:m.start()].split() if len(w) > 2}
        if tail and tail <= head:
            return "garbled: beneficiary repeats the object"
    if texts:
        words = [w.lower() for w in _TOKEN.findall(title)]
        joined = [" ".join(w.lower() for w in _TOKEN.findall(x)) for x in texts if x]
        for a, b in zip(words, words[1:]):
            if not (a.isalpha() and b.isalpha()) or a in _FUNCTION_END or b in _FUNCTION_END:
                continue
            pair = f" {a} {b} "
            if any(pair in f" {j} " for j in joined):
                continue
            if any(re.search(rf"(?:^| ){re.escape(a)} (?:{'|'.join(sorted(PREPOSITIONS))}) "
                             rf"(?:(?:the|a|an|all|any|every|their|its|his|her) )?"
                             rf"{re.escape(b)}(?: |$)", j)
                   for j in joined):
                return "garbled: preposition dropped"
    return None


def _cut_inside(title: str, text: str) -> bool:
    """The title ends where its statement goes on inside the same phrase: the title's last three
    words are found in the statement, followed by a word that is no phrase boundary."""
    words = [w.lower() for w in _TOKEN.findall(title)]
    if len(words) < 3 or not text:
        return False
    said = _TOKEN.findall(text)
    toks = [w.lower() for w in said]
    tail = words[-3:]
    last = tail[-1]
    if last in _TAKES_ABOUT and re.search(rf"\b{re.escape(words[-2])} {last} (?:on|about|"
                                          r"concerning|regarding)\b", " ".join(toks)):
        return True                 # 'with information | on the medical care …': on what?
    seen = False
    for i in range(len(toks) - 3):
        if toks[i:i + 3] == tail:
            if said[i][:1].isupper() and said[i + 2][:1].isupper() and said[i + 3][:1].isupper():
                continue    # a name's words: 'the Trafficking in Persons | Protocol' (trial 46)
            seen = True
            nxt = toks[i + 3]
            if nxt in PREPOSITIONS and (last in _BINDS or last in _IRREGULAR_PARTICIPLES
                                        or last.endswith(("ing", "ed"))):
                continue            # 'belonging | to', 'based | on': the phrase goes on
            if nxt in (",", "and", "or") and _ADJ_END.search(last) and \
                    last not in _NOUNS_LIKE_ADJ:
                continue            # 'private medical | , legal … services'
            if nxt == "of" and (words[-2] in ("or", "and") or last in _NEEDS_OF):
                return True         # '… loss or certification | of …', '… the sole ground | of …'
            if nxt in ("which", "that", "where", "whose") and words[-2] in ("a", "an"):
                return True         # 'in a location | which allows access …': which one?
            if not re.match(r"[\w]", nxt) or nxt in _BOUNDARY or nxt in _POSTPOSITIVE:
                return False
    return seen


def question_problem(question: str) -> str | None:
    q = " ".join((question or "").split())
    if not q:
        return "empty"
    if not q.endswith("?"):
        return "no question mark"
    if "{" in q or "}" in q:
        return "unfilled slot"
    if not _OPENERS.match(q):
        return "not phrased as a question"
    last = q.rstrip("?").split()[-1].lower().strip(",;:") if q.rstrip("?").split() else ""
    if last in _FUNCTION_END or last in _BINDS or last in _CLAUSE_OPENERS:
        return "ends mid-phrase"
    if _CUT_TAIL.search(q):
        return "ends mid-phrase"
    if _DEIXIS.search(q):
        return "pronoun without antecedent"
    that = re.match(r"(?i)^does the law (?:ensure|guarantee|secure) that (.+)\?$", q)
    if that and not _CLAUSE_VERB.search(that.group(1)):
        return "'that' clause without a verb"
    m = re.match(r"(?i)^does the law (\w+)", q)
    if m:
        verb = m.group(1).lower()
        if verb in _NOT_OF_LAW or verb.endswith(("ed", "ly")) or (verb.endswith("s") and not
                                                                  verb.endswith("ss")):
            return "the verb does not fit 'Does the law …'"
    return None


_NOT_OF_LAW = {"enjoy", "have", "has", "receive", "occur", "benefit", "get", "obtain", "be", "is",
               "are", "exist", "apply", "belong", "live", "work", "stay", "need", "lose", "seek",
               "any", "all", "the", "a", "an", "such", "other", "each", "every", "no", "not",
               "direct", "indirect", "undertaken", "taken", "given", "written", "chosen",
               "public", "national", "general", "equal", "same", "mutually"}


def carried_on(title: str, text: str) -> str:
    """A title that stops inside a phrase of its statement, carried on to the phrase's end
    (at most four more words), so that it is whole."""
    low, t = text.lower(), title.lower().rstrip(" .")
    i = low.find(t)
    if i < 0:
        return title
    tail = text[i + len(t):]
    m = re.match(r"((?:\s+[\w'-]+){1,4}?)(?=\s*(?:[,;:.()]|\s(?:in|for|with|on|at|by|under|"
                 r"within|without|against|through|which|who|that|shall|must|should|may|will|"
                 r"where|when|if|as|so|to)\b|$))", tail)
    return title.rstrip(" .") + m.group(1) if m else title
