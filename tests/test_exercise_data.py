"""Every exercise's data separates the reference from its generic wrong variants.

A symmetric matrix cannot tell A·B from A·Bᵀ, and two vectors of the same length cannot tell
‖a‖² from ‖b‖². For each exercise, the reference's variants (helpers.checks.variants: one
slip each, e.g. the other axis, a missing sum, ``*`` for ``@``) and the reference run on
each square input transposed are computed on the exercise's data. A variant that gives the
reference's value there, but not on random data of the same shapes (where it is a real
mistake, not an identity like ``a·b = b·a``), means the data must change.
"""

import numpy as np
import pytest
from mxnet import nd

from helpers.checks.diagnose import same_values
from helpers.checks.exercise import fresh
from helpers.checks.variants import variants_of
from helpers.exercises import all_exercises

EXERCISES = [exercise for exercise in all_exercises() if exercise.numeric]


def _argument_sets(exercise):
    return list(exercise.cases) if exercise.wants_function else [exercise.inputs]


def _randomised(arguments, rng):
    """The same shapes and types, other numbers: where an identity still holds."""
    out = {}
    for name, value in fresh(arguments).items():
        is_nd = type(value).__name__ == "NDArray"
        array = value.asnumpy() if is_nd else value
        if isinstance(array, np.ndarray) and array.dtype.kind == "f" and array.size > 1:
            new = rng.uniform(0.5, 2.0, array.shape)
            if (array < 0).any():
                new *= rng.choice([-1.0, 1.0], array.shape)
            array = new.astype(array.dtype)
        elif isinstance(array, np.ndarray) and array.dtype.kind == "i" and array.size > 1:
            array = rng.integers(array.min(), array.max() + 1, array.shape)
        out[name] = nd.array(array) if is_nd else array
    return out


def _square_transposed(exercise, arguments):
    """The reference with each square matrix input transposed: a learner's A.T slip."""
    for name, value in arguments.items():
        array = value.asnumpy() if type(value).__name__ == "NDArray" else value
        if isinstance(array, np.ndarray) and array.ndim == 2 and array.shape[0] == array.shape[1]:
            changed = dict(fresh(arguments))
            changed[name] = nd.array(array.T) if array is not value else array.T.copy()
            yield f"{name} transposed", changed


def _outputs(exercise, arguments):
    found = {v.rule + ": " + v.message: v.value for v in variants_of(exercise.reference,
                                                                       fresh(arguments))}
    for label, changed in _square_transposed(exercise, arguments):
        found[label] = exercise._run_reference(changed)
    return found


def _indistinct(exercise, arguments):
    expected = exercise._run_reference(fresh(arguments))
    return {label for label, value in _outputs(exercise, arguments).items()
            if same_values(value, expected, exercise.rtol, exercise.atol)}


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.full_name)
def test_data_separates_the_reference_from_its_variants(exercise):
    rng = np.random.default_rng(0)
    sets = _argument_sets(exercise)
    # Blind on every case of the exercise's data ...
    blind = set.intersection(*(_indistinct(exercise, arguments) for arguments in sets))
    # ... but a real difference on random data of the same shapes.
    identities = set.intersection(*(_indistinct(exercise, _randomised(arguments, rng))
                                    for arguments in sets for _ in range(2)))
    assert not blind - identities, sorted(blind - identities)


def test_a_symmetric_matrix_is_caught():
    from helpers.checks.exercise import ValueExercise

    def _product(A, B):
        return A @ B

    symmetric = ValueExercise("unit-test", "product", _product,
                              inputs={"A": np.array([[1.0, 2.0], [3.0, 4.0]]),
                                      "B": np.array([[0.0, 1.0], [1.0, 0.0]])})
    blind = _indistinct(symmetric, symmetric.inputs)
    assert "B transposed" in blind
