"""Wording of indicator drafts, filled from the statements themselves (a group's title and
question are its name: `corpus_tool.naming`).

- `topics`, `groups`, `templates`: a project's optional topic overlay
  (`indicators/topics.yaml`), groups concerned, topic titles and questions, scales, rationales.
- `meaning`: drafting from the corpus alone: an area's evidence grouped by meaning (statement
  parts, coders' ids and memos).
- `suggested`: which confident suggestions drafting takes, and into which groups.
- `naming`: a group's key phrases, the people it concerns and its three-level scale.
- `quality`: checks of a drafted or edited indicator's wording and footing (used by validate).
"""

from corpus_tool.indicators.phrasing.groups import concerned_groups
from corpus_tool.indicators.phrasing.meaning import (MeaningGroup, group_by_meaning, id_words,
                                                     meaning_text)
from corpus_tool.indicators.phrasing.naming import key_phrases, phrase_levels, who_of
from corpus_tool.indicators.phrasing.suggested import relevant_only
from corpus_tool.indicators.phrasing.quality import (framework_quality, indicator_problems,
                                                     near_duplicates)
from corpus_tool.indicators.phrasing.templates import (phrase_rationale, phrase_scale,
                                                       phrase_title_question, short_title)
from corpus_tool.indicators.phrasing.topics import load_topics, topic_scores

__all__ = ["load_topics", "phrase_rationale", "phrase_scale", "phrase_title_question",
           "short_title", "topic_scores", "concerned_groups", "MeaningGroup", "group_by_meaning",
           "id_words", "meaning_text", "relevant_only", "key_phrases", "phrase_levels", "who_of",
           "framework_quality", "indicator_problems", "near_duplicates"]
