"""The small data sets shipped in data/ (hand-written digits, one RGB photo) and seeded
synthetic stock prices."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib import image as mpimg

DATA = Path(__file__).resolve().parents[1] / "data"


def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """1797 digit images as a float32 array of shape (1797, 8, 8), values 0–16, and the labels."""
    table = np.loadtxt(DATA / "digits.csv.gz", delimiter=",", dtype=np.float32)
    images = table[:, :64].reshape(-1, 8, 8)
    labels = table[:, 64].astype(np.int64)
    return images, labels


def load_photo() -> np.ndarray:
    """The 64×64 RGB photo as (channel, height, width) float32 in [0, 1]: MXNet's layout."""
    pixels = mpimg.imread(DATA / "grace_hopper_64.png")[:, :, :3]  # (H, W, C)
    return np.ascontiguousarray(pixels.transpose(2, 0, 1), dtype=np.float32)


def stock_prices(companies: int, days: int, seed: int) -> list[np.ndarray]:
    """Seeded synthetic prices, one (days, 2) matrix per company: opening and closing price.

    Each company is a random walk from 100: the closing price moves by a small random
    percentage each day (normally distributed log-returns, about 1.5 %), and each day
    opens at the previous day's close.
    """
    rng = np.random.default_rng(seed=seed)
    daily_change = rng.normal(loc=0.0005, scale=0.015, size=(companies, days))
    close = 100 * np.exp(np.cumsum(daily_change, axis=1))
    open_ = np.concatenate([np.full((companies, 1), 100.0), close[:, :-1]], axis=1)
    return [np.column_stack([open_[company], close[company]]) for company in range(companies)]
