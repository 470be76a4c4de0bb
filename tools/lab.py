"""A real JupyterLab in headless Chromium: start it on a copy of the lessons, drive a notebook."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
TOKEN = "browser-test-token"
KERNEL_NAME = "Python 3 (ipykernel)"


def missing_requirement() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is missing: pip install -r requirements-dev.txt"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def jupyterlab(source: Path, workdir: Path) -> Iterator[str]:
    """Serve a copy of ``source`` (so nothing in the repository changes); yield the base URL."""
    served = workdir / source.name
    shutil.copytree(source, served)
    port = free_port()
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser",
               f"--ServerApp.root_dir={workdir}", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", f"--IdentityProvider.token={TOKEN}",
               "--LabApp.news_url=", "--LabApp.check_for_updates_class="
               "jupyterlab.NeverCheckForUpdate"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = open(workdir / "jupyterlab.log", "w")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True, cwd=workdir)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/api/status?token={TOKEN}", server)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and its kernels, by its own PID
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


def _wait_for(url: str, server: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("JupyterLab exited while starting")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"JupyterLab did not answer within {seconds} s")


def widget(page, label: str):
    """The widget (an output area) that contains a control labelled exactly ``label``."""
    return page.locator(".jp-OutputArea-output", has=page.locator(
        ".widget-label", has_text=re.compile(f"^{re.escape(label)}$"))).first


def slider(box, label: str):
    """The slider labelled exactly ``label`` inside ``box``."""
    return box.locator(".widget-slider", has=box.page.locator(
        ".widget-label", has_text=re.compile(f"^{re.escape(label)}$")))


def open_and_run_all(page, base: str, notebook: str, live_selector: str) -> None:
    """Open a notebook, wait for its kernel, run every cell, wait for ``live_selector``
    (a widget that only exists once its cell has run) and for the kernel to be idle."""
    # ?reset: a fresh workspace, without the tabs the previous test left open
    page.goto(f"{base}/lab/tree/lessons/{notebook}?reset&token={TOKEN}")
    page.wait_for_selector(f".jp-KernelName:has-text('{KERNEL_NAME}')", timeout=120_000)
    wait_until_idle(page)
    page.click("li.lm-MenuBar-item:has-text('Run')")
    page.click("li.lm-Menu-item[data-command='runmenu:run-all']")
    page.wait_for_selector(live_selector, timeout=120_000)
    wait_until_idle(page)


def wait_until_idle(page, timeout: float = 120_000) -> None:
    """Every execution indicator on the page (toolbar and status bar) reads idle."""
    page.wait_for_function(
        """() => {
            const indicators = document.querySelectorAll('.jp-Notebook-ExecutionIndicator');
            return indicators.length > 0 &&
                [...indicators].every(e => e.dataset.status === 'idle');
        }""", timeout=timeout)
