"""One frozen, slotted dataclass per concept. Plain data: no I/O, no logic beyond `to_dict`."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


def _dict(obj) -> dict:
    return asdict(obj)


# --- corpus -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """A row of corpus/manifest.csv: one source instrument."""
    id: str                      # readable slug, e.g. "un-crc-1989"
    title: str
    issuer: str
    year: int | None
    type: str                    # convention, covenant, protocol, charter, declaration, general comment…
    legal_force: str             # binding / non-binding
    language: str                # corpus language of the document, e.g. "en"
    path: str                    # relative to corpus/
    source: str = ""             # where it came from (URL or repository + path + commit)
    licence: str = ""
    sha256: str = ""             # of the file as stored in corpus/

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Passage:
    """The smallest citable unit: an article paragraph, a numbered paragraph or a layout paragraph."""
    id: str                      # "<doc_id>:<locator slug>", e.g. "un-crc-1989:art-28-1-a"
    doc_id: str
    seq: int                     # order in the document
    page: int | None             # 1-based page for PDFs, None otherwise
    locator: str                 # "Art. 28(1)(a)", "para. 59", "Preamble", "p. 3 ¶ 2"
    start: int                   # offsets into the document text
    end: int
    lang: str                    # detected language ("en", "nl", …)
    heading: str                 # context: "Part I > Article 28"
    text: str

    to_dict = _dict


# --- statements -------------------------------------------------------------------------------

STRENGTHS = ("obligation", "prohibition", "recommendation", "permission", "recognition", "none")
# how a coded text bears on its indicator: evidence for it, or against it (a clause that takes
# away what the indicator asks, "No appeal shall lie against any order of ejectment", coded to
# a right of appeal; a researcher's trial 32, P3)
STANCES = ("for", "against")


@dataclass(frozen=True, slots=True)
class Statement:
    """A normative statement with its Institutional-Grammar parts, anchored in a passage."""
    id: str
    doc_id: str
    passage_id: str
    page: int | None
    locator: str
    start: int                   # offsets into the document text
    end: int
    text: str
    actor: str
    deontic: str
    strength: str                # one of STRENGTHS
    aim: str
    object: str
    condition: str
    beneficiaries: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["beneficiaries"] = list(self.beneficiaries)
        return d


# --- codebook, annotations, suggestions (issue 5) -----------------------------------------------

@dataclass(frozen=True, slots=True)
class AreaExample:
    """An example passage of an area in the codebook: a quote from a document of the corpus."""
    doc: str
    quote: str
    locator: str = ""

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class AreaIndicator:
    """An indicator the codebook describes under an area (optional): its id (the one coders
    use), a name (the title drafts take) and a definition (what drafting groups evidence by)."""
    id: str
    name: str = ""
    definition: str = ""

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class CodebookArea:
    """One area of the codebook (annotations/codebook.yaml): what coders code text to. The
    framework's areas (`framework.model.Area`, nodes of the indicator tree) are drafted from
    these."""
    id: str                      # "access", "outcomes", "diversity", "intercultural"
    name: str
    definition: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    seed_terms: tuple[str, ...] = ()
    examples: tuple[AreaExample, ...] = ()
    indicators: tuple[AreaIndicator, ...] = ()

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation or an indicator's source points in the corpus: the quote (exact,
    prefix, suffix) is authoritative; the positions and the passage and statement ids are
    hints."""
    # the one anchor type: the framework file's pydantic model validates it as a field, refusing
    # unknown keys as everywhere in that hand-edited file (`__pydantic_config__` below)
    doc_id: str
    text_sha256: str = ""        # the document text version the positions refer to
    exact: str = ""              # TextQuoteSelector
    prefix: str = ""
    suffix: str = ""
    start: int | None = None     # TextPositionSelector (hint)
    end: int | None = None
    passage_id: str | None = None    # hints
    statement_id: str | None = None

    __pydantic_config__ = {"extra": "forbid"}
    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Origin:
    """Who or what made an annotation: `manual`, or `suggestion` accepted by a person."""
    type: str = "manual"         # manual / suggestion / import
    model_id: str | None = None
    model_version: str | None = None
    score: float | None = None
    accepted_by: str | None = None
    source: str | None = None    # for imports: the file it came from
    suggested_area: str | None = None   # the model's area, when the person chose another

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Annotation:
    """A human link from a stretch of text to an area (and optionally an indicator)."""
    id: str
    anchor: Anchor
    area: str
    creator: str
    created: str                 # ISO 8601 UTC
    modified: str
    indicator: str | None = None
    memo: str = ""
    motivation: str = "classifying"    # classifying / linking / commenting
    origin: Origin = field(default_factory=Origin)
    stance: str = "for"          # "against": evidence against its indicator (STANCES)
    file: str = ""               # annotations/<file>.jsonl it was read from (not stored)
    line: int = field(default=0, compare=False)    # and its line there, for messages (0: none)

    @property
    def doc_id(self) -> str:
        return self.anchor.doc_id

    @property
    def quote(self) -> str:
        return self.anchor.exact

    @property
    def where(self) -> str:
        """"annotations/ana.jsonl, line 5": where a researcher finds it."""
        return (self.file or "annotations") + (f", line {self.line}" if self.line else "")

    to_dict = _dict


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Area scores for one statement or text, best first, and the model that made them."""
    id: str                      # statement id, or "text-1", "text-2"… for free text
    text: str
    scores: tuple[tuple[str, float], ...]    # (area id, score), best first
    model_id: str
    model_version: str
    method: str                  # "zero-shot" or "supervised"
    relevance: float | None = None   # how surely the text is about the codebook at all
                                     # (low = off-topic; see suggest.fewshot)
    none_below: float | None = None  # relevance under this: "none of these areas"
    unread: str = ""             # the text's language when the model does not read it ("es")
    relevance_learned: float | None = None  # the relevance's learnt reading alone: how much
                                     # the text is like what coders coded (drafting's floor)

    @property
    def fits(self) -> bool:
        """Does any area fit? False when the relevance is below the model's threshold, and for
        a text in a language the model does not read (its scores say nothing)."""
        if self.unread:
            return False
        if self.relevance is None or self.none_below is None:
            return True
        return self.relevance >= self.none_below

    @property
    def area(self) -> str:
        return self.scores[0][0]

    @property
    def score(self) -> float:
        return self.scores[0][1]

    @property
    def margin(self) -> float:
        """Best minus second-best score: small = uncertain."""
        return self.scores[0][1] - (self.scores[1][1] if len(self.scores) > 1 else 0.0)

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "area": self.area, "score": self.score,
                "margin": self.margin,
                "scores": [{"area": a, "score": s} for a, s in self.scores],
                "model_id": self.model_id, "model_version": self.model_version,
                "method": self.method, "relevance": self.relevance,
                "none_below": self.none_below, "fits": self.fits,
                "relevance_learned": self.relevance_learned,
                **({"unread": self.unread} if self.unread else {})}


# --- clusters ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cluster:
    """A group of statements with similar meaning (corpus_tool.semantic.cluster)."""
    id: str                      # "c-" + 8 hex of sha256 over the sorted core member ids: stable
    label: str                   # a noun phrase naming what its statements require (labels.py)
    terms: tuple[str, ...]       # class-based TF-IDF phrases (1–3 words, no stop words), best first
    size: int
    members: tuple[str, ...]     # statement ids, sorted (core members and assigned outliers)
    representatives: tuple[str, ...]   # statement ids nearest the centroid, nearest first
    doc_ids: tuple[str, ...]     # instruments the cluster spans, sorted
    issuers: tuple[str, ...]
    strength_mix: tuple[tuple[str, int], ...]   # (strength, count), most frequent first
    earliest_year: int | None
    model_id: str                # the embedding model the clusters depend on
    method: str = ""             # e.g. "agglomerative(cosine, average, threshold=0.55)"
    assigned: tuple[str, ...] = ()     # members that were outliers, assigned to the nearest cluster
    area: str = ""               # guided mode: the codebook area the cluster is nearest to

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("terms", "members", "representatives", "doc_ids", "issuers", "assigned"):
            d[k] = list(d[k])
        d["strength_mix"] = {s: n for s, n in self.strength_mix}
        return d
