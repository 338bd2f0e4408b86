"""The W3C Web Annotation Working Group's MUST assertions (`annotations/annotationMusts.test` of
w3c/web-annotation-tests, vendored under tests/data/w3c-annotation-tests/ with its licence),
run with jsonschema as draft-04 with `format` checked (`uri` needs rfc3986-validator,
`date-time` rfc3339-validator: both in the `test` extra)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parent.parent / "data" / "w3c-annotation-tests"


def _resource(path: Path) -> Resource:
    return Resource.from_contents(json.loads(path.read_text(encoding="utf-8")),
                                  default_specification=DRAFT4)


@lru_cache(maxsize=1)
def must_validators() -> list[tuple[str, Draft4Validator]]:
    """One validator per MUST assertion, in the order the .test file lists them. The suite's
    schemas refer to each other by bare file name (`id.json#/definitions/stringUri`)."""
    test = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text("utf-8"))
    registry = Registry().with_resources(
        (p.name, _resource(p)) for p in sorted((SUITE / "definitions").glob("*.json")))
    checker = FormatChecker()
    missing = {"uri", "date-time"} - set(checker.checkers)
    if missing:
        raise RuntimeError(f"jsonschema cannot check format(s) {sorted(missing)}: "
                           "pip install rfc3986-validator rfc3339-validator")
    out = []
    for rel in test["assertions"]:
        schema = json.loads((SUITE / rel).read_text(encoding="utf-8"))
        registry = registry.with_resource(schema["id"], _resource(SUITE / rel))
        out.append((rel, schema))
    return [(rel, Draft4Validator(schema, registry=registry, format_checker=checker))
            for rel, schema in out]


def failed_musts(annotation: dict) -> list[str]:
    """The MUST assertions `annotation` fails (each expects `valid`)."""
    return [rel for rel, v in must_validators() if not v.is_valid(annotation)]
