"""Turning learner answers into arrays: what is accepted, and the sentence for what is not."""

import datetime

import mxnet as mx
import numpy as np
import pytest

from helpers.checks.answers import to_array


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


class Exploding:
    def __float__(self):
        raise RuntimeError("boom")

    def __array__(self, *args, **kwargs):
        raise RuntimeError("boom")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "the answer is None: did a function forget to `return`, or did you assign the "
               "result of print()?"),
        ("abc", "the answer is the string 'abc', not numbers"),
        ([[1, 2], [3]], "the list is ragged: its rows have different lengths"),
        ([1, "a"], "your list holds text ('a' is a string): the answer should hold only numbers"),
        (np.array([1.0, np.nan]), "the answer holds 1 NaN value (not a number)"),
        (np.array([np.nan, np.nan]), "the answer holds 2 NaN values"),
        ({"a": 1}, "the answer is a dict, not an array"),
        (object(), "the answer is of type object; hand in a NumPy array"),
        (len, "the answer is a function, not its result: did you forget to call it"),
        (1 + 2j, "complex numbers"),
        (np.array(["a", "b"]), "your array holds text ('a' is a string)"),
        ([1, Exploding()], "the list holds something that is not a number"),
    ],
)
def test_bad_answers_get_a_sentence_not_an_exception(value, words):
    converted = to_array(value)
    assert converted.array is None
    assert words in converted.problem


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["5", "7", "45"], "your list holds text ('5' is a string): write numbers without "
                           "quotes, 5 not '5'"),
        (("1.5", 2), "your tuple holds text ('1.5' is a string): write numbers without quotes, "
                     "1.5 not '1.5'"),
        ([[1, 2], [3, "4"]], "your list holds text ('4' is a string): write numbers without "
                             "quotes, 4 not '4'"),
        ([b"5", b"7"], "your list holds bytes (b'5'): write numbers without quotes, 5 not b'5'"),
        (np.array(["5", "7"]), "your array holds text ('5' is a string): write numbers without "
                               "quotes, 5 not '5'"),
        ([np.array(["5"])], "your list holds text ('5' is a string): write numbers without "
                            "quotes, 5 not '5'"),
        ([1, None], "your list holds None where a number should be: did a function you called "
                    "forget to `return`, or is a value missing?"),
        (np.array([1, None]), "your array holds None where a number should be: did a function "
                              "you called forget to `return`, or is a value missing?"),
        (np.array(["2024-01-01", "2024-01-02"], dtype="datetime64[D]"),
         "your array holds dates or times (dtype datetime64[D]), not numbers"),
        (np.arange(3).astype("timedelta64[s]"),
         "your array holds dates or times (dtype timedelta64[s]), not numbers"),
        (np.datetime64("2024-01-01"),
         "the answer is a date or time (numpy.datetime64('2024-01-01')), not a number"),
        ([1, datetime.date(2024, 1, 1)],
         "your list holds a date or time (datetime.date(2024, 1, 1)), not a number"),
        (np.ma.masked_array([1, 2, 3], mask=[0, 1, 0]),
         "this is a masked array (np.ma) with 1 of 3 entries hidden; the check compares every "
         "entry, so hand in a plain NumPy array: np.array(...)"),
        (np.ma.masked_array([1.0, 2.0]),
         "this is a masked array (np.ma); the check compares plain arrays, so hand in a NumPy "
         "array: np.asarray(answer) keeps its numbers"),
        ([np.ma.masked_array([1, 2], mask=[1, 0])], "this is a masked array (np.ma) with 1 of 2"),
        ("5", "the answer is text ('5'): write numbers without quotes, 5 not '5'"),
        (b" 2.5", "the answer is text (b' 2.5'): write numbers without quotes, 2.5 not b' 2.5'"),
        (10**400, "the answer is a whole number with 401 digits, too large for an array of "
                  "numbers (the largest float is about 1.8e308)"),
        ([1, -(10**400)], "your list holds a whole number with 401 digits, too large for an "
                          "array of numbers (the largest float is about 1.8e308)"),
    ],
)
def test_what_numpy_would_quietly_convert_is_named(value, message):
    converted = to_array(value)
    assert converted.array is None
    assert converted.problem.startswith(message)


def test_whole_numbers_beyond_int64_become_floats():
    assert to_array(2**70).array == pytest.approx(2.0**70)
    assert to_array([1, 2**70]).array.tolist() == [1.0, 2.0**70]
    assert to_array([1, 2**62]).array.dtype == np.int64


def test_a_list_that_contains_itself_is_named():
    loop = [1]
    loop.append(loop)
    assert to_array(loop).problem == ("your list is nested more than 32 levels deep, more "
                                      "than an array can have: does it contain itself?")
    empty_loop = []
    empty_loop.append(empty_loop)
    assert "does it contain itself?" in to_array(empty_loop).problem
