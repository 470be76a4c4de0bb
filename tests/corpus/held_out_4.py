"""A fourth held-out set of learner answers, in the format of learner_answers.py.

Written from the lessons' own text alone (each exercise's markdown task, its cell and the
lesson text before it), as a beginner who read the lesson quickly would answer: wrong axis,
transposed operand, `*` for `@`, a sum, mean or square root missing or extra, an index off
by one, reshape for transpose, a bias or sigmoid forgotten, numbers copied wrong, a list or
a string for an array, an error raised inside a function. Written without reading the
checks, their messages or the other corpora, and never tuned afterwards. Every wrong answer
names its cause and the words a message naming it would contain; every valid answer is a
correct one written differently from the obvious solution.

    .venv/bin/python -m tests.corpus.report --held-out-4
"""

from tests.corpus.learner_answers import SIGMOID, Answer

F = "\n\n\nanswer = "  # ends a function answer: `answer` is the learner's function


def fn(name: str, body: str) -> str:
    """A function answer using the notebook's sigmoid: ``def name(...)`` + body."""
    return SIGMOID + body + F + name


def wrong(exercise: str, code: str, cause: str, *mentions: str) -> Answer:
    return Answer(exercise, code, valid=False, cause=cause, mentions=mentions)


def valid(exercise: str, code: str) -> Answer:
    return Answer(exercise, code, valid=True)


TALK_V = "[5, 7, 45, 12, -6, 3, 22, 1, 8, 3, -9]"

ANSWERS = (
    # ---------------------------------------------------------------- lesson 00
    wrong("lesson00.double", "answer = a ** 2", "squared a instead of doubling it",
          "square", "power"),
    wrong("lesson00.double", "answer = a + 2", "added 2 instead of multiplying by 2",
          "add", "plus", "+"),
    wrong("lesson00.double", "answer = str(a * 2)", "the number as a string",
          "string", "text", "quote"),
    valid("lesson00.double", "answer = a + a"),

    # ---------------------------------------------------------------- lesson 01
    wrong("lesson01.person_vector", "answer = np.array([27, 185, 0, 94105, 80])",
          "followed the sentence's order: weight and children swapped",
          "order", "swap", "weight", "children", "position"),
    wrong("lesson01.person_vector", "answer = np.array([27, 185, 80, 94105])",
          "forgot the number of children: four features instead of five",
          "five", "5 features", "missing", "length", "children"),
    wrong("lesson01.person_vector",
          'answer = np.array(["27", "185", "80", "94105", "0"])',
          "the features as strings, not numbers", "string", "text", "dtype"),
    wrong("lesson01.person_vector", "answer = np.array([27, 1.85, 80, 94105, 0])",
          "height in metres instead of centimetres", "cm", "185", "height", "unit"),
    valid("lesson01.person_vector", "answer = np.array([27.0, 185.0, 80.0, 94105.0, 0.0])"),

    wrong("lesson01.matrix_shape", "answer = (5, 4)", "columns before rows: transposed shape",
          "rows", "transpos", "order", "swap"),
    wrong("lesson01.matrix_shape", "answer = M.size", "the size (20 numbers), not the shape",
          "size", "tuple", "product"),
    wrong("lesson01.matrix_shape", "answer = M.ndim", "the number of axes, not the shape",
          "ndim", "number of axes", "tuple"),
    valid("lesson01.matrix_shape", "answer = (len(M), len(M[0]))"),

    wrong("lesson01.third_row", "answer = M[3]", "counted from 1: row index 3 is the fourth row",
          "index", "count from 0", "counting from 0", "off by one", "row 3"),
    wrong("lesson01.third_row", "answer = M[:, 2]", "took column 2 instead of row 2", "column"),
    wrong("lesson01.third_row", "answer = M[2:3]", "a slice: a (1, 5) matrix, not a vector",
          "(1, 5)", "slice", "extra axis", "2d", "matrix", "two axes"),
    valid("lesson01.third_row", "answer = M[-2]"),

    wrong("lesson01.people_matrix", "answer = np.stack(people, axis=1)",
          "stacked along axis 1: one column per person", "transpos", "column", "axis",
          "(5, 3)", "one row per person"),
    wrong("lesson01.people_matrix", "answer = np.concatenate(people)",
          "joined the people into one long vector", "concatenat", "flat", "one long",
          "(15,)", "1d"),
    wrong("lesson01.people_matrix", "answer = np.array(people[0])",
          "only the first person", "one person", "only", "first", "three people", "3 rows"),
    wrong("lesson01.people_matrix", "answer = np.stack(people[:2])",
          "slice stops one short: the third person is missing", "missing", "third", "2 rows",
          "3 rows", "slice"),
    valid("lesson01.people_matrix", "answer = np.vstack(people)"),

    wrong("lesson01.talk_cube", "answer = np.stack([M, 2 * M, 2 * M])",
          "copied 2 * M twice: the third matrix is not 3 * M", "third", "3 * m", "cube[2]",
          "index 2", "layer"),
    wrong("lesson01.talk_cube", "answer = np.concatenate([M, 2 * M, 3 * M])",
          "concatenated the rows: (12, 5), no new axis", "concatenat", "(12, 5)", "new axis",
          "stack", "3d", "three axes"),
    wrong("lesson01.talk_cube", "answer = np.stack([M, 2 * M, 3 * M], axis=2)",
          "stacked on the last axis: (4, 5, 3)", "axis", "(4, 5, 3)", "last"),
    wrong("lesson01.talk_cube", "answer = np.stack([M, M, M])",
          "forgot to multiply: three copies of M", "multipl", "2 * m", "times", "scale",
          "copies", "same matrix"),
    valid("lesson01.talk_cube", "answer = M * np.array([1, 2, 3]).reshape(3, 1, 1)"),

    wrong("lesson01.tensor_size", "answer = sum(shape)", "added the lengths instead of "
          "multiplying them", "sum", "add", "multipl", "product"),
    wrong("lesson01.tensor_size", "answer = len(shape)", "the number of axes, not the size",
          "len", "ndim", "number of axes"),
    wrong("lesson01.tensor_size", "answer = np.prod(shape[1:])",
          "left out the first axis", "first axis", "axis 0", "left out", "missing",
          "every axis", "all axes"),
    wrong("lesson01.tensor_size", "answer = shape", "handed in the shape itself",
          "tuple", "shape itself", "input", "one number"),
    valid("lesson01.tensor_size", "answer = np.zeros(shape).size"),

    wrong("lesson01.as_float32", "answer = v.astype(np.float64)", "float64 instead of float32",
          "float64", "64-bit", "double"),
    wrong("lesson01.as_float32", "answer = v", "left v as it is: integers",
          "int", "dtype", "unchanged"),
    wrong("lesson01.as_float32", "answer = v.astype(np.float16)", "float16 instead of float32",
          "float16", "16-bit"),
    wrong("lesson01.as_float32", 'answer = v.astype("float32").reshape(-1, 1)',
          "made a column of shape (11, 1)", "(11, 1)", "column", "extra axis", "reshape",
          "2d"),
    valid("lesson01.as_float32", "answer = np.float32(v)"),

    # ---------------------------------------------------------------- lesson 02
    wrong("lesson02.company_tensor", "answer = np.concatenate([alpha, beta, gamma])",
          "concatenated: (15, 2), no company axis", "concatenat", "stack", "new axis",
          "(15, 2)", "3d"),
    wrong("lesson02.company_tensor", "answer = np.stack([alpha, beta, gamma], axis=1)",
          "company axis in the middle: (time, company, price)", "axis", "(5, 3, 2)",
          "company axis", "order"),
    wrong("lesson02.company_tensor", "answer = np.stack([alpha, beta])",
          "forgot gamma: two companies", "gamma", "two", "missing", "three"),
    wrong("lesson02.company_tensor", "answer = np.stack([alpha.T, beta.T, gamma.T])",
          "transposed each company: (company, price, time)", "transpos", "(3, 2, 5)",
          "swap"),
    valid("lesson02.company_tensor", "answer = np.array([alpha, beta, gamma])"),

    wrong("lesson02.batch_shape", "answer = (n, h, w, c)", "NHWC: channels last",
          "nhwc", "channel", "layout"),
    wrong("lesson02.batch_shape", "answer = (n, c, w, h)",
          "the talk's erratum: width before height", "width", "height", "erratum", "swap"),
    wrong("lesson02.batch_shape", "answer = (c, h, w)", "forgot the batch axis",
          "batch", "sample", "number of images", "missing", "four"),
    wrong("lesson02.batch_shape", "answer = n * c * h * w", "the size, one number, not a shape",
          "tuple", "product", "size", "one number"),
    valid("lesson02.batch_shape", "answer = tuple([n, c, h, w])"),

    wrong("lesson02.batch_of_one", "answer = image[np.newaxis, np.newaxis]",
          "added two axes: (1, 1, 1, 8, 8)", "too many", "5 axes", "five axes", "extra axis",
          "(1, 1, 1, 8, 8)"),
    wrong("lesson02.batch_of_one", "answer = image.reshape(1, 8, 8, 1)",
          "put the new axis last, as channels-last", "channel", "nhwc", "last",
          "(1, 8, 8, 1)", "layout"),
    wrong("lesson02.batch_of_one", "answer = image", "handed in the image unchanged",
          "unchanged", "input", "(1, 8, 8)", "new axis", "batch axis"),
    wrong("lesson02.batch_of_one", "answer = image[0]", "removed an axis instead of adding one",
          "(8, 8)", "removed", "dropped", "two axes", "2d", "fewer"),
    valid("lesson02.batch_of_one", "answer = np.stack([image])"),

    wrong("lesson02.to_nchw", "answer = batch.reshape(2, 3, 2, 3)",
          "reshape instead of transpose: the pixels are scrambled", "reshape", "transpose",
          "scrambl"),
    wrong("lesson02.to_nchw", "answer = batch.transpose(0, 2, 3, 1)",
          "the NCHW-to-NHWC order, the wrong direction", "direction", "inverse",
          "(0, 3, 1, 2)", "wrong order", "backwards"),
    wrong("lesson02.to_nchw", "answer = batch.T", ".T reverses every axis, the batch axis too",
          ".t", "reverses", "all axes", "batch axis"),
    wrong("lesson02.to_nchw", "answer = batch.transpose(0, 3, 2, 1)",
          "channels moved right but height and width swapped", "height", "width", "swap"),
    valid("lesson02.to_nchw", "answer = np.stack([image.transpose(2, 0, 1) for image in batch])"),

    wrong("lesson02.flatten", "answer = images.reshape(-1)",
          "flattened everything into one vector of 256", "per image", "256", "(256,)", "1d",
          "one row per image"),
    wrong("lesson02.flatten", "answer = images.reshape(64, -1)",
          "64 rows of 4: the shape the wrong way round", "(64, 4)", "transpos", "64 rows",
          "swap"),
    wrong("lesson02.flatten", "answer = images.reshape(4, 8, 8)",
          "only dropped the channel axis, rows of pixels remain", "(4, 8, 8)", "channel",
          "3d"),
    wrong("lesson02.flatten", "answer = images.transpose(0, 1, 3, 2).reshape(4, 64)",
          "flattened column by column: pixels out of reading order", "transpos", "order",
          "column", "scrambl"),
    valid("lesson02.flatten", "answer = images.reshape(len(images), -1)"),

    wrong("lesson02.memory_bytes", "answer = np.prod(shape)",
          "the number of entries, without 4 bytes each", "itemsize", "bytes per",
          "4 bytes", "times 4"),
    wrong("lesson02.memory_bytes", "answer = np.prod(shape) * 8", "8 bytes: float64's itemsize",
          "float64", "8 bytes", "double"),
    wrong("lesson02.memory_bytes", "answer = np.prod(shape) * 4 / 2**20",
          "in MiB, not in bytes", "mib", "2**20", "megabyte", "unit"),
    wrong("lesson02.memory_bytes", "answer = np.prod(shape) * 32",
          "32 bits per entry: bits, not bytes", "bit"),
    valid("lesson02.memory_bytes", "answer = np.zeros(shape, dtype=np.float32).nbytes"),

    # ---------------------------------------------------------------- lesson 03
    wrong("lesson03.times_two", "answer = A * 2", "a list times 2 repeats the list",
          "repeat", "list", "np.array"),
    wrong("lesson03.times_two", "answer = A + A", "list + list joins the lists",
          "join", "list", "concaten", "repeat"),
    wrong("lesson03.times_two", "answer = np.array(A) ** 2", "squared instead of doubled",
          "square", "power"),
    wrong("lesson03.times_two", "answer = sum(np.array(A) * 2)",
          "added up the doubled elements", "sum", "one number", "reduc"),
    valid("lesson03.times_two", "answer = [2 * a for a in A]"),

    wrong("lesson03.elementwise_sum", "answer = A + B", "list + list joins the lists",
          "join", "list", "concaten"),
    wrong("lesson03.elementwise_sum", "answer = np.array(A) * np.array(B)",
          "multiplied instead of adding", "multipl", "product", "hadamard"),
    wrong("lesson03.elementwise_sum", "answer = np.array(A) - np.array(B)",
          "subtracted instead of adding", "subtract", "minus", "differen"),
    wrong("lesson03.elementwise_sum", "answer = np.sum([A, B])",
          "summed everything into one number", "one number", "scalar", "everything", "axis"),
    valid("lesson03.elementwise_sum", "answer = np.add(A, B)"),

    wrong("lesson03.center_columns", "answer = X - X.mean(axis=1, keepdims=True)",
          "the row means, axis 1, instead of the column means", "axis", "row"),
    wrong("lesson03.center_columns", "answer = X - X.mean()",
          "the mean of the whole matrix, not of each column", "overall", "whole",
          "all entries", "axis", "each column"),
    wrong("lesson03.center_columns", "answer = X.mean(axis=0)",
          "handed in the column means, forgot to subtract them", "subtract", "(3,)",
          "means themselves"),
    wrong("lesson03.center_columns", "answer = X - X.sum(axis=0)",
          "subtracted the column sums instead of the means", "sum", "divide"),
    valid("lesson03.center_columns", "answer = X - X.mean(axis=0, keepdims=True)"),

    wrong("lesson03.add_per_row", "answer = A + c",
          "c broadcast along the rows: c[j] added to column j", "column", "(3, 1)",
          "reshape(-1, 1)", "per row"),
    wrong("lesson03.add_per_row", "answer = A * c[:, np.newaxis]",
          "multiplied instead of adding", "multipl"),
    wrong("lesson03.add_per_row", "answer = A + c.sum()",
          "added the sum of c to every entry", "sum", "one number", "scalar"),
    wrong("lesson03.add_per_row", "answer = A.T + c", "transposed A and forgot to transpose back",
          "transpos", ".t"),
    valid("lesson03.add_per_row", "answer = (A.T + c).T"),

    wrong("lesson03.addition_table", "answer = a + a",
          "two vectors of shape (3,): no table, just a doubled", "(3,)", "column", "reshape",
          "3x3", "3×3", "table"),
    wrong("lesson03.addition_table", "answer = a[:, np.newaxis] * a",
          "a multiplication table", "multipl", "product"),
    wrong("lesson03.addition_table", "answer = a.reshape(-1, 1) + a.reshape(-1, 1)",
          "both operands as columns: (3, 1), no table", "(3, 1)", "both columns", "row vector",
          "(1, 3)"),
    wrong("lesson03.addition_table", "answer = np.array([a, a, a])",
          "rows of a, nothing added", "add", "a[i]", "copies", "repeat"),
    valid("lesson03.addition_table", "answer = np.array([[i + j for j in a] for i in a])"),

    wrong("lesson03.talk_transpose", "answer = A.reshape(3, 2)",
          "reshape instead of transpose: people cut apart", "reshape", "transpose",
          "together"),
    wrong("lesson03.talk_transpose", "answer = A", "handed in A unchanged",
          "unchanged", "(2, 3)", "transpose"),
    wrong("lesson03.talk_transpose", "answer = np.array([[6, 1], [4, 9], [24, 8]])",
          "typed the transpose and lost the minus sign of -9", "sign", "-9", "−9", "minus",
          "negative"),
    valid("lesson03.talk_transpose", "answer = np.array([A[:, i] for i in range(3)])"),

    wrong("lesson03.swap_last_two", "answer = X.T", ".T reverses all three axes: (4, 3, 2)",
          ".t", "reverses", "all axes", "(4, 3, 2)", "every axis"),
    wrong("lesson03.swap_last_two", "answer = X.reshape(2, 4, 3)",
          "reshape instead of transpose", "reshape", "transpose", "scrambl"),
    wrong("lesson03.swap_last_two", "answer = X.transpose(1, 0, 2)",
          "swapped the first two axes", "axis 0", "first two", "(3, 2, 4)", "wrong axes"),
    wrong("lesson03.swap_last_two", "answer = X[0].T", "transposed only the first matrix",
          "first", "only one", "both", "two matrices", "(4, 3)"),
    valid("lesson03.swap_last_two", "answer = np.stack([matrix.T for matrix in X])"),

    # ---------------------------------------------------------------- lesson 04
    wrong("lesson04.talk_dot", "answer = w * x",
          "the elementwise products, not added up", "elementwise", "hadamard", "add up",
          "sum", "one number"),
    wrong("lesson04.talk_dot", "answer = (w + x).sum()", "added the entries instead of "
          "multiplying them", "multipl", "plus", "sum of sums"),
    wrong("lesson04.talk_dot", "answer = np.dot(w, w)", "w dotted with itself",
          "itself", "same vector", "w @ w", "squared"),
    wrong("lesson04.talk_dot", "answer = round(w @ x, 1)", "rounded to one digit",
          "round", "digits", "precision"),
    valid("lesson04.talk_dot", "answer = sum(wi * xi for wi, xi in zip(w, x))"),

    wrong("lesson04.cosine", "answer = a @ b", "the dot product, not divided by the norms",
          "norm", "divide", "length"),
    wrong("lesson04.cosine", "answer = a @ b / np.linalg.norm(a)",
          "divided by a's norm only", "both", "norm of b", "one norm", "‖b‖"),
    wrong("lesson04.cosine",
          "answer = np.degrees(np.arccos(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))))",
          "the angle in degrees instead of its cosine", "angle", "degree", "arccos"),
    wrong("lesson04.cosine", "answer = a @ b / ((a @ a) * (b @ b))",
          "divided by the squared norms: no square root", "sqrt", "square root", "squared"),
    valid("lesson04.cosine", "answer = a @ b / np.sqrt((a @ a) * (b @ b))"),

    wrong("lesson04.matvec", "answer = A * x", "elementwise product, not added up per row",
          "elementwise", "hadamard", "sum", "@"),
    wrong("lesson04.matvec", "answer = (A * x).sum(axis=0)",
          "added up along the wrong axis", "axis"),
    wrong("lesson04.matvec", "answer = (A * x).sum()", "added everything into one number",
          "one number", "scalar", "everything", "each row"),
    wrong("lesson04.matvec", "answer = A[0] @ x", "only row 0 dotted with x",
          "first row", "only", "row 0", "one row", "every row", "each row"),
    valid("lesson04.matvec", "answer = x[0] * A[:, 0] + x[1] * A[:, 1] + x[2] * A[:, 2]"),

    wrong("lesson04.matmul", "answer = B @ A", "the factors in the wrong order",
          "order", "b @ a", "commut", "swap"),
    wrong("lesson04.matmul", "answer = A * B.T", "elementwise product of A and B transposed",
          "elementwise", "hadamard", "*"),
    wrong("lesson04.matmul", "answer = np.dot(A, B).T", "the transpose of the product",
          "transpos"),
    wrong("lesson04.matmul", "answer = A @ B[:, 0]", "only column 0 of B",
          "column", "only", "one column", "(2,)"),
    valid("lesson04.matmul",
          "answer = np.array([[A[i] @ B[:, j] for j in range(2)] for i in range(2)])"),

    wrong("lesson04.one_entry", "answer = P[1] @ Q[1]", "a row of Q instead of a column",
          "column", "row of q", "q[:, 0]"),
    wrong("lesson04.one_entry", "answer = P[0] @ Q[:, 1]",
          "row and column indices swapped: entry (0, 1)", "(0, 1)", "swap", "index"),
    wrong("lesson04.one_entry", "answer = P[1, 0] * Q[1, 0]",
          "multiplied two single entries instead of a row and a column", "dot",
          "sum of products", "whole row", "one product"),
    wrong("lesson04.one_entry", "answer = P @ Q", "the whole product, not one entry",
          "whole", "one entry", "single number", "(3, 3)"),
    valid("lesson04.one_entry", "answer = sum(P[1, k] * Q[k, 0] for k in range(3))"),

    wrong("lesson04.batch_scores", "answer = W @ X.T",
          "one column per person instead of one row", "transpos", "one row per person",
          "(2, 4)", "per person"),
    wrong("lesson04.batch_scores", "answer = (X * W[0]).sum(axis=1)",
          "only the first neuron", "one neuron", "only", "second neuron", "both neurons",
          "(4,)"),
    wrong("lesson04.batch_scores", "answer = (X @ W.T).sum(axis=1)",
          "added the two neurons' scores together", "sum", "added", "(4,)", "each neuron"),
    wrong("lesson04.batch_scores", "answer = (W @ X.T).reshape(4, 2)",
          "reshape instead of transpose", "reshape", "transpos", "scrambl"),
    valid("lesson04.batch_scores", "answer = np.array([[x @ neuron for neuron in W] for x in X])"),

    wrong("lesson04.rotate", "answer = p @ R", "p times R: the transpose, rotating clockwise",
          "order", "p @ r", "transpos", "clockwise", "r @ p"),
    wrong("lesson04.rotate", "answer = R * p", "elementwise product instead of R @ p",
          "elementwise", "hadamard", "*"),
    wrong("lesson04.rotate", "answer = R @ R @ p", "rotated twice: 180 degrees",
          "twice", "180", "two rotations"),
    wrong("lesson04.rotate", "answer = (R @ p).sum()", "summed the rotated point",
          "sum", "one number", "vector", "point"),
    valid("lesson04.rotate", "answer = np.array([-p[1], p[0]])"),

    # ---------------------------------------------------------------- lesson 05
    wrong("lesson05.l1", "answer = np.sum(x)", "forgot the absolute values",
          "absolute", "abs", "negative"),
    wrong("lesson05.l1", "answer = np.linalg.norm(x)", "the L2 norm instead of L1",
          "l2", "squares", "euclid", "ord"),
    wrong("lesson05.l1", "answer = np.abs(x)", "the absolute values, not added up",
          "sum", "add", "one number", "vector"),
    wrong("lesson05.l1", "answer = np.mean(np.abs(x))", "the mean absolute value",
          "mean", "average", "divid"),
    valid("lesson05.l1", "answer = sum(abs(value) for value in x)"),

    wrong("lesson05.l2", "answer = np.sum(x**2)", "the squared L2 norm: no square root",
          "square root", "sqrt", "squared"),
    wrong("lesson05.l2", "answer = np.sqrt(np.sum(x))", "forgot to square the entries",
          "squar"),
    wrong("lesson05.l2", "answer = np.sqrt(np.mean(x**2))", "the mean of the squares: RMS",
          "mean", "average", "rms", "divid"),
    wrong("lesson05.l2", "answer = np.sum(np.abs(x))", "the L1 norm instead of L2",
          "l1", "absolute"),
    valid("lesson05.l2", "answer = np.sqrt(x @ x)"),

    wrong("lesson05.row_lengths", "answer = np.linalg.norm(X, axis=0)",
          "the column lengths: axis 0", "axis", "column"),
    wrong("lesson05.row_lengths", "answer = np.linalg.norm(X)",
          "the norm of the whole matrix, no axis", "axis", "frobenius", "whole",
          "one number", "every row", "each row"),
    wrong("lesson05.row_lengths", "answer = np.sum(X**2, axis=1)",
          "squared lengths: no square root", "sqrt", "square root", "squared"),
    wrong("lesson05.row_lengths", "answer = np.sum(np.abs(X), axis=1)",
          "L1 lengths instead of L2", "l1", "absolute"),
    valid("lesson05.row_lengths", "answer = np.array([np.linalg.norm(row) for row in X])"),

    wrong("lesson05.distance", "answer = np.linalg.norm(a) - np.linalg.norm(b)",
          "the difference of the norms, not the norm of the difference", "difference",
          "a - b", "norm of the difference"),
    wrong("lesson05.distance", "answer = np.sum(np.abs(a - b))", "the L1 distance",
          "l1", "absolute", "manhattan"),
    wrong("lesson05.distance", "answer = np.sum((a - b) ** 2)",
          "the squared distance: no square root", "sqrt", "square root", "squared"),
    wrong("lesson05.distance", "answer = a - b", "the difference vector, not its norm",
          "norm", "one number", "vector", "length"),
    valid("lesson05.distance", "answer = np.linalg.norm(b - a)"),

    wrong("lesson05.unit", "answer = v / np.sum(v)", "divided by the sum (L1 for positive v)",
          "l1", "sum", "l2"),
    wrong("lesson05.unit", "answer = v / np.sum(v**2)",
          "divided by the squared norm: no square root", "sqrt", "square root", "squared"),
    wrong("lesson05.unit", "answer = np.linalg.norm(v)", "the norm itself, not v divided by it",
          "divide", "norm itself", "length itself", "vector", "one number"),
    wrong("lesson05.unit", "answer = v / np.max(v)", "divided by the largest entry",
          "max", "largest", "infinity", "l∞"),
    valid("lesson05.unit", "answer = v * (1 / np.sqrt(v @ v))"),

    wrong("lesson05.clip_by_norm", "answer = np.clip(g, -max_norm, max_norm)",
          "clipped each entry, which changes the direction", "clip", "each entry",
          "direction", "elementwise"),
    wrong("lesson05.clip_by_norm", "answer = g / np.linalg.norm(g)",
          "made a unit vector: length 1 instead of max_norm", "max_norm", "length 1", "unit"),
    wrong("lesson05.clip_by_norm", "answer = g * max_norm / np.sum(np.abs(g))",
          "scaled by the L1 norm instead of L2", "l1", "absolute", "l2"),
    wrong("lesson05.clip_by_norm",
          "answer = g * min(1.0, np.linalg.norm(g) / max_norm)",
          "the ratio upside down: the factor is 1, g unchanged", "invert", "upside",
          "ratio", "unchanged", "max_norm /"),
    valid("lesson05.clip_by_norm",
          "length = np.linalg.norm(g)\n"
          "answer = g if length <= max_norm else max_norm * g / length"),

    # ---------------------------------------------------------------- lesson 06
    wrong("lesson06.neuron", fn("neuron", "def neuron(w, x):\n    return sigmoid(w * x)"),
          "elementwise product, never added up: a vector", "elementwise", "dot", "sum",
          "one number", "*"),
    wrong("lesson06.neuron", fn("neuron", "def neuron(w, x):\n    return np.dot(w, x)"),
          "forgot the sigmoid", "sigmoid", "activation", "nonlinear"),
    wrong("lesson06.neuron",
          fn("neuron", "def neuron(w, x):\n"
                       "    return sigmoid(np.dot(np.array([0.79, 0.44, 0.43]), x))"),
          "the talk's weights typed in: w is ignored", "hard-coded", "hardcoded", "ignor",
          "any weights", "talk's weights", "argument"),
    wrong("lesson06.neuron",
          fn("neuron", "def neuron(w, x):\n    return 1 / (1 + np.exp(np.dot(w, x)))"),
          "sigmoid's minus sign forgotten: exp(z) for exp(-z)", "sign", "minus", "exp(-z)",
          "-z", "negative"),
    wrong("lesson06.neuron",
          fn("neuron", "def neuron(w, x):\n    return sigmoid(np.dot(w, x))[0]"),
          "indexed the single number: an IndexError", "index", "scalar", "[0]"),
    valid("lesson06.neuron",
          fn("neuron", "def neuron(w, x):\n"
                       "    z = sum(wi * xi for wi, xi in zip(w, x))\n"
                       "    return 1.0 / (1.0 + np.exp(-z))")),

    wrong("lesson06.layer", fn("layer", "def layer(W, x):\n    return sigmoid(W * x)"),
          "elementwise product instead of W @ x", "elementwise", "*", "matrix product",
          "hadamard", "@"),
    wrong("lesson06.layer", fn("layer", "def layer(W, x):\n    return sigmoid(x @ W)"),
          "x @ W: the operands in the wrong order (raises for a non-square W)", "order",
          "transpos", "w @ x", "x @ w"),
    wrong("lesson06.layer", fn("layer", "def layer(W, x):\n    return W @ x"),
          "forgot the sigmoid", "sigmoid", "activation"),
    wrong("lesson06.layer", fn("layer", "def layer(W, x):\n    return sigmoid((W @ x).sum())"),
          "added the neurons' sums into one number", "sum", "one number", "per row",
          "every neuron", "each neuron"),
    valid("lesson06.layer",
          fn("layer", "def layer(W, x):\n    return np.array([sigmoid(row @ x) for row in W])")),

    wrong("lesson06.forward",
          fn("forward", "def forward(x, W1, w2):\n    return w2 @ sigmoid(W1 @ x)"),
          "no sigmoid on the output neuron", "sigmoid", "output", "activation", "last"),
    wrong("lesson06.forward",
          fn("forward", "def forward(x, W1, w2):\n    return sigmoid(w2 @ (W1 @ x))"),
          "no sigmoid on the hidden layer", "hidden", "sigmoid", "affine", "activation"),
    wrong("lesson06.forward",
          fn("forward", "def forward(x, W1, w2):\n    return sigmoid(W1 @ x)"),
          "returned the hidden layer: the output neuron is missing", "hidden", "w2",
          "output", "second layer"),
    wrong("lesson06.forward",
          fn("forward", "def forward(x, W1, w2):\n"
                        "    h = np.round(sigmoid(W1 @ x), 2)\n"
                        "    return sigmoid(w2 @ h)"),
          "rounded the hidden values as the slide does", "round"),
    valid("lesson06.forward",
          fn("forward", "def forward(x, W1, w2):\n"
                        "    h = 1 / (1 + np.exp(-(W1 @ x)))\n"
                        "    return 1 / (1 + np.exp(-np.dot(h, w2)))")),

    wrong("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(sigmoid(X @ W1) @ w2)"),
          "forgot to transpose W1: X @ W1 raises", "transpos", "w1.t", ".t"),
    wrong("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(w2 @ sigmoid(W1 @ X[0]))"),
          "only the first row", "one output per row", "only", "first", "every row",
          "each row"),
    wrong("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(X @ W1.T)"),
          "returned the hidden layer", "hidden", "w2", "output layer", "second layer"),
    wrong("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(sigmoid(X @ W1.T) @ w2).mean()"),
          "averaged the outputs into one number", "mean", "average", "one output per row",
          "per row"),
    wrong("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(X @ W1.T) @ w2"),
          "no sigmoid on the output", "sigmoid", "activation"),
    valid("lesson06.forward_batch",
          fn("forward_batch", "def forward_batch(X, W1, w2):\n"
                              "    return sigmoid(w2 @ sigmoid(W1 @ X.T))")),

    wrong("lesson06.layer_with_bias",
          fn("layer_with_bias", "def layer_with_bias(W, x, b):\n"
                                "    return sigmoid(W @ x) + b"),
          "added the bias after the sigmoid", "inside", "outside", "after the sigmoid",
          "before the sigmoid"),
    wrong("lesson06.layer_with_bias",
          fn("layer_with_bias", "def layer_with_bias(W, x, b):\n"
                                "    return sigmoid(W @ x)"),
          "forgot the bias", "bias", "without b"),
    wrong("lesson06.layer_with_bias",
          fn("layer_with_bias", "def layer_with_bias(W, x, b):\n"
                                "    return sigmoid(W @ x - b)"),
          "subtracted the bias", "sign", "minus", "subtract", "- b"),
    wrong("lesson06.layer_with_bias",
          fn("layer_with_bias", "def layer_with_bias(W, x, b):\n"
                                "    return sigmoid(W @ (x + b))"),
          "added the bias to the input x", "x + b", "added to x", "input", "wrong place"),
    valid("lesson06.layer_with_bias",
          fn("layer_with_bias", "def layer_with_bias(W, x, b):\n"
                                "    z = np.dot(W, x) + b\n"
                                "    return 1 / (1 + np.exp(-z))")),

    # ---------------------------------------------------------------- lesson 07
    wrong("lesson07.nd_vector", f"answer = np.array({TALK_V})",
          "a NumPy array, not an NDArray", "ndarray", "mxnet", "nd.array"),
    wrong("lesson07.nd_vector", "answer = nd.array([5, 7, 4, 5, 1, 2, -6, 3, 22, 1, 8, 3, -9])",
          "copied the slide's split digits: 4 5 and 1 2", "45", "12", "split", "13",
          "two-digit"),
    wrong("lesson07.nd_vector", "answer = nd.array([5, 7, 45, 12, 6, 3, 22, 1, 8, 3, 9])",
          "lost the minus signs", "sign", "negative", "minus", "-6", "-9"),
    wrong("lesson07.nd_vector", f"answer = nd.array(sorted({TALK_V}))",
          "sorted the numbers", "sort", "order"),
    valid("lesson07.nd_vector", f"answer = nd.array(np.array({TALK_V}, dtype=np.float32))"),

    wrong("lesson07.nd_matmul", "answer = A * B", "elementwise product instead of nd.dot",
          "elementwise", "nd.dot", "hadamard", "*"),
    wrong("lesson07.nd_matmul", "answer = nd.dot(B, A)", "the factors in the wrong order",
          "order", "nd.dot(b, a)", "b @ a", "commut", "swap"),
    wrong("lesson07.nd_matmul", "answer = nd.dot(A, B.T)", "B transposed", "transpos", ".t"),
    wrong("lesson07.nd_matmul", "answer = nd.dot(A, B).sum()", "summed the product matrix",
          "sum", "one number", "(2, 2)"),
    valid("lesson07.nd_matmul", "answer = A.asnumpy() @ B.asnumpy()"),

    wrong("lesson07.to_numpy", "answer = y.asnumpy()", "kept float32: no astype",
          "float32", "astype"),
    wrong("lesson07.to_numpy", 'answer = y.astype("float64")', "still an NDArray",
          "ndarray", "asnumpy", "numpy", "mxnet"),
    wrong("lesson07.to_numpy", "answer = y.asnumpy().tolist()", "a Python list",
          "list"),
    wrong("lesson07.to_numpy", "answer = y.asnumpy().astype(int)",
          "integers: the halves are cut off", "int", "round", "decimal", "fraction"),
    valid("lesson07.to_numpy", 'answer = y.astype("float64").asnumpy()'),

    wrong("lesson07.nd_forward", "answer = nd.dot(w2, nd.sigmoid(nd.dot(W1, x)))",
          "no sigmoid on the output", "sigmoid", "activation", "output"),
    wrong("lesson07.nd_forward", "answer = nd.sigmoid(nd.dot(W1, x))",
          "only the hidden layer", "hidden", "w2", "output layer", "second"),
    wrong("lesson07.nd_forward", "answer = nd.sigmoid(nd.dot(w2, nd.dot(W1, x)))",
          "no sigmoid on the hidden layer", "hidden", "sigmoid", "affine"),
    wrong("lesson07.nd_forward", "answer = nd.sigmoid(nd.dot(w2, nd.array([0.77, 0.78])))",
          "used the slide's rounded hidden values", "round", "0.77", "slide", "exact"),
    valid("lesson07.nd_forward",
          "h = 1 / (1 + nd.exp(-nd.dot(W1, x)))\n"
          "answer = 1 / (1 + nd.exp(-nd.dot(w2, h)))"),

    wrong("lesson07.grad_w2",
          "w2.attach_grad()\nwith autograd.record():\n"
          "    y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))\n"
          "y.backward()\nanswer = w2",
          "handed in w2 itself, not w2.grad", "w2.grad", ".grad", "the weights",
          "weights themselves"),
    wrong("lesson07.grad_w2",
          "w2.attach_grad()\nwith autograd.record():\n"
          "    y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))\n"
          "y.backward()\nanswer = y",
          "handed in the output y, not the gradient", "output", "value of y", ".grad",
          "y itself"),
    wrong("lesson07.grad_w2",
          "w2.attach_grad()\nwith autograd.record():\n"
          "    y = nd.dot(w2, nd.sigmoid(nd.dot(W1, x)))\n"
          "y.backward()\nanswer = w2.grad",
          "forgot the output's sigmoid: the gradient is h alone", "sigmoid", "output",
          "y(1 - y)", "chain", "activation"),
    wrong("lesson07.grad_w2",
          "W1.attach_grad()\nwith autograd.record():\n"
          "    y = nd.sigmoid(nd.dot(w2, nd.sigmoid(nd.dot(W1, x))))\n"
          "y.backward()\nanswer = W1.grad",
          "the gradient with respect to W1 instead of w2", "w1", "respect to",
          "wrong weight"),
    valid("lesson07.grad_w2",
          "h = nd.sigmoid(nd.dot(W1, x))\n"
          "y = nd.sigmoid(nd.dot(w2, h))\n"
          "answer = y * (1 - y) * h"),

    # ---------------------------------------------------------------- lesson 08
    wrong("lesson08.mse", "answer = np.sum((y - t) ** 2)", "summed instead of averaged",
          "sum", "divide", "average", "instead of the mean"),
    wrong("lesson08.mse", "answer = np.mean(y - t)", "forgot to square: the errors cancel",
          "squar", "sign", "cancel"),
    wrong("lesson08.mse", "answer = np.mean(np.abs(y - t))", "absolute instead of squared",
          "absolute", "abs", "squar", "l1"),
    wrong("lesson08.mse", "answer = np.sqrt(np.mean((y - t) ** 2))",
          "took the square root: RMSE", "sqrt", "square root", "rms"),
    valid("lesson08.mse", "answer = ((t - y) ** 2).sum() / len(y)"),

    wrong("lesson08.cross_entropy", "answer = -np.log(P[:, labels]).mean()",
          "whole columns: a 3x3 table instead of one entry per row", "column", "every row",
          "np.arange", "table", "(3, 3)"),
    wrong("lesson08.cross_entropy", "answer = np.mean(np.log(P[np.arange(3), labels]))",
          "forgot the minus sign", "sign", "minus", "negative", "-log"),
    wrong("lesson08.cross_entropy", "answer = -np.sum(np.log(P[np.arange(3), labels]))",
          "summed instead of averaged", "sum", "average", "divide", "instead of the mean"),
    wrong("lesson08.cross_entropy", "answer = -np.log(P[np.arange(3), labels])",
          "one loss per example, not their mean", "mean", "average", "one number",
          "per example"),
    wrong("lesson08.cross_entropy", "answer = -np.mean(np.log(P[labels, np.arange(3)]))",
          "labels as rows and row numbers as columns", "swap", "row", "order", "index"),
    valid("lesson08.cross_entropy",
          "answer = np.mean([-np.log(P[i, labels[i]]) for i in range(len(labels))])"),

    wrong("lesson08.sgd_step", "answer = w + lr * grad", "stepped up the gradient: + for -",
          "sign", "against", "plus", "uphill", "minus", "subtract"),
    wrong("lesson08.sgd_step", "answer = w - grad", "forgot the learning rate",
          "learning rate", "lr"),
    wrong("lesson08.sgd_step", "answer = lr * grad", "the step alone, not the new weights",
          "w -", "from w", "new weights", "the weights"),
    wrong("lesson08.sgd_step", "answer = (w - grad) * lr", "brackets in the wrong place",
          "lr", "learning rate", "bracket", "parenthes"),
    valid("lesson08.sgd_step", "answer = np.subtract(w, lr * grad)"),

    wrong("lesson08.scaled_lr", "answer = lr * batch_size",
          "multiplied by 32 instead of dividing", "divide", "smaller", "times 32", "multipl"),
    wrong("lesson08.scaled_lr", "answer = lr", "kept the learning rate unchanged",
          "same", "unchanged", "32", "scale", "divide"),
    wrong("lesson08.scaled_lr", "answer = lr / np.sqrt(batch_size)",
          "divided by the square root of 32", "sqrt", "square root"),
    wrong("lesson08.scaled_lr", "answer = batch_size / lr", "the ratio upside down: 320",
          "invert", "upside", "lr /"),
    valid("lesson08.scaled_lr", "answer = 0.1 / 32"),

    wrong("lesson08.one_hot", "answer = np.eye(10)[:, labels]",
          "picked columns: one column per label, (10, 4)", "transpos", "column", "(10, 4)",
          "row per label"),
    wrong("lesson08.one_hot", "answer = np.eye(len(labels))",
          "the 4x4 identity: 4 classes instead of 10", "10", "ten", "classes", "(4, 4)"),
    wrong("lesson08.one_hot", "answer = np.eye(10)[labels - 1]",
          "counted from 1: every 1 one place early", "off by one", "position", "shift",
          "- 1", "index"),
    wrong("lesson08.one_hot", "answer = labels", "handed in the labels unchanged",
          "integer", "themselves", "unchanged", "input", "(4,)"),
    valid("lesson08.one_hot", "answer = (labels[:, None] == np.arange(10)).astype(float)"),

    wrong("lesson08.accuracy", "answer = np.sum(P.argmax(axis=1) == labels)",
          "the number right, not the fraction", "count", "fraction", "divide", "number of"),
    wrong("lesson08.accuracy", "answer = np.mean(P.max(axis=1) == labels)",
          "max (the probability) instead of argmax (the class)", "argmax", "max",
          "position", "index"),
    wrong("lesson08.accuracy", "answer = np.mean(P.argmax(axis=1) != labels)",
          "the error rate: != for ==", "error rate", "wrong", "!=", "1 -", "misclass"),
    wrong("lesson08.accuracy", "answer = P.argmax(axis=1)",
          "the predictions, never compared with the labels", "fraction", "one number",
          "compare", "predictions"),
    valid("lesson08.accuracy", "answer = (P.argmax(1) == labels).sum() / len(labels)"),

    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = X @ W1.T + b1\n"
                        "    Z = H @ W2.T + b2\n"
                        "    E = np.exp(Z)\n"
                        "    return (E / E.sum(axis=1, keepdims=True)).argmax(axis=1)"),
          "forgot the ReLU", "relu", "max(0", "np.maximum", "nonlinear"),
    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = np.max(0, X @ W1.T + b1)\n"
                        "    Z = H @ W2.T + b2\n"
                        "    return np.argmax(Z, axis=1)"),
          "np.max for np.maximum: raises", "np.maximum", "np.max", "maximum"),
    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = np.maximum(0, X @ W1.T + b1)\n"
                        "    Z = H @ W2.T + b2\n"
                        "    E = np.exp(Z)\n"
                        "    return (E / E.sum(axis=1, keepdims=True)).argmax(axis=0)"),
          "argmax along axis 0", "axis"),
    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = np.maximum(0, X @ W1.T + b1)\n"
                        "    E = np.exp(H @ W2.T + b2)\n"
                        "    return E / E.sum(axis=1, keepdims=True)"),
          "returned the probabilities, no argmax", "argmax", "integer", "probabilit"),
    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = np.maximum(0, X @ W1.T + b1)\n"
                        "    Z = H @ W2.T\n"
                        "    return np.argmax(Z, axis=1)"),
          "forgot the output bias b2", "bias", "b2"),
    wrong("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    H = np.maximum(0, X @ W1.T + b1)\n"
                        "    E = np.exp(H @ W2.T + b2)\n"
                        "    return (E / E.sum(axis=0)).argmax(axis=1)"),
          "softmax normalised down the columns (axis 0)", "axis", "keepdims", "each row"),
    valid("lesson08.predict",
          fn("predict", "def predict(X, W1, b1, W2, b2):\n"
                        "    scores = np.maximum(X @ W1.T + b1, 0) @ W2.T + b2\n"
                        "    return np.argmax(scores, axis=1)")),

    # ---------------------------------------------------------------- lesson 09
    wrong("lesson09.nchw_shape", "answer = (16, 28, 28)", "left out the channel axis",
          "channel", "missing", "four", "4 axes"),
    wrong("lesson09.nchw_shape", "answer = (16, 28, 28, 1)", "NHWC: channel last",
          "nhwc", "channel", "last", "layout"),
    wrong("lesson09.nchw_shape", "answer = (1, 16, 28, 28)", "batch and channel swapped",
          "swap", "batch", "order"),
    wrong("lesson09.nchw_shape", "answer = (16, 3, 28, 28)", "three colour channels for grey",
          "grey", "gray", "colour", "color", "one channel", "1 channel"),
    valid("lesson09.nchw_shape", "answer = np.zeros((16, 1, 28, 28)).shape"),

    wrong("lesson09.row_centred", "answer = X - X.mean(axis=0)",
          "the column means, axis 0", "axis", "column"),
    wrong("lesson09.row_centred", "answer = X - X.mean()", "the mean of the whole matrix",
          "whole", "overall", "all entries", "axis", "each row"),
    wrong("lesson09.row_centred", "answer = X - X.sum(axis=1, keepdims=True)",
          "subtracted the row sums instead of the means", "sum", "divide"),
    wrong("lesson09.row_centred", "answer = X / X.mean(axis=1, keepdims=True)",
          "divided by the row means instead of subtracting", "divid", "subtract", "/"),
    valid("lesson09.row_centred", "answer = (X.T - X.mean(axis=1)).T"),

    wrong("lesson09.l2", "answer = 7", "added the entries: the L1 norm",
          "l1", "absolute", "sum"),
    wrong("lesson09.l2", "answer = 25", "the squared norm: no square root",
          "sqrt", "square root", "squared"),
    wrong("lesson09.l2", "answer = np.sqrt(3 + 4)", "forgot to square the entries",
          "squar"),
    wrong("lesson09.l2", "answer = [3, 4]", "handed in the vector itself",
          "one number", "vector", "list", "single"),
    valid("lesson09.l2", "answer = (3**2 + 4**2) ** 0.5"),

    wrong("lesson09.layer_output", "answer = 1 / (1 + np.exp(-(W @ x)))",
          "forgot the bias", "bias", "without b", "forgot b"),
    wrong("lesson09.layer_output", "answer = 1 / (1 + np.exp(-(x @ W + b)))",
          "x @ W: the operands in the wrong order", "order", "transpos", "x @ w", "w @ x"),
    wrong("lesson09.layer_output", "answer = W @ x + b", "forgot the sigmoid",
          "sigmoid", "activation"),
    wrong("lesson09.layer_output", "answer = 1 / (1 + np.exp(W @ x + b))",
          "the sigmoid's minus sign forgotten", "sign", "minus", "-z", "exp(-"),
    valid("lesson09.layer_output", "answer = np.exp(W @ x + b) / (1 + np.exp(W @ x + b))"),

    wrong("lesson09.picked", "answer = P[:, labels]",
          "whole columns: a (4, 4) table", "column", "np.arange", "table", "(4, 4)",
          "every row"),
    wrong("lesson09.picked", "answer = P[labels]", "picked rows by label",
          "np.arange", "row index", "rows by label", "pair"),
    wrong("lesson09.picked", "answer = P.max(axis=1)",
          "the largest probability, not the true class's", "max", "largest",
          "most probable"),
    wrong("lesson09.picked", "answer = P[np.arange(4), labels - 1]",
          "counted classes from 1: one column to the left", "off by one", "- 1", "shift",
          "count from 0"),
    valid("lesson09.picked", "answer = np.array([P[i, k] for i, k in enumerate(labels)])"),
)
