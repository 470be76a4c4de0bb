"""`make bench`, widget part: how long a learner waits, after a key moves a control, until the
widget shows the new state: its caption and its figure, decoded and ready to paint.

Timed inside the page, so that the browser driver's own round trips are not counted: a
`keydown` listener on the control notes `performance.now()`, and a MutationObserver on the
widget's view notes when the view has changed and its picture has decoded. The floor is a bare
slider echoed into an HTML widget, in the same JupyterLab, measured the same way.

    .venv/bin/python tools/widget_latency.py [moves]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.bench_setup import print_rows  # noqa: E402
from tools.lab import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    jupyterlab,
    missing_requirement,
    open_and_run_all,
    slider,
    widget,
)

FLOOR_NOTEBOOK = "bench-floor.ipynb"
FLOOR_CODE = """import ipywidgets as widgets

floor = widgets.FloatSlider(value=0, min=-10, max=10, step=0.1, description="floor",
                            continuous_update=False)
echo = widgets.HTML()
floor.observe(lambda change: setattr(echo, "value", f"<code>value {change.new:.1f}</code>"),
              names="value")
widgets.VBox([floor, echo])"""


@dataclass(frozen=True)
class Control:
    notebook: str
    label: str  # the control's label, exactly
    name: str  # how the report names the widget
    typed: tuple[str, str] = ()  # a text field: two values typed in turn, instead of keys


CONTROLS = (
    Control(FLOOR_NOTEBOOK, "floor", "floor: bare slider → HTML echo"),
    Control("02-data-as-tensors.ipynb", "sample (N)", "image slicer"),
    Control("03-elementwise-broadcasting.ipynb", "shape of B", "broadcast explorer (typed)",
            typed=("2", "3")),
    Control("04-products.ipynb", "row i", "matmul explorer"),
    Control("04-products.ipynb", "a (row 0, col 0)", "plane transformation"),
    Control("05-norms.ipynb", "p", "unit balls"),
    Control("06-forward-pass.ipynb", "w2[0]", "network playground"),
    Control("08-next-steps.ipynb", "learning rate", "learning-rate explorer"),
    Control("08-next-steps.ipynb", "test image", "digit probabilities"),
)

# Resolves with the milliseconds from the next keydown on `control` to the moment the view (the
# widget's last HTML area) has changed and every picture in it has decoded.
ARM = """([box, control]) => {
  const views = box.querySelectorAll('.widget-html-content');
  const view = views[views.length - 1];
  const before = view.innerHTML;
  window.__latency = new Promise((resolve) => {
    let start = null;
    control.addEventListener('keydown', () => { start = performance.now(); },
                             {once: true, capture: true});
    const observer = new MutationObserver(async () => {
      if (start === null || view.innerHTML === before) return;
      observer.disconnect();
      await Promise.all([...view.querySelectorAll('img')].map((img) => img.decode()));
      resolve(performance.now() - start);
    });
    observer.observe(view, {childList: true, subtree: true, characterData: true,
                            attributes: true});
  });
}"""


def floor_notebook(folder: Path) -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nbformat.write(nb, folder / FLOOR_NOTEBOOK)


def measure_control(page, control: Control, moves: int) -> list[float]:
    box = widget(page, control.label)
    if control.typed:
        field = box.locator(".widget-text", has=page.locator(
            ".widget-label", has_text=control.label)).locator("input")
    else:
        field = slider(box, control.label).locator(".noUi-handle")
    field.scroll_into_view_if_needed()
    latencies = []
    for move in range(moves):
        page.evaluate(ARM, [box.element_handle(), field.element_handle()])
        if control.typed:
            field.fill(control.typed[move % 2])
            field.press("Enter")
        else:
            field.press("ArrowRight" if move % 2 == 0 else "ArrowLeft")
        latencies.append(page.evaluate("window.__latency"))
    return latencies


def measure(moves: int = 30) -> dict[str, list[float]]:
    """Milliseconds per move for every widget, the floor first; each over ``moves`` moves."""
    from playwright.sync_api import sync_playwright

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as work, \
            jupyterlab(ROOT / "lessons", Path(work)) as base, sync_playwright() as playwright:
        floor_notebook(Path(work) / "lessons")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        opened = None
        for control in CONTROLS:
            if control.notebook != opened:
                live = ".widget-text" if control.typed else ".widget-slider"
                open_and_run_all(page, base, control.notebook, live)
                opened = control.notebook
            results[control.name] = measure_control(page, control, moves)
        browser.close()
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(results: dict[str, list[float]]) -> list[tuple[str, str]]:
    floor = statistics.median(results[CONTROLS[0].name])
    rows = []
    for name, latencies in results.items():
        median = statistics.median(latencies)
        rows.append((f"  {name} ({len(latencies)} moves)",
                     f"median {median:.0f} ms, p90 {percentile(latencies, 0.9):.0f} ms, "
                     f"{median / floor:.1f}× the floor"))
    return rows


def main() -> int:
    reason = missing_requirement()
    if reason:
        print(f"widget latency not measured: {reason}")
        return 0
    moves = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print("widget latency, key press → caption and figure shown (in the page)")
    print_rows(report(measure(moves)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
