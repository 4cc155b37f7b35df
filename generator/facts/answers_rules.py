"""The rules that settle what one snapshot's frontend types leave open (docs/answers.md,
"Rules"), applied across the built snapshots."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .answers import answer_minor
from .answers_borrow import BORROWED
from .answers_build import names_in, union_of, widen_literals, with_none

__all__ = ["apply_cross_snapshot_rules"]


def _required_keys(snap: dict[str, Any], name: str) -> set[str] | None:
    """The keys a neighbour's type of that name requires; none for a type the neighbour only
    copied from another snapshot (no evidence of what its release sends)."""
    t = snap["types"].get(name)
    if t is None or "fields" not in t:
        return None
    if t.get(BORROWED):
        return set()
    return {f["key"] for f in t["fields"] if f["required"]}


def _unmarked(snap: dict[str, Any]) -> dict[str, Any]:
    types = {n: {k: v for k, v in t.items() if k != BORROWED} for n, t in snap["types"].items()}
    return {**snap, "types": types}


def apply_cross_snapshot_rules(snaps: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two rules between neighbouring snapshots (in version order):

    * a snapshot keeps the keys of its older neighbour's types (:func:`_keep_older_keys`);
    * a key stays required only if each neighbour (before and after) that has a type of the
      same name requires it too: servers of the releases between two snapshots may not send
      a key one of them lacks.  A type a snapshot copied from another one (rule 1) requires
      nothing, and is no evidence for its neighbours either."""
    order = sorted(
        range(len(snaps)), key=lambda i: (answer_minor(snaps[i]["version"]) or 0, snaps[i]["date"])
    )
    out = [dict(s) for s in snaps]
    for pos, i in enumerate(order):
        if pos > 0:
            out[i] = _keep_older_keys(snaps[i], snaps[order[pos - 1]])
    for pos, i in enumerate(order):
        neighbours = [snaps[order[j]] for j in (pos - 1, pos + 1) if 0 <= j < len(order)]
        types = {}
        for name, t in out[i]["types"].items():
            if "fields" in t:
                others = [k for k in (_required_keys(n, name) for n in neighbours) if k is not None]
                if t.get(BORROWED):
                    others.append(set())  # copied from another release: requires nothing
                t = {
                    **t,
                    "fields": [_demote(f, all(f["key"] in o for o in others)) for f in t["fields"]],
                }
            types[name] = t
        out[i]["types"] = types
    return [_unmarked(s) for s in out]


def _demote(f: dict[str, Any], agreed: bool) -> dict[str, Any]:
    if not f["required"] or agreed:
        return f
    return {**f, "required": False, "type": with_none(f["type"])}


def _keep_older_keys(snap: dict[str, Any], older: dict[str, Any]) -> dict[str, Any]:
    """``snap`` with the keys its older neighbour's type of the same name has and its own
    lacks, not required (typed ``Any`` where the type names a shape ``snap`` lacks), and a key
    both type differently admitting both types: a release between the two may still send the
    older form, and such a release is matched to the newer snapshot."""
    types = dict(snap["types"])
    for name, t in snap["types"].items():
        old = older["types"].get(name)
        if "fields" not in t or old is None or "fields" not in old:
            continue
        have = {f["key"]: f for f in t["fields"]}
        fields = dict(have)
        for f in old["fields"]:
            known = names_in(f["type"]) <= types.keys()
            mine = have.get(f["key"])
            if mine is None:
                text = f["type"] if known else "Any"
                fields[f["key"]] = {"key": f["key"], "type": with_none(text), "required": False}
            elif known and mine["type"] != f["type"]:
                merged = widen_literals(union_of(mine["type"], f["type"]))
                fields[f["key"]] = {**mine, "type": merged}
        if fields != have:
            types[name] = {**t, "fields": [fields[k] for k in sorted(fields)]}
    return {**snap, "types": types}
