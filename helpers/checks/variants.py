"""Generic wrong variants of a reference solution: its own code with one typical slip.

The reference is parsed, and each rule below rewrites one spot of it the way a learner slips:
a sigmoid, square root, sum, mean or absolute value left out; the other axis; sum for mean;
``*`` for ``@``; the operands of a product or a difference swapped; a transpose too many;
an index off by one; row and column indices swapped; ``order='F'``; log base 10; max for
argmax; ``!=`` for ``==``. Each rewritten function runs on the exercise's data; a learner's
answer equal to one of them gets that rule's message, so every exercise, and twin exercises
alike, name the same slip in the same words without a catalogue entry.
"""

from __future__ import annotations

import ast
import copy
import inspect
import textwrap
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from helpers.checks.answers import to_array


@dataclass(frozen=True)
class Variant:
    rule: str  # a short name, for the self-tests
    message: str
    value: np.ndarray


def _name(node: ast.AST) -> str:
    """``np.linalg.norm`` → "norm", ``sigmoid`` → "sigmoid", ``X.mean`` → "mean"."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _text(node: ast.AST) -> str:
    return ast.unparse(node)


AXIS_WORDS = ("axis 0 runs down the columns (one result per column), axis 1 along each row "
              "(one result per row)")


def _sigmoid_message(position: str) -> str:
    if position == "hidden":
        return ("the hidden layer's sigmoid is missing: apply the sigmoid to the hidden sums "
                "(h = sigmoid(...)) before the output neuron uses them")
    if position == "output":
        return ("the output's sigmoid is missing: that is the output neuron's weighted sum; "
                "apply the sigmoid to it too")
    return ("the sigmoid is missing: that is the weighted sum; a neuron applies its "
            "nonlinearity, the sigmoid, to it")


SQRT_MISSING = ("the square root is missing: that is the sum of squares, the squared length; "
                "the length (L2 norm) is its square root, np.sqrt or np.linalg.norm")
REDUCTION_WORDS = {
    "sum": "the sum is missing: those are the terms one by one; add them up (np.sum)",
    "mean": "the mean is missing: those are the values one by one; average them (np.mean)",
}


def _rules(node: ast.AST, parents: dict[ast.AST, ast.AST], sigmoids: list[ast.Call],
           final: ast.AST) -> Iterator[tuple[str, ast.AST, str]]:
    """(rule, replacement, message) for each slip at ``node``."""
    if isinstance(node, ast.Call):
        name = _name(node.func)
        method = isinstance(node.func, ast.Attribute) and not _is_module(node.func.value)
        first = node.func.value if method else (node.args[0] if node.args else None)
        if name == "sigmoid" and first is not None:
            outer = node is final or any(inner is not node for inner in sigmoids
                                         if inner in set(ast.walk(node)))
            position = "only" if len(sigmoids) == 1 else ("output" if outer else "hidden")
            yield "no sigmoid", first, _sigmoid_message(position)
            if position == "hidden":
                code = "nd.round({h} * 100) / 100" if _text(node.func).startswith("nd.") \
                    else "np.round({h}, 2)"
                yield "hidden rounded", _expression(code, h=node), (
                    "you rounded the hidden values to 2 decimals, as the slides print them; "
                    "compute with the exact values: the slides round only to print")
            if not method:
                yield from _sigmoid_first_rules(node, first)
            for other, message in ACTIVATIONS.items():
                yield other, _activation(node, first, other), message
            if isinstance(first, ast.BinOp) and isinstance(first.op, ast.Add) and not method:
                outside = ast.BinOp(_call_like_one(node, first.left), ast.Add(), first.right)
                yield "bias after sigmoid", outside, (
                    f"you added {_text(first.right)} after the sigmoid; it belongs inside, "
                    f"before the nonlinearity: {_text(node)}")
            if not method:
                yield "sigmoid sign", _call_like_one(node, ast.UnaryOp(ast.USub(), first)), (
                    "the sign inside the sigmoid is flipped: σ(−z) = 1 − σ(z); the sigmoid is "
                    "1 / (1 + e^−z), with a minus sign in the exponent")
            if node is final:
                yield "thresholded", ast.Compare(node, [ast.Gt()], [ast.Constant(0.5)]), (
                    "you thresholded the sigmoid's outputs into booleans (True/False, > 0.5); "
                    "hand in the probabilities themselves")
        if name == "sqrt" and first is not None:
            yield "no sqrt", first, SQRT_MISSING
        if name == "mean" and first is not None and not isinstance(first, ast.Compare) and \
                any(k.arg == "axis" for k in node.keywords):  # a mean of booleans: no
            for other, words in (("median", "the median"), ("min", "the minimum"),
                                 ("max", "the maximum")):
                changed = _renamed(node, other)
                if changed is not None:
                    yield f"{other} for mean", changed, (
                        f"that uses {words} ({other}); the task takes the mean")
        if name == "norm" and first is not None and not method and \
                isinstance(first, ast.BinOp) and isinstance(first.op, ast.Sub):
            lengths = ast.BinOp(_call_like_one(node, first.left), ast.Sub(),
                                _call_like_one(node, first.right))
            yield "difference of norms", lengths, (
                f"that is the difference of the lengths, not the length of the difference: "
                f"take the norm of {_text(first)} itself")
        if name in ("sum", "mean") and first is not None:
            yield f"no {name}", first, REDUCTION_WORDS[name]
            other = "mean" if name == "sum" else "sum"
            swapped = copy.deepcopy(node)
            if isinstance(swapped.func, ast.Attribute):
                swapped.func.attr = other
            yield f"{name} for {other}", swapped, (
                f"that is the {other}; the task asks for the {name}" +
                (": the mean divides the sum by the number of entries" if name == "mean" else
                 ": add the terms up, without dividing by their number"))
        if name == "abs" and first is not None:
            yield "no abs", first, ("the absolute values are missing: negative entries "
                                    "cancel positive ones; take np.abs of each first")
        if name == "log" and first is not None:
            yield "no log", first, "the log is missing: the loss takes np.log of each probability"
            for base in ("log10", "log2"):
                other = copy.deepcopy(node)
                other.func.attr = base  # type: ignore[attr-defined]
                yield base, other, (f"np.{base} is the logarithm in base {base[3:]}; the course "
                                    "uses the natural logarithm, np.log")
        if name == "norm" and first is not None and not method:
            keywords = [k for k in node.keywords if k.arg == "axis"]
            squares = ast.parse(f"np.sum(({_text(first)}) ** 2)").body[0].value  # type: ignore
            squares.keywords = copy.deepcopy(keywords)
            yield "no sqrt", squares, SQRT_MISSING
            l1 = ast.parse(f"np.sum(np.abs({_text(first)}))").body[0].value  # type: ignore
            l1.keywords = copy.deepcopy(keywords)
            yield "L1", l1, ("that is the L1 norm, the sum of absolute values; the length is the "
                             "L2 norm: the square root of the sum of squares")
            yield from _norm_rules(first, keywords)
        if name == "argmax":
            other = copy.deepcopy(node)
            other.func.attr = "max"  # type: ignore[attr-defined]
            yield "max for argmax", other, ("max gives the largest value itself; the predicted "
                                            "class is its position, argmax")
        if name in ("dot",) and len(node.args) == 2:
            a, b = node.args
            yield "swapped product", _call_like(node, b, a), _swapped_message(a, b)
            yield "elementwise", ast.BinOp(a, ast.Mult(), b), ELEMENTWISE
            yield "transposed operand", _call_like(node, _transposed(a), b), \
                _transpose_message(a)
            yield "transposed operand", _call_like(node, a, _transposed(b)), \
                _transpose_message(b)
            yield "both transposed", _call_like(node, _transposed(a), _transposed(b)), \
                _both_transposed_message(a, b)
            yield from _product_rules(node, a, b, _is_answer(node, final, parents))
        if name == "prod" and first is not None and not method:
            yield "sum for prod", _call_like_one(_renamed_call(node, "sum"), first), (
                "that adds the numbers (a sum); the task multiplies them together: np.prod "
                "gives their product")
        if name == "reshape":
            other = copy.deepcopy(node)
            other.keywords.append(ast.keyword("order", ast.Constant("F")))
            yield "order F", other, ("order='F' fills column by column; NumPy's default "
                                     "(order='C') keeps the reading order, row by row")
            if method and [_text(arg) for arg in node.args] == ["-1", "1"] and \
                    isinstance(parents.get(node), ast.BinOp):  # a column made to broadcast
                vector = _text(node.func.value)  # type: ignore[attr-defined]
                yield "no column", node.func.value, (  # type: ignore[attr-defined]
                    f"{vector} is 1-D, shape (n,), so it broadcasts as a row: along each "
                    f"row, one number per column; {_text(node)}, shape (n, 1), is a column. "
                    f"{vector}.T would not help: {ONE_AXIS}")
        for keyword in node.keywords:
            if keyword.arg == "axis" and isinstance(keyword.value, ast.Constant):
                yield from _axis_rules(node, keyword, name)
    elif isinstance(node, ast.BinOp):
        a, b = node.left, node.right
        if isinstance(node.op, ast.MatMult):
            yield "elementwise", ast.BinOp(a, ast.Mult(), b), ELEMENTWISE
            yield "swapped product", ast.BinOp(b, ast.MatMult(), a), _swapped_message(a, b)
            yield "applied twice", ast.BinOp(a, ast.MatMult(), ast.BinOp(a, ast.MatMult(), b)), (
                f"you applied {_text(a)} twice ({_text(a)} @ {_text(a)} @ ...); apply it once")
            for side, operand in (("left", a), ("right", b)):
                flipped = _transposed(operand)
                new = ast.BinOp(flipped, ast.MatMult(), b) if side == "left" else \
                    ast.BinOp(a, ast.MatMult(), flipped)
                yield "transposed operand", new, _transpose_message(operand)
            yield "both transposed", ast.BinOp(_transposed(a), ast.MatMult(), _transposed(b)), \
                _both_transposed_message(a, b)
            yield from _product_rules(node, a, b, _is_answer(node, final, parents))
        if isinstance(node.op, (ast.Sub, ast.Add, ast.Div)) and isinstance(b, ast.BinOp) and \
                isinstance(b.op, (ast.Mult, ast.Div)):
            yield from _precedence_rules(node, a, b)
        if isinstance(node.op, ast.Sub):
            yield "swapped difference", ast.BinOp(b, ast.Sub(), a), (
                f"the difference is the wrong way round: {_text(b)} − {_text(a)} instead of "
                f"{_text(a)} − {_text(b)}, so the sign is flipped")
            yield "added", ast.BinOp(a, ast.Add(), b), (
                f"you added {_text(b)} ({_text(a)} + {_text(b)}); the task subtracts it: "
                f"the difference {_text(a)} − {_text(b)}")
            if node is final:  # what is taken away, handed in without taking it away
                yield "only subtracted term", b, (
                    f"that is {_text(b)} alone; the task subtracts it from {_text(a)}: "
                    f"{_text(a)} − {_text(b)}")
            yield "divided for subtracted", ast.BinOp(a, ast.Div(), b), (
                f"you divided by {_text(b)}; the task subtracts it: {_text(a)} − {_text(b)}")
            if isinstance(b, ast.Call) and _name(b.func) == "mean":
                spread = _renamed(b, "std")
                if spread is not None:
                    yield "standardized", ast.BinOp(node, ast.Div(), spread), (
                        "an extra step: you also divided by the standard deviation "
                        "(standardizing); the task only subtracts the mean")
        elif isinstance(node.op, ast.Add):
            yield "subtracted", ast.BinOp(a, ast.Sub(), b), (
                f"you subtracted {_text(b)}; the task adds it: {_text(a)} + {_text(b)}")
            yield "multiplied for added", ast.BinOp(a, ast.Mult(), b), (
                f"you multiplied by {_text(b)}; the task adds it: {_text(a)} + {_text(b)}")
        elif isinstance(node.op, ast.Mult):
            yield "divided", ast.BinOp(a, ast.Div(), b), (
                f"you divided by {_text(b)}; the task multiplies by it")
            yield "divided", ast.BinOp(b, ast.Div(), a), (
                f"you divided by {_text(a)}; the task multiplies by it")
            yield "added for multiplied", ast.BinOp(a, ast.Add(), b), (
                f"you added {_text(a)} and {_text(b)}; the task multiplies them (a product, "
                f"{_text(a)} * {_text(b)}), not a sum")
            parent = parents.get(node)
            if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Div) and \
                    parent.right is node:
                yield "left out factor", a, (
                    f"you divided by {_text(a)} only; the task divides by both: "
                    f"({_text(a)} * {_text(b)})")
            else:
                yield "left out factor", a, f"the factor {_text(b)} is missing: multiply by it"
            if isinstance(a, ast.Call) and isinstance(b, ast.Call) and \
                    _name(a.func) == _name(b.func) and _text(a) != _text(b):
                for twice in (a, b):  # norm(a) * norm(a) for norm(a) * norm(b)
                    yield "factor twice", ast.BinOp(twice, ast.Mult(), twice), (
                        f"you used {_text(twice)} twice; the task multiplies both: "
                        f"{_text(a)} * {_text(b)}")
            if isinstance(b, ast.Constant) and b.value == 2:
                yield "squared for doubled", ast.BinOp(a, ast.Pow(), ast.Constant(2)), (
                    f"{_text(a)} ** 2 squares the entries; doubling is {_text(a)} * 2")
        elif isinstance(node.op, ast.Div):
            yield "multiplied", ast.BinOp(a, ast.Mult(), b), (
                f"you multiplied by {_text(b)}; the task divides by it")
            yield "no division", a, f"the division by {_text(b)} is missing"
            yield "division upside down", ast.BinOp(b, ast.Div(), a), (
                f"the division is upside down: {_text(b)} / {_text(a)}; the task divides "
                f"{_text(a)} by {_text(b)}")
            yield "subtracted for divided", ast.BinOp(a, ast.Sub(), b), (
                f"you subtracted {_text(b)}; the task divides by it: {_text(a)} / {_text(b)}")
            if isinstance(b, ast.Name):  # a count (batch_size), not a computed length
                yield from _count_rules(a, b)
        elif isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant) and \
                node.right.value == 2:
            yield from _square_rules(a)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield "no minus", node.operand, _minus_message(node, parents.get(node), final)
    elif isinstance(node, ast.Compare) and len(node.ops) == 1 and \
            isinstance(node.ops[0], ast.Eq):
        yield "not equal", ast.Compare(node.left, [ast.NotEq()], node.comparators), (
            "that counts the wrong ones (!=) instead of the right ones (==)")
    elif isinstance(node, ast.Subscript):
        yield from _index_rules(node)
    elif isinstance(node, ast.Attribute) and node.attr == "grad":
        yield "no grad", node.value, (
            f"that is {_text(node.value)} itself, the variable's values; its gradient is "
            f"{_text(node)}, filled in by y.backward()")
    elif isinstance(node, ast.Attribute) and node.attr == "T":
        yield "no transpose", node.value, (f"the transpose is missing: {_text(node)} "
                                           f"(its rows as columns), not {_text(node.value)}")
        regrouped = ast.parse(f"({_text(node.value)}).reshape(({_text(node.value)}).shape[::-1])")
        yield "reshape for transpose", regrouped.body[0].value, (  # type: ignore[attr-defined]
            f"a reshape to the transposed shape regroups the numbers in reading order; it is "
            f"not a transpose: {_text(node)} turns the rows into columns")


def _minus_message(node: ast.UnaryOp, parent: ast.AST | None, final: ast.AST) -> str:
    """Where the minus was lost says what it changes: the answer's sign, or e^−z."""
    if node is final:
        return "the minus sign is missing, so the sign of the result is flipped"
    if isinstance(parent, ast.Call) and _name(parent.func) == "exp":
        return ("the minus sign in the exponent is missing: the sigmoid is 1 / (1 + e^−z), "
                "and e^z gives 1 − σ(z) instead")
    return f"the minus sign is missing: the task has −{_text(node.operand)}"


def _count_rules(a: ast.AST, b: ast.AST) -> Iterator[tuple[str, ast.AST, str]]:
    root = ast.parse(f"np.sqrt({_text(b)})").body[0].value  # type: ignore
    yield "divided by root", ast.BinOp(a, ast.Div(), root), (
        f"you divided by the square root of {_text(b)}; the task divides by "
        f"{_text(b)} itself")
    less = ast.BinOp(b, ast.Sub(), ast.Constant(1))
    yield "divided by n - 1", ast.BinOp(a, ast.Div(), less), (
        f"you divided by {_text(b)} - 1 (off by one); the task divides by "
        f"{_text(b)} itself")


def _square_rules(a: ast.AST) -> Iterator[tuple[str, ast.AST, str]]:
    absolute = ast.parse(f"np.abs({_text(a)})").body[0].value  # type: ignore
    yield "abs for square", absolute, (
        f"that takes the absolute value of {_text(a)}; the task squares it, "
        f"({_text(a)}) ** 2")
    yield "doubled for square", ast.BinOp(a, ast.Mult(), ast.Constant(2)), (
        f"{_text(a)} * 2 doubles the entries; squaring is {_text(a)} ** 2")
    if isinstance(a, ast.BinOp) and isinstance(a.op, ast.Sub):
        squares = ast.BinOp(ast.BinOp(a.left, ast.Pow(), ast.Constant(2)), ast.Sub(),
                            ast.BinOp(a.right, ast.Pow(), ast.Constant(2)))
        yield "difference of squares", squares, (
            f"you subtracted the squares; the task squares the difference, "
            f"({_text(a)}) ** 2")


def _precedence_rules(node: ast.BinOp, a: ast.AST,
                      b: ast.BinOp) -> Iterator[tuple[str, ast.AST, str]]:
    """``a - x * y`` computed as ``(a - x) * y``, or ``a / (x * y)`` as ``a / x * y``:
    parentheses missing or misplaced, so the operations run in another order."""
    regrouped = ast.BinOp(ast.BinOp(a, node.op, b.left), b.op, b.right)
    yield "precedence", regrouped, (
        f"the parentheses (the order of operations) differ: that is {_text(regrouped)}; the "
        f"task computes {_text(node)}, where {_text(b)} is worked out first")


def _sigmoid_first_rules(node: ast.Call, inner: ast.AST) -> Iterator[tuple[str, ast.AST, str]]:
    """sigmoid(w @ x) written as sigmoid(w) @ x: the nonlinearity before the product."""
    if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.MatMult):
        a, b = inner.left, inner.right
        rebuilt = [ast.BinOp(_call_like_one(node, a), ast.MatMult(), b),
                   ast.BinOp(a, ast.MatMult(), _call_like_one(node, b))]
    elif isinstance(inner, ast.Call) and _name(inner.func) == "dot" and len(inner.args) == 2:
        a, b = inner.args
        rebuilt = [_call_like(inner, _call_like_one(node, a), b),
                   _call_like(inner, a, _call_like_one(node, b))]
    else:
        return
    for operand, changed in zip((a, b), rebuilt, strict=True):
        yield "sigmoid before product", changed, (
            f"the sigmoid comes too early: you applied it to {_text(operand)}, before the "
            f"product; a neuron applies it after, to the weighted sum: {_text(node)}")


def _norm_rules(first: ast.AST, keywords: list[ast.keyword]) -> Iterator[tuple[str, ast.AST, str]]:
    """Other numbers taken for the length: the largest entry, the count, the plain sum."""
    for name, (code, message) in NORMS.items():
        if name == "len" and keywords:
            continue  # len has no axis
        swapped = _expression(code, v=first)
        swapped.keywords = copy.deepcopy(keywords)  # type: ignore[attr-defined]
        yield f"{name} for norm", swapped, message
    signed = _expression("np.max({v})", v=first)  # the largest entry, signs kept
    signed.keywords = copy.deepcopy(keywords)  # type: ignore[attr-defined]
    yield "max for norm", signed, NORMS["max"][1]


#: What a learner takes for a vector's length: the code and what to tell them.
NORMS = {
    "max": ("np.max(np.abs({v}))", "that uses the largest entry (max, the L∞ norm) where the "
            "length is meant: the length is the L2 norm, the square root of the sum of "
            "squares, np.linalg.norm"),
    "len": ("len({v})", "len() counts the entries (the number of entries), it does not "
            "measure a vector: its length is the L2 norm, np.linalg.norm"),
    "plain sum": ("np.sum({v})", "that adds the entries as they are, signs and all; the "
                  "length (L2 norm) squares each entry, adds the squares, then takes the "
                  "square root"),
}
#: Other activations a learner uses for the sigmoid, and what to tell them.
ACTIVATIONS = {
    "tanh": "that is tanh, which runs from −1 to 1; the nonlinearity here is the sigmoid, "
            "1 / (1 + e^−z)",
    "relu": "that is ReLU, max(0, z), another activation; the nonlinearity here is the "
            "sigmoid, 1 / (1 + e^−z)",
}


def _activation(sigmoid: ast.Call, z: ast.AST, name: str) -> ast.AST:
    """``name`` (tanh or relu) in the sigmoid call's library, applied to ``z``."""
    if _text(sigmoid.func).startswith("nd."):
        return _expression(f"nd.{name}({{z}})", z=z)
    return _expression("np.tanh({z})" if name == "tanh" else "np.maximum({z}, 0)", z=z)


def _is_answer(node: ast.AST, final: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """The node is what the function returns, or what a nonlinearity is applied to."""
    parent = parents.get(node)
    return node is final or isinstance(parent, ast.Call) and _name(parent.func) in (
        "sigmoid", "relu", "tanh")


def _product_rules(node: ast.AST, a: ast.AST, b: ast.AST,
                   final: bool) -> Iterator[tuple[str, ast.AST, str]]:
    """A product written as a sum, or as the product of the two sums; where the product is
    the answer itself, its pairs added up (inside a bigger formula, a sum of the pairs
    equals the dot product too often)."""
    if final:
        pairs = ast.parse(f"np.sum({_text(a)} + {_text(b)})").body[0].value  # type: ignore
        yield "pairs added", pairs, (
            f"you added each pair ({_text(a)} + {_text(b)}) and summed; a dot product "
            "multiplies each pair, then sums the products")
    yield "added for product", ast.BinOp(a, ast.Add(), b), (
        f"you added {_text(a)} and {_text(b)} entry by entry; the task multiplies them: "
        f"{_text(node)} multiplies matching entries and adds up the products")
    sums = ast.parse(f"np.sum({_text(a)}) * np.sum({_text(b)})").body[0].value  # type: ignore
    yield "product of sums", sums, (
        "that multiplies the two sums; a dot product multiplies matching entries pair by "
        "pair, then adds up those products")


def _both_transposed_message(a: ast.AST, b: ast.AST) -> str:
    return (f"you transposed both factors: {_text(_transposed(a))} @ {_text(_transposed(b))} "
            f"is the transpose of {_text(b)} @ {_text(a)}; the product needs {_text(a)} and "
            f"{_text(b)} as they are")


ONE_AXIS = "a 1-D array has a single axis, so its transpose (.T) is itself"
ELEMENTWISE = ("* multiplies entry by entry (elementwise); the matrix product, @ or np.dot, "
               "dots each row with each column and adds the products")


def _swapped_message(a: ast.AST, b: ast.AST) -> str:
    return (f"the order of the product is swapped: {_text(b)} times {_text(a)}; a matrix "
            f"product depends on the order ({_text(a)} first, then {_text(b)})")


def _transpose_message(operand: ast.AST) -> str:
    if isinstance(operand, ast.Attribute) and operand.attr == "T":
        return (f"the transpose is missing: the product needs {_text(operand)}, "
                f"not {_text(operand.value)}")
    return (f"a transpose too many: the product needs {_text(operand)} as it is, "
            f"not transposed ({_text(operand)}.T)")


def _transposed(node: ast.AST) -> ast.AST:
    if isinstance(node, ast.Attribute) and node.attr == "T":
        return node.value
    return ast.Attribute(node, "T", ast.Load())


def _renamed(node: ast.Call, name: str) -> ast.Call | None:
    """``np.mean(X, axis=0)`` or ``X.mean(axis=0)`` as ``np.<name>(X, axis=0)``."""
    other = copy.deepcopy(node)
    if not isinstance(other.func, ast.Attribute):
        return None
    if not _is_module(other.func.value):
        other.args = [other.func.value, *other.args]
        other.func = ast.Attribute(ast.Name("np", ast.Load()), name, ast.Load())
    other.func.attr = name
    return other


def _renamed_call(node: ast.Call, name: str) -> ast.Call:
    other = copy.deepcopy(node)
    if isinstance(other.func, ast.Attribute):
        other.func.attr = name
    return other


def _call_like_one(node: ast.Call, a: ast.AST) -> ast.Call:
    other = copy.deepcopy(node)
    other.args = [a, *other.args[1:]]
    return other


def _call_like(node: ast.Call, a: ast.AST, b: ast.AST) -> ast.Call:
    other = copy.deepcopy(node)
    other.args = [a, b]
    return other


def _is_module(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id in ("np", "nd", "mx", "numpy") or \
        isinstance(node, ast.Attribute) and node.attr in ("linalg",)


def _axis_rules(node: ast.Call, keyword: ast.keyword, name: str) -> Iterator[tuple[str, Any, str]]:
    axis = keyword.value.value  # type: ignore[attr-defined]
    for other in (0, 1, -1, None):
        if other == axis:
            continue
        changed = copy.deepcopy(node)
        changed.keywords = [k for k in changed.keywords if k.arg != "axis"]
        if other is None:
            message = (f"without axis, {name} works on the whole array at once; the task "
                       f"needs axis={axis}: {AXIS_WORDS}")
        else:
            changed.keywords.append(ast.keyword("axis", ast.Constant(other)))
            message = (f"the other axis: that is {name} along axis {other}, the task needs "
                       f"axis {axis}: {AXIS_WORDS}")
        yield "other axis", changed, message


def _index_rules(node: ast.Subscript) -> Iterator[tuple[str, ast.AST, str]]:
    index = node.slice
    if isinstance(index, ast.Constant) and isinstance(index.value, int):
        for step in (-1, 1):
            shifted = copy.deepcopy(node)
            shifted.slice = ast.Constant(index.value + step)
            yield "off by one", shifted, (
                f"off by one: that is index {index.value + step}; Python counts from 0, so "
                f"the one the task means is index {index.value}")
    if isinstance(index, ast.Tuple) and len(index.elts) == 2:
        swapped = copy.deepcopy(node)
        swapped.slice = ast.Tuple(list(reversed(index.elts)), ast.Load())
        yield "indices swapped", swapped, ("the row and column indices are swapped: the first "
                                           "index picks the row, the second the column")


@dataclass(frozen=True)
class Mutant:
    """The reference's code with one slip, compiled once; run on each set of arguments."""

    rule: str
    message: str
    function: Callable[..., Any]


_MUTANTS: dict[Any, tuple[Mutant, ...]] = {}


def mutants_of(reference: Callable[..., Any]) -> tuple[Mutant, ...]:
    """Each slip of the reference as a compiled function: parsed and compiled once per
    reference (the rewrites are made in place and undone, without copying the tree)."""
    key = getattr(reference, "__code__", reference)
    if key not in _MUTANTS:
        _MUTANTS[key] = tuple(_build_mutants(reference))
    return _MUTANTS[key]


def _build_mutants(reference: Callable[..., Any]) -> Iterator[Mutant]:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(reference)))
    except (OSError, TypeError, SyntaxError):  # a lambda in a test, or no source
        return
    function = tree.body[0]
    if not isinstance(function, ast.FunctionDef):
        return
    function.decorator_list = []
    # first: where several indices are off by one, one of them alone may give the same value
    for rule, message, rewritten in _whole_rewrites(function):
        built = _compile_function(rewritten, reference)
        if built is not None:
            yield Mutant(rule, message, built)
    parents, sigmoids, final = _context(function)
    slips = [(node, rule) for node in ast.walk(function) if node is not function
             for rule in _rules(node, parents, sigmoids, final)]
    for node, (rule, replacement, message) in slips:
        built = _compile_with(tree, function, parents.get(node), node, replacement, reference)
        if built is not None:
            yield Mutant(rule, message, built)
    # last: one input for another is the weakest guess (a @ a / (‖a‖‖a‖) = 1 by chance)
    for rule, message, rewritten in _another_variable(function):
        built = _compile_function(rewritten, reference)
        if built is not None:
            yield Mutant(rule, message, built)
    if len(sigmoids) > 1 and all(isinstance(n.func, ast.Name) for n in sigmoids):
        # every sigmoid left out at once: the function run with sigmoid as the identity
        namespace = {**reference.__globals__, "sigmoid": lambda z: z}
        yield Mutant("no sigmoid at all", "the sigmoids are missing, all of them: that is a "
                     "chain of weighted sums; every layer applies the sigmoid to its sums",
                     types.FunctionType(reference.__code__, namespace))


def _whole_rewrites(function: ast.FunctionDef) -> Iterator[tuple[str, str, ast.FunctionDef]]:
    """Slips that change several spots at once, the same way: every index counted from 1;
    the gradient read on another variable; every sigmoid a ReLU; every norm a count or a
    maximum; every multiple a power."""
    yield from _counted_from_1(function)
    yield from _gradient_of_another(function)
    for rule, message, match, replace in _everywhere():
        rewritten, count = _replace_all(function, match, replace)
        if count > 1:  # one spot alone is a rule of _rules
            yield rule, message, rewritten


def _counted_from_1(function: ast.FunctionDef) -> Iterator[tuple[str, str, ast.FunctionDef]]:
    counted = copy.deepcopy(function)
    shifted = 0
    for node in ast.walk(counted):
        if isinstance(node, ast.Subscript):
            parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            for part in parts:
                if isinstance(part, ast.Constant) and type(part.value) is int and part.value >= 0:
                    part.value += 1
                    shifted += 1
    if shifted > 1:  # one index alone is the "off by one" rule
        yield "counted from 1", ("the indices are off by one: you counted from 1; Python "
                                 "counts from 0, so the first row (or column) is index 0, "
                                 "the second index 1"), counted


def _gradient_of_another(function: ast.FunctionDef) -> Iterator[tuple[str, str, ast.FunctionDef]]:
    last = function.body[-1]
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Attribute) and
            last.value.attr == "grad" and isinstance(last.value.value, ast.Name)):
        return
    target = last.value.value.id
    for other in (a.arg for a in function.args.args if a.arg != target):
        rewritten = copy.deepcopy(function)
        for node in ast.walk(rewritten):
            if isinstance(node, ast.Attribute) and node.attr in ("grad", "attach_grad") \
                    and isinstance(node.value, ast.Name) and node.value.id == target:
                node.value = ast.Name(other, ast.Load())
        yield "gradient of another variable", (
            f"that is the gradient with respect to {other} ({other}.grad, shaped like "
            f"{other}); the task asks for the gradient with respect to {target}: call "
            f"{target}.attach_grad() and read {target}.grad"), rewritten


def _another_variable(function: ast.FunctionDef) -> Iterator[tuple[str, str, ast.FunctionDef]]:
    """One input used where the task uses another (``w - lr * w`` for ``w - lr * grad``)."""
    names = [a.arg for a in function.args.args]
    for name in names:
        for other in names:
            if other == name:
                continue
            rewritten, count = _replace_all(
                function, lambda n, name=name: isinstance(n, ast.Name) and n.id == name,
                lambda n, other=other: ast.Name(other, ast.Load()))
            if count:
                yield f"another variable: {other} for {name}", (
                    f"you used {other} where the task uses {name}: check which input goes "
                    "where"), rewritten


def _replace_all(function: ast.FunctionDef, match: Callable[[ast.AST], bool],
                 replace: Callable[[Any], ast.AST]) -> tuple[ast.FunctionDef, int]:
    """A copy of ``function`` with every node that ``match``es replaced, and how many."""
    count = 0

    class Replacer(ast.NodeTransformer):
        def visit(self, node: ast.AST) -> ast.AST:
            nonlocal count
            node = self.generic_visit(node)
            if match(node):
                count += 1
                return replace(node)
            return node

    return Replacer().visit(copy.deepcopy(function)), count


def _plain_call(node: ast.AST, name: str) -> bool:
    """``sigmoid(z)``, ``nd.sigmoid(z)``, ``np.linalg.norm(v)``: one argument, no axis."""
    return isinstance(node, ast.Call) and _name(node.func) == name and len(node.args) == 1 \
        and not node.keywords


def _expression(code: str, **parts: ast.AST) -> ast.AST:
    return ast.parse(code.format(**{k: _text(v) for k, v in parts.items()})).body[0].value  # type: ignore


def _is_multiple(node: ast.AST) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and \
        isinstance(node.left, ast.Constant) and type(node.left.value) is int and \
        node.left.value >= 2


def _everywhere() -> Iterator[tuple[str, str, Callable[[ast.AST], bool],
                                     Callable[[Any], ast.AST]]]:
    """(rule, message, which nodes, what each becomes) for one slip made at every spot."""
    for name, message in ACTIVATIONS.items():
        yield (f"{name} everywhere", message, lambda n: _plain_call(n, "sigmoid"),
               lambda n, name=name: _activation(n, n.args[0], name))
    for name, (code, message) in NORMS.items():
        yield (f"{name} for norm everywhere", message, lambda n: _plain_call(n, "norm"),
               lambda n, code=code: _expression(code, v=n.args[0]))
    yield ("powers for multiples", "those are powers (x * x is x ** 2: each entry times "
           "itself); the task multiplies by a number (2 * x doubles each entry)",
           _is_multiple, lambda n: ast.BinOp(n.right, ast.Pow(), n.left))


def _compile_function(function: ast.FunctionDef,
                      reference: Callable[..., Any]) -> Callable[..., Any] | None:
    try:
        namespace: dict[str, Any] = {}
        module = ast.fix_missing_locations(ast.Module([function], []))
        exec(compile(module, "<variant>", "exec"), reference.__globals__, namespace)
        return types.FunctionType(namespace[function.name].__code__, reference.__globals__)
    except Exception:  # a rewrite that does not compile is no slip
        return None


def _compile_with(tree: ast.Module, function: ast.FunctionDef, parent: ast.AST | None,
                  target: ast.AST, replacement: ast.AST,
                  reference: Callable[..., Any]) -> Callable[..., Any] | None:
    """The function with ``target`` replaced, compiled; the tree is left as it was."""
    if parent is None:
        return None
    replacement = copy.deepcopy(replacement)
    ast.copy_location(replacement, target)
    ast.fix_missing_locations(replacement)
    undo = _substitute(parent, target, replacement)
    if undo is None:
        return None
    try:
        return _compile_function(function, reference)
    finally:
        undo()


def variants_of(reference: Callable[..., Any], arguments: dict[str, Any]) -> list[Variant]:
    """Each slip of the reference that runs on ``arguments`` and gives numbers."""
    runs = [(m.rule, m.message, m.function, _copies(arguments)) for m in mutants_of(reference)
            if _swaps_alike(m.rule, arguments)]
    found = _run(runs)
    # An input changed (an entry cut off, reversed ...) is a slip of the data, not of the
    # code: where this data hides it (a last entry of 0), it is simply not offered.
    right = _run([("reference", "", reference, _copies(arguments))])
    changed = _run([(rule, message, reference, values)
                    for rule, message, values in _changed_inputs(arguments)])
    return found + [v for v in changed if not (right and _same(v.value, right[0].value))]


def _run(runs: list[tuple[str, str, Callable[..., Any], dict[str, Any]]]) -> list[Variant]:
    found = []
    for rule, message, function, copied in runs:
        try:
            with np.errstate(all="ignore"):
                value = to_array(function(**copied)).array
        except Exception:  # a slip that does not run is not one a learner hands in
            continue
        if value is not None and not _degenerate(rule, value):
            found.append(Variant(rule, message, value))
    return found


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool(np.allclose(a.astype(float), b.astype(float)))


def _swaps_alike(rule: str, arguments: dict[str, Any]) -> bool:
    """One input for another is a slip only between inputs of one shape (w for grad); a
    number for a vector gives whatever it gives."""
    if not rule.startswith("another variable: "):
        return True
    other, name = rule.removeprefix("another variable: ").split(" for ")
    return np.shape(to_array(arguments[other]).array) == np.shape(to_array(arguments[name]).array)


def _degenerate(rule: str, value: np.ndarray) -> bool:
    """A value that names nothing: all 0 or all 1 from an input swapped for another (x - x,
    x / x), or one number from an input reversed or cut to its first entry (a single
    number matches such a change by chance)."""
    if rule in ("reversed input", "first entry only"):
        return value.size == 1
    return rule.startswith("another variable") and bool(np.all(value == 0) or
                                                        np.all(value == 1))


def _changed_inputs(arguments: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """The arguments with one input changed the way a learner slips with it: a vector's
    first or last entry sliced off (all vectors of one length at once too, as a loop over
    range(len(w) - 1) does), reversed, or only its first entry used; labels shifted by one."""
    def changed(name: str, value: Any) -> dict[str, Any]:
        return {**_copies(arguments), name: value}

    vectors = {name: value for name, value in arguments.items()
               if isinstance(value, np.ndarray) and value.ndim == 1 and value.size >= 2}
    for name, value in vectors.items():
        if value.dtype.kind in "iu":
            for step, words in ((-1, f"{name} - 1"), (1, f"{name} + 1")):
                yield "labels shifted", (
                    f"the indices are shifted by one ({words}): Python counts from 0, so "
                    f"class (or row) k is index k itself; use {name} as it is"), \
                    changed(name, value + step)
            continue
        if value.size >= 3:
            yield "last entry left out", (
                f"the last entry of {name} is left out ({name}[:-1]): a slice stops before "
                f"its end index; use every entry of {name}"), changed(name, value[:-1])
            yield "first entry left out", (
                f"the first entry of {name} is left out ({name}[1:]): Python counts from 0, "
                f"so {name}[0] is the first entry"), changed(name, value[1:])
        yield "reversed input", (f"{name} is used in reverse order ({name}[::-1]): keep its "
                                 "entries in their order"), changed(name, value[::-1])
        yield "first entry only", (
            f"only {name}[0], the first entry of {name}, is used, for every position; use "
            f"the whole of {name}, one entry each"), changed(name, value[0])
    lengths = [value.size for value in vectors.values() if value.size >= 3]
    for size in {n for n in lengths if lengths.count(n) > 1}:
        names = [name for name, value in vectors.items() if value.size == size]
        yield "loop one short", (
            f"the last entry is left out ({', '.join(names)} without their last): "
            "range(len(...) - 1) or a slice stops one short; range(len(w)) visits every "
            "index"), {**_copies(arguments), **{n: vectors[n][:-1] for n in names}}


def _context(function: ast.FunctionDef) -> tuple[dict, list[ast.Call], ast.AST]:
    parents = {child: parent for parent in ast.walk(function)
               for child in ast.iter_child_nodes(parent)}
    sigmoids = [n for n in ast.walk(function)
                if isinstance(n, ast.Call) and _name(n.func) == "sigmoid"]
    last = function.body[-1]
    final = last.value if isinstance(last, ast.Return) else None
    return parents, sigmoids, final


def _substitute(parent: ast.AST, target: ast.AST, replacement: ast.AST) -> Callable | None:
    """Put ``replacement`` where ``target`` is in ``parent``; return how to undo it."""
    for name, value in ast.iter_fields(parent):
        if value is target:
            setattr(parent, name, replacement)
            return lambda: setattr(parent, name, target)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if item is target:
                    value[index] = replacement
                    return lambda: value.__setitem__(index, target)
    return None


def _copies(arguments: dict[str, Any]) -> dict[str, Any]:
    return {name: value.copy() if hasattr(value, "copy") else copy.deepcopy(value)
            for name, value in arguments.items()}
