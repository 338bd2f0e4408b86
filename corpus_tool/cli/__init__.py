"""The `corpus-tool` command line: one typer app, sub-apps by command group.

Each module in this package registers its commands on `app` (or adds a sub-app) when imported;
the list below is the whole CLI.
"""
from __future__ import annotations

from importlib import import_module

from corpus_tool.cli.common import global_options, new_app

app = new_app("corpus-tool: from international policy instruments to a traceable indicator "
              "framework.\n\nExample: corpus-tool --project examples/labour-market build")
app.callback()(global_options)

# One module per command group; importing registers the commands.
COMMAND_MODULES = [
    "project",      # init, add, ingest, docs, search
    "statements",   # statements [--doc --strength --beneficiary], show, evaluate
    "cluster",      # embed, cluster
    "cluster_curate",  # cluster rename|merge|split|pin|exclude|forget|history
    "indicators",   # indicators draft|diff|promote|validate|list
    "provenance",   # provenance [INDICATOR] --format md|csv|html|xlsx|prov
    "build",        # build: the whole pipeline, skipping unchanged stages
    "serve",        # serve: the local web workbench
    "score",        # score: answers → scores, check against published, sensitivity
    "annotations",  # annotations add|list|edit|remove|accept|reject|check|export|import|queue
    "agreement",    # annotations agreement
    "recode",       # annotations recode (a code renamed or merged in the codebook)
    "areas",        # areas list|suggest|evaluate
    "exchange",     # export qdpx|qdc, import qdpx|qdc (REFI-QDA)
]

for _name in COMMAND_MODULES:
    import_module(f"{__name__}.{_name}")


def main() -> None:
    app(prog_name="corpus-tool")
