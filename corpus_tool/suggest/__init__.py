"""Area suggestions for statements or any text (zero-shot from the codebook, supervised once
there are enough annotations), and their review: the queue, accepting, rejecting."""
from corpus_tool.suggest.areas import suggest_areas
from corpus_tool.suggest.evaluate import evaluate_suggestions
from corpus_tool.suggest.model import build_area_model
from corpus_tool.suggest.review import accept_suggestions, annotation_queue, reject_suggestion

__all__ = ["build_area_model", "evaluate_suggestions", "suggest_areas", "accept_suggestions",
           "annotation_queue", "reject_suggestion"]
