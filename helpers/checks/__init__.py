"""The check engine: an answer converted to numbers once, compared with the reference within
a tolerance, and explained in the course's words. ``check()`` never raises."""

from helpers.checks.choice import ChoiceExercise, Option
from helpers.checks.exercise import (
    PLACEHOLDER,
    Exercise,
    FunctionExercise,
    Mistake,
    ValueExercise,
)
from helpers.checks.feedback import Feedback, Status

__all__ = ["PLACEHOLDER", "ChoiceExercise", "Exercise", "Feedback", "FunctionExercise",
           "Mistake", "Option", "Status", "ValueExercise"]
