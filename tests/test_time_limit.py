"""A learner's function that never returns is stopped, and the check says so in plain words."""

import signal
import threading
import time

import numpy as np
import pytest

from helpers import FunctionExercise, Status
from helpers.checks import timelimit

SHORT = 0.2
DOUBLE_IT = FunctionExercise("unit-test", "double_it", lambda x: x * 2, function_name="double_it",
                     cases=({"x": np.array([1.0, 2.0])}, {"x": np.array([3.0])}))


def endless(x):
    while x[0] > 0:  # the condition never changes
        pass


def endless_on_the_second_input(x):
    while x.size == 1:
        pass
    return x * 2


def endless_and_swallowing(x):
    while True:
        try:
            x = x + 1
        except Exception:  # a learner's blanket except must not swallow the time limit
            pass


def message(seconds, case):
    return (f"your function did not finish within {seconds:g} seconds when called with "
            f"{case}. Does it loop forever? A `while` loop whose condition never changes "
            "never ends")


@pytest.fixture
def short_limit(monkeypatch):
    monkeypatch.setattr(timelimit, "TIME_LIMIT_SECONDS", SHORT)


def test_the_limit_is_a_few_seconds():
    assert 1 <= timelimit.TIME_LIMIT_SECONDS <= 10


@pytest.mark.parametrize(("function", "case"), [
    (endless, "x = [1.0, 2.0]"),
    (endless_on_the_second_input, "x = [3.0]"),
    (endless_and_swallowing, "x = [1.0, 2.0]"),
])
def test_an_endless_function_is_stopped_and_named(short_limit, function, case):
    started = time.monotonic()
    feedback = DOUBLE_IT.check(function)
    assert time.monotonic() - started < 10 * SHORT
    assert feedback.status is Status.INCORRECT
    assert feedback.message == message(SHORT, case)


def test_a_right_function_is_unaffected_and_no_timer_is_left_running(short_limit):
    assert DOUBLE_IT.check(lambda x: x * 2).solved
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(2 * SHORT)  # an alarm left armed would raise here


def test_the_previous_alarm_handler_and_timer_are_restored(short_limit):
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30.0)
        assert DOUBLE_IT.check(endless).message == message(SHORT, "x = [1.0, 2.0]")
        assert signal.getsignal(signal.SIGALRM) is not timelimit._raise_time_up
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25.0 < left <= 30.0  # still running, minus the time the check took
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not fired


def test_outside_the_main_thread_a_watchdog_stops_the_loop(short_limit, monkeypatch):
    monkeypatch.setattr(timelimit, "_alarm", None)  # SIGALRM reaches only the main thread
    results = []
    thread = threading.Thread(target=lambda: results.append(DOUBLE_IT.check(endless)))
    thread.start()
    thread.join(timeout=20 * SHORT)
    assert not thread.is_alive()
    assert results[0].message == message(SHORT, "x = [1.0, 2.0]")


def test_without_sigalrm_a_watchdog_stops_the_loop(short_limit, monkeypatch):
    monkeypatch.delattr(signal, "setitimer")  # as on Windows
    monkeypatch.setattr(timelimit, "_alarm", None)
    assert DOUBLE_IT.check(endless).message == message(SHORT, "x = [1.0, 2.0]")
    assert DOUBLE_IT.check(lambda x: x * 2).solved
    time.sleep(2 * SHORT)  # a watchdog left armed would raise here


def test_a_function_that_finishes_just_in_time_is_checked(short_limit):
    def slow_but_right(x):
        time.sleep(SHORT / 4)
        return x * 2

    assert DOUBLE_IT.check(slow_but_right).solved
