"""The command line starts without the ML frameworks: torch and transformers (seconds to
import) are imported only where the statement detector or the agentive-noun encoder is built or
run, and scikit-learn and SciPy's optimisation and hierarchical clustering (most of a second)
only where grouping, clustering or carrying curation runs, so that `corpus-tool --help` or
`annotations add`, which a coder runs for every coding, does not wait for them (`python -m
benchmarks annotations` prints the start-up times)."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("imported, heavy", [
    # the ML frameworks, even with the statements stage imported
    ("corpus_tool.cli, corpus_tool.statements.stage",
     ("torch", "transformers", "sentence_transformers")),
    # the scientific toolkit
    ("corpus_tool.cli", ("sklearn", "scipy.optimize", "scipy.cluster", "scipy.stats"))])
def test_importing_the_cli_imports_none_of_the_heavy_packages(imported, heavy):
    code = (f"import sys, {imported}; "
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_the_detector_still_loads_its_framework_when_it_runs():
    from corpus_tool.statements import detector
    pairs = [detector.detector_input("States shall ensure free primary education.",
                                     genre="treaty")]
    p = detector.shipped().probabilities(pairs)
    assert len(p) == 1 and 0.0 <= p[0] <= 1.0
