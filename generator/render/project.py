"""The ``pyproject.toml`` that makes a generated package installable: its distribution name,
a version saying both the Metabase release and mbgen's, its dependencies, and the black
settings its code is formatted with. Every value is computed here as a TOML literal."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator import __version__ as MBGEN_VERSION
from generator.core.model import ApiModel

# What a generated package needs at run time (typing_extensions: deprecated, TypedDict).
# The package's own folders: itself, its resources, its runtime.
SUBPACKAGES = ("", "resources", "_runtime")
DEPENDENCIES = ("requests>=2.28", "typing_extensions>=4.5")
# Optional extras: ``pip install '<dist>[async]'`` for AsyncClient.
OPTIONAL = (("async", ("httpx>=0.27",)),)


@dataclass(frozen=True)
class ProjectView:
    package: str
    package_literal: str
    packages: tuple[tuple[str, str], ...]  # (package literal, its folder literal)
    dist_name: str  # literal
    dist_version: str  # literal
    summary: str  # literal
    dependencies: tuple[str, ...]  # literals
    optional: tuple[tuple[str, tuple[str, ...]], ...]  # (extra, its dependencies), literals
    line_length: int
    build_base: str  # literal: setuptools' build folder, beside the package folder


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, for what json.dumps writes)."""
    return json.dumps(text, ensure_ascii=True)


def dist_version(metabase_version: str, mbgen_version: str = MBGEN_VERSION) -> str:
    """A PEP 440 version for the package: the Metabase release (its numbers; ``.dev0`` for a
    development or approximate one), and mbgen's version as a local label.

    ``0.49.3`` -> ``0.49.3+mbgen.0.2.0``; ``~0.43`` and ``0.59-dev`` -> ``0.43.dev0+...``.
    """
    m = re.match(r"^[~v]*(\d+(?:\.\d+)*)(.*)$", metabase_version.strip())
    numbers, rest = (m.group(1), m.group(2)) if m else ("0", "unknown")
    dev = ".dev0" if (rest or metabase_version.startswith("~")) else ""
    local = re.sub(r"[^a-z0-9]+", ".", f"mbgen {mbgen_version}".lower()).strip(".")
    return f"{numbers}{dev}+{local}"


def project_view(model: ApiModel, package: str, line_length: int) -> ProjectView:
    return ProjectView(
        package=package,
        package_literal=toml_string(package),
        packages=tuple(
            (toml_string(f"{package}{sub and '.' + sub}"), toml_string(sub or "."))
            for sub in SUBPACKAGES
        ),
        dist_name=toml_string(package.replace("_", "-")),
        dist_version=toml_string(dist_version(model.metabase_version)),
        summary=toml_string(f"Typed client for the Metabase {model.metabase_version} API"),
        dependencies=tuple(toml_string(d) for d in DEPENDENCIES),
        optional=tuple(
            (toml_string(extra), tuple(toml_string(d) for d in deps)) for extra, deps in OPTIONAL
        ),
        line_length=line_length,
        build_base=toml_string(f"../build/{package}"),
    )
