"""The codebook and area suggestions for statements or any text, and the review queue."""

from corpus_tool.suggest.areas import (accept_suggestions, annotation_queue, area_ids,
                                       evaluate_suggestions, get_area, load_codebook,
                                       parse_codebook, suggest_areas)

__all__ = ["accept_suggestions", "annotation_queue", "area_ids", "evaluate_suggestions",
           "get_area", "load_codebook", "parse_codebook", "suggest_areas"]
