"""The rules that settle what one snapshot's frontend types leave open (docs/answers.md,
"Rules"), applied across the built snapshots."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .answers import answer_minor

__all__ = ["apply_cross_snapshot_rules"]


def _required_keys(snap: dict[str, Any], name: str) -> set[str] | None:
    t = snap["types"].get(name)
    if t is None or "fields" not in t:
        return None
    return {f["key"] for f in t["fields"] if f["required"]}


def apply_cross_snapshot_rules(snaps: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A key stays required only if each neighbouring snapshot (the one before and the one
    after in version order) that has a type of the same name requires it too: servers of the
    releases between two snapshots may not send a key one of them lacks."""
    order = sorted(
        range(len(snaps)), key=lambda i: (answer_minor(snaps[i]["version"]) or 0, snaps[i]["date"])
    )
    out = [dict(s) for s in snaps]
    for pos, i in enumerate(order):
        neighbours = [snaps[order[j]] for j in (pos - 1, pos + 1) if 0 <= j < len(order)]
        types = {}
        for name, t in snaps[i]["types"].items():
            if "fields" in t:
                others = [k for k in (_required_keys(n, name) for n in neighbours) if k is not None]
                t = {
                    **t,
                    "fields": [
                        {**f, "required": f["required"] and all(f["key"] in o for o in others)}
                        for f in t["fields"]
                    ],
                }
            types[name] = t
        out[i]["types"] = types
    return out
