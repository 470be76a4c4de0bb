"""Self-tests of every exercise in the course, generated from the catalogue.

A new exercise in a lesson module's EXERCISES is covered here without writing a test.
"""

import mxnet as mx
import numpy as np
import pytest

from helpers import PLACEHOLDER, Status
from helpers.catalogue import all_exercises

EXERCISES = all_exercises()
MISTAKES = [(exercise, mistake) for exercise in EXERCISES for mistake in exercise.mistakes]
JUNK = [None, "42", [[1, 2], [3]], float("nan"), object(), {"answer": 1}, [], print]


def ids(item):
    return item.full_name if hasattr(item, "full_name") else None


def test_catalogue_is_not_empty_and_names_are_unique():
    names = [exercise.full_name for exercise in EXERCISES]
    assert len(names) >= 8
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_reference_solution_passes(exercise):
    answer = exercise.reference(**exercise._fresh_inputs())
    feedback = exercise.check(answer)
    assert feedback.status is Status.CORRECT, feedback


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_reference_passes_as_list_float64_and_mxnet_unless_a_dtype_is_required(exercise):
    expected = exercise.expected()
    if exercise.dtype is None:
        assert exercise.check(expected.tolist()).solved
        assert exercise.check(expected.astype(np.float64)).solved
        assert exercise.check(mx.nd.array(np.atleast_1d(expected))).solved
    else:
        assert exercise.check(expected.astype(exercise.dtype)).solved


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_solution_code_runs_and_solves_the_exercise(exercise):
    namespace = {"np": np, "mx": mx, **exercise._fresh_inputs()}
    exec(exercise.solution_code(), namespace)  # the code the learner sees in solution()
    assert exercise.check(namespace["answer"]).solved
    assert exercise.solution().status is Status.SOLUTION


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_placeholder_reads_not_attempted(exercise):
    assert exercise.check(PLACEHOLDER).status is Status.NOT_ATTEMPTED


@pytest.mark.parametrize(("exercise", "mistake"), MISTAKES,
                         ids=[f"{e.full_name}-{m.name}" for e, m in MISTAKES])
def test_every_catalogued_mistake_gets_its_message(exercise, mistake):
    wrong = exercise.mistake_answer(mistake)
    feedback = exercise.check(wrong)
    assert feedback.status is Status.INCORRECT
    assert feedback.message == mistake.message


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
@pytest.mark.parametrize("junk", JUNK, ids=lambda j: type(j).__name__)
def test_junk_gets_a_clear_message(exercise, junk):
    feedback = exercise.check(junk)
    assert feedback.status in (Status.INVALID, Status.INCORRECT)
    assert len(feedback.message) > 15


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_every_exercise_has_tiered_hints(exercise):
    assert len(exercise.hints) >= 2
    for level in range(1, len(exercise.hints) + 1):
        assert exercise.hint(level).message.startswith(f"{level}/{len(exercise.hints)}: ")
