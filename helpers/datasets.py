"""The small data sets shipped in data/: hand-written digits and one RGB photo."""

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
