"""The README's links and commands point at things that exist."""

import re

from tests.notebooks import ROOT

README = (ROOT / "README.md").read_text()


def test_binder_badge_opens_lesson_00_and_matches_the_makefile():
    badge = re.search(r"\((https://mybinder.org/v2/gh/[^)]+)\)", README).group(1)
    assert badge.endswith("?urlpath=lab/tree/lessons/00-welcome.ipynb")
    assert (ROOT / "lessons/00-welcome.ipynb").exists()
    makefile = (ROOT / "Makefile").read_text()
    prefix = badge.split("?")[0]
    assert prefix in makefile


def test_every_lesson_is_in_the_table():
    for path in sorted((ROOT / "lessons").glob("[0-9][0-9]-*.ipynb")):
        assert f"(lessons/{path.name})" in README


def test_binder_files_reuse_the_root_pins():
    assert (ROOT / "binder/runtime.txt").read_text().strip() == "python-3.11"
    assert (ROOT / "binder/apt.txt").read_text().split() == ["libgomp1", "libquadmath0"]
    assert "-r ../requirements.txt" in (ROOT / "binder/requirements.txt").read_text()
    assert "pip install --no-deps -e ." in (ROOT / "binder/postBuild").read_text()


def test_requirements_are_all_exact_pins():
    for name in ["requirements.txt", "requirements-dev.txt"]:
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r")):
                assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][\w.]*", line), line
    assert "numpy==1.23.5" in (ROOT / "requirements.txt").read_text().split()
    assert "mxnet==1.9.1" in (ROOT / "requirements.txt").read_text().split()
