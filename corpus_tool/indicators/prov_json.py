"""The provenance of a framework as W3C PROV-JSON (indicator → statement → passage → document,
with the agents that made each link), and how a source's link reads in every table."""
from __future__ import annotations

from collections.abc import Mapping

from corpus_tool.formats import CT_NS
from corpus_tool.framework.model import Framework, Source
from corpus_tool.indicators.contested import contested_text
from corpus_tool.indicators.draft import source_key
from corpus_tool.indicators.selection import area_id, indicator_refs

Docs = Mapping[str, Mapping[str, str]]      # document id → its manifest's source and licence


def linked_by_text(s: Source) -> str:
    lb = s.linked_by
    if lb is None:
        return "researcher (by hand)"
    parts = []
    if lb.annotation_id:
        parts.append(f"annotation {lb.annotation_id}" + (f" by {lb.by}" if lb.by else ""))
    if lb.suggestion is not None:
        sg = lb.suggestion
        model = sg.model_id + (f" {sg.model_version}" if sg.model_version else "")
        score = f", score {sg.score:.2f}" if sg.score is not None else ""
        acc = f", accepted by {sg.accepted_by}" if sg.accepted_by else ""
        parts.append(f"suggestion ({model}{score}{acc})")
    if not parts:
        parts.append(lb.by or "researcher (by hand)")
    return "; ".join(parts)


def _q(prefix: str, local: str) -> str:
    return f"{prefix}:{local.replace(':', '/').replace(' ', '_')}"


def prov_document(fw: Framework, indicator_id: str | None = None,
                  docs: Docs | None = None) -> dict:
    """The chain indicator → statement → passage → document as a PROV-JSON document: entities
    for each, `wasDerivedFrom` links between them, the agents (coders, models) that linked a
    source via `wasAttributedTo`, and the quote on each derivation. Evidence against an
    indicator is no ground of it: it `wasInfluencedBy` its source (`ct:stance` "against")."""
    doc: dict = {
        "prefix": {"ct": CT_NS, "ind": "urn:corpus-tool:indicator:",
                   "stmt": "urn:corpus-tool:statement:", "psg": "urn:corpus-tool:passage:",
                   "doc": "urn:corpus-tool:document:", "agent": "urn:corpus-tool:agent:",
                   "src": "urn:corpus-tool:source:"},
        "entity": {}, "agent": {}, "wasDerivedFrom": {}, "wasAttributedTo": {},
        "wasInfluencedBy": {},
    }
    ent, der, att = doc["entity"], doc["wasDerivedFrom"], doc["wasAttributedTo"]
    n = 0

    def derive(gen: str, used: str, **attrs) -> None:
        nonlocal n
        key = f"_:d{n}"
        n += 1
        der[key] = {"prov:generatedEntity": gen, "prov:usedEntity": used, **attrs}

    pairs = set()
    for ref in indicator_refs(fw, indicator_id):
        ind = ref.node
        iid = _q("ind", ind.id)
        ent[iid] = {"prov:type": "ct:Indicator", "prov:label": ind.title,
                    "ct:area": area_id(fw, ref), "ct:status": ind.status}
        for s in ind.sources:
            a = s.anchor
            did = _q("doc", a.doc_id)
            ent.setdefault(did, {"prov:type": "ct:Document", "prov:label": s.document_title,
                                 "ct:issuer": s.issuer, "ct:year": s.year,
                                 "ct:instrumentType": s.instrument_type,
                                 "ct:legalForce": s.legal_force})
            if a.text_sha256:
                ent[did]["ct:textSha256"] = a.text_sha256
            for key, name in (("source", "ct:source"), ("licence", "ct:licence")):
                if (docs or {}).get(a.doc_id, {}).get(key):
                    ent[did][name] = docs[a.doc_id][key]
            chain = []
            if a.statement_id:
                sid = _q("stmt", a.statement_id)
                ent.setdefault(sid, {"prov:type": "ct:Statement", "ct:strength": s.strength,
                                     "ct:locator": s.locator})
                chain.append(sid)
            if a.passage_id:
                pid = _q("psg", a.passage_id)
                ent.setdefault(pid, {"prov:type": "ct:Passage", "ct:locator": s.locator,
                                     "ct:page": s.page})
                chain.append(pid)
            if not chain:
                qid = _q("src", source_key(a.doc_id, a.exact or s.quote))
                ent.setdefault(qid, {"prov:type": "ct:Quote", "ct:locator": s.locator})
                chain.append(qid)
            chain.append(did)
            attrs = {"ct:quote": " ".join((s.quote or a.exact).split()),
                     "ct:linkedBy": linked_by_text(s), "ct:sourceStatus": s.status}
            if s.contested:
                attrs["ct:contested"] = contested_text(s)
            if s.stance == "against":
                inf = doc["wasInfluencedBy"]
                inf[f"_:i{len(inf)}"] = {"prov:influencee": iid, "prov:influencer": chain[0],
                                         "ct:stance": "against", **attrs}
            else:
                derive(iid, chain[0], **attrs)
            for gen, used in zip(chain, chain[1:]):
                if (gen, used) not in pairs:
                    pairs.add((gen, used))
                    derive(gen, used)
            lb = s.linked_by
            agents = []
            # a person: the coder, or who accepted a suggestion (a suggestion's `by` names the
            # tool that made it, a software agent below, never a person)
            person = (lb.suggestion.accepted_by if lb.suggestion is not None else lb.by) \
                if lb is not None else ""
            if person:
                agents.append((_q("agent", person), {"prov:type": "prov:Person"}))
            if lb is not None and lb.suggestion is not None:
                agents.append((_q("agent", lb.suggestion.model_id),
                               {"prov:type": "prov:SoftwareAgent",
                                "ct:version": lb.suggestion.model_version or ""}))
            for aid, attrs_a in agents:
                doc["agent"].setdefault(aid, attrs_a)
                key = f"_:a{len(att)}"
                att[key] = {"prov:entity": iid, "prov:agent": aid,
                            "ct:for": chain[0]}
    # an absent value is left out: PROV has no null (readers warn, and will reject it)
    for section in ("entity", "agent", "wasDerivedFrom", "wasAttributedTo", "wasInfluencedBy"):
        for key, attrs in doc[section].items():
            doc[section][key] = {k: v for k, v in attrs.items() if v is not None}
    if not doc["wasInfluencedBy"]:
        del doc["wasInfluencedBy"]
    return doc
