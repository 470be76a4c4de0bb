"""The README's links and commands point at things that exist."""

import re

import pytest

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
    # An exact pin, or two for one package: the newest release for Python 3.11 and the last
    # one that installs on 3.10, each with its marker.
    pin = r'[A-Za-z0-9_.\-]+==[0-9][\w.]*(; python_version (>=|<) "3\.11")?'
    for name in ["requirements.txt", "requirements-dev.txt"]:
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r")):
                assert re.fullmatch(pin, line), line
    assert "numpy==1.23.5" in (ROOT / "requirements.txt").read_text().split()
    assert "mxnet==1.9.1" in (ROOT / "requirements.txt").read_text().split()


def test_instructors_section_commands_exist_in_the_makefile():
    import subprocess

    section = README[README.index("## For instructors"):README.index("## Errata")]
    for target in re.findall(r"^make (\w+)", section, re.MULTILINE):
        dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, f"make {target}: {dry.stderr}"


def test_nbgitpuller_link_pulls_this_repository_and_opens_lesson_00():
    from urllib.parse import parse_qs, urlparse

    link = re.search(r"^(https://hub\.example\.edu/hub/user-redirect/git-pull\?\S+)$", README,
                     re.MULTILINE).group(1)
    query = parse_qs(urlparse(link).query)
    badge = re.search(r"mybinder\.org/v2/gh/([^/]+/[^/]+)/", README).group(1)
    assert query["repo"] == [f"https://github.com/{badge}"]
    assert query["branch"] == ["main"]
    name = badge.split("/")[1]
    urlpath = query["urlpath"][0]
    assert urlpath.startswith(f"lab/tree/{name}/")
    assert (ROOT / urlpath.removeprefix(f"lab/tree/{name}/")).is_file()
    assert f"git clone https://github.com/{badge}.git" in README
    assert "nbgitpuller==" in (ROOT / "requirements.txt").read_text()


@pytest.mark.slow
def test_pre_commit_hooks_pass_on_a_copy_of_the_repository(tmp_path):
    import subprocess

    from tests.notebooks import copy_of_repository

    repo = copy_of_repository(tmp_path / "repo")
    (repo / ".venv").symlink_to(ROOT / ".venv")
    environment = {"HOME": str(tmp_path), "PATH": f"{ROOT / '.venv' / 'bin'}:/usr/bin:/bin",
                   "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    for command in (["git", "init", "-q"], ["git", "add", "-A"]):
        subprocess.run(command, cwd=repo, check=True, env=environment)
    run = subprocess.run(["pre-commit", "run", "--all-files"], cwd=repo, capture_output=True,
                         text=True, env=environment, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    for hook in ("ruff", "navigation links are up to date", "solutions/ is generated"):
        assert hook in run.stdout and "Passed" in run.stdout


def test_the_two_commands_name_the_supported_range_and_the_split():
    from helpers.environment import minor_versions, supported_pythons

    section = README[README.index("## The two commands"):README.index("## Exercises")]
    written = re.search(r'^requires-python = "(.+)"$', (ROOT / "pyproject.toml").read_text(),
                        re.MULTILINE).group(1)
    assert f'`requires-python = "{written}"`' in section
    assert "You need Python " + " or ".join(minor_versions(supported_pythons())) in section
    assert "3.9" not in section
    lab, test = (re.search(rf"^make {target} .*$", section, re.MULTILINE).group(0)
                 for target in ("lab", "test"))
    assert "requirements.txt" in lab and "requirements-dev.txt" in test
