"""A small held-out set of learner answers, in the format of learner_answers.py.

Written from the lessons' task text, before the detectors of issue 16 were built and before
looking at how the checks answer these; never tuned afterwards. Its score is the honest
estimate of how the checks do on the private set:

    .venv/bin/python -m tests.corpus.report --held-out
"""

from tests.corpus.learner_answers import SIGMOID, Answer, F

ANSWERS = (
    # lesson 00
    Answer("lesson00.double", "answer = a * 20", valid=False,
           cause="multiplied by 20", mentions=("times 10", "×10", "20")),
    Answer("lesson00.double", "answer = -2 * a", valid=False,
           cause="sign flipped", mentions=("sign", "negative")),
    Answer("lesson00.double", "answer = float(a * 2)", valid=True),
    # lesson 01
    Answer("lesson01.third_row", "answer = M[1]", valid=False,
           cause="the second row (off by one)", mentions=("from 0", "off by one", "counting")),
    Answer("lesson01.third_row", "answer = M.T[2]", valid=False,
           cause="a column: transposed first", mentions=("column",)),
    Answer("lesson01.third_row", "answer = list(M[2])", valid=True),
    Answer("lesson01.people_matrix", "answer = np.array(people).reshape(5, 3)", valid=False,
           cause="reshaped instead of transposing / stacking: numbers regrouped",
           mentions=("reshape", "order", "regroup")),
    Answer("lesson01.people_matrix", "answer = np.array(people).flatten()", valid=False,
           cause="flattened into one vector", mentions=("one long", "flat", "vector", "axis")),
    Answer("lesson01.people_matrix", "answer = np.vstack(people)", valid=True),
    Answer("lesson01.talk_cube", "answer = np.array([M, M * 2, M * 3]).transpose(1, 2, 0)",
           valid=False, cause="new axis last", mentions=("axis", "axes")),
    Answer("lesson01.talk_cube", "answer = np.stack([M, M, M])", valid=False,
           cause="forgot to multiply by 2 and 3", mentions=("2", "3", "multipl", "same")),
    Answer("lesson01.tensor_size", "answer = 2 * 3 * 4 * 5", valid=False,
           cause="left out the last axis", mentions=("axis", "axes", "last", "6")),
    Answer("lesson01.as_float32", "answer = v.astype(np.float16)", valid=False,
           cause="float16 instead of float32", mentions=("dtype", "float16")),
    Answer("lesson01.as_float32", "answer = np.float32(v)", valid=True),
    # lesson 02
    Answer("lesson02.to_nchw", "answer = batch.transpose(0, 2, 3, 1)", valid=False,
           cause="wrong permutation of axes", mentions=("axis", "axes", "transpose", "order")),
    Answer("lesson02.to_nchw", "answer = np.moveaxis(batch, -1, 1)", valid=True),
    Answer("lesson02.flatten", "answer = images.reshape(len(images), -1, order='F')",
           valid=False, cause="column-major order", mentions=("order", "'F'", "Fortran")),
    Answer("lesson02.flatten", "answer = images.reshape(4, 64).T", valid=False,
           cause="pixels on axis 0", mentions=("transpose", "axis", "rows")),
    Answer("lesson02.memory_bytes", "answer = np.prod(shape) * 4 / 1024", valid=False,
           cause="kilobytes instead of bytes", mentions=("1024", "kilo", "KB", "KiB", "bytes")),
    Answer("lesson02.batch_of_one", "answer = image.reshape(1, 8, 8, 1)", valid=False,
           cause="sample axis at the end", mentions=("axis", "first", "front")),
    Answer("lesson02.batch_of_one", "answer = np.expand_dims(image, axis=0)", valid=True),
    Answer("lesson02.company_tensor", "answer = np.stack([alpha, gamma, beta])", valid=False,
           cause="companies in the wrong order", mentions=("order", "swap")),
    # lesson 03
    Answer("lesson03.center_columns", "answer = (X - X.mean(axis=0)) / X.std(axis=0)",
           valid=False, cause="also divided by the standard deviation",
           mentions=("std", "standard", "divide")),
    Answer("lesson03.center_columns", "answer = X.mean(axis=0) - X", valid=False,
           cause="subtracted the wrong way round", mentions=("sign", "negative", "order")),
    Answer("lesson03.center_columns", "answer = X - np.mean(X, axis=0, keepdims=True)",
           valid=True),
    Answer("lesson03.add_per_row", "answer = A + c.reshape(1, -1)", valid=False,
           cause="c as a row vector", mentions=("row", "column", "(3, 1)")),
    Answer("lesson03.add_per_row", "answer = A * c[:, None]", valid=False,
           cause="multiplied instead of adding", mentions=("multipl", "add")),
    Answer("lesson03.addition_table", "answer = a.reshape(-1, 1) * a", valid=False,
           cause="multiplication table", mentions=("multipl", "add", "+")),
    Answer("lesson03.addition_table", "answer = np.add.outer(a, a)", valid=True),
    Answer("lesson03.swap_last_two", "answer = X.swapaxes(0, 1)", valid=False,
           cause="swapped the first two axes", mentions=("axis", "axes")),
    Answer("lesson03.times_two", "answer = A + A + A", valid=False,
           cause="times three", mentions=("3", "three", "times")),
    # lesson 04
    Answer("lesson04.matvec", "answer = x @ A.T @ np.eye(2) * 2", valid=False,
           cause="doubled the result", mentions=("2", "twice", "double", "scaled")),
    Answer("lesson04.matvec", "answer = np.dot(A.T, x[:2])", valid=False,
           cause="transposed A and cut x to fit", mentions=("transpose", "shape", "Aᵀ")),
    Answer("lesson04.matvec", "answer = np.einsum('ij,j->i', A, x)", valid=True),
    Answer("lesson04.matmul", "answer = np.dot(A, B).T", valid=False,
           cause="transposed the result", mentions=("transpose",)),
    Answer("lesson04.matmul", "answer = A[:, :2] * B[:2]", valid=False,
           cause="elementwise on cut shapes", mentions=("elementwise", "*", "@")),
    Answer("lesson04.batch_scores", "answer = X @ W[0]", valid=False,
           cause="only the first neuron", mentions=("neuron", "W[0]", "first", "column")),
    Answer("lesson04.batch_scores", "answer = np.einsum('ij,kj->ik', X, W)", valid=True),
    Answer("lesson04.cosine", "answer = a @ b / np.linalg.norm(a) ** 2", valid=False,
           cause="divided by ||a||² only", mentions=("length", "norm", "||b||", "both")),
    Answer("lesson04.cosine", "answer = np.degrees(np.arccos(a @ b / "
           "(np.linalg.norm(a) * np.linalg.norm(b))))", valid=False,
           cause="the angle in degrees, not its cosine", mentions=("angle", "degree", "arccos")),
    Answer("lesson04.one_entry", "answer = (P @ Q)[0, 1]", valid=False,
           cause="row and column swapped", mentions=("entry (0, 1)", "swap", "row", "column")),
    Answer("lesson04.rotate", "answer = R.T @ p", valid=False,
           cause="rotated the other way", mentions=("transpose", "Rᵀ", "other way")),
    # lesson 05
    Answer("lesson05.l1", "answer = np.abs(x)", valid=False,
           cause="forgot to sum", mentions=("sum", "add")),
    Answer("lesson05.l1", "answer = np.linalg.norm(x, 1)", valid=True),
    Answer("lesson05.l2", "answer = np.sum(np.abs(x))", valid=False,
           cause="L1 instead of L2", mentions=("L1", "absolute")),
    Answer("lesson05.l2", "answer = np.sqrt(x @ x)", valid=True),
    Answer("lesson05.row_lengths", "answer = (X ** 2).sum(axis=1)", valid=False,
           cause="forgot the square root", mentions=("sqrt", "square root", "squared")),
    Answer("lesson05.row_lengths", "answer = np.sqrt((X ** 2).sum(axis=0))", valid=False,
           cause="column lengths", mentions=("axis", "column")),
    Answer("lesson05.distance", "answer = np.linalg.norm(a + b)", valid=False,
           cause="the sum instead of the difference", mentions=("difference", "a − b", "a - b")),
    Answer("lesson05.unit", "answer = v / np.max(v)", valid=False,
           cause="divided by the largest entry", mentions=("max", "length", "norm")),
    Answer("lesson05.unit", "answer = v / np.sqrt(np.sum(v * v))", valid=True),
    Answer("lesson05.clip_by_norm", "answer = g * max_norm / np.linalg.norm(g) * 2",
           valid=False, cause="twice as long", mentions=("2", "twice", "double")),
    # lesson 06
    Answer("lesson06.neuron", SIGMOID + "def neuron(w, x):\n    return sigmoid(np.dot(w, x)) "
           "* 100" + F + "neuron", valid=False,
           cause="a percentage", mentions=("100", "percent")),
    Answer("lesson06.neuron", SIGMOID + "def neuron(w, x):\n    return sigmoid(-np.dot(w, x))"
           + F + "neuron", valid=False,
           cause="sign flipped inside the sigmoid", mentions=("sign", "minus", "1 −", "1 -")),
    Answer("lesson06.neuron", SIGMOID + "def neuron(x, w):\n    return sigmoid(x @ w)" + F
           + "neuron", valid=True),
    Answer("lesson06.layer", SIGMOID + "def layer(W, x):\n    return sigmoid(W.T @ x[:2])"
           + F + "layer", valid=False, cause="W transposed", mentions=("transpose", "W.T")),
    Answer("lesson06.layer", SIGMOID + "def layer(W, x):\n    return sigmoid(x @ W.T)" + F
           + "layer", valid=True),
    Answer("lesson06.forward", SIGMOID + "def forward(x, W1, w2):\n"
           "    return w2 @ (W1 @ x)" + F + "forward", valid=False,
           cause="no sigmoid at all", mentions=("sigmoid",)),
    Answer("lesson06.forward", SIGMOID + "def forward(inp, A, v):\n"
           "    return sigmoid(v @ sigmoid(A @ inp))" + F + "forward", valid=True),
    Answer("lesson06.forward_batch", SIGMOID + "def forward_batch(X, W1, w2):\n"
           "    return sigmoid(sigmoid(X @ W1.T) @ w2).reshape(-1, 1)" + F + "forward_batch",
           valid=False, cause="a column instead of a vector",
           mentions=("column", "(n, 1)", "vector", "reshape", "axis")),
    Answer("lesson06.forward_batch", SIGMOID + "def forward_batch(X, W1, w2):\n"
           "    return sigmoid(X @ W1.T @ w2)" + F + "forward_batch", valid=False,
           cause="no hidden sigmoid", mentions=("hidden",)),
    Answer("lesson06.layer_with_bias", SIGMOID + "def layer_with_bias(W, x, b):\n"
           "    return sigmoid(W @ x + b.reshape(-1, 1))" + F + "layer_with_bias",
           valid=False, cause="bias as a column broadcast to a matrix",
           mentions=("(2, 1)", "column", "broadcast")),
    # lesson 07
    Answer("lesson07.nd_matmul", "answer = nd.dot(A.T, B)", valid=False,
           cause="transposed A", mentions=("transpose", "Aᵀ", "A.T")),
    Answer("lesson07.nd_matmul", "answer = nd.array(A.asnumpy() @ B.asnumpy())", valid=True),
    Answer("lesson07.nd_forward", "answer = nd.sigmoid(nd.dot(w2, nd.dot(W1, x)))",
           valid=False, cause="no hidden sigmoid", mentions=("hidden",)),
    Answer("lesson07.to_numpy", "answer = y.asnumpy().T", valid=False,
           cause="transposed", mentions=("transpose",)),
    Answer("lesson07.grad_w2", "w2.attach_grad()\nwith autograd.record():\n"
           "    y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))\nanswer = w2.grad",
           valid=False, cause="read the gradient before backward()",
           mentions=("backward",)),
    Answer("lesson07.nd_vector", "answer = nd.array([5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9])"
           ".astype('float64')", valid=True),
    # lesson 08
    Answer("lesson08.mse", "answer = np.mean(np.abs(y - t))", valid=False,
           cause="mean absolute error", mentions=("absolute", "square")),
    Answer("lesson08.mse", "answer = np.sqrt(np.mean((y - t) ** 2))", valid=False,
           cause="root mean squared error", mentions=("sqrt", "square root", "root")),
    Answer("lesson08.mse", "answer = ((t - y) ** 2).mean()", valid=True),
    Answer("lesson08.cross_entropy", "answer = -np.mean(np.log(P[labels, np.arange(3)]))",
           valid=False, cause="indices swapped", mentions=("row", "index", "swap", "order")),
    Answer("lesson08.cross_entropy", "answer = -np.mean(np.log10(P[np.arange(3), labels]))",
           valid=False, cause="log base 10", mentions=("log10", "natural", "base")),
    Answer("lesson08.sgd_step", "answer = w - grad / lr", valid=False,
           cause="divided by the learning rate", mentions=("divid", "multipl", "lr")),
    Answer("lesson08.scaled_lr", "answer = lr / batch_size ** 0.5", valid=False,
           cause="square-root scaling", mentions=("sqrt", "square root")),
    Answer("lesson08.one_hot", "answer = np.eye(10)[labels][:, :9]", valid=False,
           cause="9 classes instead of 10", mentions=("10", "classes", "columns")),
    Answer("lesson08.one_hot", "answer = np.eye(4, 10)[np.argsort(labels)]", valid=False,
           cause="identity rows instead of one-hot of the labels", mentions=("label",)),
    Answer("lesson08.accuracy", "answer = np.mean(P.argmax(axis=0) == labels[:3])",
           valid=False, cause="argmax over the wrong axis", mentions=("axis",)),
    Answer("lesson08.accuracy", "answer = (P.argmax(1) == labels).sum() / len(labels)",
           valid=True),
)
