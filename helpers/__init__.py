"""The small package the lessons import: exercise checks, figures and the talk's numbers."""

from helpers.exercise import PLACEHOLDER, Exercise, Mistake
from helpers.feedback import Feedback, Status
from helpers.figures import draw_container, draw_images

__all__ = [
    "PLACEHOLDER", "Exercise", "Feedback", "Mistake", "Status", "draw_container", "draw_images",
]
