"""Reading one Metabase revision for the answer facts (docs/answers.md): its frontend tree
out of git into a temporary folder for ``ts/extract-types.js`` (run by Node), and the backend
sources (migrations, hydrate calls, malli schemas) the rules need."""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .answers_build import Extraction
from .hydrate import HYDRATED_BY, api_files_for, hydrated_keys
from .liquibase import Column, tables_from_changelogs
from .malli import column_fields, legacy_query_fields, mbql5_types

__all__ = [
    "TS_DIR",
    "checkout_roots",
    "commit_info",
    "extract_tree",
    "flow_as_typescript",
    "hydration_keys",
    "legacy_query_from_tree",
    "lib_column_from_tree",
    "mbql5_from_tree",
    "migration_tables",
    "run_node",
]

TS_DIR = Path(__file__).parent / "ts"

TS_ROOTS = ("frontend/src/metabase-types/api", "frontend/src/metabase/api")

FLOW_ROOTS = ("frontend/src/metabase-types/types", "frontend/src/metabase/meta/types")

MIGRATIONS = "resources/migrations/"
H2_INIT = "initialization/metabase_h2.sql"
LIB_SCHEMA = "src/metabase/lib/schema.cljc"

LIB_METADATA = "src/metabase/lib/schema/metadata.cljc"

LEGACY_SCHEMAS = (
    "src/metabase/legacy_mbql/schema.cljc",
    "src/metabase/mbql/schema.cljc",
    "shared/src/metabase/mbql/schema.cljc",
)


def run_node(root: Path, extra_roots: Iterable[str] = (), node: str = "node") -> Extraction:
    """Run ``ts/extract-types.js`` on a directory holding a frontend tree."""
    script = TS_DIR / "extract-types.js"
    proc = subprocess.run(
        [node, str(script), str(root), *sorted(set(extra_roots))],
        capture_output=True,
        check=False,
        cwd=TS_DIR,
    )
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{script.name} failed on {root}: {' / '.join(tail)}")
    out = json.loads(proc.stdout)
    return Extraction(out["routes"], out["types"], out["dropped"])


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True
    ).stdout


def flow_as_typescript(data: bytes) -> bytes:
    """A Flow type module in the syntax the TypeScript parser reads: exact object types
    ``{| ... |}`` become plain ones (``?T`` the parser reads itself, as ``T | null``)."""
    return data.replace(b"{|", b"{").replace(b"|}", b"}")


def checkout_roots(
    git_dir: str, commit: str, dest: Path, roots: Iterable[str], flow: bool = False
) -> int:
    """Write the files under ``roots`` at ``commit`` into ``dest``; returns how many.  With
    ``flow``, the ``.js`` files are written as ``.ts`` (:func:`flow_as_typescript`), and
    ``.ts`` files (the same folders after their move to TypeScript) are taken too."""
    out = _git(git_dir, "ls-tree", "-r", "-z", commit, "--", *roots)
    entries: list[tuple[str, str]] = []
    suffixes = (b".js", b".ts") if flow else (b".ts", b".tsx")
    for entry in out.split(b"\0"):
        meta, _, raw = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == b"blob" and raw.endswith(suffixes):
            entries.append((raw.decode(), parts[2].decode()))
    if not entries:
        return 0
    proc = subprocess.run(
        ["git", "--git-dir", git_dir, "cat-file", "--batch"],
        input="".join(f"{sha}\n" for _, sha in entries).encode(),
        capture_output=True,
        check=True,
    )
    data, pos = proc.stdout, 0
    for path, _ in entries:
        nl = data.index(b"\n", pos)
        header = data[pos:nl].split()
        if header[1] == b"missing":
            raise RuntimeError(f"{commit}:{path}: blob missing from {git_dir}")
        size = int(header[2])
        body = data[nl + 1 : nl + 1 + size]
        if flow and path.endswith(".js"):
            path, body = path[: -len(".js")] + ".ts", flow_as_typescript(body)
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        pos = nl + 1 + size + 1
    return len(entries)


def extract_tree(
    git_dir: str,
    commit: str,
    extra_roots: Iterable[str] = (),
    node: str = "node",
) -> tuple[Extraction, list[str]]:
    """The raw extraction of one revision and the sources read (``frontend-ts``, ``rtk-query``)."""
    with tempfile.TemporaryDirectory(prefix="mbgen-answers-") as tmp:
        root = Path(tmp)
        sources = []
        if checkout_roots(git_dir, commit, root, TS_ROOTS[:1]):
            sources.append("frontend-ts")
        if checkout_roots(git_dir, commit, root, FLOW_ROOTS, flow=True):
            sources.append("frontend-flow" if not sources else "frontend-ts-types")
        if not sources:
            return Extraction({}, {}, []), []
        if checkout_roots(git_dir, commit, root, TS_ROOTS[1:]):
            sources.append("rtk-query")
        ex = run_node(root, extra_roots, node)
    if not ex.routes and "rtk-query" in sources:
        sources.remove("rtk-query")
    return ex, sources


def migration_tables(git_dir: str, commit: str) -> dict[str, dict[str, Column]]:
    """The application tables at ``commit``, from ``resources/migrations/*.yaml`` (also in
    the per-release folders ``060/``..., and the early ``*.json`` changelogs), starting from
    the H2 dump of a new database when the legacy changelog is gone."""
    out = _git(git_dir, "ls-tree", "-r", "-z", commit, "--", MIGRATIONS)
    texts = []
    for entry in out.split(b"\0"):
        meta, _, raw = entry.partition(b"\t")
        parts = meta.split()
        path = raw.decode()
        rel = path[len(MIGRATIONS) :]
        top = rel.split("/")[0]
        changelog = rel.count("/") == 0 or (rel.count("/") == 1 and top.isdigit())
        sql = rel == H2_INIT
        wanted = sql or (changelog and path.endswith((".yaml", ".yml", ".json")))
        if len(parts) == 3 and parts[1] == b"blob" and wanted:
            data = _git(git_dir, "cat-file", "blob", parts[2].decode())
            texts.append((rel, data.decode("utf-8", "replace")))
    return tables_from_changelogs(texts)


def _show(git_dir: str, commit: str, path: str) -> str | None:
    try:
        return _git(git_dir, "show", f"{commit}:{path}").decode("utf-8", "replace")
    except subprocess.CalledProcessError:
        return None


def mbql5_from_tree(git_dir: str, commit: str) -> dict[str, dict[str, Any]]:
    """The MBQL 5 query types of the tree's ``src/metabase/lib/schema.cljc`` (or none)."""
    text = _show(git_dir, commit, LIB_SCHEMA)

    def loader(ns: str) -> str | None:
        base = "src/" + ns.replace(".", "/").replace("-", "_")
        return _show(git_dir, commit, base + ".cljc") or _show(git_dir, commit, base + ".clj")

    return mbql5_types(text, loader) if text is not None else {}


def legacy_query_from_tree(git_dir: str, commit: str) -> dict[str, list[dict[str, Any]]]:
    """The legacy MBQL query keys of the tree's schema namespace (the first that exists)."""
    for path in LEGACY_SCHEMAS:
        text = _show(git_dir, commit, path)
        if text is not None:
            return legacy_query_fields(text)
    return {}


def lib_column_from_tree(git_dir: str, commit: str) -> list[dict[str, Any]]:
    """The column metadata keys of the tree's ``src/metabase/lib/schema/metadata.cljc``."""
    text = _show(git_dir, commit, LIB_METADATA)
    return column_fields(text) if text is not None else []


def hydration_keys(git_dir: str, commit: str) -> dict[str, set[str]]:
    """Per frontend type name, the keys its API namespace hydrates (:mod:`.hydrate`)."""
    out = _git(git_dir, "ls-tree", "-r", "-z", commit, "--", "src/")
    blobs: dict[str, str] = {}
    for entry in out.split(b"\0"):
        meta, _, raw = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == b"blob" and raw.endswith(b".clj"):
            blobs[raw.decode()] = parts[2].decode()
    cache: dict[str, set[str]] = {}
    keys: dict[str, set[str]] = {}
    for name in HYDRATED_BY:
        found: set[str] = set()
        for path in api_files_for(name, blobs):
            if path not in cache:
                text = _git(git_dir, "cat-file", "blob", blobs[path]).decode("utf-8", "replace")
                cache[path] = hydrated_keys(text)
            found |= cache[path]
        if found:
            keys[name] = found
    return keys


def commit_info(git_dir: str, rev: str) -> tuple[str, str]:
    out = _git(git_dir, "log", "-1", "--format=%H %cs", f"{rev}^{{commit}}", "--").decode()
    commit, day = out.split()
    return commit, day
