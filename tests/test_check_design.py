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
