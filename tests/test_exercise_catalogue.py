"""Self-tests of every exercise in the course, generated from the catalogue.

A new exercise in a lesson module's EXERCISES is covered here without writing a test.
"""

import mxnet as mx
import numpy as np
import pytest

from helpers import PLACEHOLDER, Status
from helpers.exercises import all_exercises

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
    feedback = exercise.check(exercise.reference_answer())
    assert feedback.status is Status.CORRECT, feedback


def as_forms(exercise):
    """The reference answer as a list, as float64 and as an NDArray, as learners hand it in."""
    if not exercise.numeric or getattr(exercise, "kind", None) or getattr(exercise, "dtype", None):
        return []  # the task asks for one exact type; other types are tested as mistakes
    converters = [lambda a: a.tolist(), lambda a: a.astype(np.float64),
                  lambda a: mx.nd.array(np.atleast_1d(a))]
    if exercise.wants_function:
        reference = exercise.reference
        return [lambda *args, convert=convert: convert(np.asarray(_numpy(reference(*args))))
                for convert in converters]
    return [convert(exercise.expected()) for convert in converters]


def _numpy(value):
    return value.asnumpy() if hasattr(value, "asnumpy") else value


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_reference_passes_as_list_float64_and_mxnet_unless_a_type_is_required(exercise):
    for answer in as_forms(exercise):
        assert exercise.check(answer).solved


@pytest.mark.parametrize("exercise", EXERCISES, ids=ids)
def test_solution_code_runs_and_solves_the_exercise(exercise):
    from helpers import exercises as catalogue

    module = next(m for m in catalogue.lesson_modules() if exercise in m.EXERCISES)
    namespace = {"np": np, "mx": mx, **vars(module), **getattr(exercise, "inputs", {})}
    exec(exercise.solution_code(), namespace)  # the code the learner sees in solution()
    answer = namespace[exercise.function_name] if exercise.wants_function else namespace["answer"]
    assert exercise.check(answer).solved
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
