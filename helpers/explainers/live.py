"""Newest state first: while a learner drags a slider, the widget draws the state the slider is
in now, not every state it passed through.

A drag sends a stream of values; drawing each one in turn would leave the widget seconds
behind the hand. In a kernel, drawing happens on a worker thread: a change only asks for a
frame, the kernel's main thread goes straight on to the next message, and the worker draws
whatever the controls say when it starts. Requests that arrive while it draws are folded
into one more frame, so there is never a backlog. Outside a kernel (tests, a terminal) a
change draws at once, so that reading the view right after a change sees it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


def in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and hasattr(shell, "kernel")


class NewestFrame:
    """Calls ``publish`` for the newest state: at once, or on a worker when ``threaded``."""

    def __init__(self, publish: Callable[[], None], threaded: bool | None = None) -> None:
        self.publish = publish
        self.threaded = in_kernel() if threaded is None else threaded
        self._lock = threading.Lock()
        self._wanted = False
        self._busy = False

    def request(self, _change: object = None) -> None:
        if not self.threaded:
            self.publish()
            return
        with self._lock:
            self._wanted = True
            if self._busy:
                return  # the worker will draw once more, with whatever is newest then
            self._busy = True
        threading.Thread(target=self._work, daemon=True, name="newest-frame").start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._wanted:
                    self._busy = False
                    return
                self._wanted = False
            try:
                self.publish()
            except Exception:  # noqa: BLE001 one failed frame must not stop the widget
                continue
