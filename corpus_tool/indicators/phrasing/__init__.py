"""Wording of indicator drafts: topics, groups concerned, titles, questions, scales,
rationales, filled from the statements themselves."""

from corpus_tool.indicators.phrasing.groups import concerned_groups
from corpus_tool.indicators.phrasing.templates import (phrase_generic, phrase_rationale,
                                                       phrase_scale, phrase_title_question,
                                                       short_title)
from corpus_tool.indicators.phrasing.topics import load_topics, topic_scores

__all__ = ["load_topics", "phrase_generic", "phrase_rationale", "phrase_scale",
           "phrase_title_question", "short_title", "topic_scores", "concerned_groups"]
