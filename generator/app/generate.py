"""``mbgen generate``: read a source, write its client package (or regenerate them all)."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from generator.app import DEFAULT_OUT
from generator.app import load as sources
from generator.core import naming
from generator.core.diagnostics import Diagnostics, InputError
from generator.readers.live.jar import docs_from_jar
from generator.render.output import Prepared, prepare_package, write_package

__all__ = ["DEFAULT_OUT", "generate", "generate_from_jar", "regenerate_all", "write_package"]
from generator.render.package import MARKER


def generate(
    source: str, version: str | None, out: Path, package: str | None, facts_only: bool
) -> tuple[Prepared, Diagnostics]:
    """The package for ``source``, rendered and checked but not written."""
    loaded = sources.load(source, version)
    model = loaded.model
    if version and model.metabase_version == "unknown":
        model = replace(model, metabase_version=version)
    if facts_only:
        model = model.without_prose()
    if package is None:
        if model.metabase_version == "unknown":
            raise InputError(
                source,
                0,
                "the docs give no version to name the package after: pass --version or --package",
                "no-package-name",
            )
        package = naming.package_name(model.metabase_version)
    return prepare_package(model, out, package), loaded.diagnostics


def regenerate_all(out: Path) -> list[Prepared]:
    """Every mbgen package under ``out``, rendered again from the model.json stored in it
    (all checked before any is written)."""
    if not out.is_dir():
        raise InputError(str(out), 0, "no such folder: nothing to regenerate", "missing")
    done = []
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        if not (folder / MARKER).is_file():
            continue
        loaded = sources.load(folder / sources.MODEL_FILE)
        done.append(prepare_package(loaded.model, out, folder.name))
    if not done:
        raise InputError(str(out), 0, "no mbgen-generated package in this folder", "missing")
    return done


def generate_from_jar(
    jar: Path, out: Path, package: str | None, version: str | None, facts_only: bool
) -> tuple[Prepared, Diagnostics]:
    """Run the jar's ``api-documentation`` in a scratch folder and generate from its docs."""
    with tempfile.TemporaryDirectory(prefix="mbgen-jar-") as tmp:
        docs, jar_version = docs_from_jar(jar, Path(tmp))
        return generate(str(docs), version or jar_version, out, package, facts_only)
