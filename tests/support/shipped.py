"""The client packages shipped in ``generated/``, as ``generated/sources.json`` lists them, and
where the docs each was built from are, for the tests that compare a package with its docs.

A package comes either from a folder of the corpus (``"corpus"``: its label under
``../shared/corpus``, or ``MBGEN_CORPUS``) or from a Metabase document the team sourced itself
from a public copy (``"source"``: repository, commit, path). Sourced documents are Metabase's,
so they stay out of the repository: the tests find them under ``MBGEN_SOURCED`` (one folder per
package name, holding the file as the source names it) and skip, saying why, without them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from support.corpus import CORPUS, REPO

GENERATED = REPO / "generated"
SOURCES = GENERATED / "sources.json"
SOURCED = Path(os.environ.get("MBGEN_SOURCED", REPO.parent / "sourced"))


def sources() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(SOURCES.read_text(encoding="utf-8"))
    return data


def shipped(openapi_only: bool = False) -> list[str]:
    """Package names, sorted; with ``openapi_only`` those built from an OpenAPI document."""
    return sorted(
        name
        for name, src in sources().items()
        if not openapi_only or src["format"].startswith("openapi")
    )


def docs_of(package: str) -> tuple[Path | None, str]:
    """The docs ``package`` was built from (a folder, or the sourced file when it is not named
    ``api.json``), or None and the reason they are absent."""
    src = sources()[package]
    if src.get("corpus"):
        folder = CORPUS / src["corpus"]
        if folder.is_dir():
            return folder, ""
        return None, f"{package}: corpus folder {folder} not found (set MBGEN_CORPUS)"
    origin = src["source"]
    folder = SOURCED / package
    name = Path(origin["path"]).name
    if (folder / name).is_file():
        return (folder if name == "api.json" else folder / name), ""
    return None, (
        f"{package}: its docs are not in the corpus; they are {origin['path']} of "
        f"{origin['repository']} at {origin['commit'][:12]}, expected in {folder} "
        "(set MBGEN_SOURCED; generated/README.md says how to fetch them)"
    )


def docs_params(packages: list[str]) -> list[Any]:
    """One pytest param per package: ``(package, docs)``, or a skip saying why."""
    params = []
    for package in packages:
        folder, why = docs_of(package)
        marks = [pytest.mark.skip(reason=why)] if folder is None else []
        params.append(pytest.param(package, folder, id=package, marks=marks))
    return params
