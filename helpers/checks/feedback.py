"""What a check, a hint or a solution shows: HTML in JupyterLab, fixed plain text for nbval."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from enum import Enum

from helpers.explainers.style import (
    BLUE,
    DARK_GREY,
    GREEN,
    PALE_BLUE,
    PALE_GREEN,
    PALE_GREY,
    PALE_PURPLE,
    PALE_RED,
    PURPLE,
    RED,
)


class Status(Enum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    NOT_ATTEMPTED = "not attempted"
    INVALID = "invalid"  # the answer could not be read as numbers at all
    HINT = "hint"
    SOLUTION = "solution"


_LOOK = {
    # status: (symbol, title, border colour, background)
    Status.CORRECT: ("✓", "Correct", GREEN, PALE_GREEN),
    Status.INCORRECT: ("✗", "Not yet", RED, PALE_RED),
    Status.INVALID: ("✗", "Can't check this answer", RED, PALE_RED),
    Status.NOT_ATTEMPTED: ("…", "Not attempted yet", DARK_GREY, PALE_GREY),
    Status.HINT: ("?", "Hint", BLUE, PALE_BLUE),
    Status.SOLUTION: ("★", "Solution", PURPLE, PALE_PURPLE),
}


@dataclass(frozen=True)
class Feedback:
    """The result of ``check()``, ``hint()`` or ``solution()`` for one exercise."""

    exercise: str
    status: Status
    message: str
    code: str = ""  # reference code, shown by solution()

    @property
    def solved(self) -> bool:
        return self.status is Status.CORRECT

    @property
    def title(self) -> str:
        return _LOOK[self.status][1]

    def __str__(self) -> str:
        symbol, title, _, _ = _LOOK[self.status]
        text = f"{symbol} {title} [{self.exercise}]: {self.message}"
        if self.code:
            text += "\n\n" + self.code
        return text

    def __repr__(self) -> str:
        # Jupyter uses this as text/plain, which strict nbval compares: keep it deterministic.
        return str(self)

    def _repr_html_(self) -> str:
        symbol, title, border, background = _LOOK[self.status]
        code = f"<pre style='margin:6px 0 0 0'>{html.escape(self.code)}</pre>" if self.code else ""
        return (
            f"<div style='border-left:5px solid {border};background:{background};"
            f"padding:6px 10px;margin:4px 0;font-family:sans-serif'>"
            f"<b style='color:{border}'>{symbol} {html.escape(title)}</b> "
            f"<span style='color:#555'>[{html.escape(self.exercise)}]</span><br>"
            f"{html.escape(self.message)}{code}</div>"
        )


@dataclass(frozen=True, repr=False)
class Checked(Feedback):
    """What ``check()`` returns: a Feedback that has already shown itself.

    ``check()`` displays its feedback when it runs (in a loop, mid-cell, after a ``;``), so
    when it is also a cell's last line, Jupyter must not show it a second time: its
    ``_ipython_display_`` shows nothing in the execution that displayed it, and shows it again
    in a later one (``fb = ex.x.check(a)``, then ``fb`` in another cell). ``str()`` and
    ``status`` stay as for any Feedback, for tests and the corpus report.
    """

    shown_in: list[int] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def show(cls, feedback: Feedback) -> Checked:
        checked = cls(feedback.exercise, feedback.status, feedback.message, feedback.code)
        shell = _ipython()
        if shell is not None:
            checked._display(shell)
        return checked

    def _display(self, shell: object) -> None:
        from IPython.display import display

        self.shown_in.append(getattr(shell, "execution_count", 0))
        display({"text/plain": str(self), "text/html": self._repr_html_()}, raw=True)

    def _ipython_display_(self) -> None:
        shell = _ipython()
        if shell is not None and getattr(shell, "execution_count", 0) not in self.shown_in:
            self._display(shell)


def _ipython() -> object | None:
    """The running IPython shell, or None (plain Python, tests): imported only if loaded."""
    import sys

    module = sys.modules.get("IPython")
    return module.get_ipython() if module is not None else None
