"""The exercise engine on a small exercise defined here: statuses, messages, hints, rendering."""

import mxnet as mx
import numpy as np
import pytest

from helpers import PLACEHOLDER, FunctionExercise, Mistake, Status, ValueExercise
from helpers.checks.diagnose import diagnose, same_values
from helpers.checks.exercise import solution_code


def _times_two(A):
    # doubling is elementwise
    doubled = A * 2
    return doubled


def _column(x):
    return x.reshape(-1, 1)


A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
DOUBLE = ValueExercise("unit-test", "double", _times_two, inputs={"A": A},
                  mistakes=(Mistake("plus two", lambda A: A + 2, "you added 2"),),
                  hints=("first", "second"))
COLUMN = ValueExercise("unit-test", "column", _column, inputs={"x": np.array([1.0, 2.0, 3.0])})
FLOAT32 = ValueExercise("unit-test", "float32", lambda: np.ones(2, np.float32), dtype="float32")


def test_placeholder_reads_not_attempted():
    feedback = DOUBLE.check(PLACEHOLDER)
    assert feedback.status is Status.NOT_ATTEMPTED
    assert repr(feedback) == ("… Not attempted yet [double]: replace `...` with your answer, "
                              "then run the cell again")
    assert DOUBLE.check().status is Status.NOT_ATTEMPTED


@pytest.mark.parametrize("convert", [
    lambda a: a, lambda a: a.astype(np.float32), lambda a: a.tolist(), mx.nd.array,
    lambda a: a + 1e-7,
])
def test_reference_accepted_in_every_reasonable_form(convert):
    feedback = DOUBLE.check(convert(A * 2))
    assert feedback.solved, feedback
    assert str(feedback) == "✓ Correct [double]: well done"


def test_catalogued_mistake_gets_its_own_message():
    assert str(DOUBLE.check(A + 2)) == "✗ Not yet [double]: you added 2"


def test_transposed_result_is_named():
    message = DOUBLE.check((A * 2).T).message
    assert message == ("got shape (3, 2), expected shape (2, 3): this is the transpose of the "
                       "expected result, rows and columns are swapped")


def test_square_transpose_is_named():
    square = ValueExercise("unit-test", "square", lambda: np.array([[1, 2], [3, 4]]))
    assert "transpose" in square.check([[1, 3], [2, 4]]).message


def test_shape_mistakes_name_both_shapes():
    assert COLUMN.check([1, 2, 3]).message == (
        "the numbers are right but the shape is wrong: got shape (3,), expected shape (3, 1) "
        "(a column vector has two axes: reshape to (n, 1))")
    assert COLUMN.check([[1, 2, 3]]).message == (
        "got shape (1, 3), expected shape (3, 1): a row vector where a column vector was meant")
    assert COLUMN.check([1, 2]).message == (
        "got shape (2,), expected shape (3, 1) (1 axis instead of 2)")
    assert COLUMN.check(5).message == "got a single number, expected an array of shape (3, 1)"


def test_wrong_values_point_at_the_first_wrong_entry_without_giving_it_away():
    wrong = A * 2
    wrong[1, 2] = 0
    assert DOUBLE.check(wrong).message == (
        "the shape (2, 3) is right, but 1 of 6 entries differ; the first is at index (1, 2), "
        "where you have 0")


def test_scalar_answers_and_one_element_arrays():
    total = ValueExercise("unit-test", "total", lambda: 21.0)
    assert total.check(21).solved
    assert total.check(np.array([21.0])).solved  # e.g. what mx.nd.norm returns
    assert total.check(mx.nd.array([21.0])).solved
    assert total.check(20).message == "got 20, which is not the expected value"
    assert total.check([1, 2]).message == "got an array of shape (2,), expected a single number"


def test_dtype_is_checked_when_the_exercise_asks_for_one():
    assert FLOAT32.check(np.ones(2, np.float32)).solved
    assert FLOAT32.check(np.ones(2)).message == (
        "the numbers are right, but the dtype is float64; expected float32")
    assert FLOAT32.check([1.0, 1.0]).message == (
        "the numbers are right, but a list has no dtype: hand in an array of dtype float32")
    assert FLOAT32.check(mx.nd.ones(2)).solved  # MXNet's default dtype is float32


class Exploding:
    def __array__(self, *args, **kwargs):
        raise RuntimeError("boom")


@pytest.mark.parametrize("junk", [None, "text", [[1], [2, 3]], float("nan"), object(),
                                  Exploding(), {"x": 1}, [None, None], print])
def test_junk_gets_a_message_and_never_raises(junk):
    feedback = DOUBLE.check(junk)
    assert feedback.status in (Status.INVALID, Status.INCORRECT)
    assert feedback.message


@pytest.mark.parametrize("broken", [
    ValueExercise("unit-test", "broken", lambda: 1 / 0),
    ValueExercise("unit-test", "broken_mistake", lambda: 1.0,
             mistakes=(Mistake("fails", lambda: 1 / 0, "never shown"),)),
    FunctionExercise("unit-test", "broken_function", lambda x: x, function_name="f",
             cases=({"x": 1.0},), mistakes=(Mistake("fails", lambda x: 1 / 0, "never shown"),)),
])
def test_a_failing_reference_or_mistake_still_gives_a_message(broken):
    feedback = broken.check((lambda x: x + 1) if broken.wants_function else 2)
    assert feedback.status is Status.INVALID
    assert feedback.message == ("this exercise's own check is broken, so no answer can be "
                                "checked; it is not your fault: please report it to the course")


def test_an_unexpected_failure_reads_as_a_sentence_without_an_exception_name(monkeypatch):
    def overflowing(*args):
        raise OverflowError("Python int too large to convert to C long")

    monkeypatch.setattr("helpers.checks.exercise.same_values", overflowing)
    feedback = DOUBLE.check([[1, 2, 3], [4, 5, 6]])
    assert feedback.status is Status.INVALID
    assert feedback.message == ("this answer could not be checked: it does not behave like "
                                "numbers. Hand in a NumPy array, a list of numbers or a number")


@pytest.mark.parametrize(("answer", "message"), [
    (["2", "4", "6"], "your list holds text ('2' is a string): write numbers without quotes, "
                      "2 not '2'"),
    ([[2, 4, 6], [8, None, 12]], "your list holds None where a number should be: did a "
                                 "function you called forget to `return`, or is a value "
                                 "missing?"),
    ([[2, 4, 6], [8, 10, 2**70]], "the shape (2, 3) is right, but 1 of 6 entries differ; the "
                                  "first is at index (1, 2), where you have 1.18059e+21"),
    ([[2, 4, 6], [8, 10, 10**400]], "your list holds a whole number with 401 digits, too "
                                    "large for an array of numbers (the largest float is "
                                    "about 1.8e308)"),
    (np.ma.masked_array(A * 2, mask=A > 5), "this is a masked array (np.ma) with 1 of 6 "
                                            "entries hidden; the check compares every entry, "
                                            "so hand in a plain NumPy array: np.array(...)"),
])
def test_new_kinds_of_bad_answers_get_a_teachers_sentence(answer, message):
    feedback = DOUBLE.check(answer)
    assert not feedback.solved
    assert feedback.message == message


def test_hint_levels_may_be_any_integer_type():
    assert DOUBLE.hint(np.int64(2)).message == "2/2: second"
    assert DOUBLE.hint(np.int32(1)).message == "1/2: first (more: hint(2))"
    assert DOUBLE.hint(np.int64(5)).message == "there are 2 hints: use hint(1) to hint(2)"
    assert DOUBLE.hint(True).message == "there are 2 hints: use hint(1) to hint(2)"
    assert DOUBLE.hint(1.0).message == "there are 2 hints: use hint(1) to hint(2)"


def test_hints_are_tiered_and_out_of_range_levels_explained():
    assert str(DOUBLE.hint()) == "? Hint [double]: 1/2: first (more: hint(2))"
    assert str(DOUBLE.hint(2)) == "? Hint [double]: 2/2: second"
    assert DOUBLE.hint(3).message == "there are 2 hints: use hint(1) to hint(2)"
    assert DOUBLE.hint("x").message == "there are 2 hints: use hint(1) to hint(2)"
    assert COLUMN.hint().message == "this exercise has no hints; try solution()"


def test_solution_is_the_reference_body_with_comments():
    expected = "# doubling is elementwise\ndoubled = A * 2\nanswer = doubled"
    assert solution_code(_times_two) == expected
    assert DOUBLE.solution().code == solution_code(_times_two)
    assert "answer = doubled" in str(DOUBLE.solution())


def test_html_rendering_escapes_and_colours():
    html = DOUBLE.check("<b>").\
        _repr_html_()
    assert "&#x27;&lt;b&gt;&#x27;" in html
    assert "Can&#x27;t check this answer" in html
    assert "#c62828" in html


def test_same_values_and_diagnose_helpers():
    assert same_values(np.array(3.0), np.array(3.0 + 1e-9), 1e-5, 1e-6)
    assert not same_values(np.array([1, 2]), np.array([[1, 2]]), 1e-5, 1e-6)
    assert diagnose(np.zeros((2, 2, 2)), np.zeros((2, 2)), 1e-5, 1e-6) == (
        "got shape (2, 2, 2), expected shape (2, 2) (3 axes instead of 2)")


def _row_sums(X, w):
    return X @ w


ROW_SUMS = FunctionExercise(
    "lesson99", "row_sums", _row_sums, function_name="row_sums",
    cases=({"X": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, -6.0]]), "w": np.array([2.0, 1.0])},
           {"X": np.array([[0.5, 1.0], [2.0, 0.0]]), "w": np.array([1.0, 3.0])}))


@pytest.mark.parametrize(("function", "words"), [
    (lambda X, w: X[0] @ w, "the result for the first row only"),
    (lambda X, w: np.mean(X @ w), "the mean of the expected results"),
    (lambda X, w: np.sum(X @ w), "the sum of the expected results"),
    (lambda X, w: np.max(X) * w[0], "something combines the rows into one"),
])
def test_one_number_where_one_per_row_was_meant_is_named(function, words):
    message = ROW_SUMS.check(function).message
    assert words in message
    assert "one per row of X, shape" in message


def test_a_missing_factor_from_an_input_outranks_a_plain_ratio():
    size = ValueExercise("lesson99", "size", lambda shape: int(np.prod(shape)),
                         inputs={"shape": (2, 3, 4)})
    first = size.check(12).message
    assert "shape[0] = 2 is missing" in first and "the first axis" in first
    assert "half" not in first
    assert "the last axis" in size.check(6).message


def test_twin_exercises_word_the_same_slip_the_same_way():
    from helpers.exercises import lesson05, lesson06

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    neuron = lesson06.neuron.check(lambda w, x: np.dot(w, x)).message
    layer = lesson06.layer.check(lambda W, x: W @ x).message
    assert neuron == layer and neuron.startswith("the sigmoid is missing")
    single = lesson06.forward.check(lambda x, W1, w2: w2 @ sigmoid(W1 @ x)).message
    batch = lesson06.forward_batch.check(lambda X, W1, w2: sigmoid(X @ W1.T) @ w2).message
    assert single == batch and single.startswith("the output's sigmoid is missing")
    a, b = lesson05.distance.inputs["a"], lesson05.distance.inputs["b"]
    assert lesson05.distance.check(np.sum((a - b) ** 2)).message.startswith(
        "the square root is missing")


def _fails_with(error):
    def row_sums(X, w):
        raise error
    return row_sums


@pytest.mark.parametrize(("function", "words"), [
    (_fails_with(ZeroDivisionError("division by zero")), "a division by zero"),
    (lambda X: X, "with 2 arguments, in this order: (X, w)"),
    (lambda X, w: X.tolist().T, "a list has no .T: make it a NumPy array first"),
    (lambda X, w: X + "1", "a value of a type it cannot work with"),
    (_fails_with(KeyError("weights")), "a key that is not there"),
    (_fails_with(RuntimeError("my own words")), "something in it failed (the error says: my "
                                                "own words)"),
])
def test_an_unknown_error_in_the_learners_function_is_said_in_plain_words(function, words):
    message = ROW_SUMS.check(function).message
    assert message.startswith("your function stopped with an error")
    assert words in message
    assert not any(name in message for name in ("ZeroDivisionError", "TypeError",
                                                 "AttributeError", "KeyError", "RuntimeError"))
