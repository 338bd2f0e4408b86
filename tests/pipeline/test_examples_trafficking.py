"""The trafficking example project (examples/trafficking: 18 public instruments on trafficking in
persons and the labour and sexual exploitation of migrants, a four-area codebook of areas only,
codings by one coder, made blind as a held-out test of drafting in a new domain), checked lightly
by the shared tests of `blind_example`: it loads and ingests, its codebook validates and names no
indicators (drafting must find them), its examples quote its documents, and every coding anchors
exactly to the ingested passages. Nothing slow."""
from __future__ import annotations

from tests.indicators.conftest import REPO
from tests.pipeline.blind_example import *  # noqa: F401,F403 (the shared fixture and tests)
from tests.pipeline.blind_example import Case, case_fixture

case = case_fixture(Case(
    REPO / "examples" / "trafficking",
    {"prevention": "trf-pre-", "protection": "trf-pro-", "prosecution": "trf-pru-",
     "remedies": "trf-rem-"},
    coder="coder-t", min_docs=18, min_coded_docs=18, min_codings=200, ids=(18, 24)))
