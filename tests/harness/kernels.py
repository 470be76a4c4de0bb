"""What the notebooks' kernels inherit: one math thread each, and for solutions/ another
CPU's arithmetic (tests/other_cpu.py), so that every run proves the stored outputs hold on
other CPUs too."""

from __future__ import annotations

import os

import pytest

from tests.checkout import ROOT
from tests.other_cpu import KernelEnvironment, describe, environment
from tools.kernel_environment import KERNEL_ENVIRONMENT

for _name, _value in KERNEL_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)

OTHER_CPU_FOLDER = "solutions/"


# A notebook's kernel starts in the setup of its first cell and inherits the environment of
# that moment; the worker's own environment is put back right after.
@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item):
    starts_kernel = hasattr(item, "cell") and getattr(item.parent, "kernel", True) is None
    path = item.path.relative_to(ROOT).as_posix()
    if starts_kernel and path.startswith(OTHER_CPU_FOLDER):
        with KernelEnvironment(environment()):
            return (yield)
    return (yield)


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    ran = [report for kind in ("passed", "failed") for report in
           terminalreporter.stats.get(kind, []) if report.nodeid.startswith(OTHER_CPU_FOLDER)]
    if ran:
        terminalreporter.write_line(describe(environment()))
