"""Call a learner's function with a time limit, so that an endless loop cannot hang a check.

In a Jupyter kernel checks run in the main thread, where a SIGALRM timer interrupts a
pure-Python loop. Elsewhere (another thread, or Windows, which has no SIGALRM) a watchdog
thread raises the same exception in the calling thread. Either way the previous state is
restored. A long NumPy call is interrupted only once it returns to Python.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: How long one call of a learner's function may take, in seconds.
TIME_LIMIT_SECONDS = 3.0


class TimeUp(BaseException):
    """Raised inside the learner's function when its time is up.

    A BaseException, so that a learner's ``except Exception:`` inside the loop cannot
    swallow it and keep looping.
    """


def call_with_time_limit(function: Callable[..., Any], arguments: dict[str, Any],
                         seconds: float) -> Any:
    """``function(**arguments)``, or TimeUp if it has not returned after ``seconds``."""
    with _time_limit(seconds):
        return function(**arguments)


def _time_limit(seconds: float) -> Any:
    on_main = threading.current_thread() is threading.main_thread()
    if on_main and hasattr(signal, "SIGALRM") and hasattr(signal, "setitimer"):
        return _alarm(seconds)
    if sys.implementation.name == "cpython":
        return _watchdog(seconds)
    return _no_limit()


def _raise_time_up(signum: int, frame: object) -> None:
    raise TimeUp


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous_handler = signal.signal(signal.SIGALRM, _raise_time_up)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        _settle(lambda: signal.setitimer(signal.ITIMER_REAL, 0))
        # A handler installed from C reads as None and cannot be set back; use the default.
        _settle(lambda: signal.signal(signal.SIGALRM, previous_handler or signal.SIG_DFL))
        if previous_delay:  # someone else's timer was running: let it go on where it was
            left = max(previous_delay - (time.monotonic() - started), 1e-6)
            signal.setitimer(signal.ITIMER_REAL, left, previous_interval)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _async_raise(target, TimeUp)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        def stop() -> None:
            with lock:
                state["done"] = True
                timer.cancel()
                if state["fired"]:  # raised too late to matter: drop it if still pending
                    _async_raise(target, None)
        _settle(stop)


@contextmanager
def _no_limit() -> Iterator[None]:
    yield


def _async_raise(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception
                                               else ctypes.c_void_p(0))


def _settle(step: Callable[[], object]) -> None:
    """Run a clean-up step even if a TimeUp that fired just before it lands during it."""
    while True:
        try:
            step()
            return
        except TimeUp:
            continue
