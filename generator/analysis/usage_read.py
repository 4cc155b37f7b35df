"""Reading a user's files for the usage scan: which to parse, which generated packages they
import (usage_packages), then each file's scan (usage_files), in that order."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterable
from pathlib import Path

from generator.analysis.usage_calls import (
    FuncInfo,
    Scan,
    Surface,
    Unresolved,
    Value,
    python_files,
    statements,
)
from generator.analysis.usage_files import FileScanner
from generator.analysis.usage_packages import (
    OldSide,
    RouteKey,
    Site,
    import_sites,
    resolve,
    vendored_packages,
)

_IMPORTS = (ast.Import, ast.ImportFrom)
_TRIGGERS = ["lient", "/api", "requests", "httpx", "metabase", "_runtime", "ENDPOINTS"]


@dataclasses.dataclass
class _Parsed:
    path: Path
    src: list[str]
    tree: ast.Module


def _parse(path: Path, text: str, out: Scan) -> _Parsed | None:
    """The file's tree, or None (reported once, with its line) when it does not parse."""
    name = path.as_posix()
    try:
        tree = ast.parse(text, filename=name)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None) or 1
        msg = getattr(exc, "msg", None) or str(exc)
        out.errors.append(Unresolved(name, line, 1, "", f"not read: {msg}"))
        return None
    return _Parsed(path, text.splitlines(keepends=True), tree)


def scan(
    paths: Iterable[str | Path],
    surface: Surface,
    old: OldSide | None = None,
    route_key: RouteKey | None = None,
) -> Scan:
    """Read every file (no import, no execution) and find its calls to Metabase.

    Only files that mention a client module, ``Client``/``client``, requests, httpx or
    ``/api`` are parsed first; their imports decide which generated packages are OLD's
    (``old``); then the files that name a client another file made at module level
    (``from .conn import mb``) are parsed too. No other file can reach Metabase. Files
    inside a generated package found among ``paths`` are the client's, not the user's."""
    out = Scan()
    files = python_files(paths)
    vendored = vendored_packages(files)
    inside = set(vendored.values())
    files = [f for f in files if not inside & set(f.parents)]
    triggers = re.compile(
        "|".join([*_TRIGGERS, *map(re.escape, sorted(surface.packages))]), re.IGNORECASE
    )
    parsed: list[_Parsed] = []
    later: list[tuple[Path, str]] = []
    for path in files:
        out.files += 1
        text = path.read_text(encoding="utf-8", errors="replace")
        if triggers.search(text):
            p = _parse(path, text, out)
            if p is not None:
                parsed.append(p)
        else:
            later.append((path, text))
    if old is not None and route_key is not None:
        sites: list[Site] = []
        for p in parsed:
            nodes = [n for n in statements(p.tree.body) if isinstance(n, _IMPORTS)]
            sites += import_sites(p.path.as_posix(), nodes, p.src)
        found = resolve(sites, old, route_key, vendored)
        surface = dataclasses.replace(surface, packages=found.packages, foreign=found.foreign)
        out.not_checked = list(found.not_checked)
    _scan_parsed(parsed, later, surface, out)
    return out


def _scan_parsed(
    parsed: list[_Parsed], later: list[tuple[Path, str]], surface: Surface, out: Scan
) -> None:
    defs: dict[str, list[FuncInfo]] = {}
    exports: dict[str, dict[str, Value]] = {}
    scanners: list[tuple[FileScanner, ast.Module]] = []

    def prepare(p: _Parsed) -> None:
        sc = FileScanner(surface, p.path.as_posix(), p.src)
        for k, v in sc.prepare(p.tree).items():
            defs.setdefault(k, []).extend(v)
        scanners.append((sc, p.tree))
        stem = p.path.parent.name if p.path.stem == "__init__" else p.path.stem
        exports.setdefault(stem, {}).update(sc.exported(p.tree))

    for p in parsed:
        prepare(p)
    names = {n for made in exports.values() for n in made}
    if names:
        named = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names))) + r")\b")
        for path, text in later:
            if "import" in text and named.search(text):
                q = _parse(path, text, out)
                if q is not None:
                    prepare(q)
    for sc, tree in scanners:
        sc.defs, sc.exports = defs, exports
        sc.scan(tree)
        out.calls += sc.calls
        out.unresolved += sc.unresolved
        out.reads += sc.reads
    out.calls.sort(key=lambda c: (c.file, c.line, c.col))
    out.unresolved.sort(key=lambda u: (u.file, u.line, u.col))
    out.reads.sort(key=lambda r: (r.file, r.line, r.col))
    out.errors.sort(key=lambda u: (u.file, u.line))
