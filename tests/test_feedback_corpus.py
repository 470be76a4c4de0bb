"""The independent corpus of learner answers runs, and covers every exercise.

tests/corpus/report.py (`make feedback`) measures how specific the checks' messages are on
this corpus; this test holds only what is true today and must stay true: every answer's code
runs, and every exercise has at least 4 mistakes and 2 valid answers. The specific share is
reported, not asserted.
"""

from collections import Counter

import pytest

from helpers.exercises import all_exercises
from tests.corpus.learner_answers import ANSWERS
from tests.corpus.report import measure


@pytest.fixture(scope="module")
def measurement():
    return measure()


def test_every_answer_runs(measurement):
    failures = [f"{result.answer.exercise}: {result.error}\n{result.answer.code}"
                for result in measurement.exec_errors]
    assert not failures, "\n\n".join(failures)
    assert len(measurement.results) == len(ANSWERS)


def test_every_answer_names_a_known_exercise(measurement):
    assert not measurement.unknown_exercises


def test_every_exercise_has_mistakes_and_valid_answers():
    mistakes = Counter(answer.exercise for answer in ANSWERS if not answer.valid)
    valid = Counter(answer.exercise for answer in ANSWERS if answer.valid)
    short = [f"{exercise.full_name}: {mistakes[exercise.full_name]} mistakes, "
             f"{valid[exercise.full_name]} valid"
             for exercise in all_exercises() if exercise.numeric  # questions list their own
             if mistakes[exercise.full_name] < 4 or valid[exercise.full_name] < 2]
    assert not short, "\n".join(short)


def test_every_mistake_says_what_a_message_should_name():
    vague = [answer.code for answer in ANSWERS
             if not answer.valid and not (answer.cause and answer.mentions)]
    assert not vague
