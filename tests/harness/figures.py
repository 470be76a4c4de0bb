"""nbval compares a cell's text with the stored outputs but skips its images; this compares
the figures too, pixel by pixel within the tolerance another CPU's anti-aliasing needs
(tests/figure_diff.py). Stored outputs come from a run in a fresh kernel (`make solutions`),
so every test run is a second fresh execution checked output for output."""

from __future__ import annotations

import pytest

from tests.checkout import ROOT, clean_copy_advice, edited_notebooks
from tests.figure_diff import compare


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield  # nbval ran the cell and compared its text; an error there stops here
    if hasattr(item, "test_outputs") and item.options.get("check") \
            and item.cell.execution_count is not None:
        problem = figures_differ(images(item.cell.outputs), images(item.test_outputs))
        if problem:
            item.raise_cell_error(problem + " " + why_figures_differ(item))
    return result


def images(outputs: list) -> list[str]:
    return [output["data"][kind].strip() for output in outputs
            for kind in ("image/png", "image/jpeg") if kind in output.get("data", {})]


def figures_differ(stored: list[str], now: list[str]) -> str | None:
    """What differs between the stored figures and this run's, or None if they match."""
    if len(stored) != len(now):
        return f"This cell drew {len(now)} figure(s); the stored notebook has {len(stored)}."
    for number, (before, after) in enumerate(zip(stored, now, strict=True), start=1):
        diff = compare(before, after)
        if not diff.matches:
            return f"Figure {number} of {len(stored)} differs from the stored one: {diff.summary}."
    return None


def why_figures_differ(item: pytest.Item) -> str:
    path = item.path.relative_to(ROOT).as_posix()
    if path in edited_notebooks(ROOT):
        return clean_copy_advice([path])
    code = "\n".join(cell.source for cell in item.parent.nb.cells if cell.cell_type == "code")
    random = " It uses random numbers: are they seeded?" if "random" in code else ""
    return ("The notebook is as the course committed it, so the drawing depends on something "
            f"outside it: the packages' versions, or the run itself.{random}")
