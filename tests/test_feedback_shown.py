"""check() shows its feedback once; a learner's shape error reads as the shape rule."""

import numpy as np
from IPython.core.interactiveshell import InteractiveShell

from helpers.exercises import find


def test_check_shows_once_even_mid_cell_or_in_a_loop():
    shell = InteractiveShell.instance()
    shown = []
    shell.display_pub.publish = lambda data, **kwargs: shown.append(data["text/plain"])
    shell.run_cell("from helpers.exercises import find\nex = find('lesson00', 'double')\n"
                   "for a in (3, 4):\n    ex.check(a * 2)\nex.check(5);\nex.check(20)")
    assert shown[0] == "✗ Not yet [double]: got 6, which is not the expected value"
    assert shown[3] == "✓ Correct [double]: well done"
    assert len(shown) == 4  # two in the loop, one after `;`, one as the last line: not twice


def test_a_matmul_shape_error_names_the_shapes_and_the_line():
    layer = find("lesson06", "layer")

    def wrong(W, x):
        return W.T @ x

    message = layer.check(wrong).message
    assert message.startswith("your function stopped with an error (in your line "
                              "`return W.T @ x`): a matrix product needs the inner lengths")
    assert "(3, 2) @ (3,)" in message and "gufunc" not in message


def test_renamed_parameters_are_called_positionally():
    neuron = find("lesson06", "neuron")
    sigmoid = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    assert neuron.check(lambda weights, inputs: sigmoid(weights @ inputs)).solved
    assert not neuron.check(lambda x, w: sigmoid(np.sum(x)) + 0 * w[0]).solved
