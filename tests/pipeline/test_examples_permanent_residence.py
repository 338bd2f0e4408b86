"""The permanent-residence example project (examples/permanent-residence: 15 public instruments
on long-term residence of migrants, a four-area codebook of areas only, codings by one coder,
made blind in session 32), checked lightly by the shared tests of `blind_example`: it loads and
ingests, its codebook validates and names no indicators (drafting must find them), its examples
quote its documents, and every coding anchors exactly to the ingested passages. Nothing slow."""
from __future__ import annotations

from tests.indicators.conftest import REPO
from tests.pipeline.blind_example import *  # noqa: F401,F403 (the shared fixture and tests)
from tests.pipeline.blind_example import Case, case_fixture

case = case_fixture(Case(
    REPO / "examples" / "permanent-residence",
    {"eligibility": "per-elig-", "security": "per-sec-", "rights": "per-rig-",
     "procedure": "per-pro-"},
    coder="coder-r", min_docs=12, min_coded_docs=12, min_codings=60, ids=(15, 21)))
