"""One scoring run as the CLI and the pipeline ask for it: score an answers file, optionally compare
with published scores and run the sensitivity analysis (the one module that imports both the
engine and `sensitivity`); and the project's answers files, each beside its framework
(`answer_files`), which the build scores."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus_tool.errors import InputError
from corpus_tool.framework.io import load_framework
from corpus_tool.framework.model import Framework
from corpus_tool.project import Project
from corpus_tool.scoring.answers import read_answers
from corpus_tool.scoring.combine import combine_duplicates, unanswered
from corpus_tool.scoring.engine import ScoreResult, coverage_text, rules_passed_over, score_values
from corpus_tool.scoring.published import check_against
from corpus_tool.scoring.sensitivity import run_sensitivity

# --- the whole job, for the CLI and the build -------------------------------------------------

@dataclass(slots=True)
class ScoringRun:
    framework: Framework
    result: ScoreResult
    check: dict | None = None
    sensitivity: dict | None = None

    def to_dict(self) -> dict:
        out = self.result.to_dict()
        if self.check is not None:
            out["check"] = self.check
        if self.sensitivity is not None:
            out["sensitivity"] = self.sensitivity
        return out


def run_scoring(*, answers: Path, framework: Path | Framework, duplicates: str = "agree",
                strict: bool = False, min_coverage: float | None = None,
                check_against_path: Path | None = None, tolerance: float = 0.01,
                sensitivity: int = 0, seed: int = 0, method: str = "uniform",
                spread: float = 0.25, target: str | None = None,
                warn: Callable[[str], None] | None = None,
                progress: Callable[..., None] | None = None) -> ScoringRun:
    """Score an answers file, optionally compare with published scores and run the
    sensitivity analysis (`sensitivity` = number of Monte Carlo samples, 0 = none)."""
    fw = framework if isinstance(framework, Framework) else load_framework(framework)
    if min_coverage is not None and not 0 <= min_coverage <= 1:
        raise InputError(f"minimum coverage {min_coverage} is not between 0 and 1",
                         fix="e.g. --min-coverage 0.5")
    rows, w1 = read_answers(Path(answers), fw, strict=strict)
    values, w2 = combine_duplicates(rows, answers, duplicates=duplicates, strict=strict)
    result = score_values(fw, values, min_coverage=min_coverage)
    result.warnings = rules_passed_over(fw) + \
        unanswered(fw, values, {(a.country, a.year, a.indicator) for a in rows}) + \
        (thin_scores(result) if min_coverage is None else []) + w1 + w2 + result.warnings
    result.answers = len(rows)
    result.answer_rows = [{**a.to_dict(), "score": a.score if not math.isnan(a.score) else "n/a",
                           "file": Path(answers).name} for a in rows]
    if warn:
        for w in result.warnings:
            warn(w)
    run = ScoringRun(fw, result)
    if check_against_path is not None:
        run.check = check_against(result, fw, Path(check_against_path), tolerance=tolerance)
    if sensitivity:
        run.sensitivity = run_sensitivity(fw, values, samples=sensitivity, seed=seed,
                                          target=target, method=method, spread=spread,
                                          min_coverage=min_coverage, progress=progress)
    return run


def thin_scores(result: ScoreResult, below: float = 0.5) -> list[str]:
    """A warning naming the area and overall scores that rest on less than half the information
    under them, when no minimum coverage was asked for: shown beside their coverage only, an
    overall score on 12 % of a framework read as any other (a researcher's trial 25)."""
    thin = [s for s in result.scores if s.level in ("overall", "area") and s.score is not None
            and s.coverage is not None and s.coverage < below]
    if not thin:
        return []
    named = "; ".join(f"{s.country} {s.year} {s.node} ({coverage_text(s.coverage)})"
                      for s in thin[:5]) + (f"; and {len(thin) - 5} more" if len(thin) > 5 else "")
    return [f"warning: {len(thin)} area or overall score(s) rest on less than "
            f"{below:.0%} of the information under them: {named} (`--min-coverage {below}` "
            "leaves such scores out)"]


def score_answers(fw: Framework, answers_path: Path, *, duplicates: str = "agree",
                  strict: bool = False, min_coverage: float | None = None,
                  warn: Callable[[str], None] | None = None) -> ScoreResult:
    """Read, check and score an answers file against a framework."""
    return run_scoring(answers=answers_path, framework=fw, duplicates=duplicates, strict=strict,
                       min_coverage=min_coverage, warn=warn).result


def answer_files(project: Project) -> list[tuple[Path, Path]]:
    """(framework, answers) pairs: `answers/<framework stem>*.csv|xlsx` next to
    `indicators/<framework stem>.yaml`."""
    out = []
    d = project.root / "answers"
    if not d.is_dir():
        return out
    for fw in sorted(project.indicators_dir.glob("*.yaml")):
        for a in sorted(d.iterdir()):
            if a.suffix.lower() in (".csv", ".xlsx") and a.name.startswith(fw.stem):
                out.append((fw, a))
    return out
