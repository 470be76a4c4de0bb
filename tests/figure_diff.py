"""Compare a figure drawn now with the stored one, as a reader's eye would.

Another CPU computes the last bits of floating-point results differently (NumPy picks its
SIMD code by CPU), so a line's anti-aliased edge can come out a few levels lighter or darker.
That is not a change. A moved line, a changed label or number, another colour is: those
pixels change by far more. So a figure matches when both have the same size and no pixel's
colour differs by more than ``LEVELS`` of 255 in any channel, as matplotlib's own image
tests allow a tolerance across platforms instead of comparing bytes.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import numpy as np
from PIL import Image

#: Anti-aliasing on another CPU moved pixels by up to 3 levels; text, lines and colours that
#: change move them by 50 to 255. Between the two, with a wide margin on both sides.
LEVELS = 24


@dataclass(frozen=True)
class FigureDiff:
    """How a figure differs from the stored one; ``matches`` is what the test asserts."""

    matches: bool
    summary: str


def pixels(encoded: str) -> np.ndarray:
    """A base64 PNG or JPEG (as notebooks store them) as an (H, W, 4) array of 0–255."""
    image = Image.open(io.BytesIO(base64.b64decode(encoded)))
    return np.asarray(image.convert("RGBA"), dtype=np.int16)


def compare(stored: str, now: str, levels: int = LEVELS) -> FigureDiff:
    if stored == now:
        return FigureDiff(True, "identical")
    try:
        before, after = pixels(stored), pixels(now)
    except Exception as error:  # a damaged image in a notebook is a difference to report
        return FigureDiff(False, f"one of the images cannot be decoded ({error})")
    if before.shape != after.shape:
        return FigureDiff(False, f"its size changed from {size(before)} to {size(after)} pixels")
    difference = np.abs(before - after).max(axis=2)
    changed = difference > levels
    worst = int(difference.max())
    if not changed.any():
        return FigureDiff(True, f"{int((difference > 0).sum())} pixels differ, by at most "
                                f"{worst} of 255 levels (tolerance {levels})")
    rows, columns = np.nonzero(changed)
    return FigureDiff(False, f"{int(changed.sum())} of {changed.size} pixels differ by more "
                             f"than {levels} of 255 levels (up to {worst}), within x "
                             f"{columns.min()}–{columns.max()}, y {rows.min()}–{rows.max()}")


def size(image: np.ndarray) -> str:
    return f"{image.shape[1]}×{image.shape[0]}"
