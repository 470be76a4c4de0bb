"""Property-based tests: whatever a learner hands to any exercise's check, a message comes back.

Arrays of random shapes and dtypes, NaN and inf, nested and ragged lists, None, strings,
MXNet NDArrays, arbitrary objects, and (for exercises that take a function) functions that
return all of those or raise.
"""

import math

import mxnet as mx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from helpers import Status
from helpers.catalogue import LESSON_MODULES

EXAMPLES = 300
DTYPES = st.sampled_from(["int8", "int64", "uint8", "float16", "float32", "float64", "bool",
                          "complex64"])
arrays = DTYPES.flatmap(lambda dtype: hnp.arrays(
    dtype, hnp.array_shapes(min_dims=0, max_dims=5, min_side=0, max_side=6),
    elements={"allow_nan": True, "allow_infinity": True} if dtype.startswith("float") else None))
scalars = st.one_of(st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True),
                    st.booleans(), st.complex_numbers(allow_nan=True))
leaves = st.one_of(scalars, st.none(), st.text(max_size=5))
nested = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) |
                      st.tuples(inner, inner), max_leaves=20)
ndarrays = hnp.arrays("float32", hnp.array_shapes(min_dims=1, max_dims=4, max_side=5),
                      elements=st.floats(-1e6, 1e6, width=32)).map(mx.nd.array)
objects = st.one_of(st.builds(object), st.dictionaries(st.text(max_size=3), scalars, max_size=3),
                    st.sets(st.integers(), max_size=3), st.just(print), st.just(Ellipsis),
                    st.binary(max_size=5), st.just(np.float64), st.just(slice(1, 2)))
answers = st.one_of(arrays, scalars, nested, ndarrays, objects)


def returning(value):
    return lambda **kwargs: value


def raising(error):
    def function(**kwargs):
        raise error
    return function


functions = st.one_of(answers.map(returning),
                      st.sampled_from([ValueError("bad"), ZeroDivisionError(), KeyError("k"),
                                       RecursionError(), TypeError("no")]).map(raising))


def check_any_answer(exercise, data):
    # Exercises that take a function get mostly functions (returning junk, or raising).
    strategy = st.one_of(functions, answers) if exercise.wants_function else answers
    answer = data.draw(strategy, label="answer")
    feedback = exercise.check(answer)  # must not raise
    assert feedback.status in {Status.CORRECT, Status.INCORRECT, Status.INVALID,
                               Status.NOT_ATTEMPTED}
    assert feedback.message and (feedback.solved or len(feedback.message) > 15)
    text, html = repr(feedback), feedback._repr_html_()
    assert text.startswith(("✓", "✗", "…")) and "<div" in html
    if feedback.status is Status.CORRECT:  # a random answer may be right only if it is right
        assert exercise.wants_function or _close(answer, exercise.expected())


def lesson_class(module):
    """One test class per lesson, so that pytest-xdist (--dist loadscope) spreads them."""

    @pytest.mark.parametrize("exercise", module.EXERCISES, ids=lambda e: e.full_name)
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.data())
    def test_any_answer_gets_a_message_and_never_an_exception(self, exercise, data):
        check_any_answer(exercise, data)

    name = f"TestFuzzed{module.LESSON.capitalize()}"
    return pytest.mark.slow(type(name, (), {
        "test_any_answer_gets_a_message_and_never_an_exception":
            test_any_answer_gets_a_message_and_never_an_exception}))


for _module in LESSON_MODULES:
    _class = lesson_class(_module)
    globals()[_class.__name__] = _class


def _close(answer, expected):
    value = np.asarray(answer.asnumpy() if hasattr(answer, "asnumpy") else answer, dtype=float)
    if expected.ndim == 0 and value.size == 1:
        return math.isclose(float(value.reshape(())), float(expected), rel_tol=1e-4, abs_tol=1e-5)
    return value.shape == expected.shape and np.allclose(value, expected, rtol=1e-4, atol=1e-5)
