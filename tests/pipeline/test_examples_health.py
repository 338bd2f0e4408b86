"""The migrant-health example project (examples/health: 16 public instruments on health and
non-citizens, a four-area codebook of areas only, codings by one coder), checked lightly by the
shared tests of `blind_example`: it loads and ingests, its codebook validates and names no
indicators (drafting must find them), its examples quote its documents, and every coding anchors
exactly to the ingested passages. Nothing slow (no statements, embeddings or drafts)."""
from __future__ import annotations

from tests.indicators.conftest import REPO
from tests.pipeline.blind_example import *  # noqa: F401,F403 (the shared fixture and tests)
from tests.pipeline.blind_example import Case, case_fixture

case = case_fixture(Case(
    REPO / "examples" / "health",
    {"entitlements": "hea-ent-", "access": "hea-acc-", "responsive-services": "hea-res-",
     "change": "hea-chg-"},
    coder="coder-h", min_docs=10, min_coded_docs=8, min_codings=45))
