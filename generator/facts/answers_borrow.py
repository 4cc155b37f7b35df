"""Routes one snapshot lacks, taken from the nearest snapshot that has them (docs/answers.md):
the answer type is the tree's own type of that name where it defines one, else the other
snapshot's definition (and, the same way, the types it refers to)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .answers import _shape
from .answers_build import Extraction, names_in, reachable

__all__ = ["BORROWED", "borrow_routes", "derived_routes"]

# Marks a type copied from another snapshot until the cross-snapshot rules have run.
BORROWED = "borrowed"

# The frontend reads the root collection through the ``:id`` routes with the id "root".
_DERIVED = (
    ("GET /api/collection/:id", "GET /api/collection/root"),
    ("GET /api/collection/:id/items", "GET /api/collection/root/items"),
)


def _route_shape(key: str) -> tuple[str, str]:
    method, _, path = key.partition(" ")
    return method, _shape(path)


def _copy_types(names: set[str], types: dict[str, Any], source: dict[str, Any]) -> bool:
    """Add to ``types`` the definitions of ``names`` it lacks, from ``source``; False when
    one is defined nowhere."""
    todo = [n for n in sorted(names) if n not in types]
    while todo:
        n = todo.pop()
        if n in types:
            continue
        if n not in source:
            return False
        t = source[n]
        types[n] = {**t, BORROWED: True}
        refs = set(t.get("union", ())) if "union" in t else names_in(t.get("alias", ""))
        for f in t.get("fields", ()):
            refs |= names_in(f["type"])
        if t.get("additional"):
            refs |= names_in(t["additional"])
        todo.extend(sorted(r for r in refs if r not in types))
    return True


def _mostly_own(value: str, trial: dict[str, Any], own: dict[str, Any], nearest: bool) -> bool:
    """Whether the tree defines at least as many of the types the answer reaches as it
    borrows, or (from the nearest snapshot) it borrows at most two: a wrapper such as a page
    of items, a small shape; not a whole foreign family of shapes."""
    reach = reachable({"": value}, trial)
    mine = len(reach & own.keys())
    borrowed = len(reach) - mine
    return borrowed <= mine or (nearest and borrowed <= 2)


def derived_routes(routes: dict[str, str]) -> dict[str, str]:
    out = dict(routes)
    for src, dst in _DERIVED:
        if src in routes and dst not in routes:
            out[dst] = routes[src]
    return out


def borrow_routes(
    snap: dict[str, Any],
    full: Extraction,
    others: Sequence[dict[str, Any]],
    copy: bool = True,
) -> dict[str, Any]:
    """``snap`` (its own routes) with the routes of ``others`` (nearest first) it lacks.
    ``full`` holds every type the tree defines (not pruned).  Without ``copy`` (a tree of
    the Flow era, years older than any tree with routes), only routes whose every type the
    tree defines itself are taken."""
    types = dict(full.types)
    routes = dict(snap["routes"])
    shapes = {_route_shape(k) for k in routes}
    borrowed = False
    nearest_own = next((o for o in others if "rtk-query" in o["sources"]), None)
    for rank, other in enumerate(others):
        for key in sorted(other["routes"]):
            shape = _route_shape(key)
            if shape in shapes:
                continue
            value = other["routes"][key]
            names = names_in(value)
            if not names or (not copy and not names <= types.keys()):
                continue  # a structural answer (list[str]) says nothing of this tree
            trial = dict(types)
            if _copy_types(names_in(value), trial, other["types"]) and _mostly_own(
                value, trial, full.types, nearest=rank == 0 or other is nearest_own
            ):
                types = trial
                routes[key] = value
                shapes.add(shape)
                borrowed = True
    routes = derived_routes(routes)
    keep = reachable(routes, types)
    sources = set(snap["sources"]) | ({"routes-of-nearest"} if borrowed else set())
    return {
        **snap,
        "sources": sorted(sources),
        "routes": {k: routes[k] for k in sorted(routes)},
        "types": {n: types[n] for n in sorted(keep)},
    }
