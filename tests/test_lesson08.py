"""Lesson 08 beyond its stored outputs: what the lesson's text promises about its digit
recogniser, checked here instead of by an ``assert`` a learner's experiment would trip.

The solution notebook's code cells run in order in one namespace (widgets left out): Gluon
reaches the course's 95 % bar on the held-out digits, and the learner's forward pass (the
reference ``predict``) gives Gluon's prediction on every one of them.
"""

from __future__ import annotations

import contextlib
import io

import matplotlib
import numpy as np
import pytest

from helpers.explainers.learning import compare_with_gluon, draw_indexing, picked
from tests.notebooks import ROOT, read
from tests.test_figure_labels import overlapping

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def solved():
    """The namespace of lesson 08's solution notebook after all its code cells ran."""
    import matplotlib.pyplot as plt

    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell in read(ROOT / "solutions" / "08-next-steps.ipynb").cells:
            if cell.cell_type == "code" and "explainers.widgets" not in cell.source:
                exec(compile(cell.source, "lesson 08", "exec"), namespace)
                plt.close("all")
    return namespace


def test_the_digit_recogniser_reaches_95_percent_on_held_out_digits(solved):
    labels = solved["digit_labels"][solved["test"]]
    assert len(labels) == 360
    assert solved["test_accuracy"] >= 0.95
    assert solved["test_accuracy"] == np.mean(solved["predicted"] == labels)


def test_your_predict_gives_gluons_prediction_on_every_held_out_digit(solved):
    yours, gluon = solved["your_predicted"], solved["predicted"]
    assert yours.shape == gluon.shape == (360,)
    assert np.array_equal(yours, gluon)
    text = compare_with_gluon(yours, gluon, solved["digit_labels"][solved["test"]])
    accuracy = f"{solved['test_accuracy']:.1%}"
    assert text == (f"your network: {accuracy}, Gluon: {accuracy}, "
                    "same prediction on 360 of 360 digits")


def test_the_comparison_before_predict_is_written_or_when_it_is_wrong():
    gluon = np.array([3, 1, 4])
    labels = np.array([3, 1, 5])
    assert "still returns `...`" in compare_with_gluon(..., gluon, labels)
    assert "shape (3, 10)" in compare_with_gluon(np.zeros((3, 10)), gluon, labels)
    assert compare_with_gluon(np.array([3, 0, 4]), gluon, labels) == (
        "your network: 33.3%, Gluon: 66.7%, same prediction on 2 of 3 digits")


PROBS = np.array([[0.1, 0.6, 0.2, 0.1], [0.7, 0.1, 0.1, 0.1], [0.2, 0.2, 0.5, 0.1]])


@pytest.mark.parametrize(("index", "entries"), [
    ((slice(None), 1), [(0, 1), (1, 1), (2, 1)]),
    (PROBS > 0.5, [(0, 1), (1, 0)]),
    ((np.arange(3), np.array([1, 0, 3])), [(0, 1), (1, 0), (2, 3)]),
    ((slice(None), np.array([1, 0, 3])), [(r, c) for r in range(3) for c in (0, 1, 3)]),
    ([2, 0], [(r, c) for r in (0, 2) for c in range(4)]),
])
def test_the_indexing_figure_lights_the_entries_the_index_picks(index, entries):
    expected = np.zeros(PROBS.shape, dtype=bool)
    for entry in entries:
        expected[entry] = True
    assert np.array_equal(picked(PROBS, index), expected)


def test_the_indexing_figures_texts_do_not_overlap():
    figures = [draw_indexing(PROBS, "probs", [("[:, 1]", (slice(None), 1)),
                                              ("[probs > 0.5]", PROBS > 0.5),
                                              ("[np.arange(3), true_class]",
                                               (np.arange(3), np.array([1, 0, 3])))]),
               draw_indexing(np.eye(4), "identity", [("[[2, 0]]", [2, 0]),
                                                     ("[np.arange(4), np.arange(4)]",
                                                      (np.arange(4), np.arange(4)))])]
    for figure in figures:
        assert overlapping(figure) == []
