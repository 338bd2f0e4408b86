"""The SQLite index under build/: connection and transactions, schema, documents, passages
and the full-text search. Everything here is derived and regenerable from corpus/."""

from corpus_tool.store.db import (connect, count_passages_matching, document_text, document_versions, ensure_schema,
                                  get_document, get_passage, iter_passages, list_documents,
                                  match_page, passage_covering, passage_hashes, search_passages,
                                  transaction)

__all__ = ["connect", "count_passages_matching", "document_text", "document_versions", "ensure_schema", "get_document",
           "get_passage", "iter_passages", "list_documents", "match_page", "passage_covering",
           "passage_hashes", "search_passages", "transaction"]
