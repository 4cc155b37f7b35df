"""Which generated client packages a user's code imports, and which of them are OLD's.

A package is one mbgen generated when its name is ``metabase_v...``, when the code imports
its ``_runtime``, ``_endpoints`` or ``ENDPOINTS``, or when it can be found (in the scanned
folders, in ``generated/``, or installed) and holds the ``MBGEN_GENERATED`` marker, an
``_endpoints.py`` with ``ENDPOINTS`` or a ``_runtime`` package. It is OLD's when it has a
name OLD gives (the OLD package's folder, ``--old-package``, the name of OLD's version), or
when it was found and documents OLD's routes exactly (or OLD's version). Any other generated
package is *not checked*: the scan says so in one line naming the import and the flag that
settles it, and ``--fail-on`` fails (docs/diff.md).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MARKER = "MBGEN_GENERATED"
_VERSIONED = re.compile(r"metabase_v\d[0-9A-Za-z_]*\Z")
_GENERATED_PARTS = {"_runtime", "_endpoints"}
_GENERATED_NAMES = {"ENDPOINTS", "EndpointInfo", "METABASE_VERSION"}
_ROUTE = re.compile(r'EndpointInfo\(\s*"([A-Z]+)",\s*"([^"]+)"')
_VERSION = re.compile(r'^METABASE_VERSION = "([^"]*)"', re.M)
RouteKey = Callable[[str, str], tuple[str, str]]


@dataclass(frozen=True)
class NotChecked:
    """An import of a generated client the scan cannot tie to OLD."""

    file: str
    line: int
    text: str  # the import statement as written
    reason: str  # what is known, and the flag that settles it


@dataclass(frozen=True)
class OldSide:
    """What tells OLD's client apart: its names, version and routes."""

    version: str | None  # None when OLD's docs carry no version
    names: frozenset[str]  # package names known to be OLD's
    routes: frozenset[tuple[str, str]]  # (method, path key)
    search: tuple[Path, ...] = ()  # folders holding generated packages (``generated/``)
    new_routes: frozenset[tuple[str, str]] = frozenset()  # NEW's, to name NEW's client


@dataclass(frozen=True)
class Site:
    parts: tuple[str, ...]  # the imported module's dotted parts
    file: str
    line: int
    text: str
    evidence: bool  # the import itself shows a generated package (_runtime, ENDPOINTS)


def version_of_name(name: str) -> str | None:
    """``metabase_v0_49`` -> ``0.49``: the release a package's default name gives."""
    if not _VERSIONED.match(name):
        return None
    return name[len("metabase_v") :].replace("_", ".")


def import_sites(file: str, nodes: Iterable[ast.stmt], src: list[str]) -> Iterator[Site]:
    """Every absolute import among a file's statements."""
    for node in nodes:
        mods: list[tuple[str, tuple[str, ...]]]
        if isinstance(node, ast.Import):
            mods = [(a.name, ()) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            mods = [(node.module, tuple(a.name for a in node.names))]
        else:
            continue
        text = " ".join(src[node.lineno - 1].split()) if node.lineno <= len(src) else ""
        for module, names in mods:
            parts = module.split(".")
            evidence = bool(_GENERATED_PARTS & {*parts, *names} or _GENERATED_NAMES & {*names})
            yield Site(tuple(parts), file, node.lineno, text, evidence)


def package_of(parts: tuple[str, ...], vendored: dict[str, Path]) -> str:
    """Which dotted part names the package: one found vendored in the scanned folders, one
    named metabase_v..., the part before ``_runtime``/``_endpoints``, else the first."""
    for p in parts:
        if p in vendored or _VERSIONED.match(p):
            return p
    for before, p in zip(parts, parts[1:], strict=False):
        if p in _GENERATED_PARTS:
            return before
    return parts[0]


def _locate(name: str, search: Iterable[Path]) -> Path | None:
    """The folder of a top-level package: in ``search`` first, then where Python finds it
    (without importing it)."""
    for folder in search:
        if (folder / name / "__init__.py").is_file():
            return folder / name
    if name in sys.stdlib_module_names:
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


def vendored_packages(files: Iterable[Path]) -> dict[str, Path]:
    """Generated packages inside the scanned folders (their folder holds the marker)."""
    out: dict[str, Path] = {}
    for folder in {f.parent for f in files}:
        if (folder / MARKER).is_file():
            out[folder.name] = folder
    return out


def is_generated(folder: Path) -> bool:
    if (folder / MARKER).is_file() or (folder / "_runtime" / "__init__.py").is_file():
        return True
    endpoints = folder / "_endpoints.py"
    return endpoints.is_file() and "ENDPOINTS" in endpoints.read_text(errors="replace")


def _facts(folder: Path) -> tuple[str | None, frozenset[tuple[str, str]]]:
    """A found package's Metabase version and its routes (method, path as written)."""
    init = folder / "__init__.py"
    m = _VERSION.search(init.read_text(errors="replace")) if init.is_file() else None
    eps = folder / "_endpoints.py"
    text = eps.read_text(errors="replace") if eps.is_file() else ""
    routes = frozenset(_ROUTE.findall(text)) or _model_routes(folder / "model.json")
    return (m.group(1) if m else None), routes


def _model_routes(path: Path) -> frozenset[tuple[str, str]]:
    """The routes of the model.json a package ships, when its ENDPOINTS cannot be read."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        return frozenset()
    eps = doc.get("endpoints") if isinstance(doc, dict) else None
    out: set[tuple[str, str]] = set()
    for e in eps if isinstance(eps, list) else []:
        method, route = (e.get("method"), e.get("path")) if isinstance(e, dict) else (None, None)
        if isinstance(method, str) and isinstance(route, str):
            out.add((method, route))
    return frozenset(out)


@dataclass(frozen=True)
class Resolved:
    packages: frozenset[str]  # OLD's client packages
    foreign: frozenset[str]  # generated packages that are not OLD's: their Client is not OLD's
    not_checked: tuple[NotChecked, ...]


def resolve(
    sites: Iterable[Site], old: OldSide, route_key: RouteKey, vendored: dict[str, Path]
) -> Resolved:
    """Sort the generated packages the code imports into OLD's and the others."""
    ours, foreign = set(old.names), set()
    if old.version is not None:
        ours.add(_default_name(old.version))
    first: dict[str, Site] = {}
    for s in sites:
        top = package_of(s.parts, vendored)
        if top in ours:
            continue
        prev = first.get(top)
        if prev is None or (s.evidence and not prev.evidence):
            first[top] = s
    notes: list[NotChecked] = []
    old_routes = {route_key(m, p) for m, p in old.routes}
    for name, site in sorted(first.items()):
        folder = vendored.get(name)
        if folder is None and _worth_locating(name, site):
            folder = _locate(name, old.search)
        generated = folder is not None and is_generated(folder)
        if not (generated or site.evidence or version_of_name(name)):
            continue
        why = _why_not(name, folder if generated else None, old, old_routes, route_key)
        if why is None:
            ours.add(name)
        else:
            foreign.add(name)
            notes.append(NotChecked(site.file, site.line, site.text, why))
    notes.sort(key=lambda n: (n.file, n.line))
    return Resolved(frozenset(ours), frozenset(foreign), tuple(notes))


def _worth_locating(name: str, site: Site) -> bool:
    named = "Client" in site.text or "metabase" in name.lower()
    return site.evidence or bool(version_of_name(name)) or named


def _default_name(version: str) -> str:
    core = re.sub(r"[^A-Za-z0-9]+", "_", version.lstrip("vV")).strip("_").lower()
    return f"metabase_v{core}" if core else "metabase"


def _why_not(
    name: str,
    folder: Path | None,
    old: OldSide,
    old_routes: set[tuple[str, str]],
    route_key: RouteKey,
) -> str | None:
    """None when the package is OLD's; else why not, with the flag that settles it."""
    settle = f"--old-package {name} if it is OLD's client"
    if folder is not None:
        version, routes = _facts(folder)
        if routes and {route_key(m, p) for m, p in routes} == old_routes:
            return None
        if version is not None and version == old.version:
            return None
        keys = {route_key(m, p) for m, p in routes}
        if routes and keys == {route_key(m, p) for m, p in old.new_routes}:
            return f"{name} is NEW's client ({folder}): its calls are not checked against OLD"
        said = f"generated for Metabase {version}" if version else "a generated client"
        where = f"{said} ({folder}, {len(routes)} routes; OLD documents {len(old_routes)})"
        return f"{name} is {where}: its calls are not checked; {settle}"
    guess = version_of_name(name)
    if old.version is None:
        flag = f"--old-version {guess} (or --old-package {name})" if guess else settle
        return (
            f"{name} is a generated client, but OLD's docs carry no version, so it cannot "
            f"be tied to OLD: its calls are not checked; give {flag}"
        )
    said = f"a client of Metabase {guess}" if guess else "a generated client"
    return f"{name} is {said}, not of OLD ({old.version}): its calls are not checked; {settle}"
