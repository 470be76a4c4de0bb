"""Every operation the course teaches gives the same result in NumPy and in MXNet."""

import numpy as np
import pytest

from helpers.explainers.parity import OPERATIONS, agree, as_numpy, side_by_side_lines


def test_every_lesson_with_operations_is_covered():
    assert {op.lesson for op in OPERATIONS} == {"01", "02", "03", "04", "05", "06"}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.lesson}-{op.name}")
def test_numpy_and_mxnet_agree_within_float32_tolerance(operation):
    expected = as_numpy(operation.numpy())
    got = as_numpy(operation.mxnet())
    if expected.ndim == 0:
        got = got.reshape(())
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    assert agree(operation)


def test_a_disagreement_would_show():
    from helpers.explainers.parity import Operation

    broken = Operation("03", "broken", lambda: np.array([1.0, 2.0]), lambda: np.array([1.0, 2.1]))
    assert not agree(broken)


def test_side_by_side_lines_mark_every_operation():
    lines = side_by_side_lines()
    assert len(lines) == len(OPERATIONS)
    assert all(line.endswith("✓ MXNet agrees") for line in lines)
