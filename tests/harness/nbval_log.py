"""nbval formats a kernel's messages for its debug log only when that log is written.

nbval 0.11.0 pretty-prints every message a kernel sends (figures, widget states) for a debug
line, even with debug logging off: a quarter of the CPU time its own process spends on a
lesson. `--log-level=DEBUG` still shows every message in full.
"""

from __future__ import annotations

import pprint

import pytest


class PrettyWhenLogged:
    """pprint.pformat(value), computed when a log line is written, not when it is made."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __str__(self) -> str:
        return pprint.pformat(self.value)


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("nbval"):
        import nbval.kernel

        if getattr(nbval.kernel, "pformat", None) is pprint.pformat:
            nbval.kernel.pformat = PrettyWhenLogged
