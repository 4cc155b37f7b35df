"""Normalising the answer facts (docs/answers.md) that ``ts/extract-types.js`` read from one
tree (:mod:`.answers_git`): valid Python names, reachable types only, the optionality and
literal rules; the type-string helpers the other rules use; writing the dataset."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .answers import ANSWER_FORMAT, TYPES_DIR

__all__ = [
    "Extraction",
    "dump_answers",
    "names_in",
    "normalise",
    "rename_in",
    "rename_types",
    "union_of",
    "widen_literals",
    "with_none",
]

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
    """Every type name made a valid schema name (CamelCase identifier, not reserved); the
    2016 Flow modules' ``...Object`` names (``CardObject``) lose the suffix where the plain
    name is free, as the later modules name them."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(ex.types):
        plain = name[: -len("Object")] if name.endswith("Object") else name
        if plain != name and plain and plain not in ex.types and plain not in taken:
            name_for = plain
        else:
            name_for = name
        new = _safe_name(name_for, taken)
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


def union_of(*texts: str) -> str:
    """The union of type strings: members deduplicated, literals merged (and dropped next to
    ``str``), ``Any`` absorbing all, ``None`` last."""
    members: list[str] = []
    literals: list[str] = []
    for text in texts:
        for m in split_union(text):
            if m.startswith("Literal["):
                literals += [v for v in m[len("Literal[") : -1].split(", ") if v not in literals]
            elif m not in members:
                members.append(m)
    if "Any" in members:
        return "Any"
    head = [f"Literal[{', '.join(sorted(literals))}]"] if literals and "str" not in members else []
    rest = [m for m in members if m != "None"]
    return " | ".join([*head, *rest, *(["None"] if "None" in members else [])])


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
    """The dataset as one document, each snapshot's types inline."""
    snaps = sorted(snapshots, key=lambda s: (s["date"], s["label"]))
    return _dump({"format": ANSWER_FORMAT, "snapshots": snaps})


def split_answers(snapshots: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The dataset as committed, by path relative to its folder: ``answers.json`` with each
    snapshot's types named by file, and that file (``answer-types/<commit>.json``)."""
    files: dict[str, str] = {}
    index = []
    for s in sorted(snapshots, key=lambda s: (s["date"], s["label"])):
        rel = f"{TYPES_DIR}/{s['commit'][:12]}.json"
        files[rel] = _dump({"format": ANSWER_FORMAT, "label": s["label"], "types": s["types"]})
        index.append({**s, "types": rel})
    files["answers.json"] = _dump({"format": ANSWER_FORMAT, "snapshots": index})
    return files


def _dump(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"
