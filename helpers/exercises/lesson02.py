"""Exercises of lesson 02: data as tensors (time series, images, batches, memory)."""

from __future__ import annotations

import numpy as np

from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson02"

# Five days of (open, close) prices for three companies: each is (time, price), shape (5, 2).
PRICES = {
    "alpha": np.array([[10.0, 10.5], [10.5, 10.2], [10.2, 11.0], [11.0, 11.4], [11.4, 11.1]]),
    "beta": np.array([[52.0, 51.0], [51.0, 50.5], [50.5, 52.5], [52.5, 53.0], [53.0, 54.2]]),
    "gamma": np.array([[7.0, 7.2], [7.2, 7.9], [7.9, 7.5], [7.5, 7.4], [7.4, 8.0]]),
}


def _company_tensor(alpha, beta, gamma):
    return np.stack([alpha, beta, gamma])


company_tensor = ValueExercise(
    LESSON, "company_tensor", _company_tensor, inputs=dict(PRICES),
    stars=2,
    mistakes=(
        Mistake("concatenate", lambda alpha, beta, gamma: np.concatenate([alpha, beta, gamma]),
                "np.concatenate made one long series of 15 days, shape (15, 2): the company "
                "axis is missing; np.stack adds it"),
        Mistake("company axis in the middle",
                lambda alpha, beta, gamma: np.stack([alpha, beta, gamma], axis=1),
                "the company axis is in the middle, shape (5, 3, 2); samples (companies) go "
                "first: (company, time, price)"),
    ),
    hints=("Each company is a (time, price) matrix; the result adds one axis in front.",
           "np.stack([alpha, beta, gamma]) puts the companies on a new axis 0."),
)


def _batch_shape(n, c, h, w):
    return (n, c, h, w)


batch_shape = ValueExercise(
    LESSON, "batch_shape", _batch_shape, inputs={"n": 32, "c": 3, "h": 24, "w": 32},
    stars=1,
    mistakes=(
        Mistake("no sample axis", lambda n, c, h, w: (c, h, w),
                "that is the shape of one image; a batch adds the sample axis in front: "
                "tensor dims = data dims + 1"),
        Mistake("NHWC", lambda n, c, h, w: (n, h, w, c),
                "that is NHWC, channels last (TensorFlow's default); MXNet uses NCHW, "
                "channels right after the samples"),
        Mistake("width before height", lambda n, c, h, w: (n, c, w, h),
                "width comes before height here; MXNet's layout is (N, C, H, W): rows "
                "(height) before columns (width)"),
    ),
    hints=("Four axes: samples, channels, height, width.",
           "MXNet's image layout is called NCHW."),
)

# A tiny NHWC batch (2 images, 2×3 pixels, 3 channels) whose numbers show where each went.
NHWC = np.arange(2 * 2 * 3 * 3).reshape(2, 2, 3, 3)


def _to_nchw(batch):
    return batch.transpose(0, 3, 1, 2)


to_nchw = ValueExercise(
    LESSON, "to_nchw", _to_nchw, inputs={"batch": NHWC},
    stars=2,
    mistakes=(
        Mistake("reshape", lambda batch: batch.reshape(2, 3, 2, 3),
                "reshape gives the right shape but keeps the numbers in their old order, so the "
                "pixels are scrambled: to move an axis, use transpose"),
        Mistake("W and H swapped", lambda batch: batch.transpose(0, 3, 2, 1),
                "that is (N, C, W, H): height and width are swapped; keep H before W"),
        Mistake("reversed", lambda batch: batch.T,
                ".T reverses all four axes, giving (C, W, H, N); list the axes you want instead"),
    ),
    hints=("transpose takes the old axis numbers in their new order.",
           "NHWC has N=0, H=1, W=2, C=3; NCHW wants them in the order 0, 3, 1, 2."),
)

DIGITS_BATCH = np.arange(4 * 1 * 8 * 8, dtype=np.float32).reshape(4, 1, 8, 8)


def _flatten(images):
    return images.reshape(len(images), -1)


flatten = ValueExercise(
    LESSON, "flatten", _flatten, inputs={"images": DIGITS_BATCH},
    stars=2,
    mistakes=(
        Mistake("everything flat", lambda images: images.reshape(-1),
                "everything became one vector of 256 numbers: the sample axis is gone; keep "
                "one row per image, shape (4, 64)"),
        Mistake("pixels first", lambda images: images.reshape(64, -1),
                "shape (64, 4) puts pixels on axis 0; samples stay on axis 0, so reshape to "
                "(number of images, -1)"),
    ),
    hints=("A dense layer wants one row of 64 numbers per image.",
           "reshape(len(images), -1) keeps axis 0 and lets NumPy work out the rest."),
)


def _memory_bytes(shape):
    return int(np.prod(shape)) * np.dtype(np.float32).itemsize


memory_bytes = ValueExercise(
    LESSON, "memory_bytes", _memory_bytes, inputs={"shape": (64, 3, 224, 224)},
    stars=2,
    mistakes=(
        Mistake("entries only", lambda shape: int(np.prod(shape)),
                "that is the number of entries (size); each float32 takes 4 bytes"),
        Mistake("float64", lambda shape: int(np.prod(shape)) * 8,
                "that is for float64 (8 bytes per number); float32 takes 4"),
        Mistake("bits", lambda shape: int(np.prod(shape)) * 32,
                "that counts bits: float32 is 32 bits, which is 4 bytes"),
    ),
    hints=("memory = size × itemsize.",
           "size is the product of the shape; np.dtype(np.float32).itemsize is 4."),
)

ONE_DIGIT = np.arange(64, dtype=np.float32).reshape(1, 8, 8)


def _batch_of_one(image):
    return image[np.newaxis]


batch_of_one = ValueExercise(
    LESSON, "batch_of_one", _batch_of_one, inputs={"image": ONE_DIGIT},
    stars=2,
    mistakes=(
        Mistake("dropped channel", lambda image: image[0],
                "image[0] removed the channel axis, shape (8, 8); the task is to add a "
                "sample axis, shape (1, 1, 8, 8)"),
        Mistake("axis at the end", lambda image: image[..., np.newaxis],
                "the new axis went last, shape (1, 8, 8, 1); the sample axis goes first"),
    ),
    hints=("A model takes batches: one image is a batch of one.",
           "image[np.newaxis] (or image.reshape(1, 1, 8, 8)) adds an axis in front."),
)

# In the notebook's order (tests/test_manifest.py).
EXERCISES = [company_tensor, batch_shape, batch_of_one, to_nchw, flatten, memory_bytes]
