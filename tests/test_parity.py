"""Every operation the course teaches gives the same result in NumPy and in MXNet."""

import numpy as np
import pytest

from helpers.explainers.parity import (
    OPERATIONS,
    agree,
    as_numpy,
    preview,
    side_by_side_table,
)


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


def test_the_side_by_side_table_has_a_row_per_operation_each_agreeing():
    header, rule, *rows = side_by_side_table()
    assert header.split() == ["lesson", "operation", "NumPy", "NDArray", "agree"]
    assert set(rule) == {"-", " "}
    assert len(rows) == len(OPERATIONS)
    for row, operation in zip(rows, OPERATIONS, strict=True):
        assert row.split()[0] == operation.lesson and operation.name in row
        assert row.endswith("✓")


def test_previews_show_the_shape_so_that_different_results_never_look_alike():
    previews = {op.name: (preview(op.numpy()), preview(op.mxnet())) for op in OPERATIONS}
    assert previews["matrix–vector M @ M[0]"][0].startswith("(4,) [175, 464, 310")
    assert previews["matrix–matrix M @ M.T"][0].startswith("(4, 4) [175, 464, 310")
    assert previews["L1 norm"] == ("121", "(1,) [121]")  # MXNet's norm has shape (1,)
    assert preview((4, 5)) == "(4, 5)"
