"""Checked exercises, in two kinds that share one base.

- ``ValueExercise``: the learner computes a value from the notebook's variables;
- ``FunctionExercise``: the learner writes a function, called positionally on test cases.

Both convert an answer once (``answers.to_array``), compare it with the reference within a
tolerance, then explain a wrong one: the exercise's own catalogue first (what is specific to
it), then the course-wide detectors (``variants``: the reference's code with one slip;
``relations``: transforms of the expected value and of the inputs), then a plain description
(``diagnose``). A third kind, ``choice.ChoiceExercise`` (a concept question: pick one of
the listed options), is one more subclass with its own ``_check``.
"""

from __future__ import annotations

import ast
import copy
import inspect
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from helpers.checks import timelimit
from helpers.checks.answers import Converted, is_mxnet_ndarray, to_array
from helpers.checks.diagnose import diagnose, same_values
from helpers.checks.errors import explain_error
from helpers.checks.feedback import Checked, Feedback, Status
from helpers.checks.frozen import freeze
from helpers.checks.relations import explain_relation, raw_answer_problem, relations
from helpers.checks.variants import Variant, variants_of

#: Variants that name an input handed back better than "x itself, unchanged" does.
OUTRANK_UNCHANGED = ("no grad",)

#: What a learner's cell holds before they answer: ``answer = ...``.
PLACEHOLDER = Ellipsis


#: What each exercise's check said last in this kernel, by full name ("lesson03.times_two"):
#: the end-of-lesson summary reads it (helpers.progress).
SESSION: dict[str, Status] = {}


class CourseBug(Exception):
    """The reference solution fails: the course's bug, never the learner's."""


@dataclass(frozen=True)
class Mistake:
    """A typical wrong answer: the code a learner writes by mistake, and what to tell them."""

    name: str
    compute: Callable[..., Any]
    message: str


@dataclass(eq=False)
class Exercise:
    """What every kind of exercise has: a name, a reference solution, a catalogue of
    mistakes, hints. ``check()`` shows its feedback itself and never raises."""

    lesson: str
    name: str
    reference: Callable[..., Any]
    mistakes: tuple[Mistake, ...] = ()
    hints: tuple[str, ...] = ()
    rtol: float = 1e-5
    atol: float = 1e-6
    stars: int = 1  # difficulty, 1 to 3: one step, two ideas combined, several steps

    wants_function: ClassVar[bool] = False  # read by tools/build_solutions.py
    numeric: ClassVar[bool] = True  # its answer is numbers (False: a concept question's letter)

    @property
    def full_name(self) -> str:
        return f"{self.lesson}.{self.name}"

    def check(self, answer: Any = PLACEHOLDER) -> Feedback:
        """Say whether ``answer`` is right and, if not, what is wrong with it. Never raises."""
        try:
            feedback = self._check(answer)
        except CourseBug:
            feedback = self._feedback(Status.INVALID, "this exercise's own check is broken, "
                                      "so no answer can be checked; it is not your fault: "
                                      "please report it to the course")
        except Exception:  # the promise to a learner: a message, never a traceback
            feedback = self._feedback(Status.INVALID, "this answer could not be checked: it "
                                      "does not behave like numbers. Hand in a NumPy array, "
                                      "a list of numbers or a number")
        SESSION[self.full_name] = feedback.status
        return Checked.show(feedback)

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

    # -- what each kind defines ------------------------------------------------------------
    def solution_code(self) -> str:
        raise NotImplementedError

    def reference_answer(self) -> Any:
        """What a learner who solved it hands to check()."""
        raise NotImplementedError

    def mistake_answer(self, mistake: Mistake) -> Any:
        raise NotImplementedError

    def _check(self, answer: Any) -> Feedback:
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------
    def _feedback(self, status: Status, message: str) -> Feedback:
        return Feedback(self.name, status, message)

    def _run_reference(self, arguments: dict[str, Any]) -> np.ndarray:
        try:
            converted = to_array(self.reference(**arguments))
        except Exception as error:
            raise CourseBug(f"reference of {self.full_name} raised {error!r}") from error
        if converted.array is None:  # a broken reference is the course's bug, not the learner's
            raise CourseBug(f"reference of {self.full_name}: {converted.problem}")
        return converted.array

    def _mistake_value(self, mistake: Mistake, arguments: dict[str, Any]) -> np.ndarray | None:
        try:
            return to_array(mistake.compute(**arguments)).array
        except Exception as error:  # a catalogued mistake that fails is the course's bug
            raise CourseBug(f"mistake {mistake.name!r} of {self.full_name} raised "
                            f"{error!r}") from error

    def _expected_on(self, key: int, arguments: dict[str, Any]) -> np.ndarray:
        """The reference's value on one set of the exercise's own arguments, computed once:
        a check compares with it many times and the reference never changes."""
        cache = self.__dict__.setdefault("_expected_cache", {})
        if key not in cache:
            value = self._run_reference(fresh(arguments))
            value.flags.writeable = False  # shared by every check: nothing may change it
            cache[key] = value
        return cache[key]

    def _mistake_on(self, key: int, index: int, arguments: dict[str, Any]) -> np.ndarray | None:
        """A catalogued mistake's value on one set of the exercise's arguments, computed
        once (a failing mistake is the course's bug, raised every time, never cached)."""
        cache = self.__dict__.setdefault("_mistake_cache", {})
        if (key, index) not in cache:
            cache[(key, index)] = self._mistake_value(self.mistakes[index], fresh(arguments))
        return cache[(key, index)]

    def _variants(self, key: int, arguments: dict[str, Any]) -> list[Variant]:
        """The reference with one slip each, on one set of arguments: computed once, when
        the exercise is built (``_prepare``), so that no check waits for them."""
        cache = self.__dict__.setdefault("_variant_cache", {})
        if key not in cache:
            cache[key] = variants_of(self.reference, arguments)
        return cache[key]

    def _prepare(self, argument_sets: list[dict[str, Any]]) -> None:
        """Compute every variant now (a few ms a lesson), not on the first check."""
        for key, arguments in enumerate(argument_sets):
            self._variants(key, fresh(arguments))

    def _explain(self, given: np.ndarray, expected: np.ndarray, arguments: dict[str, Any],
                 key: int) -> str | None:
        """The cause of a wrong answer on one set of arguments, or None if none is known."""
        for index, mistake in enumerate(self.mistakes):
            wrong = self._mistake_on(key, index, arguments)
            if wrong is not None and same_values(given, wrong, self.rtol, self.atol):
                return mistake.message
        unchanged = explain_relation(given, expected, arguments, self.rtol, self.atol, True)
        if unchanged:  # "x itself, unchanged" says more than "the factor 2 is missing" ...
            return next((v.message for v in self._variants(key, arguments)  # ... but "w2,
                         if v.rule in OUTRANK_UNCHANGED and  # not w2.grad" says still more
                         same_values(given, v.value, self.rtol, self.atol)), unchanged)
        for variant in self._variants(key, arguments):
            if same_values(given, variant.value, self.rtol, self.atol):
                return variant.message
        return explain_relation(given, expected, arguments, self.rtol, self.atol)


@dataclass(eq=False)
class ValueExercise(Exercise):
    """The learner computes a value; ``reference``'s parameters name the notebook variables
    it uses and ``inputs`` gives their values, so the same function yields the expected
    value, ``solution()`` and ``solutions/``."""

    inputs: dict[str, Any] = field(default_factory=dict)
    dtype: str | None = None  # required dtype, e.g. "float32"; None accepts any number type
    kind: str | None = None  # "mxnet" or "ndarray" when the task asks for that array type

    def __post_init__(self) -> None:
        freeze(self.inputs)  # read-only, so that no cell can change what later checks use
        self._prepare([self.inputs])

    def expected(self) -> np.ndarray:
        return self._run_reference(fresh(self.inputs))

    def reference_answer(self) -> Any:
        return self.reference(**fresh(self.inputs))

    def mistake_answer(self, mistake: Mistake) -> Any:
        return mistake.compute(**fresh(self.inputs))

    def solution_code(self) -> str:
        return solution_code(self.reference)

    def _check(self, answer: Any) -> Feedback:
        if answer is PLACEHOLDER:
            return self._feedback(Status.NOT_ATTEMPTED, "replace `...` with your answer, "
                                  "then run the cell again")
        raw = raw_answer_problem(answer, self.inputs)  # e.g. .view(), before NaN hides it
        if raw:
            return self._feedback(Status.INCORRECT, raw)
        given = to_array(answer)  # the one conversion
        if given.array is None:
            return self._feedback(_status_of(given), str(given.problem))
        expected = self._expected_on(0, self.inputs)
        if same_values(given.array, expected, self.rtol, self.atol):
            return self._accepted(given)
        cause = self._explain(given.array, expected, fresh(self.inputs), 0)
        return self._feedback(Status.INCORRECT,
                              cause or diagnose(given.array, expected, self.rtol, self.atol))

    def _accepted(self, given: Converted) -> Feedback:
        kind = given.kind
        if kind in ("list", "tuple") and given.array is not None and given.array.ndim and \
                self.expected().ndim == 0:
            return self._feedback(Status.INCORRECT, f"the number is right, but it is inside a "
                                  f"{kind} (brackets): hand in the single number itself")
        # one float32 number is an NDArray's value read out with .asscalar() (MXNet computes
        # in float32; NumPy's arithmetic gives float64): it counts as the NDArray, as a
        # one-element array counts as its number everywhere else
        read_out = kind == "scalar" and given.array is not None and \
            given.array.dtype == np.float32 and self.expected().size == 1
        if self.kind == "mxnet" and kind != "mxnet" and not read_out:
            return self._feedback(Status.INCORRECT, "the numbers are right, but this task asks "
                                  "for an MXNet NDArray: mx.nd.array(...)")
        if self.kind == "ndarray" and kind != "ndarray":
            extra = {"mxnet": ": call .asnumpy() on the NDArray",
                     "list": ", and this is a Python list (.tolist() makes one): hand in the "
                             "array itself"}.get(kind, "")
            return self._feedback(Status.INCORRECT, "the numbers are right, but this task "
                                  f"asks for a NumPy array{extra}")
        if self.dtype is None:
            return self._feedback(Status.CORRECT, "well done")
        if kind in ("list", "tuple", "scalar"):
            return self._feedback(Status.INCORRECT, f"the numbers are right, but a {kind} has "
                                  f"no dtype: hand in an array of dtype {self.dtype}")
        assert given.array is not None
        if str(given.array.dtype) != self.dtype:
            return self._feedback(Status.INCORRECT, f"the numbers are right, but the dtype is "
                                  f"{given.array.dtype}; expected {self.dtype}")
        return self._feedback(Status.CORRECT, "well done")


@dataclass(eq=False)
class FunctionExercise(Exercise):
    """The learner writes a function named ``function_name``; the check calls it
    positionally, in the stub's (the reference's) parameter order, on every case."""

    cases: tuple[dict[str, Any], ...] = ()
    function_name: str = ""

    wants_function: ClassVar[bool] = True

    def __post_init__(self) -> None:
        for case in self.cases:
            freeze(case)
        self._prepare(list(self.cases))

    def expected(self, case: dict[str, Any]) -> np.ndarray:
        return self._run_reference(fresh(case))

    def reference_answer(self) -> Any:
        return self.reference

    def mistake_answer(self, mistake: Mistake) -> Any:
        return mistake.compute

    def solution_code(self) -> str:
        return function_code(self.reference, self.function_name)

    def _arguments(self, case: dict[str, Any]) -> list[Any]:
        copied = fresh(case)
        return [copied[name] for name in inspect.signature(self.reference).parameters]

    def _check(self, function: Any) -> Feedback:
        if function is PLACEHOLDER:
            return self._feedback(Status.NOT_ATTEMPTED, "replace `...` with your answer, "
                                  "then run the cell again")
        if not callable(function):
            return self._feedback(Status.INCORRECT, f"hand in the function itself, e.g. "
                                  f"check({self.function_name}), not {describe_value(function)}")
        outputs = []
        for case in self.cases:
            seconds = timelimit.TIME_LIMIT_SECONDS  # looked up here, so tests can shorten it
            arguments = self._arguments(case)
            try:
                output = timelimit.call_with_time_limit(lambda a=arguments: function(*a), {},
                                                        seconds)
            except timelimit.TimeUp:
                return self._feedback(Status.INCORRECT, f"your function did not finish within "
                                      f"{seconds:g} seconds when called with "
                                      f"{describe_case(case)}. Does it loop forever? A `while` "
                                      "loop whose condition never changes never ends")
            except Exception as error:  # the learner's code failing is feedback, not a crash
                return self._feedback(Status.INCORRECT, explain_error(error, case))
            if output is PLACEHOLDER:
                return self._feedback(Status.NOT_ATTEMPTED, "the function still returns `...`: "
                                      "write its body, then run the cell again")
            given = to_array(output)
            if given.array is None:
                return self._feedback(_status_of(given), f"for {describe_case(case)}, your "
                                      f"function returned something unusable: {given.problem}")
            outputs.append(given.array)
        expected = [self._expected_on(i, case) for i, case in enumerate(self.cases)]
        wrong = [i for i, (out, exp) in enumerate(zip(outputs, expected, strict=True))
                 if not same_values(out, exp, self.rtol, self.atol)]
        if not wrong:
            return self._feedback(Status.CORRECT, f"well done: right on all {len(self.cases)} "
                                  "test inputs")
        cause = self._fixed_size(outputs, expected) or \
            self._common_cause(outputs, expected) or \
            self._common_variant(outputs, expected) or \
            self._common_relation(outputs, expected) or \
            self._one_number_cause(outputs, expected) or self._ignored_argument(outputs)
        if cause:
            return self._feedback(Status.INCORRECT, cause)
        first = wrong[0]
        return self._feedback(Status.INCORRECT, f"for {describe_case(self.cases[first])}: "
                              + diagnose(outputs[first], expected[first], self.rtol, self.atol))

    def _common_cause(self, outputs: list[np.ndarray], expected: list[np.ndarray]) -> str | None:
        """A cause named on every case the function got wrong, and contradicted by none."""
        causes = set()
        for index, (out, exp, case) in enumerate(zip(outputs, expected, self.cases, strict=True)):
            if same_values(out, exp, self.rtol, self.atol):
                continue  # a slip can leave some cases right (e.g. a zero bias)
            cause = self._explain(out, exp, fresh(case), index)
            if cause is None:
                return None
            causes.add(cause)
        return causes.pop() if len(causes) == 1 else None

    def _common_variant(self, outputs: list[np.ndarray],
                        expected: list[np.ndarray]) -> str | None:
        """One slip of the reference that gives every wrong output, when each case alone
        was explained otherwise (e.g. a zero input makes the slip look like "b itself")."""
        wrong = [i for i, (out, exp) in enumerate(zip(outputs, expected, strict=True))
                 if not same_values(out, exp, self.rtol, self.atol)]
        if not wrong:
            return None

        def messages(i: int) -> list[str]:
            return [v.message for v in self._variants(i, fresh(self.cases[i]))
                    if same_values(outputs[i], v.value, self.rtol, self.atol)]
        candidates = messages(wrong[0])
        for i in wrong[1:]:
            found = set(messages(i))
            candidates = [m for m in candidates if m in found]
        return candidates[0] if candidates else None

    def _common_relation(self, outputs: list[np.ndarray],
                         expected: list[np.ndarray]) -> str | None:
        """A course-wide detector's cause found on every wrong case, when each case alone
        was explained first by another (a zero input makes e^0 = 1 look like a factor 2)."""
        wrong = [i for i, (out, exp) in enumerate(zip(outputs, expected, strict=True))
                 if not same_values(out, exp, self.rtol, self.atol)]
        if len(wrong) < 2:
            return None
        found = [list(relations(outputs[i], expected[i], fresh(self.cases[i]), self.rtol,
                                self.atol)) for i in wrong]
        return next((m for m in found[0] if all(m in others for others in found[1:])), None)

    def _fixed_size(self, outputs: list[np.ndarray], expected: list[np.ndarray]) -> str | None:
        """A function written for the talk's example: as many results whatever the input
        (two neurons), the first ones right."""
        wrong = [i for i, (out, exp) in enumerate(zip(outputs, expected, strict=True))
                 if not same_values(out, exp, self.rtol, self.atol)]
        sizes = {out.size for out in outputs}
        if wrong and len(sizes) == 1 and all(outputs[i].ndim == 1 and expected[i].ndim == 1 and
                                   expected[i].size > outputs[i].size and
                                   same_values(outputs[i], expected[i][:outputs[i].size],
                                               self.rtol, self.atol) for i in wrong):
            count = sizes.pop()
            numbers, rows = ("1 number", "1 row") if count == 1 else \
                (f"{count} numbers", f"{count} rows")
            return (f"your function always returns {numbers}, as if the matrix always "
                    f"had {rows} (neurons): it is hard-coded for the talk's example; "
                    "compute every row, whatever their number, at once (W @ x)")
        return None

    def _ignored_argument(self, outputs: list[np.ndarray]) -> str | None:
        """One argument ignored in favour of the first case's (the talk's) value."""
        first = self.cases[0]
        for name in first:
            try:
                fixed = [self._run_reference({**fresh(case), name: fresh(first)[name]})
                         for case in self.cases]
            except Exception:  # the first case's value does not fit another case
                continue
            if all(same_values(out, fix, self.rtol, self.atol)
                   for out, fix in zip(outputs, fixed, strict=True)):
                return (f"your function ignores its argument {name}: it gives the result "
                        f"for the talk's {name} = {describe_value(first[name])} every time; "
                        f"use the parameter {name} it is called with, not a hard-coded value")
        return None

    def _one_number_cause(self, outputs: list[np.ndarray],
                          expected: list[np.ndarray]) -> str | None:
        """One number on every case where one per row was expected: the rows were combined
        (a sum or mean over the batch) or all but one dropped (only the first row)."""
        pairs = [(out, exp, case) for out, exp, case in zip(outputs, expected, self.cases,
                                                            strict=True)
                 if not same_values(out, exp, self.rtol, self.atol)]
        if not pairs or any(out.size != 1 or exp.ndim != 1 or exp.size < 2
                            for out, exp, _ in pairs):
            return None
        out, exp, case = pairs[0]
        rows = _row_input(case, exp.shape[0])
        each = f"one per row of {rows}" if rows else "one per entry"
        close = lambda a, b: bool(np.allclose(float(a.reshape(())), b, rtol=self.rtol,  # noqa: E731
                                              atol=self.atol))
        for index, what in ((0, "the first"), (-1, "the last")):
            if all(close(o, e[index]) for o, e, _ in pairs):
                return (f"your function returns one number, the result for {what} row only; "
                        f"it should return {each}, shape ({exp.shape[0]},) here: compute "
                        "every row at once, e.g. with @ on the whole matrix")
        for name, reduce in (("mean", np.mean), ("sum", np.sum)):
            if all(close(o, reduce(e)) for o, e, _ in pairs):
                return (f"your function returns one number, the {name} of the expected "
                        f"results; it should return {each}, shape ({exp.shape[0]},) here: "
                        f"drop the np.{name} that combines the rows")
        return (f"your function returns one number where it should return {each}, shape "
                f"({exp.shape[0]},) here: something combines the rows into one (a sum or a "
                "mean) or keeps only one of them")


def _row_input(case: dict[str, Any], rows: int) -> str | None:
    """The input whose rows the result has one entry for: the first 2-D one with that many."""
    for name, value in case.items():
        array = to_array(value).array
        if array is not None and array.ndim == 2 and array.shape[0] == rows:
            return name
    return None


def _status_of(given: Converted) -> Status:
    """None and NaN are ordinary wrong answers; text, objects and the like can't be checked."""
    return Status.INCORRECT if given.ordinary else Status.INVALID


def _is_whole_number(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def fresh(values: dict[str, Any]) -> dict[str, Any]:
    """A deep copy, so that a reference, a mistake or a learner's function that mutates its
    inputs cannot change them for the next call. MXNet NDArrays copy themselves."""
    return {name: value.copy() if is_mxnet_ndarray(value) else copy.deepcopy(value)
            for name, value in values.items()}


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
