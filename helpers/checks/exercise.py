"""Checked exercises: one reference solution, a catalogue of typical mistakes, tiered hints."""

from __future__ import annotations

import ast
import copy
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from helpers.checks import timelimit
from helpers.checks.answers import is_mxnet_ndarray, to_array
from helpers.checks.diagnose import diagnose, same_values
from helpers.checks.feedback import Feedback, Status
from helpers.checks.frozen import freeze

#: What a learner's cell holds before they answer: ``answer = ...``.
PLACEHOLDER = Ellipsis

#: Every exercise of the course by its full name ("lesson01.talk_vector"); the self-tests walk it.
REGISTRY: dict[str, Exercise] = {}


class CourseBug(Exception):
    """The reference solution fails: the course's bug, never the learner's."""


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer: the code a learner writes by mistake, and what to tell them."""

    name: str
    compute: Callable[..., Any]
    message: str


@dataclass
class Exercise:
    """One exercise. ``reference`` is real code whose last line is ``return <answer>``.

    Its parameters name the notebook variables it uses, and ``inputs`` gives their values,
    so the same function yields the expected value, ``solution()`` and ``solutions/``.

    With ``cases``, the learner writes a *function* named ``function_name`` instead: the
    check calls it on every case and compares with the reference called the same way.
    """

    lesson: str
    name: str
    reference: Callable[..., Any]
    inputs: dict[str, Any] = field(default_factory=dict)
    mistakes: tuple[Mistake, ...] = ()
    hints: tuple[str, ...] = ()
    dtype: str | None = None  # required dtype, e.g. "float32"; None accepts any number type
    kind: str | None = None  # "mxnet" or "ndarray" when the task asks for that array type
    cases: tuple[dict[str, Any], ...] = ()  # arguments to call a learner's function with
    function_name: str = ""
    rtol: float = 1e-5
    atol: float = 1e-6

    def __post_init__(self) -> None:
        # Read-only, so that no cell can change what later checks compare with.
        freeze(self.inputs)
        for case in self.cases:
            freeze(case)
        REGISTRY[self.full_name] = self

    @property
    def full_name(self) -> str:
        return f"{self.lesson}.{self.name}"

    @property
    def wants_function(self) -> bool:
        return bool(self.cases)

    def expected(self, case: dict[str, Any] | None = None) -> np.ndarray:
        arguments = fresh(case) if case is not None else self._fresh_inputs()
        try:
            converted = to_array(self.reference(**arguments))
        except Exception as error:
            raise CourseBug(f"reference of {self.full_name} raised {error!r}") from error
        if converted.array is None:  # a broken reference is the course's bug, not the learner's
            raise CourseBug(f"reference of {self.full_name}: {converted.problem}")
        return converted.array

    def reference_answer(self) -> Any:
        """What a learner who solved it hands to check(): the function, or its value."""
        return self.reference if self.wants_function else self.reference(**self._fresh_inputs())

    def mistake_answer(self, mistake: Mistake) -> Any:
        if self.wants_function:
            return mistake.compute
        return mistake.compute(**self._fresh_inputs())

    def check(self, answer: Any = PLACEHOLDER) -> Feedback:
        """Say whether ``answer`` is right and, if not, what is wrong with it. Never raises."""
        try:
            return self._check(answer)
        except CourseBug:
            return self._feedback(Status.INVALID, "this exercise's own check is broken, so "
                                  "no answer can be checked; it is not your fault: please "
                                  "report it to the course")
        except Exception:  # the promise to a learner: a message, never a traceback
            return self._feedback(Status.INVALID, "this answer could not be checked: it "
                                  "does not behave like numbers. Hand in a NumPy array, a "
                                  "list of numbers or a number")

    def hint(self, level: int = 1) -> Feedback:
        """Hint number ``level`` (1 is the gentlest)."""
        count = len(self.hints)
        if not count:
            return self._feedback(Status.HINT, "this exercise has no hints; try solution()")
        if not _is_whole_number(level) or not 1 <= int(level) <= count:
            return self._feedback(Status.HINT, f"there {'is' if count == 1 else 'are'} "
                                  f"{count} hint{'s' * (count != 1)}: use hint(1) to hint({count})")
        level = int(level)  # np.int64(1) works too
        more = f" (more: hint({level + 1}))" if level < count else ""
        return self._feedback(Status.HINT, f"{level}/{count}: {self.hints[level - 1]}{more}")

    def solution(self) -> Feedback:
        """The reference solution, as the code to put in the exercise cell."""
        return Feedback(self.name, Status.SOLUTION, "one way to write it:", self.solution_code())

    def solution_code(self) -> str:
        if self.wants_function:
            return function_code(self.reference, self.function_name)
        return solution_code(self.reference)

    # -- internals -------------------------------------------------------------------------
    def _fresh_inputs(self) -> dict[str, Any]:
        return fresh(self.inputs)

    def _mistake_value(self, mistake: Mistake, arguments: dict[str, Any]) -> Any:
        try:
            return mistake.compute(**arguments)
        except Exception as error:  # a catalogued mistake that fails is the course's bug
            raise CourseBug(f"mistake {mistake.name!r} of {self.full_name} raised "
                            f"{error!r}") from error

    def _feedback(self, status: Status, message: str) -> Feedback:
        return Feedback(self.name, status, message)

    def _check(self, answer: Any) -> Feedback:
        if answer is PLACEHOLDER:
            return self._feedback(Status.NOT_ATTEMPTED, "replace `...` with your answer, "
                                  "then run the cell again")
        if self.wants_function:
            return self._check_function(answer)
        kind_problem = self._kind_problem(answer)
        given = to_array(answer)
        if given.array is None:
            return self._feedback(Status.INVALID, str(given.problem))
        expected = self.expected()
        if same_values(given.array, expected, self.rtol, self.atol):
            if kind_problem:
                return self._feedback(Status.INCORRECT, kind_problem)
            return self._check_dtype(given.array, given.kind)
        for mistake in self.mistakes:
            wrong = to_array(self._mistake_value(mistake, self._fresh_inputs())).array
            if wrong is not None and same_values(given.array, wrong, self.rtol, self.atol):
                return self._feedback(Status.INCORRECT, mistake.message)
        return self._feedback(Status.INCORRECT, diagnose(given.array, expected,
                                                         self.rtol, self.atol))

    def _kind_problem(self, answer: Any) -> str | None:
        """A sentence if the task asks for an MXNet NDArray or a NumPy array and got another."""
        kind = to_array(answer).kind
        if self.kind == "mxnet" and kind != "mxnet":
            return ("the numbers are right, but this task asks for an MXNet NDArray: "
                    "mx.nd.array(...)")
        if self.kind == "ndarray" and kind != "ndarray":
            extra = ": call .asnumpy() on the NDArray" if kind == "mxnet" else ""
            return f"the numbers are right, but this task asks for a NumPy array{extra}"
        return None

    def _check_function(self, function: Any) -> Feedback:
        if not callable(function):
            return self._feedback(Status.INVALID, f"hand in the function itself, e.g. "
                                  f"check({self.function_name}), not {describe_value(function)}")
        outputs = []
        for case in self.cases:
            seconds = timelimit.TIME_LIMIT_SECONDS  # looked up here, so tests can shorten it
            try:
                output = timelimit.call_with_time_limit(function, fresh(case), seconds)
            except timelimit.TimeUp:
                return self._feedback(Status.INVALID, f"your function did not finish within "
                                      f"{seconds:g} seconds when called with "
                                      f"{describe_case(case)}. Does it loop forever? A `while` "
                                      "loop whose condition never changes never ends")
            except Exception as error:  # the learner's code failing is feedback, not a crash
                return self._feedback(Status.INVALID, f"your function raised "
                                      f"{type(error).__name__}: {error} (called with "
                                      f"{describe_case(case)})")
            if output is PLACEHOLDER:
                return self._feedback(Status.NOT_ATTEMPTED, "the function still returns `...`: "
                                      "write its body, then run the cell again")
            given = to_array(output)
            if given.array is None:
                return self._feedback(Status.INVALID, f"for {describe_case(case)}, your function "
                                      f"returned something unusable: {given.problem}")
            outputs.append(given.array)
        expected = [self.expected(case) for case in self.cases]
        wrong = [i for i, (out, exp) in enumerate(zip(outputs, expected, strict=True))
                 if not same_values(out, exp, self.rtol, self.atol)]
        if not wrong:
            return self._feedback(Status.CORRECT, f"well done: right on all {len(self.cases)} "
                                  "test inputs")
        for mistake in self.mistakes:
            if all(_matches(out, self._mistake_value(mistake, fresh(case)), self.rtol, self.atol)
                   for out, case in zip(outputs, self.cases, strict=True)):
                return self._feedback(Status.INCORRECT, mistake.message)
        first = wrong[0]
        return self._feedback(Status.INCORRECT, f"for {describe_case(self.cases[first])}: "
                              + diagnose(outputs[first], expected[first], self.rtol, self.atol))

    def _check_dtype(self, array: np.ndarray, kind: str) -> Feedback:
        if self.dtype is None:
            return self._feedback(Status.CORRECT, "well done")
        if kind in ("list", "tuple", "scalar"):
            return self._feedback(Status.INCORRECT, f"the numbers are right, but a {kind} has no "
                                  f"dtype: hand in an array of dtype {self.dtype}")
        if str(array.dtype) != self.dtype:
            return self._feedback(Status.INCORRECT, f"the numbers are right, but the dtype is "
                                  f"{array.dtype}; expected {self.dtype}")
        return self._feedback(Status.CORRECT, "well done")


def _is_whole_number(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def fresh(values: dict[str, Any]) -> dict[str, Any]:
    """A deep copy, so that a reference, a mistake or a learner's function that mutates its
    inputs cannot change them for the next call. MXNet NDArrays copy themselves."""
    return {name: value.copy() if is_mxnet_ndarray(value) else copy.deepcopy(value)
            for name, value in values.items()}


def _matches(given: np.ndarray, wrong: Any, rtol: float, atol: float) -> bool:
    converted = to_array(wrong).array
    return converted is not None and same_values(given, converted, rtol, atol)


def describe_value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe_case(case: dict[str, Any]) -> str:
    parts = []
    for name, value in case.items():
        shown = np.asarray(value.asnumpy() if is_mxnet_ndarray(value) else value).tolist()
        parts.append(f"{name} = {shown}")
    return ", ".join(parts)


def function_code(reference: Callable[..., Any], name: str) -> str:
    """The reference function's source, under the name the learner gives it."""
    source = textwrap.dedent(inspect.getsource(reference)).rstrip()
    return source.replace(f"def {reference.__name__}(", f"def {name}(", 1)


def solution_code(reference: Callable[..., Any]) -> str:
    """The body of ``reference`` as notebook code: its final ``return X`` becomes ``answer = X``."""
    source = textwrap.dedent(inspect.getsource(reference))
    function = ast.parse(source).body[0]
    if not isinstance(function, ast.FunctionDef) or not isinstance(function.body[-1], ast.Return):
        raise ValueError(f"{reference.__name__} must be a function ending in `return <answer>`")
    body = function.body
    has_docstring = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    first_line = body[0].end_lineno if has_docstring else function.lineno  # 1-based
    lines = source.splitlines()[first_line:]
    code = textwrap.dedent("\n".join(lines)).rstrip()
    head, _, tail = code.rpartition("return ")
    return head + "answer = " + tail
