"""A learner's function that raised, explained with the shape rule and the line that raised.

NumPy's own text for a shape mismatch is written for NumPy's developers ("core dimension",
"gufunc signature"); the learner needs the rule of the lesson with their own shapes.
"""

from __future__ import annotations

import ast
import linecache
import re
import traceback
from typing import Any

import numpy as np

_SHAPES = re.compile(r"shapes? ((?:\([\d, ]*\)(?:\s*and\s*|\s*))+)")  # NumPy: "(3,) and (2,3)"
_RESHAPE = re.compile(r"cannot reshape array of size (\d+) into shape (\([\d, -]*\))")
_LIBRARIES = ("numpy", "mxnet", "/helpers/", "site-packages", "<__array_function__")


def explain_error(error: BaseException, case: dict[str, Any]) -> str:
    """One sentence: what went wrong, in the course's words, and where in the learner's code."""
    text = str(error)
    frame, line = _learner_line(error)
    where = f" (in your line `{line}`)" if line else ""
    try:
        cause = _cause(error, text, frame, line)
    except Exception:  # explaining must never fail: the plain words below still help
        cause = None
    if cause:
        return f"your function stopped with an error{where}: {cause}"
    first = text.splitlines()[0][:160] if text else ""
    words = _kind_words(error, case)
    # the learner's own text (a key, an assert, a raise) helps; NumPy's internals don't
    own = words == UNKNOWN or isinstance(error, (KeyError, AssertionError))
    said = f" (the error says: {first})" if first and own else ""
    return f"your function stopped with an error{where}: {words}{said}"


_ATTRIBUTE = re.compile(r"'(\w+)' object has no attribute '(\w+)'")
_ARGUMENTS = re.compile(r"takes (\d+) positional arguments? but (\d+) (?:was|were) given|"
                        r"missing \d+ required positional argument")
KINDS = (  # the exception types a learner's function raises most, in plain words
    (ZeroDivisionError, "a division by zero: a denominator is 0"),
    (RecursionError, "the function calls itself again and again without end"),
    (KeyError, "a key that is not there was looked up (in a dict or similar)"),
    (AttributeError, "an attribute or method that this value does not have was used"),
    (TypeError, "an operation got a value of a type it cannot work with (a list, None or "
                "a string where numbers or an array were meant?)"),
    (ValueError, "an operation got a value it cannot use (a shape, length or number that "
                 "does not fit)"),
    (ArithmeticError, "a calculation failed (overflow or an impossible number)"),
    (AssertionError, "an assert in your own code failed"),
)


def _kind_words(error: BaseException, case: dict[str, Any]) -> str:
    """What kind of error it is, in words, without Python's class name."""
    text = str(error)
    if isinstance(error, TypeError) and _ARGUMENTS.search(text):
        names = ", ".join(case)
        return (f"the check calls your function with {len(case)} arguments, in this order: "
                f"({names}); define it with exactly those parameters")
    match = _ATTRIBUTE.search(text)
    if isinstance(error, AttributeError) and match:
        kind, attribute = match.groups()
        extra = ": make it a NumPy array first, np.array(...)" if kind in ("list", "tuple") \
            else ""
        return f"a {kind} has no .{attribute}{extra}"
    for kind, words in KINDS:
        if isinstance(error, kind):
            return words
    return UNKNOWN


UNKNOWN = "something in it failed"


def _cause(error: BaseException, text: str, frame: Any, line: str) -> str | None:
    lowered = text.lower()
    if "ndarray" in lowered and ("mxnet" in lowered or "NDArray" in text) or \
            _mixes_libraries(frame, line):
        return ("NumPy arrays and MXNet NDArrays don't mix in one operation: convert one side, "
                "with nd.array(...) or .asnumpy()")
    if "matmul" in lowered or "not aligned" in lowered or "dot" in lowered and "shape" in lowered:
        shapes = _product_shapes(frame, line) or _shapes_in(text)
        if len(shapes) == 2:
            left, right = shapes
            return (f"a matrix product needs the inner lengths to match: {left} @ {right} "
                    f"pairs {_last(left)} with {_first_of_right(right)}. Check which operand "
                    "should be transposed, or the order of the operands")
        return ("a matrix product needs the inner lengths to match: (n, k) @ (k, m)"
                f"{_local_shapes(frame)}; check the shapes of both operands, their order and "
                "whether one needs a transpose")
    if "broadcast" in lowered:
        shapes = _shapes_in(text)
        listed = " and ".join(shapes) if shapes else "your arrays' shapes"
        return (f"{listed} don't broadcast: lined up from the right, each pair of lengths must "
                "be equal or 1 (lesson 03). A (n, 1) column or a reshape usually fixes it")
    match = _RESHAPE.search(text)
    if match:
        size, shape = match.groups()
        return (f"reshape keeps every entry: {size} numbers can't fill shape {shape}; the "
                "lengths of the new shape must multiply to the same size")
    two = _max_of_two(line)
    if two:
        return (f"np.{two}(a, b) reads b as an axis: np.{two} gives the {two}imum entry of one "
                f"array; the entry-by-entry {two}imum of two (ReLU is np.maximum(0, z)) is "
                f"np.{two}imum(a, b)")
    if isinstance(error, IndexError):
        return (f"an index is out of range ({text}): Python counts from 0, so the last of n "
                "entries is index n - 1")
    if isinstance(error, NameError):
        return (f"{text}: a name your function uses is not defined; run the cell that "
                "defines it first, or use the function's own parameters")
    return None


def _learner_line(error: BaseException) -> tuple[Any, str]:
    """The frame and source line of the learner's code that raised, if found."""
    found: tuple[Any, str] = (None, "")
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        filename = frame.f_code.co_filename
        if any(part in filename for part in _LIBRARIES):
            continue
        line = linecache.getline(filename, lineno, frame.f_globals).strip()
        found = (frame, line)
    return found


def _safe_value(node: ast.AST, frame: Any) -> Any:
    """Evaluate a name, ``name.T`` or ``name[...]`` in the frame; nothing with side effects."""
    if frame is None:
        return None
    allowed = (ast.Name, ast.Attribute, ast.Subscript, ast.Constant, ast.Slice, ast.Tuple,
               ast.Load, ast.UnaryOp, ast.USub, ast.Call)
    if not all(isinstance(n, allowed) for n in ast.walk(node)):
        return None
    calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
    if any(ast.unparse(n.func) not in _SAFE_CALLS and
           not (isinstance(n.func, ast.Attribute) and n.func.attr == "asnumpy" and not n.args)
           for n in calls):
        return None  # only conversions, which change nothing: nd.array(W), y.asnumpy()
    inside_calls = {id(n.func) for n in calls} | {id(part) for n in calls
                                                  for part in ast.walk(n.func)}
    if any(isinstance(n, ast.Attribute) and n.attr != "T" and id(n) not in inside_calls
           for n in ast.walk(node)):
        return None
    try:
        return eval(compile(ast.Expression(node), "<shape>", "eval"),  # noqa: S307
                    dict(frame.f_globals), dict(frame.f_locals))
    except Exception:
        return None


_SAFE_CALLS = ("nd.array", "mx.nd.array", "np.array", "np.asarray")


def _operands(line: str) -> list[tuple[ast.AST, ast.AST]]:
    try:
        tree = ast.parse(line.removeprefix("return ").strip())
    except SyntaxError:
        return []
    pairs = []
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            pairs.append((node.left, node.right))
        elif isinstance(node, ast.Call) and len(node.args) == 2 and \
                getattr(node.func, "attr", getattr(node.func, "id", "")) in ("dot", "matmul"):
            pairs.append((node.args[0], node.args[1]))
    return pairs


def _max_of_two(line: str) -> str | None:
    """"max" or "min" when the line calls np.max or np.min with two arrays, meaning
    np.maximum or np.minimum."""
    try:
        tree = ast.parse(line.removeprefix("return ").strip())
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("np.max", "np.min") and \
                len(node.args) == 2:
            return ast.unparse(node.func)[3:]
    return None


def _product_shapes(frame: Any, line: str) -> tuple[str, str] | None:
    for left, right in _operands(line):
        values = [_safe_value(side, frame) for side in (left, right)]
        shapes = [getattr(v, "shape", None) for v in values]
        if all(isinstance(s, tuple) for s in shapes):
            if len(shapes[0]) and len(shapes[1]) and shapes[0][-1] != shapes[1][0]:
                return str(shapes[0]), str(shapes[1])
    return None


def _local_shapes(frame: Any) -> str:
    """The shapes of the arrays in the learner's function, when its line can't be read
    (code typed where no source is kept): the learner compares them with the rule."""
    if frame is None:
        return ""
    shapes = [f"{name} is {value.shape}" for name, value in frame.f_locals.items()
              if isinstance(value, np.ndarray) or type(value).__name__ == "NDArray"]
    return f"; here {', '.join(shapes[:5])}" if shapes else ""


def _mixes_libraries(frame: Any, line: str) -> bool:
    kinds = set()
    for left, right in _operands(line):
        for side in (left, right):
            value = _safe_value(side, frame)
            if isinstance(value, np.ndarray):
                kinds.add("numpy")
            elif type(value).__name__ == "NDArray":
                kinds.add("mxnet")
    return len(kinds) == 2


def _shapes_in(text: str) -> list[str]:
    match = _SHAPES.search(text)
    if not match:
        return []
    return [str(tuple(int(n) for n in group.split(",") if n.strip()))
            for group in re.findall(r"\(([\d, ]*)\)", match.group(1))]


def _last(shape: str) -> str:
    numbers = [n for n in shape.strip("()").split(",") if n.strip()]
    return numbers[-1].strip() if numbers else "?"


def _first_of_right(shape: str) -> str:
    numbers = [n.strip() for n in shape.strip("()").split(",") if n.strip()]
    if not numbers:
        return "?"
    return numbers[0] if len(numbers) == 1 else numbers[-2]
