"""Lesson 08's learning functions: gradients three ways, gradient descent, the widgets' text."""

import numpy as np
import pytest

from helpers.explainers.learning import (
    PARTY_X,
    PARTY_Y,
    describe_learning_rate,
    draw_learning_rates,
    draw_probabilities,
    finite_difference,
    forward_batch,
    gradient_descent,
    gradients,
    mse,
    probability_caption,
)
from helpers.talk import TALK_W1, TALK_W2


def test_party_data_follows_its_rule():
    for (vodka, rain, party), went in zip(PARTY_X, PARTY_Y, strict=True):
        assert went == float(party == 1 or (vodka == 1 and rain == 0))


def test_chain_rule_gradients_match_finite_differences_and_mxnet_autograd():
    from mxnet import autograd, nd

    by_hand = gradients(PARTY_X, PARTY_Y, TALK_W1, TALK_W2)
    numeric = finite_difference(PARTY_X, PARTY_Y, TALK_W1, TALK_W2)
    W1, w2 = nd.array(TALK_W1, dtype="float64"), nd.array(TALK_W2, dtype="float64")
    W1.attach_grad()
    w2.attach_grad()
    with autograd.record():
        y = nd.sigmoid(nd.dot(nd.sigmoid(nd.dot(nd.array(PARTY_X, dtype="float64"), W1.T)), w2))
        loss = nd.mean((y - nd.array(PARTY_Y, dtype="float64")) ** 2)
    loss.backward()
    for mine, theirs, auto in zip(by_hand, numeric, (W1.grad, w2.grad), strict=True):
        np.testing.assert_allclose(mine, theirs, atol=1e-8)
        np.testing.assert_allclose(mine, auto.asnumpy(), rtol=1e-10)


def test_gradient_descent_learns_the_rule_and_sgd_goes_downhill_too():
    run = gradient_descent(lr=20.0, steps=300)
    assert run.losses[-1] < 0.01 * run.losses[0]
    assert np.all(np.diff(run.losses) <= 1e-12)  # full-batch steps never go uphill here
    assert np.array_equal(forward_batch(PARTY_X, run.W1, run.w2)[1].round(), PARTY_Y)
    assert run.w2_path.shape == (301, 2)
    sgd = gradient_descent(lr=20.0, steps=300, batch_size=2, seed=0)
    assert sgd.losses[-1] < 0.05 * sgd.losses[0]
    assert not np.array_equal(sgd.losses, run.losses)


@pytest.mark.parametrize(("lr", "verdict"), [
    (1.0, "too small: the loss barely moved"),
    (20.0, "about right: the loss fell steadily"),
    (200.0, "too large: the loss went up"),
])
def test_learning_rate_verdicts(lr, verdict):
    text = describe_learning_rate(lr)
    start = mse(forward_batch(PARTY_X, TALK_W1, TALK_W2)[1], PARTY_Y)
    assert text.startswith(f"lr = {lr:g}: loss {start:.4f} → ")
    assert text.endswith(verdict)


def test_learning_rate_figure_has_one_curve_per_rate():
    assert len(draw_learning_rates((1.0, 20.0, 200.0)).axes[0].lines) == 3


def test_probability_caption_and_bars():
    probabilities = np.array([0.05, 0.7, 0.25] + [0.0] * 7)
    assert probability_caption(4, probabilities, 1) == (
        "test image 4: true 1, predicted 1 with probability 0.700 (right)")
    assert probability_caption(4, probabilities, 2).endswith("(wrong)")
    figure = draw_probabilities(np.zeros((8, 8)), probabilities, 2)
    bars = figure.axes[1].patches
    assert len(bars) == 10 and bars[1].get_height() == pytest.approx(0.7)
    assert figure.axes[0].get_title() == "true 2, predicted 1"
