"""All-or-nothing writes for the tools that rewrite notebooks, and the error they stop with."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nbformat


class Problem(Exception):
    """Something in a lesson that stops a tool before it writes anything; says what and where."""


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """A notebook as nbformat.write stores it (validated, ending in a newline)."""
    nbformat.validate(nb)
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def write_all(contents: dict[Path, str]) -> None:
    """Write every file or none: each goes to a temporary file beside it first, and only when
    all are written are they renamed into place (a rename cannot leave half a file)."""
    temporary: dict[Path, Path] = {}
    try:
        for path, text in contents.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                            suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            temporary[path] = Path(name)
            if path.exists():
                os.chmod(name, path.stat().st_mode & 0o777)
            else:
                os.chmod(name, 0o644)
    except BaseException:
        for name in temporary.values():
            name.unlink(missing_ok=True)
        raise
    for path, name in temporary.items():
        os.replace(name, path)
