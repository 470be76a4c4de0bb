"""Property-based tests: whatever a learner hands to any exercise's check, a message comes back.

Arrays of random shapes and dtypes, NaN and inf, nested and ragged lists, None, strings,
numbers written as text, whole numbers too large for any array, date/time and masked arrays,
MXNet NDArrays, arbitrary objects, and (for exercises that take a function) functions that
return all of those, raise, or never return.

The right answer in disguise (as text, bytes, with a None, masked, as dates) is never
accepted, for every exercise.
"""

import math
import re
from unittest import mock

import mxnet as mx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from helpers import Status
from helpers.checks import timelimit
from helpers.exercises import all_exercises, lesson_modules

EXAMPLES = 300
DTYPES = st.sampled_from(["int8", "int64", "uint8", "float16", "float32", "float64", "bool",
                          "complex64"])
arrays = DTYPES.flatmap(lambda dtype: hnp.arrays(
    dtype, hnp.array_shapes(min_dims=0, max_dims=5, min_side=0, max_side=6),
    elements={"allow_nan": True, "allow_infinity": True} if dtype.startswith("float") else None))
huge_ints = st.integers(2**63, 10**400) | st.integers(-(10**400), -(2**63))
scalars = st.one_of(st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True),
                    st.booleans(), st.complex_numbers(allow_nan=True), huge_ints)
numbers_as_text = st.one_of(st.integers(-99, 99), st.floats(-10, 10)).map(str)
leaves = st.one_of(scalars, st.none(), st.text(max_size=5), numbers_as_text,
                   numbers_as_text.map(str.encode))
nested = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) |
                      st.tuples(inner, inner), max_leaves=20)
ndarrays = hnp.arrays("float32", hnp.array_shapes(min_dims=1, max_dims=4, max_side=5),
                      elements=st.floats(-1e6, 1e6, width=32)).map(mx.nd.array)
objects = st.one_of(st.builds(object), st.dictionaries(st.text(max_size=3), scalars, max_size=3),
                    st.sets(st.integers(), max_size=3), st.just(print), st.just(Ellipsis),
                    st.binary(max_size=5), st.just(np.float64), st.just(slice(1, 2)))
times = hnp.arrays(st.sampled_from(["datetime64[D]", "datetime64[ns]", "timedelta64[s]"]),
                   hnp.array_shapes(min_dims=0, max_dims=3, max_side=4))
masked = st.builds(lambda data, mask: np.ma.masked_array(data, mask=mask[:data.size]
                                                         .reshape(data.shape)),
                   hnp.arrays("float64", st.integers(0, 5).map(lambda n: (n,)),
                              elements=st.floats(-5, 5)),
                   hnp.arrays("bool", (5,)))
answers = st.one_of(arrays, scalars, nested, ndarrays, objects, times, masked,
                    st.lists(numbers_as_text, min_size=1, max_size=4))
#: Words that belong to a traceback, not to a teacher.
RAW = re.compile(r"\b\w*(Error|Exception|Warning)\b|Traceback|could not be checked \(")


def returning(value):
    return lambda *args: value


def raising(error):
    def function(*args):
        raise error
    return function


def looping(*args):
    while True:
        pass


functions = st.one_of(answers.map(returning),
                      st.sampled_from([ValueError("bad"), ZeroDivisionError(), KeyError("k"),
                                       RecursionError(), TypeError("no")]).map(raising),
                      st.just(looping))


def check_any_answer(exercise, data):
    # Exercises that take a function get mostly functions (returning junk, or raising).
    strategy = st.one_of(functions, answers) if exercise.wants_function else answers
    answer = data.draw(strategy, label="answer")
    with mock.patch.object(timelimit, "TIME_LIMIT_SECONDS", 0.02):  # endless loops end fast
        feedback = exercise.check(answer)  # must not raise
    assert feedback.status in {Status.CORRECT, Status.INCORRECT, Status.INVALID,
                               Status.NOT_ATTEMPTED}
    assert feedback.message and (feedback.solved or len(feedback.message) > 15)
    if "your function stopped with an error" not in feedback.message:  # their own error is news
        assert not RAW.search(feedback.message), feedback.message
    if answer is looping:
        assert "did not finish within 0.02 seconds" in feedback.message
    text, html = repr(feedback), feedback._repr_html_()
    assert text.startswith(("✓", "✗", "…")) and "<div" in html
    if feedback.status is Status.CORRECT:  # a random answer may be right only if it is right
        assert exercise.wants_function or not exercise.numeric or \
            _close(answer, exercise.expected())


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


for _module in lesson_modules():
    _class = lesson_class(_module)
    globals()[_class.__name__] = _class


def _as_text(value):
    if not isinstance(value, list):
        return [str(value)]  # a one-element list counts as the number it holds
    return [_as_text(item) if isinstance(item, list) else str(item) for item in value]


def _with_none(value):
    if not isinstance(value, list):
        return [value, None]
    return [_with_none(value[0]), *value[1:]] if value else [None]


DISGUISES = {
    "text": (lambda e: _as_text(e.tolist()), "holds text"),
    "bytes": (lambda e: [str(v).encode() for v in e.ravel().tolist()] if e.ndim == 1 else
              [str(e.ravel()[0]).encode()], "holds bytes"),
    "None inside": (lambda e: _with_none(e.tolist()), "holds None where a number should be"),
    "masked": (lambda e: np.ma.masked_array(e, mask=np.ones(e.shape, bool)), "masked array"),
    "dates": (lambda e: np.asarray(e).astype("int64").astype("datetime64[D]"), "dates or times"),
}


@pytest.mark.parametrize("disguise", DISGUISES)
@pytest.mark.parametrize("exercise", [e for e in all_exercises() if e.numeric],
                         ids=lambda e: e.full_name)
def test_the_right_answer_in_disguise_is_refused_with_a_sentence(exercise, disguise):
    make, words = DISGUISES[disguise]
    if exercise.wants_function:
        names = list(exercise.cases[0])
        answer = lambda *args: make(exercise.expected(dict(zip(names, args, strict=True))))  # noqa: E731
    else:
        answer = make(exercise.expected())
    feedback = exercise.check(answer)
    assert feedback.status is Status.INVALID, feedback
    assert words in feedback.message


def _close(answer, expected):
    value = np.asarray(answer.asnumpy() if hasattr(answer, "asnumpy") else answer, dtype=float)
    if expected.ndim == 0 and value.size == 1:
        return math.isclose(float(value.reshape(())), float(expected), rel_tol=1e-4, abs_tol=1e-5)
    return value.shape == expected.shape and np.allclose(value, expected, rtol=1e-4, atol=1e-5)
