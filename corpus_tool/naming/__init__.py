"""Naming a group of statements from what they require: one way for every stage that names one
(a cluster's label, an indicator draft's title and question).

- `gist`: the provision one statement makes, from its own aim, object and wording.
- `group`: the gist that best says what a group shares, backed by its key phrases
  (`name_group`), and a clause read as the noun phrase it names (`noun_phrase`).
- `quality`: whether a name is a whole noun phrase (`title_problem`), a question a question.
- `compose`: a title composed from the object most of a group's statements require, under the
  provision they make of it, preferred when more of them say it (`name_composed`).
- `complement`: a title that names a means ('Bilateral agreements') completed with the object
  its statements give it.
- `frame`: who a question is asked of (the law, or the country and its authorities), and a
  treaty's words for its States said of the country (`country_words`).
- `wording`: the gist most of a group's statements share (`phrase_generic`), tidying, and
  what a group's statements do to a harm its title names (`against`: 'Suppression of …'), and
  whether a title names a wrong done to people (`names_a_harm`) or says "No …" (`without_no`):
  both asked as a prohibition.
- `forbidden`: the act a group's prohibitions forbid, when its title names it
  (`names_prohibited`: "Administrative dissolution"), asked as its prohibition.
- `statement_phrase`: what a statement with no aim and object names: a definition ('Definition
  of racial discrimination'), a list item that is itself a noun phrase.

It sits below `semantic` and `indicators` and imports neither.
"""

from corpus_tool.naming.compose import name_composed
from corpus_tool.naming.forbidden import as_act, names_prohibited
from corpus_tool.naming.frame import adopted, asks_policy, country_words, frame_question
from corpus_tool.naming.gist import Gist, StatementParts, sentence_case, statement_gist
from corpus_tool.naming.group import Naming, anchor_phrase, name_group, noun_phrase
from corpus_tool.naming.quality import question_problem, title_problem
from corpus_tool.naming.wording import (against, fill, names_a_harm, names_body, phrase_generic,
                                        sanctioned, state_measure, tidy, tidy_question,
                                        with_article, without_no)

__all__ = ["adopted", "asks_policy", "country_words", "frame_question", "Gist", "StatementParts", "sentence_case", "statement_gist", "Naming", "name_composed",
           "anchor_phrase", "name_group", "noun_phrase", "question_problem", "title_problem",
           "against", "as_act", "fill", "names_a_harm", "names_body", "names_prohibited",
           "phrase_generic", "sanctioned", "state_measure", "tidy", "tidy_question",
           "with_article", "without_no"]
