"""Concept questions: the learner picks one of a few listed options, and every option has its
own explanation, so that a wrong pick is told what misconception it reveals.

The question's text and options live here, in the catalogue, once: ``make solutions`` writes
them into the markdown cell above the exercise cell (``markdown()``), and ``solutions/``
gets ``answer = "<letter>"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from helpers.checks.exercise import PLACEHOLDER, Exercise, Mistake, describe_value
from helpers.checks.feedback import Feedback, Status

LETTERS = "abcdefgh"


@dataclass(frozen=True)
class Option:
    """One listed answer: its text as shown (Markdown), and why it is right or wrong."""

    text: str
    why: str
    correct: bool = False


@dataclass(eq=False)
class ChoiceExercise(Exercise):
    """A question with lettered options; ``check("b")`` explains option b, right or wrong."""

    reference: Any = None  # made from the options: the correct letter

    numeric: ClassVar[bool] = False
    title: str = ""
    question: str = ""
    options: tuple[Option, ...] = ()

    def __post_init__(self) -> None:
        right = [index for index, option in enumerate(self.options) if option.correct]
        if not 2 <= len(self.options) <= len(LETTERS) or len(right) != 1:
            raise ValueError(f"{self.full_name}: a question needs 2 to {len(LETTERS)} options, "
                             "exactly one of them correct")
        if not self.title or not self.question:
            raise ValueError(f"{self.full_name}: a question needs a title and its text")
        self.letter = LETTERS[right[0]]
        self.reference = lambda letter=self.letter: letter
        # The wrong options are the catalogue: each a mistake with its own message.
        self.mistakes = tuple(
            Mistake(f"option {LETTERS[index]}", lambda letter=LETTERS[index]: letter,
                    f"{LETTERS[index]}) is not it: {option.why}")
            for index, option in enumerate(self.options) if not option.correct)

    @property
    def letters(self) -> str:
        return LETTERS[:len(self.options)]

    def markdown(self) -> str:
        """The question as the learner reads it, above the cell where they answer."""
        lines = [f"### Question: {self.title}", "", self.question, ""]
        lines += [f"- **{letter})** {option.text}"
                  for letter, option in zip(self.letters, self.options, strict=True)]
        lines += ["", "Answer with the letter of your choice, in quotes: `answer = \"a\"`, "
                  "`\"b\"`, …"]
        return "\n".join(lines)

    def solution_code(self) -> str:
        return f'answer = "{self.letter}"'

    def reference_answer(self) -> str:
        return self.letter

    def mistake_answer(self, mistake: Mistake) -> str:
        return mistake.compute()

    def expected(self) -> str:
        return self.letter

    def _check(self, answer: Any) -> Feedback:
        if answer is PLACEHOLDER:
            return self._feedback(Status.NOT_ATTEMPTED, "replace `...` with the letter of "
                                  "your choice, e.g. answer = \"a\", then run the cell again")
        letter = self._letter_of(answer)
        if letter is None:
            return self._feedback(Status.INCORRECT, self._unreadable(answer))
        option = self.options[self.letters.index(letter)]
        if option.correct:
            return self._feedback(Status.CORRECT, f"{letter}) {option.why}")
        mistake = next(m for m in self.mistakes if m.name == f"option {letter}")
        return self._feedback(Status.INCORRECT, mistake.message)

    def _letter_of(self, answer: Any) -> str | None:
        """The option an answer names: its letter ("b", "B", "b)", "(b)") or its text."""
        if isinstance(answer, str):
            text = answer.strip().lower()
            bare = text.strip("()[]. ")
            if len(bare) == 1 and bare in self.letters:
                return bare
        for letter, option in zip(self.letters, self.options, strict=True):
            if _same_text(answer, option.text):
                return letter
        return None

    def _unreadable(self, answer: Any) -> str:
        choices = ", ".join(f'"{letter}"' for letter in self.letters)
        if isinstance(answer, (bool, int, np.integer)) and not isinstance(answer, bool) and \
                1 <= int(answer) <= len(self.options):
            return (f"options are named by letters, not numbers: answer with one of "
                    f"{choices} (option {int(answer)} is \"{self.letters[int(answer) - 1]}\")")
        if isinstance(answer, str):
            return f"{answer!r} is none of the options: answer with one of {choices}"
        return (f"answer with the letter of an option, in quotes: one of {choices}; "
                f"got {describe_value(answer)}")


def _same_text(answer: Any, option_text: str) -> bool:
    """An answer that writes out an option, e.g. (4, 2) or "X @ W1.T" for "`X @ W1.T`"."""
    def norm(value: str) -> str:
        return re.sub(r"[\s`*]", "", value).lower()
    shown = norm(option_text)
    return bool(shown) and norm(str(answer)) == shown
