"""Course-wide detectors by kind of slip, on small exercises defined here: what a learner
reads when the reference's code is rewritten with one slip (``variants``) or when the answer
is a transform of the expected value or of the inputs (``relations``, ``structure``)."""

import warnings

import mxnet as mx
import numpy as np
from mxnet import autograd, nd

from helpers import FunctionExercise, ValueExercise


def _double(a):
    return a * 2


def _typed():
    return np.array([5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])


def _shape(M):
    return M.shape


def _stacked(M):
    return np.stack([M, 2 * M, 3 * M])


def _batch(image):
    return image[np.newaxis]


def _sum(A, B):
    return np.array(A) + np.array(B)


def _per_row(A, c):
    return A + c.reshape(-1, 1)


def _row(M):
    return M[2]


def _entry(P, Q):
    return (P @ Q)[1, 0]


def _table(a):
    return a.reshape(-1, 1) + a


def _transpose(A):
    return A.T


def _centered(X):
    return X - X.mean(axis=0)


def _product(A, B):
    return A @ B


def _dot(w, x):
    return np.dot(w, x)


def _unit(v):
    return v / np.linalg.norm(v)


def _distance(a, b):
    return np.linalg.norm(a - b)


def _cosine(a, b):
    return a @ b / (np.linalg.norm(a) * np.linalg.norm(b))


def _count(shape):
    return int(np.prod(shape))


def _entry_by_index(P, Q):
    return P[1] @ Q[:, 0]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _layer(W, x):
    return sigmoid(W @ x)


def _gradient(x, w):
    w.attach_grad()
    with autograd.record():
        y = nd.sigmoid(nd.dot(w, x) * nd.sum(x))
    y.backward()
    return w.grad


M = np.array([[-9.0, 4, 2, 5, 7], [3, 0, 12, 8, 61], [1, 23, -6, 45, 2], [22, 3, -1, 72, 6]])
P = np.array([[3.0, -2.0, -1.0], [-1.0, -1.0, 3.0], [4.0, 2.0, -2.0]])
Q = np.array([[-2.0, 0.0, 1.0], [2.0, 1.0, -1.0], [-1.0, 2.0, 3.0]])
A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
C = np.array([10.0, 20.0, 30.0])


def _message(exercise, answer) -> str:
    feedback = exercise.check(answer)
    assert feedback.status.value == "incorrect", feedback
    return feedback.message


def _value(reference, **inputs) -> ValueExercise:
    return ValueExercise("unit-test", reference.__name__.strip("_"), reference, inputs=inputs)


# -- relations and structure: the answer against transforms of the expected value ----------
def test_a_single_number_handed_back_unchanged_is_named():
    assert "a itself, unchanged" in _message(_value(_double, a=10), 10)


def test_a_range_for_typed_numbers_is_named():
    typed = _value(_typed)
    assert "evenly spaced" in _message(typed, np.arange(5, -10, -1))
    assert "evenly spaced" in _message(typed, np.linspace(5, -9, 11))


def test_last_indices_for_lengths_and_another_tuple_for_a_shape():
    shape = _value(_shape, M=M)
    assert "last indices, counting from 0" in _message(shape, (3, 4))
    assert "not the shape of M" in _message(shape, (4, 6))


def test_pieces_joined_repeated_or_appended_are_named():
    assert "np.stack puts them on a new axis" in _message(
        _value(_stacked, M=M), np.concatenate([M, 2 * M, 3 * M]))
    image = np.arange(64.0).reshape(1, 8, 8)
    assert "2 copies of the answer" in _message(_value(_batch, image=image),
                                                np.stack([image, image]))
    listed = _value(_sum, A=[1, 2, 3, 4], B=[5, 3, 2, 7])
    assert "A repeated 3 times" in _message(listed, [1, 2, 3, 4] * 3)
    assert "A followed by B" in _message(listed, [1, 2, 3, 4] + [5, 3, 2, 7])
    assert "extra row" in _message(_value(_per_row, A=A, c=C), np.vstack([A, C]))


def test_one_number_added_everywhere_is_named():
    per_row = _value(_per_row, A=A, c=C)
    assert "the sum of c, to every entry of A" in _message(per_row, A + C.sum())
    assert "the mean of c" in _message(per_row, A + C.mean())


def test_a_slice_for_an_index_and_a_row_for_an_entry_are_named():
    assert "a slice, start:stop" in _message(_value(_row, M=M), M[:3])
    assert "one entry of the expected (5,) array" in _message(_value(_row, M=M), M[2, 3])
    assert "a whole row of 3 numbers" in _message(_value(_entry, P=P, Q=Q), (P @ Q)[1])


def test_a_table_of_one_orientation_a_flip_and_a_flat_vector_are_named():
    a = np.array([0, 1, 2])
    table = _value(_table, a=a)
    assert "only the diagonal of the table" in _message(table, a[:, None] + a[:, None])
    assert "only the diagonal of the table" in _message(table, a[None] + a)
    B = np.array([[6.0, 4, 24], [1, -9, 8]])
    transpose = _value(_transpose, A=B)
    assert "A flipped, its rows in reverse order" in _message(transpose, B[::-1])
    assert "one flat vector of shape (6,)" in _message(transpose, B.ravel())


def test_an_elementwise_product_summed_into_one_number_is_named():
    assert "A * B (elementwise) added up" in _message(_value(_sum, A=[1, 2, 3, 4],
                                                             B=[5, 3, 2, 7]),
                                                      np.dot([1, 2, 3, 4], [5, 3, 2, 7]))


def test_a_fraction_near_0_or_1_is_not_called_rounded():
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    assert "rounded" not in cosine.check(1.0).message


# -- variants: the reference's code with one slip ------------------------------------------
def test_other_numbers_taken_for_the_length_are_named():
    unit = _value(_unit, v=np.array([3.0, 4.0, 1.0]))
    v = unit.inputs["v"]
    assert "largest entry (max" in _message(unit, v / np.max(v))
    assert "len() counts the entries" in _message(unit, v / len(v))
    a, b = np.array([1.0, 2.0, 3.0]), np.array([4.0, 0.0, 5.0])
    assert "signs and all" in _message(_value(_distance, a=a, b=b), np.sum(a - b))


def test_one_length_used_twice_is_named():
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    a, b = cosine.inputs["a"], cosine.inputs["b"]
    assert "np.linalg.norm(b) twice" in _message(cosine, a @ b / np.linalg.norm(b) ** 2)


def test_a_product_written_as_a_sum_or_with_both_factors_transposed_is_named():
    w, x = np.array([0.79, 0.44, 0.43]), np.array([1.0, 1.0, 0.0])
    dot = _value(_dot, w=w, x=x)
    assert "you added w and x entry by entry" in _message(dot, w + x)
    assert "multiplies the two sums" in _message(dot, np.sum(w) * np.sum(x))
    left, right = np.array([[1.0, 2.0, 0.0], [3.0, 1.0, 4.0]]), np.array([[1.0, 0], [2, 3], [0, 1]])
    assert "transposed both factors" in _message(_value(_product, A=left, B=right),
                                                 left.T @ right.T)


def test_the_subtracted_term_alone_and_a_sum_for_a_product_are_named():
    X = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 9.0]])
    assert "X.mean(axis=0) alone" in _message(_value(_centered, X=X), X.mean(axis=0))
    assert "np.prod gives their product" in _message(_value(_count, shape=(2, 3, 4)), 9)


def test_indices_counted_from_1_are_named():
    entry = _value(_entry_by_index, P=P, Q=Q)
    assert "you counted from 1" in _message(entry, P[2] @ Q[:, 1])


def test_the_sigmoid_before_the_product_is_named():
    layer = FunctionExercise("unit-test", "layer", _layer, function_name="layer", cases=(
        {"W": np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]), "x": np.array([1.0, 1.0, 0.0])},
        {"W": np.array([[1.0, -2.0, 0.5], [0.0, 1.0, 1.0]]), "x": np.array([2.0, 0.0, 1.0])}))
    assert "the sigmoid comes too early: you applied it to W" in _message(
        layer, lambda W, x: sigmoid(W) @ x)


def test_the_gradient_of_another_variable_is_named():
    x, w = nd.array([1.0, 2.0, 0.5]), nd.array([0.3, -0.2, 0.8])
    gradient = ValueExercise("unit-test", "gradient", _gradient, inputs={"x": x, "w": w},
                             kind="mxnet")
    xs = x.copy()
    xs.attach_grad()
    with autograd.record():
        y = nd.sigmoid(nd.dot(w, xs) * nd.sum(xs))
    y.backward()
    assert "gradient with respect to x" in _message(gradient, xs.grad)
    assert isinstance(xs.grad, mx.nd.NDArray)


def _l1(x):
    return np.sum(np.abs(x))


def _l2(x):
    return np.sqrt(np.sum(x**2))


def _step(w, lr, grad):
    return w - lr * grad


def _neuron(w, x):
    return sigmoid(np.dot(w, x))


def _scores(X, W):
    return X @ W.T


def _nd_output(x, w):
    return nd.sigmoid(nd.dot(w, x))


def test_misplaced_parentheses_are_named():
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    a, b = cosine.inputs["a"], cosine.inputs["b"]
    assert "parentheses" in _message(cosine, a @ b / np.linalg.norm(a) * np.linalg.norm(b))
    w, grad = np.array([1.0, -2.0, 0.5]), np.array([0.2, 0.4, -1.0])
    assert "parentheses" in _message(_value(_step, w=w, lr=0.1, grad=grad), (w - 0.1) * grad)


def test_one_length_of_two_in_a_denominator_is_named():
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    a, b = cosine.inputs["a"], cosine.inputs["b"]
    assert "divides by both" in _message(cosine, a @ b / np.linalg.norm(a))


def test_a_division_by_the_count_and_a_sliced_vector_are_named():
    x = np.array([5.0, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])
    assert "number of entries of x (len(x))" in _message(_value(_l2, x=x), _l2(x) / len(x))
    assert "last entry of x is left out" in _message(_value(_l1, x=x), np.sum(np.abs(x[:-1])))


def test_a_division_for_a_subtraction_and_a_first_entry_added_are_named():
    X = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 9.0]])
    assert "you divided by X.mean(axis=0)" in _message(_value(_centered, X=X),
                                                       X / X.mean(axis=0))
    assert "c[0], the first entry of c" in _message(_value(_per_row, A=A, c=C), A + C[0])


def test_a_flipped_sign_and_another_activation_in_the_sigmoid_are_named():
    cases = ({"w": np.array([0.79, 0.44, 0.43]), "x": np.array([1.0, 1.0, 0.0])},
             {"w": np.array([0.2, -0.5, 1.0]), "x": np.array([1.0, 4.0, 0.0])})
    neuron = FunctionExercise("unit-test", "neuron", _neuron, function_name="neuron",
                              cases=cases)
    assert "sign inside the sigmoid is flipped" in _message(
        neuron, lambda w, x: 1 / (1 + np.exp(np.dot(w, x))))
    assert "that is ReLU" in _message(neuron, lambda w, x: np.maximum(np.dot(w, x), 0))


def test_a_reshape_for_a_transpose_is_named():
    X = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]])
    W = np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]])
    assert "not a transpose" in _message(_value(_scores, X=X, W=W), X @ W.reshape(3, 2))


def test_a_float32_number_read_out_of_an_ndarray_counts_as_the_ndarray():
    x, w = nd.array([1.0, 2.0, 0.5]), nd.array([0.3, -0.2, 0.8])
    output = ValueExercise("unit-test", "output", _nd_output, inputs={"x": x, "w": w},
                           kind="mxnet")
    assert output.check(_nd_output(x, w).asscalar()).solved
    computed_in_numpy = float(1 / (1 + np.exp(-(w.asnumpy() @ x.asnumpy()))))
    assert "asks for an MXNet NDArray" in _message(output, computed_in_numpy)


def _two_layers(x, W1, w2):
    h = nd.sigmoid(nd.dot(W1, x))
    return nd.sigmoid(nd.dot(w2, h))


def test_a_slip_made_the_same_way_everywhere_is_named():
    x, W1, w2 = nd.array([1.0, 1.0, 0.0]), nd.array([[0.79, -0.44, 0.43], [-0.85, 0.43, 0.29]]), \
        nd.array([0.5, -0.52])
    forward = ValueExercise("unit-test", "forward", _two_layers,
                            inputs={"x": x, "W1": W1, "w2": w2})
    relu = nd.relu(nd.dot(w2, nd.relu(nd.dot(W1, x))))
    assert "that is ReLU" in _message(forward, relu)
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    assert "len() counts the entries" in _message(cosine, 10 / (2 * 2))
    M2 = np.array([[1.0, -2.0], [3.0, 4.0]])
    assert "those are powers" in _message(_value(_stacked, M=M2), np.stack([M2, M2 * M2,
                                                                          M2 * M2 * M2]))


def test_a_1d_vector_for_a_column_says_that_t_does_not_help():
    assert ".T would not help: a 1-D array has a single axis" in _message(
        _value(_per_row, A=A, c=C), A + C.T)


def test_the_fast_comparison_agrees_with_allclose_on_nan_and_inf():
    from helpers.checks.diagnose import all_close

    pairs = [([1.0, np.inf], [1.0, np.inf]), ([1.0, 2.0], [1.0, np.inf]),
             ([np.nan], [np.nan]), ([1.0, 2.0], [1.0, 2.0000001]), ([1.0], [1.1])]
    for a, b in pairs:
        a, b = np.array(a), np.array(b)
        assert all_close(a, b, 1e-5, 1e-6) == np.allclose(a, b, rtol=1e-5, atol=1e-6), (a, b)


def _mse(y, t):
    return np.mean((y - t) ** 2)


def _scaled(lr, batch_size):
    return lr / batch_size


NEURON_CASES = ({"w": np.array([0.79, 0.44, 0.43]), "x": np.array([1.0, 1.0, 0.0])},
                {"w": np.array([-1.0, 2.0, 0.5]), "x": np.array([1.0, 0.0, 2.0])})


def test_copied_slices_an_offset_and_an_n_minus_1_mean_are_named():
    M2 = np.array([[1.0, -2.0], [3.0, 4.0]])
    assert "index 1, 2 along axis 0 are copies of the one at index 0" in _message(
        _value(_stacked, M=M2), np.stack([M2, M2, M2]))
    a = np.array([0, 1, 2])
    assert "off by the same amount, +1" in _message(_value(_table, a=a),
                                                    a.reshape(-1, 1) + a + 1)
    y, t = np.array([0.9, 0.2, 0.6, 0.4]), np.array([1.0, 0.0, 1.0, 1.0])
    assert "len(y) − 1" in _message(_value(_mse, y=y, t=t), np.sum((y - t) ** 2) / 3)


def test_a_sigmoid_typed_with_a_slip_is_named_even_where_z_is_0():
    neuron = FunctionExercise("unit-test", "neuron", _neuron, function_name="neuron",
                              cases=NEURON_CASES)  # z = 0 in the second case: e^0 = 1
    assert "only e^−z" in _message(neuron, lambda w, x: np.exp(-np.dot(w, x)))
    with np.errstate(divide="ignore"):  # the learner's 1 / (1 - e^0) is inf
        assert "1 − e^−z in the denominator" in _message(
            neuron, lambda w, x: 1 / (1 - np.exp(-np.dot(w, x))))


def test_a_division_upside_down_a_subtraction_for_it_and_another_input_are_named():
    scaled = _value(_scaled, lr=0.1, batch_size=32)
    assert "the division is upside down" in _message(scaled, 32 / 0.1)
    assert "you subtracted batch_size" in _message(scaled, 0.1 - 32)
    w, grad = np.array([1.0, -2.0, 0.5]), np.array([0.2, 0.4, -1.0])
    assert "you used w where the task uses grad" in _message(
        _value(_step, w=w, lr=0.1, grad=grad), w - 0.1 * w)


def test_tanh_and_plain_sums_everywhere_are_named():
    x, W1, w2 = nd.array([1.0, 1.0, 0.0]), nd.array([[0.79, -0.44, 0.43], [-0.85, 0.43, 0.29]]), \
        nd.array([0.5, -0.52])
    forward = ValueExercise("unit-test", "forward", _two_layers,
                            inputs={"x": x, "W1": W1, "w2": w2})
    assert "that is tanh" in _message(forward, nd.tanh(nd.dot(w2, nd.tanh(nd.dot(W1, x)))))
    cosine = _value(_cosine, a=np.array([3.0, 1.0]), b=np.array([2.0, 4.0]))
    assert "signs and all" in _message(cosine, 10 / (4 * 6))


def test_a_failed_product_shows_the_shapes_of_the_learners_arrays():
    layer = FunctionExercise("unit-test", "layer", _layer, function_name="layer", cases=(
        {"W": np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]), "x": np.array([1.0, 1.0, 0.0])},))
    assert "(3,) @ (2, 3) pairs 3 with 2" in _message(layer, lambda W, x: sigmoid(x @ W))
    typed = {"sigmoid": sigmoid}  # code whose source is not kept: the shapes come from its frame
    exec("def layer(W, x):\n    return sigmoid(x @ W)", typed)
    assert "here W is (2, 3), x is (3,)" in _message(layer, typed["layer"])


def test_extra_or_missing_axes_of_a_batch_are_named_as_axes():
    image = np.arange(64.0).reshape(1, 8, 8)
    batch = _value(_batch, image=image)
    assert "each [None], np.newaxis or expand_dims adds one axis" in _message(
        batch, image[None, None])
    assert "3 axes instead of 4" in _message(batch, image.reshape(1, 1, 64))


def _picked(P, labels):
    return P[np.arange(len(labels)), labels]


def _output_gradient(x, W1, w2):
    w2.attach_grad()
    with autograd.record():
        y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))
    y.backward()
    return w2.grad


def test_shifted_labels_an_extra_log_and_a_norm_for_a_mean_are_named():
    P = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.25, 0.5, 0.25]])
    labels = np.array([1, 2, 1])
    picked = _value(_picked, P=P, labels=labels)
    assert "shifted by one (labels - 1)" in _message(picked, P[np.arange(3), labels - 1])
    assert "an extra np.log" in _message(picked, np.log(P[np.arange(3), labels]))
    y, t = np.array([0.9, 0.2, 0.6, 0.4]), np.array([1.0, 0.0, 1.0, 1.0])
    assert "length (L2 norm) of the differences" in _message(_value(_mse, y=y, t=t),
                                                             np.linalg.norm(y - t))


def test_pairs_added_in_a_dot_product_are_named():
    assert "you added each pair" in _message(_value(_entry_by_index, P=P, Q=Q),
                                             np.sum(P[1] + Q[:, 0]))


def test_the_outer_sigmoid_inside_autograd_is_the_outputs():
    x, W1, w2 = nd.array([1.0, 1.0, 0.0]), nd.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]), \
        nd.array([0.5, 0.52])
    gradient = ValueExercise("unit-test", "gradient", _output_gradient,
                             inputs={"x": x, "W1": W1, "w2": w2})
    hidden = nd.sigmoid(nd.dot(W1, x))  # the gradient of w2 · h without the output's sigmoid
    assert "the output's sigmoid is missing" in _message(gradient, hidden)


def test_chance_values_name_nothing():
    # σ(20) rounds to 1: handing in 1 for 20 is not "the sigmoid applied"
    assert "sigmoid" not in _message(_value(_double, a=10), 1)
    # mse with t for y is t - t = 0: swapping inputs names nothing there
    y, t = np.array([0.9, 0.2, 0.6, 0.4]), np.array([1.0, 0.0, 1.0, 1.0])
    assert "you used" not in _message(_value(_mse, y=y, t=t), 0)


def _forward(x, W1, w2):
    h = sigmoid(W1 @ x)
    return sigmoid(w2 @ h)


def test_hidden_values_rounded_like_the_slides_are_named():
    x, W1, w2 = np.array([1.0, 1.0, 0.0]), np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]), \
        np.array([0.5, 0.52])
    forward = ValueExercise("unit-test", "forward", _forward, inputs={"x": x, "W1": W1, "w2": w2})
    assert "rounded the hidden values" in _message(forward,
                                                   sigmoid(w2 @ np.round(sigmoid(W1 @ x), 2)))


def _biased(W, x, b):
    return sigmoid(W @ x + b)


def test_inputs_cut_reversed_or_reduced_to_one_entry_are_named():
    neuron = FunctionExercise("unit-test", "neuron", _neuron, function_name="neuron",
                              cases=NEURON_CASES)

    def one_short(w, x):
        total = 0
        for i in range(len(w) - 1):
            total += w[i] * x[i]
        return sigmoid(total)
    assert "range(len(...) - 1)" in _message(neuron, one_short)
    assert "you added each pair" in _message(neuron, lambda w, x: sigmoid(np.sum(w + x)))
    cases = ({"W": np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]),
              "x": np.array([1.0, 1.0, 0.0]), "b": np.array([-1.0, 0.5])},)
    biased = FunctionExercise("unit-test", "layer", _biased, function_name="layer", cases=cases)
    assert "b is used in reverse order" in _message(biased, lambda W, x, b: _biased(W, x, b[::-1]))
    assert "only b[0]" in _message(biased, lambda W, x, b: _biased(W, x, b[0]))
    assert "you added b after the sigmoid" in _message(biased, lambda W, x, b: sigmoid(W @ x) + b)


def test_the_length_of_the_right_vector_is_named():
    unit = _value(_unit, v=np.array([3.0, 4.0, 1.0]))
    assert "length (norm) of the expected" in _message(unit, 1.0)


def test_errors_of_np_dot_and_of_libraries_mixed_in_one_line_are_named():
    layer = FunctionExercise("unit-test", "layer", _layer, function_name="layer", cases=(
        {"W": np.array([[0.79, 0.44, 0.43], [0.85, 0.43, 0.29]]), "x": np.array([1.0, 1.0, 0.0])},))
    typed = {"np": np, "sigmoid": sigmoid}  # no source kept: the shapes come from NumPy's text
    exec("def layer(W, x):\n    return sigmoid(np.dot(x, W))", typed)
    assert "(3,) @ (2, 3) pairs 3 with 2" in _message(layer, typed["layer"])
    with warnings.catch_warnings():  # NumPy's own words on the NDArray it can't convert
        warnings.simplefilter("ignore")
        assert "don't mix" in _message(layer, lambda W, x: sigmoid(nd.array(W) @ x))


def test_infinite_entries_are_an_ordinary_wrong_answer():
    feedback = _value(_typed).check(np.full(13, np.inf))
    assert feedback.status.value == "incorrect", feedback


def test_the_variable_for_its_gradient_is_named():
    x, w = nd.array([1.0, 2.0, 0.5]), nd.array([0.3, -0.2, 0.8])
    gradient = ValueExercise("unit-test", "gradient", _gradient, inputs={"x": x, "w": w},
                             kind="mxnet")
    assert "its gradient is w.grad" in _message(gradient, w.copy())


def test_matrices_cut_to_fit_an_elementwise_product_are_named():
    left, right = np.array([[1.0, 2.0, 0.0], [3.0, 1.0, 4.0]]), np.array([[1.0, 0], [2, 3], [0, 1]])
    assert "cut down to fit" in _message(_value(_product, A=left, B=right),
                                         left[:, :2] * right[:2])


def test_a_term_left_out_of_the_column_view_is_named():
    A2, x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), np.array([2.0, 1.0, -1.0])
    assert "B[0] times column 0 of A" in _message(_value(_product, A=A2, B=x),
                                                 x[1] * A2[:, 1] + x[2] * A2[:, 2])


def test_a_column_weighted_by_the_wrong_entry_is_named():
    A2, x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), np.array([2.0, 1.0, -1.0])
    typo = x[0] * A2[:, 0] + x[1] * A2[:, 1] + x[1] * A2[:, 2]  # x[1] for x[2]
    assert "column 2 of A was weighted by B[1]" in _message(_value(_product, A=A2, B=x), typo)


def _typed_sigmoid(W, x, b):
    return 1 / (1 + np.exp(-(W @ x + b)))


def test_a_minus_lost_in_the_exponent_is_not_called_a_flipped_sign():
    W, x, b = np.array([[1.0, -1.0], [0.5, 2.0]]), np.array([2.0, 1.0]), np.array([0.0, -3.0])
    message = _message(_value(_typed_sigmoid, W=W, x=x, b=b), 1 / (1 + np.exp(W @ x + b)))
    assert "minus sign in the exponent" in message and "sign of the result" not in message


def test_a_table_whose_rows_all_repeat_its_diagonal_is_named():
    a = np.array([0, 1, 2])
    assert "diagonal of the table" in _message(_value(_table, a=a), np.tile(a, (3, 1)) + a)


def _relu(z):
    return np.maximum(0, z)


def test_np_max_of_two_arrays_is_named_as_np_maximum():
    relu = FunctionExercise("unit-test", "relu", _relu, function_name="relu",
                            cases=({"z": np.array([-1.0, 2.0, 0.5])},))
    assert "np.maximum(a, b)" in _message(relu, lambda z: np.max(0, z))
