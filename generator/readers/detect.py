"""Which kind of documentation a path holds, and where its entry file is.

Kinds (see docs/formats.md): Markdown (``api-documentation.md``, one file or an index of
pages), OpenAPI (``api.json``, or ``api.html`` embedding or loading it), and a model JSON
written by ``mbgen model -o`` (alone, or as the ``model.json`` of a generated package).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from generator.core.diagnostics import InputError
from generator.readers.textio import read_text

INDEX = "api-documentation.md"
OPENAPI_JSON = "api.json"
OPENAPI_HTML = "api.html"
MODEL_FILE = "model.json"
_OPENAPI_KEYS = re.compile(r'\s*\{\s*"(openapi|components|info|paths|security|servers)"')


@dataclass(frozen=True)
class Found:
    kind: str  # "markdown", "openapi" or "model"
    path: Path
    text: str | None = None  # the text, when detection had to read it


def find_index(path: Path) -> Path:
    """The ``api-documentation.md`` under ``path`` (itself, beside it, or the shallowest one)."""
    if path.is_file():
        return path
    if not path.exists():
        raise InputError(str(path), 0, "no such file or folder", "missing")
    for cand in (path / INDEX, path / "docs" / INDEX):
        if cand.is_file():
            return cand
    found: list[tuple[int, str]] = []
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames.sort()
        if INDEX in filenames:
            rel = Path(dirpath, INDEX)
            found.append((len(rel.parts), str(rel)))
    if found:
        return Path(min(found)[1])
    if not any(path.iterdir()):
        raise InputError(str(path), 0, "empty folder: no API documentation in it", "empty")
    raise InputError(str(path), 0, f"no {INDEX} found in this folder", "not-docs")


def _openapi_in(folder: Path) -> Path | None:
    for cand in (folder, folder / "docs"):
        for name in (OPENAPI_JSON, OPENAPI_HTML):
            if (cand / name).is_file():
                return cand / name
    return None


def detect(path: Path) -> Found:
    """What ``path`` holds. Raises InputError when it holds no documentation at all."""
    if path.is_dir() and (path / MODEL_FILE).is_file() and not (path / INDEX).exists():
        return Found("model", path / MODEL_FILE)
    if path.is_file() and path.suffix == ".json":
        text = read_text(path, str(path))
        return Found("openapi" if _OPENAPI_KEYS.match(text) else "model", path, text)
    if path.is_file() and path.suffix in (".html", ".htm"):
        return Found("openapi", path)
    if path.is_dir() and not (path / INDEX).exists() and not (path / "docs" / INDEX).exists():
        found = _openapi_in(path)
        if found is not None:
            return Found("openapi", found)
    return Found("markdown", find_index(path))
