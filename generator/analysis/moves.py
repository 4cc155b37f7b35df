"""Endpoints that moved: gone from OLD's route, the same operation at another one in NEW.

A removed endpoint and an added one are a move when they have the same method and the same
trailing path (the segments after the namespace, every placeholder alike), and either their
namespaces have one stem (``ee/document`` and ``document``; ``metabot-v3`` and ``metabot``;
``transform`` and ``transforms``; ``preview_embed`` and ``preview-embed``), or they are the
only pair of that method and trailing path on either side, with a literal trailing segment
and the same parameters. Each endpoint moves at most once; a removed endpoint with two
equally good candidates does not move. The rule is documented in docs/diff.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.core.model import PATH, Endpoint

_VERSION_SUFFIX = re.compile(r"-v\d+$")


def split_route(path: str, shape: Callable[[str], str]) -> tuple[str, str]:
    """(namespace segment, trailing path shape): ``/api/ee/document/:id`` ->
    (``document``, ``/:_``); the ``/api`` and ``/api/ee`` prefixes are not part of either."""
    segs = [s for s in shape(path).split("/") if s]
    if segs[:1] == ["api"]:
        segs = segs[1:]
    if segs[:1] == ["ee"] and len(segs) > 1:
        segs = segs[1:]
    if not segs:
        return "", ""
    return segs[0], "/" + "/".join(segs[1:])


def stem(namespace: str) -> str:
    """``metabot-v3`` -> ``metabot``, ``transforms`` -> ``transform``, ``preview_embed`` ->
    ``preview-embed``."""
    s = _VERSION_SUFFIX.sub("", namespace.lower().replace("_", "-"))
    return s[:-1] if s.endswith("s") and len(s) > 3 else s


def _params(e: Endpoint) -> frozenset[str]:
    return frozenset(".".join(p.wire_path) for p in e.params if p.location != PATH)


def find_moves(
    removed: list[Endpoint], added: list[Endpoint], shape: Callable[[str], str]
) -> tuple[list[tuple[Endpoint, Endpoint]], list[Endpoint], list[Endpoint]]:
    """(moves as (old, new), removed left, added left), in the order given."""
    keyed_new: dict[tuple[str, str], list[Endpoint]] = {}
    for e in added:
        _, tail = split_route(e.path, shape)
        keyed_new.setdefault((e.method, tail), []).append(e)
    keyed_old: dict[tuple[str, str], list[Endpoint]] = {}
    for e in removed:
        _, tail = split_route(e.path, shape)
        keyed_old.setdefault((e.method, tail), []).append(e)
    taken: set[int] = set()
    moves: list[tuple[Endpoint, Endpoint]] = []
    for e in removed:
        ns, tail = split_route(e.path, shape)
        cands = [c for c in keyed_new.get((e.method, tail), []) if id(c) not in taken]
        same_stem = [c for c in cands if stem(split_route(c.path, shape)[0]) == stem(ns)]
        if len(same_stem) == 1:
            best = same_stem[0]
        elif not same_stem and _lone_pair(e, cands, keyed_old[(e.method, tail)], tail):
            best = cands[0]
        else:
            continue
        taken.add(id(best))
        moves.append((e, best))
    moved_old = {id(a) for a, _ in moves}
    rest_old = [e for e in removed if id(e) not in moved_old]
    rest_new = [e for e in added if id(e) not in taken]
    return moves, rest_old, rest_new


def _lone_pair(e: Endpoint, cands: list[Endpoint], olds: list[Endpoint], tail: str) -> bool:
    """The only removed and the only added endpoint of this method and trailing path, with
    a literal trailing segment and the same parameters."""
    literal = any(s and not s.startswith(":") for s in tail.split("/"))
    return literal and len(cands) == 1 and len(olds) == 1 and _params(cands[0]) == _params(e)
