"""tools/bench_setup.py's parts, each on its own: sizes, the readiness probe, clone-to-lab."""

import os
import subprocess
import textwrap
from pathlib import Path

from tools import bench_setup


def test_environment_size_counts_files_once_and_skips_nested_environments(tmp_path):
    venv = tmp_path / ".venv"
    (venv / "lib").mkdir(parents=True)
    (venv / "lib" / "a.bin").write_bytes(b"x" * 3 * bench_setup.MIB)
    os.link(venv / "lib" / "a.bin", venv / "lib" / "same.bin")
    (venv / "bin").mkdir()
    (venv / "bin" / "python").symlink_to("/usr/bin/python3")
    nested = venv / "python3.10"
    nested.mkdir()
    (nested / "pyvenv.cfg").write_text("home = /elsewhere\n")
    (nested / "big.bin").write_bytes(b"y" * 5 * bench_setup.MIB)
    content, disk = bench_setup.environment_size(venv)
    assert 3 <= content < 3.01  # the hard link once, the symlink as a link, not its target
    assert disk >= 3


def fake_course(folder: Path) -> Path:
    """A git repository whose `make lab` serves lesson 00's contents API answer as a file."""
    folder.mkdir()
    answer = folder / "www" / "api" / "contents" / "lessons"
    answer.mkdir(parents=True)
    (answer / "00-welcome.ipynb").write_text('{"type": "notebook"}')
    (folder / "Makefile").write_text(textwrap.dedent("""\
        PORT = $(lastword $(subst =, ,$(filter --ServerApp.port=%,$(LAB_ARGS))))
        lab:
        \tmkdir -p .venv/lib && head -c 2048 /dev/zero > .venv/lib/package
        \tcd www && exec python3 -m http.server --bind 127.0.0.1 $(PORT)
        """))
    for command in (["git", "init", "-q"], ["git", "add", "."],
                    ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c"]):
        subprocess.run(command, cwd=folder, check=True)
    return folder


def test_fresh_clone_to_lab_times_clone_and_make_lab_then_stops_the_server(tmp_path):
    port = bench_setup.free_port()
    assert not bench_setup.contents_api_answers(port, "token")  # nothing listens yet
    work = tmp_path / "work"
    work.mkdir()
    seconds = bench_setup.fresh_clone_to_lab(work, port, "token", timeout=60,
                                             repository=fake_course(tmp_path / "course"))
    assert 0 < seconds < 60
    assert (work / "clone" / "Makefile").exists()
    assert bench_setup.environment_size(work / "clone" / ".venv")[0] > 0
    assert not bench_setup.contents_api_answers(port, "token")  # the server was stopped


def test_fresh_clone_to_lab_reports_a_make_lab_that_fails(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    (course / "Makefile").write_text("lab:\n\t@echo no Python here; exit 1\n")
    for command in (["git", "init", "-q"], ["git", "add", "."],
                    ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c"]):
        subprocess.run(command, cwd=course, check=True)
    work = tmp_path / "work"
    work.mkdir()
    try:
        bench_setup.fresh_clone_to_lab(work, bench_setup.free_port(), timeout=30,
                                       repository=course)
    except RuntimeError as error:
        assert "make lab stopped (exit 2)" in str(error)
    else:
        raise AssertionError("a failing make lab was timed")
    assert "no Python here" in (work / "make-lab.log").read_text()
