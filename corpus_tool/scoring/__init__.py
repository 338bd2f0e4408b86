"""Expert answers → scores of every node of a framework per country and year, checks
against published scores, and the uncertainty/sensitivity analysis of the ranks."""

from corpus_tool.scoring.answers import read_answers
from corpus_tool.scoring.engine import ScoreResult, write_scores
from corpus_tool.scoring.published import check_against
from corpus_tool.scoring.run import ScoringRun, run_scoring, score_answers
from corpus_tool.scoring.sensitivity import run_sensitivity

__all__ = ["read_answers", "ScoreResult", "check_against", "run_scoring", "score_answers",
           "write_scores", "run_sensitivity", "ScoringRun"]
