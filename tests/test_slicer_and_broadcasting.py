"""The plain functions behind lesson 02's slicer and lesson 03's broadcasting explorer."""

import itertools

import numpy as np
import pytest

from helpers.datasets import load_digits, load_photo
from helpers.explainers.broadcasting import (
    draw_broadcast,
    explain_broadcast,
    explain_broadcast_text,
    parse_shape,
)
from helpers.explainers.slicer import (
    channel_names,
    draw_batch,
    draw_slice,
    image_slice,
    slice_caption,
)

BATCH = np.arange(2 * 3 * 4 * 5, dtype=np.float32).reshape(2, 3, 4, 5)


def test_image_slice_is_one_channel_of_one_sample():
    assert np.array_equal(image_slice(BATCH, 1, 2), BATCH[1, 2])
    assert image_slice(BATCH, 0, 0).shape == (4, 5)


def test_caption_names_index_channel_shape_and_mean():
    assert slice_caption(BATCH, 1, 2) == (
        "batch[1, 2]: sample 1, channel 2 (blue), shape (4, 5), "
        f"mean {BATCH[1, 2].mean():.3f}")


@pytest.mark.parametrize(("sample", "channel", "words"), [
    (2, 0, "sample 2 is out of range: the batch has 2 (0 to 1)"),
    (0, 3, "channel 3 is out of range: there are 3 (0 to 2)"),
    (-1, 0, "sample -1 is out of range"),
])
def test_out_of_range_indices_are_explained(sample, channel, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace(")", r"\)")):
        image_slice(BATCH, sample, channel)


def test_a_batch_must_have_four_axes():
    with pytest.raises(ValueError, match=r"expected a batch of shape \(N, C, H, W\)"):
        image_slice(BATCH[0], 0, 0)


def test_channel_names():
    assert channel_names(3) == ("red", "green", "blue")
    assert channel_names(1) == ("gray",)
    assert channel_names(2) == ("channel 0", "channel 1")


def test_slice_and_batch_figures():
    figure = draw_slice(BATCH, 1, 0)
    assert figure.axes[0].get_title() == "batch[1, 0]  (red)"
    assert np.array_equal(figure.axes[0].images[0].get_array(), BATCH[1, 0])
    overview = draw_batch(BATCH)
    pictures = overview.axes[0].images
    assert len(pictures) == 2 * 3  # one per sample and channel, in one axes
    assert np.array_equal(pictures[4].get_array(), BATCH[1, 1])
    assert pictures[4].get_cmap().name == "green"
    captions = [text.get_text() for text in overview.axes[0].texts]
    assert captions == ["channel 0\n(red)", "channel 1\n(green)", "channel 2\n(blue)",
                        "sample 0", "sample 1"]
    assert overview.axes[0].get_title() == "batch of shape (2, 3, 4, 5) (N, C, H, W)"


def test_shipped_data_loads_without_network():
    digits, labels = load_digits()
    assert digits.shape == (1797, 8, 8) and labels.shape == (1797,)
    assert digits.min() == 0 and digits.max() == 16
    assert sorted(set(labels.tolist())) == list(range(10))
    photo = load_photo()
    assert photo.shape == (3, 64, 64) and 0 <= photo.min() and photo.max() <= 1


SHAPES = [(), (1,), (3,), (2,), (1, 3), (3, 1), (2, 3), (2, 1), (4, 1, 3), (4, 2, 3), (2, 2, 1)]


@pytest.mark.parametrize(("a", "b"), list(itertools.product(SHAPES, repeat=2)))
def test_explanation_agrees_with_numpy(a, b):
    try:
        expected = np.broadcast_shapes(a, b)
    except ValueError:
        expected = None
    explained = explain_broadcast(a, b)
    assert explained.result == expected
    assert explained.summary.startswith("✓" if expected is not None else "✗")


def test_explanation_names_the_stretched_operand_and_the_failing_axis():
    assert explain_broadcast((2, 3), (3,)).steps == (
        "A (2, 3) and B (3,), lined up from the right: (2, 3) and (1, 3) "
        "(missing axes count as length 1)",
        "axis 0: 2 and 1 → B is stretched to 2",
        "axis 1: 3 and 3 are equal → 3",
        "✓ A + B has shape (2, 3)",
    )
    assert explain_broadcast((2, 3), (2,)).summary == (
        "✗ cannot broadcast (2, 3) with (2,): axis 1 has lengths 3 and 2")


@pytest.mark.parametrize(("text", "shape"), [
    ("2, 3", (2, 3)), ("(2, 3)", (2, 3)), ("3,", (3,)), ("(3,)", (3,)), ("", ()),
    ("[4 ,5]", (4, 5)),
])
def test_parse_shape(text, shape):
    assert parse_shape(text) == shape


@pytest.mark.parametrize("text", ["2, x", "2.5", "-1", "2,,3"])
def test_typos_in_shapes_get_a_message(text):
    result = explain_broadcast_text(text, "3")
    assert result.result is None
    assert "is not an axis length" in result.summary


def test_broadcast_figure_shows_a_b_stretched_and_c():
    figure = draw_broadcast(np.array([[1, 2, 3], [4, 5, 6]]), np.array([10, 20, 30]))
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert {"A", "b, stretched", "C = A + b", "36", "+", "="} <= set(texts)
    assert texts.count("10") == 2  # b, once for real and once as its stretched copy
