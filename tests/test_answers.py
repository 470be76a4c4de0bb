"""Turning learner answers into arrays: what is accepted, and the sentence for what is not."""

import mxnet as mx
import numpy as np
import pytest

from helpers.answers import to_array


@pytest.mark.parametrize(
    ("value", "kind", "shape"),
    [
        (np.arange(6).reshape(2, 3), "ndarray", (2, 3)),
        (mx.nd.array([[1, 2], [3, 4]]), "mxnet", (2, 2)),
        ([[1, 2, 3], [4, 5, 6]], "list", (2, 3)),
        ((4, 5), "tuple", (2,)),
        (7, "scalar", ()),
        (2.5, "scalar", ()),
        (np.float32(1.5), "scalar", ()),
        (np.array([1, 2], dtype=np.float32), "ndarray", (2,)),
    ],
)
def test_accepted_answers_become_arrays(value, kind, shape):
    converted = to_array(value)
    assert converted.problem is None
    assert converted.kind == kind
    assert converted.array.shape == shape


def test_integer_lists_stay_integer_and_float_lists_float():
    assert to_array([1, 2, 3]).array.dtype == np.int64
    assert to_array([1.0, 2, 3]).array.dtype == np.float64


def test_conversion_copies_so_the_learners_array_is_untouched():
    original = np.array([1.0, 2.0])
    converted = to_array(original).array
    converted[0] = 99
    assert original[0] == 1.0


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "the answer is None: did a function forget to `return`?"),
        ("abc", "the answer is the string 'abc', not numbers"),
        ([[1, 2], [3]], "the list is ragged: its rows have different lengths"),
        ([1, "a"], "the list holds something that is not a number"),
        (np.array([1.0, np.nan]), "the answer holds 1 NaN value (not a number)"),
        (np.array([np.nan, np.nan]), "the answer holds 2 NaN values"),
        ({"a": 1}, "the answer is a dict, not an array"),
        (object(), "the answer is of type object; hand in a NumPy array"),
        (len, "the answer is a function, not its result: did you forget to call it"),
        (1 + 2j, "complex numbers"),
        (np.array(["a", "b"]), "not a number"),
    ],
)
def test_bad_answers_get_a_sentence_not_an_exception(value, words):
    converted = to_array(value)
    assert converted.array is None
    assert words in converted.problem
