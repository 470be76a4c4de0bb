"""The checks' design, asserted without timing: the reference's variants are computed once
per exercise, when it is built, never on a learner's check; and there is no global registry
of exercises for test exercises to land in (issue 15)."""

import numpy as np

from helpers.checks import exercise as engine
from helpers.checks import variants
from helpers.checks.exercise import FunctionExercise, ValueExercise
from helpers.exercises import all_exercises, find


def _scaled(v):
    return v * 2


def _scaled_function(v):
    return np.sum(v) * 2


def test_variants_are_computed_when_the_exercise_is_built_and_never_again(monkeypatch):
    calls = []
    real = engine.variants_of
    monkeypatch.setattr(engine, "variants_of", lambda *a: calls.append(a) or real(*a))
    exercise = ValueExercise("lesson99", "scaled", _scaled, inputs={"v": np.array([1.0, 2.0])})
    assert len(calls) == 1  # built: once
    exercise.check(np.array([2.0, 4.0]))
    exercise.check(np.array([1.0, 2.0]))  # v itself
    exercise.check(np.array([0.5, 1.0]))  # divided instead of multiplied: a variant
    assert len(calls) == 1  # checked three times: no more


def test_a_function_exercise_computes_its_variants_once_per_case(monkeypatch):
    calls = []
    real = engine.variants_of
    monkeypatch.setattr(engine, "variants_of", lambda *a: calls.append(a) or real(*a))
    cases = ({"v": np.array([1.0, 2.0])}, {"v": np.array([3.0, -1.0])})
    exercise = FunctionExercise("lesson99", "scaled", _scaled_function, cases=cases,
                                function_name="scaled")
    assert len(calls) == 2
    feedback = exercise.check(lambda v: np.sum(v) / 2)
    assert "divided by 2" in feedback.message
    assert len(calls) == 2


def test_the_slips_of_a_reference_are_compiled_once():
    first = variants.mutants_of(_scaled)
    assert first and variants.mutants_of(_scaled) is first


def test_an_exercise_built_in_a_test_is_not_findable_through_the_course():
    exercise = ValueExercise("lesson03", "times_two_test_only", _scaled,
                             inputs={"v": np.array([1.0])})
    assert find("lesson03", "times_two_test_only") is None
    assert all(item is not exercise for item in all_exercises())
    assert find("lesson03", "times_two") is not None  # the course's own is still found
    assert not hasattr(engine, "REGISTRY")


# -- detectors by kind, on the course's own exercises ---------------------------------------
TALK = [5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9]


def _message(lesson: str, name: str, answer) -> str:
    feedback = find(lesson, name).check(answer)
    assert feedback.status.value == "incorrect"
    return feedback.message


def test_the_right_entries_in_another_order_are_named_by_how_they_moved():
    assert "reverse order" in _message("lesson01", "as_float32", np.array(TALK[::-1]))
    assert "sorted" in _message("lesson01", "as_float32", np.sort(TALK))
    swapped = TALK[:2] + [12, 45] + TALK[4:]
    assert "two entries are swapped: 45 and 12" in _message("lesson01", "as_float32",
                                                             np.array(swapped))
    assert "rotated" in _message("lesson03", "talk_transpose",
                                 np.rot90(np.array([[6, 4, 24], [1, -9, 8]])))


def test_a_part_of_the_right_answer_is_named():
    assert "missing one is 27 (index 0)" in _message("lesson01", "person_vector",
                                                      np.array([185, 80, 94105, 0]))
    split = [5, 7, 4, 5, 1, 2, -6, 3, 22, 1, 8, 3, -9]
    assert "split into single digits" in _message("lesson01", "as_float32", np.array(split))
    M = find("lesson01", "talk_cube").inputs["M"]
    assert "third of the 3 slices" in _message("lesson01", "talk_cube",
                                               np.stack([M, 2 * M, 2 * M]))


def test_lost_signs_factors_and_reductions_of_an_input_are_named():
    lost = TALK[:-1] + [9]
    assert "sign is wrong for 1 of 11" in _message("lesson01", "as_float32", np.array(lost))
    X = find("lesson03", "center_columns").inputs["X"]
    assert "sign is wrong for 1 of 12" in _message("lesson03", "center_columns",
                                                   0
                                                   + _one_sign_lost(X - X.mean(axis=0)))
    assert "shape[4] = 6 is missing" in _message("lesson01", "tensor_size", 2 * 3 * 4 * 5)
    x = find("lesson05", "l1").inputs["x"]
    assert "largest absolute value of x" in _message("lesson05", "l1", np.max(np.abs(x)))


def test_right_numbers_in_the_wrong_shape_say_which_shape_slip():
    image = find("lesson02", "batch_of_one").inputs["image"]
    assert "add an axis" in _message("lesson02", "batch_of_one", np.array(image))
    people = np.array(find("lesson01", "people_matrix").inputs["people"])
    assert "reshape regroups" in _message("lesson01", "people_matrix", people.reshape(5, 3))
    A = find("lesson03", "talk_transpose").inputs["A"]
    assert "flattened" in _message("lesson03", "talk_transpose", np.array(A).T.ravel())


def _one_sign_lost(values):
    changed = np.array(values, dtype=float)
    changed[0, 0] = -changed[0, 0]
    return changed


def test_a_number_in_brackets_is_not_the_number():
    assert "inside a list (brackets)" in _message("lesson00", "double", [20])
    assert find("lesson00", "double").check(20).status.value == "correct"
