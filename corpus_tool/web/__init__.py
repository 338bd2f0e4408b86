"""The local web workbench (`corpus-tool serve`): a Starlette app (`app.py`) served by uvicorn
(`server.py`), with a small JSON API (`api*.py`) over the same library functions the CLI calls,
and one static page (`static/`: HTML, CSS and plain JavaScript; no build step, nothing fetched
from elsewhere)."""
from corpus_tool.web import (api, api_annotations,  # noqa: F401 (register the routes)
                             api_answers, api_clusters, api_indicators)
from corpus_tool.web.server import make_server

__all__ = ["make_server"]
