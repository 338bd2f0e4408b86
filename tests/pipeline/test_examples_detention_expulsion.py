"""The detention and expulsion example project (examples/detention-expulsion: 15 public
instruments on the immigration detention, expulsion and return of non-nationals, a four-area
codebook of areas only, codings by one coder, made blind in session 33 in a domain with no MIPEX
strand), checked lightly by the shared tests of `blind_example`: it loads and ingests, its
codebook validates and names no indicators (drafting must find them), its examples quote its
documents, and every coding anchors exactly to the ingested passages. Nothing slow."""
from __future__ import annotations

from tests.indicators.conftest import REPO
from tests.pipeline.blind_example import *  # noqa: F401,F403 (the shared fixture and tests)
from tests.pipeline.blind_example import Case, case_fixture

case = case_fixture(Case(
    REPO / "examples" / "detention-expulsion",
    {"detention": "det-det-", "conditions": "det-con-", "expulsion": "det-exp-",
     "protection": "det-pro-"},
    coder="coder-x", min_docs=12, min_coded_docs=12, min_codings=90, ids=(18, 22)))
