"""Helpers to generate a client package into a temporary folder and import it."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from generator.app import generate
from generator.app import load as sources
from generator.core.model import ApiModel


def generate_into(
    source: Path | str, out: Path, version: str | None = None, package: str | None = None
) -> Path:
    written, _ = generate.generate(str(source), version, out, package, facts_only=False)
    return written.write().path


def import_package(out: Path, package: str) -> ModuleType:
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module(package)


def schemas_package(tmp_path: Path, name: str, model: ApiModel) -> ModuleType:
    """Only the ``_schemas`` module of ``model``'s package (its TypedDicts), imported."""
    from generator.render import typeddicts
    from generator.render.package import format_python

    source = typeddicts.render_schemas(model)
    assert source is not None
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "_schemas.py").write_text(format_python(source))
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(f"{name}._schemas")
    finally:
        sys.path.remove(str(tmp_path))


def model_of(source: Path | str, version: str | None = None) -> ApiModel:
    return sources.load(source, version).model
