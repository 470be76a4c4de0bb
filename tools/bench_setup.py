"""`make bench`, set-up part: what the two environments weigh and how long a learner waits.

- the learner's environment: a fresh `git clone` of this repository, `make lab` in it (which
  installs requirements.txt and helpers only), timed until JupyterLab answers its contents API
  for lesson 00; pip's cache is warm, as a second clone on the same machine has it;
- the developer's environment: this checkout's .venv, as `make test` built it (requirements-dev.txt
  on top), without the environments the tests keep inside it (.venv/binder-*, .venv/python3.*).

Sizes are given twice: the bytes of the files, and the space they take on disk (du's figure).
A benchmark: it measures and prints, it asserts nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LESSON = "lessons/00-welcome.ipynb"
MIB = 2**20


def environment_size(venv: Path) -> tuple[float, float]:
    """(MiB of file contents, MiB on disk) under venv, without nested environments (a folder
    below it with its own pyvenv.cfg) and counting each hard-linked file once."""
    content = disk = 0
    seen: set[tuple[int, int]] = set()
    for folder, subfolders, files in os.walk(venv):
        subfolders[:] = [name for name in subfolders
                         if not (Path(folder) / name / "pyvenv.cfg").exists()]
        for name in files:
            status = (Path(folder) / name).lstat()
            if (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
            content += status.st_size
            disk += status.st_blocks * 512
    return content / MIB, disk / MIB


def contents_api_answers(port: int, token: str, path: str = LESSON) -> bool:
    """Does the server on this port list path as a notebook (JupyterLab is ready)?"""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/contents/{path}?content=0",
                                     headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return json.load(answer).get("type") == "notebook"
    except (OSError, ValueError):
        return False


def lab_arguments(port: int, token: str) -> str:
    return (f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} "
            f"--IdentityProvider.token={token}")


def fresh_clone_to_lab(work: Path, port: int, token: str = "bench-token",
                       timeout: float = 1800, repository: Path = ROOT) -> float:
    """Seconds from `git clone` to a JupyterLab that answers, with `make lab` in the clone.

    The server runs in its own process group, stopped (the whole group) once it answered.
    The clone stays in work/clone, its .venv for measuring.
    """
    clone = work / "clone"
    start = time.perf_counter()
    subprocess.run(["git", "clone", "--quiet", str(repository), str(clone)], check=True)
    log = (work / "make-lab.log").open("w")
    server = subprocess.Popen(["make", "lab", f"LAB_ARGS={lab_arguments(port, token)}"],
                              cwd=clone, stdout=log, stderr=subprocess.STDOUT,
                              env={name: value for name, value in os.environ.items()
                                   if name not in ("VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS",
                                                   "MAKELEVEL")},
                              start_new_session=True)
    try:
        while not contents_api_answers(port, token):
            if server.poll() is not None:
                raise RuntimeError(f"make lab stopped (exit {server.returncode}); "
                                   f"see {work / 'make-lab.log'}")
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"JupyterLab did not answer within {timeout:.0f} s")
            time.sleep(0.25)
        return time.perf_counter() - start
    finally:
        stop(server)
        log.close()


def stop(server: subprocess.Popen) -> None:
    """Stop the server's whole process group (make, jupyter and its kernels)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:  # the group is gone already
            break
        try:
            server.wait(timeout=30)
            break
        except subprocess.TimeoutExpired:
            continue
    server.wait()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rows() -> list[tuple[str, str]]:
    found = []
    with tempfile.TemporaryDirectory(prefix="bench-clone-") as work:
        print("measuring: fresh clone → make lab → JupyterLab answers …", flush=True)
        seconds = fresh_clone_to_lab(Path(work), free_port())
        learner = environment_size(Path(work) / "clone" / ".venv")
    developer = environment_size(ROOT / ".venv")
    found.append(("fresh clone to a ready JupyterLab (make lab, pip cache warm)",
                  f"{seconds:.0f} s"))
    for name, (content, disk) in (("learner environment (make lab: requirements.txt)", learner),
                                  ("developer environment (make test: + requirements-dev.txt)",
                                   developer)):
        found.append((name, f"{content:.0f} MiB of files, {disk:.0f} MiB on disk "
                            f"({disk * MIB / 1e6:.0f} MB)"))
    return found


def print_rows(table: list[tuple[str, str]]) -> None:
    """A benchmark's figures, one a line, their names in one column."""
    width = max(len(name) for name, _ in table)
    print()
    for name, value in table:
        print(f"{name:<{width}}  {value}")


def main() -> int:
    print_rows(rows())
    return 0


if __name__ == "__main__":
    sys.exit(main())
