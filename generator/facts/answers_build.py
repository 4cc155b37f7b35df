"""Building the answer facts (docs/answers.md): one Metabase revision's frontend types and
RTK Query routes, read by ``ts/extract-types.js`` (the TypeScript compiler, run by Node), then
normalised here: valid Python names, reachable types only, the optionality rules."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .answers import ANSWER_FORMAT
from .hydrate import HYDRATED_BY, api_files_for, hydrated_keys
from .liquibase import Column, tables_from_changelogs
from .malli import column_fields, mbql5_types

__all__ = [
    "TS_DIR",
    "TS_ROOTS",
    "Extraction",
    "dump_answers",
    "extract_tree",
    "names_in",
    "normalise",
    "rename_types",
    "run_node",
]

TS_DIR = Path(__file__).parent / "ts"
TS_ROOTS = ("frontend/src/metabase-types/api", "frontend/src/metabase/api")
FLOW_ROOTS = ("frontend/src/metabase-types/types", "frontend/src/metabase/meta/types")
LIB_SCHEMA = "src/metabase/lib/schema.cljc"
LIB_METADATA = "src/metabase/lib/schema/metadata.cljc"
_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
_PRIMITIVE = {"Any", "None", "Literal"}
# Names a generated package uses itself (docs/typeddicts.md): never a type's name.
_RESERVED = {
    "Any", "None", "True", "False", "Literal", "List", "IO", "NotRequired", "Required",
    "TypedDict", "Mapping", "Iterable", "Iterator", "Sequence", "Optional", "Union", "Dict",
    "Tuple", "Type", "Callable", "Client", "BaseClient", "Resource", "UNSET", "Unset",
    "Timeout", "FileTarget", "ENDPOINTS", "EndpointInfo", "MetabaseError", "ApiError",
    "AuthenticationError", "BadRequest", "ConnectionFailed", "NotFound", "PermissionDenied",
    "RateLimited", "RequestTimeout", "ServerError",
}  # fmt: skip
_CAMEL = re.compile(r"^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$")


@dataclass
class Extraction:
    """What the Node script read from one tree (types not yet pruned)."""

    routes: dict[str, str]
    types: dict[str, dict[str, Any]]
    dropped: list[str]


def _code_parts(text: str) -> list[tuple[bool, str]]:
    """``text`` split into (is_code, piece): the quoted literal values are not code."""
    out: list[tuple[bool, str]] = []
    for i, piece in enumerate(re.split(r"('(?:[^'\\]|\\.)*')", text)):
        out.append((i % 2 == 0, piece))
    return out


def names_in(text: str) -> set[str]:
    """The type names a type string refers to."""
    found: set[str] = set()
    for code, piece in _code_parts(text):
        if code:
            found.update(n for n in _NAME.findall(piece) if n not in _PRIMITIVE)
    return found


def rename_in(text: str, mapping: Mapping[str, str]) -> str:
    return "".join(
        _NAME.sub(lambda m: mapping.get(m.group(0), m.group(0)), piece) if code else piece
        for code, piece in _code_parts(text)
    )


def _safe_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "", name) or "Shape"
    if not base[0].isupper():
        base = base[0].upper() + base[1:] if base[0].isalpha() else "T" + base
    if base in _RESERVED or base.endswith("Resource"):
        base += "Shape"
    out, i = base, 2
    while out in taken:
        out, i = f"{base}{i}", i + 1
    return out


def rename_types(ex: Extraction) -> Extraction:
    """Every type name made a valid schema name (CamelCase identifier, not reserved)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(ex.types):
        new = name if name == _safe_name(name, taken) else _safe_name(name, taken)
        mapping[name] = new
        taken.add(new)

    def fix(t: dict[str, Any]) -> dict[str, Any]:
        if "alias" in t:
            return {"alias": rename_in(t["alias"], mapping)}
        if "union" in t:
            out: dict[str, Any] = {"union": sorted(mapping.get(u, u) for u in t["union"])}
            if t.get("tag"):
                out["tag"] = t["tag"]
            return out
        fields = [
            {**f, "type": rename_in(f["type"], mapping)}
            for f in sorted(t["fields"], key=lambda f: f["key"])
        ]
        add = t.get("additional")
        out = {"fields": fields, "additional": None if add is None else rename_in(add, mapping)}
        if t.get("brand"):
            out["brand"] = t["brand"]
        return out

    return Extraction(
        {k: rename_in(v, mapping) for k, v in ex.routes.items()},
        {mapping[n]: fix(t) for n, t in ex.types.items()},
        ex.dropped,
    )


def _refs_of(t: Mapping[str, Any]) -> set[str]:
    if "alias" in t:
        return names_in(t["alias"])
    if "union" in t:
        return set(t["union"])
    out: set[str] = set()
    for f in t["fields"]:
        out |= names_in(f["type"])
    if t.get("additional"):
        out |= names_in(t["additional"])
    return out


def reachable(routes: Mapping[str, str], types: Mapping[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = deque(n for v in routes.values() for n in names_in(v))
    while todo:
        n = todo.popleft()
        if n in seen or n not in types:
            continue
        seen.add(n)
        todo.extend(_refs_of(types[n]) - seen)
    return seen


def with_none(text: str) -> str:
    """``text`` admitting None."""
    if text in ("Any", "None") or "None" in split_union(text):
        return text
    return f"{text} | None"


def split_union(text: str) -> list[str]:
    """The top-level members of a union type string."""
    parts, depth, cur, quote = [], 0, "", False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "[":
            depth += 1
        elif not quote and ch == "]":
            depth -= 1
        elif not quote and depth == 0 and text.startswith(" | ", i):
            parts.append(cur)
            cur, i = "", i + 3
            continue
        cur += ch
        i += 1
    return [*parts, cur]


MAX_LITERALS = 8


def _bracket(text: str, start: int) -> int:
    """The index of the ``]`` closing the ``[`` at ``start``."""
    depth, quote = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "'":
            quote = not quote
        elif not quote and ch == "[":
            depth += 1
        elif not quote and ch == "]":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced type string: {text!r}")


def widen_literals(text: str, in_list: bool = False) -> str:
    """Literal unions of more than :data:`MAX_LITERALS` values, and literals that are list
    items (sets of features, models, units), become ``str``: the backend sends values the
    frontend's union does not list."""
    out: list[str] = []
    for member in split_union(text):
        if member.startswith("Literal["):
            values = member[len("Literal[") : -1].split(", ")
            out.append("str" if in_list or len(values) > MAX_LITERALS else member)
        elif member.startswith(("list[", "dict[str, ")):
            head = member[: member.index("[") + 1]
            if head == "dict[":
                head = "dict[str, "
            inner = member[len(head) : _bracket(member, member.index("["))]
            out.append(f"{head}{widen_literals(inner, in_list=head == 'list[')}]")
        else:
            out.append(member)
    unique = list(dict.fromkeys(out))
    if "str" in unique:
        unique = [m for m in unique if not m.startswith("Literal[")]
    return " | ".join(unique)


def _optionality(f: dict[str, Any]) -> dict[str, Any]:
    """A camelCase key (a frontend-only property) is never required; a key that is not
    required admits None (the server writes absent values as null as often as it omits them);
    literal unions widened (:func:`widen_literals`)."""
    required = f["required"] and not _CAMEL.match(f["key"])
    text = widen_literals(f["type"])
    return {**f, "required": required, "type": text if required else with_none(text)}


def normalise(ex: Extraction, prune: bool = True) -> Extraction:
    """Renamed, with the optionality rule applied (a camelCase key, a frontend-only
    property, is never required), the routes whose types are all defined, and (``prune``)
    only the types those routes reach."""
    ex = rename_types(ex)
    types: dict[str, dict[str, Any]] = {}
    for name in sorted(ex.types):
        t = ex.types[name]
        if "fields" in t:
            add = t.get("additional")
            t = {
                **t,
                "fields": [_optionality(f) for f in t["fields"]],
                "additional": None if add is None else widen_literals(add),
            }
        elif "alias" in t:
            t = {**t, "alias": widen_literals(t["alias"])}
        types[name] = t
    routes = {
        k: v for k, v in ex.routes.items() if names_in(v) <= types.keys() and v not in _UNTYPED
    }
    if prune:
        keep = reachable(routes, types)
        types = {n: t for n, t in types.items() if n in keep}
    return Extraction(routes, types, ex.dropped)


_UNTYPED = {"Any", "None", "dict[str, Any]", "list[Any]", "Any | None"}


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
    """The application tables at ``commit``, from ``resources/migrations/*.yaml``."""
    out = _git(git_dir, "ls-tree", "-z", commit, "--", "resources/migrations/")
    texts = []
    for entry in out.split(b"\0"):
        meta, _, raw = entry.partition(b"\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == b"blob" and raw.endswith((b".yaml", b".yml")):
            data = _git(git_dir, "cat-file", "blob", parts[2].decode())
            texts.append((raw.decode(), data.decode("utf-8", "replace")))
    return tables_from_changelogs(texts)


def _show(git_dir: str, commit: str, path: str) -> str | None:
    try:
        return _git(git_dir, "show", f"{commit}:{path}").decode("utf-8", "replace")
    except subprocess.CalledProcessError:
        return None


def mbql5_from_tree(git_dir: str, commit: str) -> dict[str, dict[str, Any]]:
    """The MBQL 5 query types of the tree's ``src/metabase/lib/schema.cljc`` (or none)."""
    text = _show(git_dir, commit, LIB_SCHEMA)
    return mbql5_types(text) if text is not None else {}


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


def snapshot_json(
    repo: str, commit: str, day: str, version: str, sources: list[str], ex: Extraction
) -> dict[str, Any]:
    return {
        "label": f"v{version} {repo}@{commit[:10]}",
        "repo": repo,
        "commit": commit,
        "date": day,
        "version": version,
        "sources": sorted(sources),
        "types": {n: ex.types[n] for n in sorted(ex.types)},
        "routes": {k: ex.routes[k] for k in sorted(ex.routes)},
    }


def dump_answers(snapshots: Iterable[Mapping[str, Any]]) -> str:
    snaps = sorted(snapshots, key=lambda s: (s["date"], s["label"]))
    return (
        json.dumps({"format": ANSWER_FORMAT, "snapshots": snaps}, indent=1, sort_keys=True) + "\n"
    )
