"""Python class names for the object schemas of an OpenAPI document (docs/typeddicts.md).

- A component schema (``metabase.actions.schema..action.for-update``) is named by the
  shortest tail of its dotted name, without the filler words ``metabase``, ``schema``,
  ``api``, ``models``, ``types``, ``impl``, that no other schema of the document shares:
  ``ActionForUpdate``; when two share it, both take one more word, and so on; a name shorter
  than four characters (``Ee``) takes one more word too.
- An inline object is named from where it is: its component's name, or the operation
  (method and the path's literal segments; past 24 characters only the first and last
  literal), then the property path (``Item`` for an array's
  items, ``Value`` for a map's values, ``Option<N>`` for a union's members): ``PostCardBody...``.
- Words are CamelCased (runs of letters and digits; an all-capitals run is capitalised:
  ``_BANG__EQ_`` gives ``BangEq``); a name that starts with a digit gets ``Schema`` in front.
- A name Python or the package already uses (``types.RESERVED_NAMES``, ``...Resource``) gets
  ``Schema`` appended; a name still taken gets ``_2``, ``_3``, ... in the order of the schemas'
  JSON pointers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.core import route
from generator.core import types as tx

_FILLER = frozenset({"metabase", "schema", "api", "models", "types", "impl"})
_SHORTEST = 4
_RUN = re.compile(r"[A-Za-z0-9]+")


def camel(words: Iterable[str]) -> str:
    out = []
    for word in words:
        for run in _RUN.findall(word):
            if run.isupper() and len(run) > 1:
                run = run.capitalize()
            out.append(run[:1].upper() + run[1:])
    return "".join(out)


def _segments(name: str) -> list[str]:
    segs = [s for s in name.split(".") if camel([s])]
    kept = [s for s in segs if s.lower() not in _FILLER]
    return kept or segs or ["schema"]


def _valid(name: str) -> str:
    if not name:
        name = "Schema"
    if name[0].isdigit():
        name = "Schema" + name
    if not tx.is_schema_name(name):
        name += "Schema"
    return name


def component_names(names: Iterable[str]) -> dict[str, str]:
    """Shortest unique tails of the components' dotted names, as class names."""
    segs = {n: _segments(n) for n in sorted(set(names))}
    k = {n: 1 for n in segs}
    while True:
        cand = {n: _valid(camel(segs[n][-k[n] :])) for n in segs}
        groups: dict[str, list[str]] = {}
        for n, c in cand.items():
            groups.setdefault(c, []).append(n)
        changed = False
        for n, c in cand.items():
            if len(c) < _SHORTEST and k[n] < len(segs[n]):  # "Ee": say more
                k[n] += 1
                changed = True
        for members in groups.values():
            if len(members) > 1:
                for n in members:
                    if k[n] < len(segs[n]):
                        k[n] += 1
                        changed = True
        if not changed:
            return cand


# An operation's words longer than this (CamelCased) keep the method, the first and the last
# literal segment only, so that names fit a line.
_OP_WORDS = 24


def _path_words(method: str, path: str) -> list[str]:
    """The method and the literal segments of the path (placeholders say nothing a reader
    needs in a type's name): ``PostCardQuery``; a long path keeps its first and last."""
    literals = [s for s in route.segments(path) if s != "api" and not route.is_placeholder(s)]
    words = [method.lower(), *literals]
    if len(camel(words)) > _OP_WORDS and len(literals) > 2:
        words = [method.lower(), literals[0], literals[-1]]
    return words


def assign(objects: list[tuple[str, tuple[str, ...]]], taken: Iterable[str] = ()) -> dict[str, str]:
    """Names for ``(pointer, words)`` pairs; words are ``("component", name, *path)``,
    ``("op", "METHOD path", *path)`` or ``("pointer", ref, *path)``."""
    comps = component_names(w[1] for _, w in objects if w[0] == "component")
    used = set(taken)
    out: dict[str, str] = {}
    ordered = sorted(objects, key=lambda o: (len(o[1]) > 2 or o[1][0] != "component", o[0]))
    for ptr, words in ordered:
        kind, root, rest = words[0], words[1], words[2:]
        if kind == "component":
            base = comps[root] + camel(rest)
        elif kind == "op":
            method, _, path = root.partition(" ")
            base = camel(_path_words(method, path)) + camel(rest)
        else:
            base = camel(root.split("/")[-1:]) + camel(rest)
        name = _valid(base)
        i = 2
        while name in used:
            name, i = f"{_valid(base)}_{i}", i + 1
        used.add(name)
        out[ptr] = name
    return out
