"""Meaning: sentence embeddings behind one protocol (`embed`, cached by content hash) and
clustering of statements with phrase labels (`cluster`, `terms`)."""

from corpus_tool.semantic.backends import (HashEmbedder, TfidfEmbedder, get_embedder,
                                           register_backend)
from corpus_tool.semantic.cluster import (cluster_items, load_clusters, load_meta, load_points,
                                          run_clustering)
from corpus_tool.semantic.embed import EmbedStats, embed_corpus, embed_texts, semantic_search
from corpus_tool.semantic.items import Item, passage_items, statement_items

__all__ = ["EmbedStats", "HashEmbedder", "TfidfEmbedder", "embed_corpus", "embed_texts",
           "get_embedder", "register_backend", "semantic_search", "Item", "cluster_items",
           "load_clusters", "load_meta", "load_points", "passage_items", "run_clustering",
           "statement_items"]
