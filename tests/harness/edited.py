"""When tests fail on a checkout whose notebooks were edited (a learner's answers, usually),
the summary names those notebooks and says how to test the course on a clean copy."""

from __future__ import annotations

import pytest

from tests.checkout import ROOT, clean_copy_advice, edited_notebooks


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if terminalreporter.stats.get("failed"):
        edited = edited_notebooks(ROOT)
        if edited:
            terminalreporter.write_line(clean_copy_advice(edited), yellow=True)
