#!/bin/sh
# The course's environment, as `make lab` and `make test` build it:
#   tools/venv.sh lab    the learner's packages (requirements.txt) and helpers
#   tools/venv.sh test   the same, plus the test and development tools (requirements-dev.txt)
#   tools/venv.sh --check lab|test   exit 0 if that environment is ready, 1 if a run would change it
#   tools/venv.sh python   only check that PYTHON is one the course supports
# Environment variables: PYTHON (the interpreter to build with), VENV (default .venv), BINDER
# (the link printed when no usable Python is at hand).
#
# It checks, in this order, and repairs what it finds:
#   1. PYTHON is one the course supports: pyproject.toml's requires-python, the one place the
#      range is written. The check runs under any Python, however old or new.
#   2. An existing $VENV was made by this same PYTHON (version and installation) and has a
#      working pip; otherwise (another Python, or half-built: killed during `venv`) it is
#      removed and made again.
#   3. The packages are installed from the current requirement files: a stamp in $VENV keeps
#      a checksum of them, so a second run installs nothing.
# Any failure ends with what to do next.
set -u

cd "$(dirname "$0")/.." || exit 1

CHECK_ONLY=
if [ "${1:-}" = "--check" ]; then CHECK_ONLY=1; shift; fi
KIND=${1:-}
case "$KIND" in
  lab) FILES="requirements.txt pyproject.toml" ;;
  test) FILES="requirements.txt requirements-dev.txt pyproject.toml" ;;
  python) FILES= ;;
  *) echo "usage: tools/venv.sh [--check] lab|test, or tools/venv.sh python" >&2; exit 2 ;;
esac
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
BINDER=${BINDER:-https://mybinder.org/}
STAMP="$VENV/.installed-$KIND"

# 1. The supported range, from pyproject.toml: requires-python = ">=3.10,<3.12"
RANGE=$(sed -n 's/^requires-python *= *"\(.*\)"/\1/p' pyproject.toml)
LOWEST=$(echo "$RANGE" | sed -n 's/^>=\([0-9]*\.[0-9]*\)\(\.0\)\{0,1\},<\([0-9]*\.[0-9]*\)$/\1/p')
BEYOND=$(echo "$RANGE" | sed -n 's/^>=\([0-9]*\.[0-9]*\)\(\.0\)\{0,1\},<\([0-9]*\.[0-9]*\)$/\3/p')
if [ -z "$LOWEST" ] || [ -z "$BEYOND" ]; then
  echo "tools/venv.sh reads requires-python in pyproject.toml as \">=3.A,<3.B\"; it says \"$RANGE\"."
  exit 1
fi
# "3.10 or 3.11" for ">=3.10,<3.12": each minor release in the range
MAJOR=${LOWEST%%.*}
MINOR=${LOWEST#*.}
LAST=$((${BEYOND#*.} - 1))
NAMES="$MAJOR.$MINOR"
NEWEST="$MAJOR.$LAST"
minor=$((MINOR + 1))
while [ "$minor" -le "$LAST" ]; do
  if [ "$minor" -eq "$LAST" ]; then NAMES="$NAMES or $MAJOR.$minor"; else NAMES="$NAMES, $MAJOR.$minor"; fi
  minor=$((minor + 1))
done

# Python 2.7 and every Python 3 run this line.
if ! "$PYTHON" -c "import sys; sys.exit(0 if ($MAJOR, $MINOR) <= sys.version_info[:2] <= ($MAJOR, $LAST) else 1)" \
    >/dev/null 2>&1; then
  FOUND=$("$PYTHON" --version 2>&1 </dev/null) || FOUND=none
  [ -n "$FOUND" ] || FOUND=none
  echo "This course needs Python $NAMES (pyproject.toml: requires-python \"$RANGE\"); found: $FOUND."
  echo "MXNet 1.9.1, the final MXNet release, needs numpy<1.24, which has no wheels for newer Pythons."
  echo "Install Python $NEWEST (e.g. 'pyenv install $NEWEST', 'apt install python$NEWEST python$NEWEST-venv',"
  echo "or python.org), then run make again, or pass it: make PYTHON=/path/to/python$NEWEST"
  echo "No install at all: open the course on Binder: $BINDER"
  exit 1
fi
[ "$KIND" = python ] && exit 0

# 2. Which Python made $VENV, and does its pip work? One line names an interpreter: its
# version and where it is installed (a venv's base_prefix is the Python it was made from).
IDENTITY='import os, platform, sys; print(platform.python_version() + " " + os.path.realpath(sys.base_prefix))'
WANTED=$("$PYTHON" -c "$IDENTITY")
VERSION=${WANTED%% *}   # 3.11.2
PYMINOR=${VERSION%.*}   # 3.11
ok() { [ -z "$CHECK_ONLY" ] || exit 1; }  # in --check mode, any change to make is a "no"

if [ -e "$VENV" ]; then
  HAVE=$("$VENV/bin/python" -c "$IDENTITY" 2>/dev/null) || HAVE=
  WHY=
  if [ -z "$HAVE" ]; then
    WHY="it has no working Python (half-built, or its Python was removed)"
  elif [ "$HAVE" != "$WANTED" ]; then
    WHY="it was made by Python $HAVE; this run uses Python $WANTED ($PYTHON)"
  elif ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    WHY="it has no working pip (half-built: stopped while it was being made)"
  fi
  if [ -n "$WHY" ]; then
    ok
    echo "Rebuilding $VENV: $WHY."
    rm -rf "$VENV"
  fi
fi

if [ ! -e "$VENV" ]; then
  ok
  echo "Creating $VENV with Python $WANTED ($PYTHON)"
  if ! "$PYTHON" -m venv "$VENV" || ! "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
    rm -rf "$VENV"
    echo
    echo "Could not create $VENV with $PYTHON (see the message above)."
    echo "What to do next: on Debian or Ubuntu, 'apt install python$PYMINOR-venv' gives this"
    echo "Python its venv module; then run make again."
    echo "Or use another Python: make PYTHON=/path/to/python$NEWEST; or Binder: $BINDER"
    exit 1
  fi
  # The setuptools that Python 3.11's venv adds serves nothing here (pip builds helpers in an
  # isolated environment with pyproject's pinned setuptools): 11 MiB less for every learner.
  "$VENV/bin/python" -m pip uninstall --disable-pip-version-check -y -q setuptools \
    >/dev/null 2>&1 || true
fi

# 3. The packages. The stamp holds a checksum of the requirement files and of the Python.
CHECKSUM=$( (cat $FILES; echo "$WANTED") | cksum)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$CHECKSUM" ]; then
  exit 0
fi
ok

REQUIREMENTS=requirements.txt
[ "$KIND" = test ] && REQUIREMENTS=requirements-dev.txt
rm -f "$VENV/.installed-lab" "$VENV/.installed-test"
echo "Installing $REQUIREMENTS into $VENV"
if ! "$VENV/bin/python" -m pip install --disable-pip-version-check -r "$REQUIREMENTS" \
    || ! "$VENV/bin/python" -m pip install --disable-pip-version-check --no-deps -e .; then
  echo
  echo "pip could not install $REQUIREMENTS into $VENV (its message is above)."
  echo "What to do next:"
  echo "  - a network error (connection, timeout, proxy): check the connection and run make again;"
  echo "    what pip already downloaded stays in its cache."
  echo "  - \"No matching distribution\" or \"requires a different Python\": this Python"
  echo "    ($WANTED) lacks a wheel the pins name; the course supports Python $NAMES"
  echo "    (requires-python \"$RANGE\"). Run make PYTHON=/path/to/python$NEWEST, or report the pin."
  echo "  - a compiler error (\"Failed building wheel\"): the pins are all wheels on Linux x86_64;"
  echo "    elsewhere install a compiler and Python's headers, or use Binder: $BINDER"
  echo "  - to start afresh: make clean, then make again."
  exit 1
fi
echo "$CHECKSUM" > "$STAMP"
# `test` installs everything `lab` needs: one stamp for each, both up to date.
if [ "$KIND" = test ]; then
  ( cat requirements.txt pyproject.toml; echo "$WANTED" ) | cksum > "$VENV/.installed-lab"
fi
