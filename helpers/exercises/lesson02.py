"""Exercises of lesson 02: data as tensors (time series, images, batches, memory)."""

from __future__ import annotations

import numpy as np

from helpers.checks import ChoiceExercise, Option
from helpers.checks.exercise import Mistake, ValueExercise

LESSON = "lesson02"

# Five days of (open, close) prices for three companies: each is (time, price), shape (5, 2).
PRICES = {
    "alpha": np.array([[10.0, 10.5], [10.5, 10.2], [10.2, 11.0], [11.0, 11.4], [11.4, 11.1]]),
    "beta": np.array([[52.0, 51.0], [51.0, 50.5], [50.5, 52.5], [52.5, 53.0], [53.0, 54.2]]),
    "gamma": np.array([[7.0, 7.2], [7.2, 7.9], [7.9, 7.5], [7.5, 7.4], [7.4, 8.0]]),
}


photo_channel = ChoiceExercise(
    LESSON, "photo_channel", stars=1,
    title="what one index picks in an image",
    question="`photo` has shape (3, 64, 64): (channel, height, width). What is `photo[0]`?",
    options=(
        Option("the top row of pixels, each with its 3 colours",
               "that would be `photo[:, 0, :]`, shape (3, 64), or `photo[0]` of an (H, W, C) "
               "image; here axis 0 is the channel"),
        Option("the top-left pixel", "one index alone picks along axis 0 only; a pixel needs "
               "an index for height and width: `photo[:, 0, 0]`"),
        Option("the first photo of the batch", "`photo` is one image, 3 axes; a batch would "
               "add the sample axis, and `photos[0]` picks the first photo"),
        Option("the red channel: a 64 × 64 matrix", "right: one index picks along axis 0, "
               "here a channel, and keeps the other two axes, shape (64, 64)", correct=True),
    ),
    hints=("Read the shape: axis 0 has length 3, one entry per channel (red, green, blue).",
           "One index picks one entry along axis 0 and keeps every other axis whole."),
)


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

batch_axes = ChoiceExercise(
    LESSON, "batch_axes", stars=2,
    title="tensor dims = data dims + 1",
    question="One second of sound is a vector of 16000 numbers, the microphone's "
             "readings. How many axes does a batch of 32 such clips have?",
    options=(
        Option("1", "1 axis is one clip; a batch holds many, on an extra axis in front"),
        Option("2", "right: one clip is 1D, and the batch adds one axis that counts the "
               "clips: shape (32, 16000)", correct=True),
        Option("3", "only one axis is added, the one that counts the clips: 1 + 1 = 2"),
        Option("32", "32 is the length of the new axis, the number of clips; the number of "
               "axes is ndim, here 2"),
    ),
    hints=("How many axes has one clip? The batch adds one.",
           "Tensor dims = data dims + 1: the clip is a vector."),
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
    return np.prod(shape) * np.dtype(np.float32).itemsize


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

float64_memory = ChoiceExercise(
    LESSON, "float64_memory", stars=1,
    title="the same tensor in float64",
    question="A float32 tensor takes 100 MiB. How much does a float64 tensor of the same "
             "shape take?",
    options=(
        Option("100 MiB", "the shape and size stay, but memory = size × itemsize, and the "
               "itemsize changes: 8 bytes for float64, 4 for float32"),
        Option("50 MiB", "float64 uses more bytes per number, not fewer: 64 bits = 8 bytes, "
               "32 bits = 4"),
        Option("200 MiB", "right: the same size, and each entry takes 8 bytes instead of 4, "
               "so twice the memory", correct=True),
        Option("6400 MiB", "that multiplies by 64, the number of bits; the factor is the "
               "ratio of the itemsizes, 8 / 4 = 2"),
    ),
    hints=("memory = size × itemsize: which of the two changes?",
           "float32 takes 4 bytes per number, float64 takes 8."),
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
EXERCISES = [company_tensor, photo_channel, batch_shape, batch_of_one, batch_axes, to_nchw,
             flatten, float64_memory, memory_bytes]
