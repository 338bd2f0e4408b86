"""Wording of indicator drafts, filled from the statements themselves.

- `topics`, `groups`, `gist`, `templates`: a project's optional topic overlay
  (`indicators/topics.yaml`), groups concerned, statement gists, titles, questions, scales,
  rationales.
- `meaning`: drafting from the corpus alone: an area's evidence grouped by meaning (statement
  parts, coders' ids and memos).
- `naming`: title, question and three-level scale of such a group from its statements.
- `quality`: checks of a drafted or edited indicator's wording and footing (used by validate).
"""

from corpus_tool.indicators.phrasing.groups import concerned_groups
from corpus_tool.indicators.phrasing.meaning import (MeaningGroup, group_by_meaning, id_words,
                                                     meaning_text, relevant_only)
from corpus_tool.indicators.phrasing.naming import (Naming, key_phrases, name_group,
                                                    phrase_levels, who_of)
from corpus_tool.indicators.phrasing.quality import (framework_quality, indicator_problems,
                                                     near_duplicates, question_problem,
                                                     title_problem)
from corpus_tool.indicators.phrasing.templates import (phrase_generic, phrase_rationale,
                                                       phrase_scale, phrase_title_question,
                                                       short_title)
from corpus_tool.indicators.phrasing.topics import load_topics, topic_scores

__all__ = ["load_topics", "phrase_generic", "phrase_rationale", "phrase_scale",
           "phrase_title_question", "short_title", "topic_scores", "concerned_groups",
           "MeaningGroup", "group_by_meaning", "id_words", "meaning_text", "relevant_only",
           "Naming",
           "key_phrases", "name_group", "phrase_levels", "who_of", "framework_quality",
           "indicator_problems", "near_duplicates", "question_problem", "title_problem"]
