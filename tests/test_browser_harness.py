"""Without Chromium the browser tests skip locally with a reason, and fail in CI."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.notebooks import ROOT
from tools import lab


def test_missing_chromium_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(lab, "CHROMIUM", tmp_path / "no-chromium")
    reason = lab.missing_requirement()
    assert reason == (f"{tmp_path / 'no-chromium'} is missing: install Debian's chromium "
                      "(apt-get install chromium)")


def run_browser_module_without_chromium(ci: bool, home: Path) -> subprocess.CompletedProcess:
    code = (
        "import sys, pathlib, pytest\n"
        "import tools.lab as lab\n"
        "lab.CHROMIUM = pathlib.Path('/nonexistent/chromium')\n"
        "sys.exit(pytest.main(['-p', 'no:xdist', '-q', '-rs', '-p', 'no:cacheprovider',\n"
        "                      'tests/browser/test_widgets_in_browser.py']))\n"
    )
    # HOME outside the tree: matplotlib writes its font cache and config under it.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.slow
def test_browser_tests_skip_locally_with_the_reason(tmp_path):
    run = run_browser_module_without_chromium(ci=False, home=tmp_path)
    assert run.returncode in (0, 5)  # 5: pytest ran nothing else in this sub-run
    assert "SKIPPED" in run.stdout
    assert "browser tests skipped: /nonexistent/chromium is missing" in run.stdout


@pytest.mark.slow
def test_browser_tests_fail_in_ci_without_chromium(tmp_path):
    run = run_browser_module_without_chromium(ci=True, home=tmp_path)
    assert run.returncode != 0
    assert "browser tests cannot run in CI: /nonexistent/chromium is missing" in run.stdout
