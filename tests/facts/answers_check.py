"""Key-path coverage and strict validity of recorded JSON against a snapshot's answer types
(the measure of issue 20: distinct key paths, list items merged, four levels deep; a path is
named when the declared object type has the key or admits extra keys; valid when its value
fits the key's type the way pydantic's strict mode takes it: no int for str, no str for int,
an int is a float, a required key must be there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.core import types as tx
from generator.facts.answers import AnswerSnapshot, AnswerType

K = tx.Kind


def fits(v: Any, t: tx.T, snap: AnswerSnapshot, depth: int = 0) -> bool:
    if depth > 40 or t.kind is K.ANY:
        return True
    if t.kind is K.NONE:
        return v is None
    if t.kind is K.NAMED:
        if t.name == "int":
            return isinstance(v, int) and not isinstance(v, bool)
        if t.name == "float":
            return isinstance(v, (int, float)) and not isinstance(v, bool)
        return isinstance(v, {"str": str, "bool": bool}.get(t.name, type(None))) and v is not None
    if t.kind is K.LITERAL:
        return isinstance(v, str) and v in t.values
    if t.kind is K.UNION:
        return any(fits(v, a, snap, depth + 1) for a in t.args)
    if t.kind is K.LIST:
        return isinstance(v, list) and all(fits(x, t.args[0], snap, depth + 1) for x in v)
    if t.kind is K.DICT:
        return isinstance(v, dict) and all(fits(x, t.args[1], snap, depth + 1) for x in v.values())
    if t.kind is K.REF:
        d = snap.types[t.name]
        if d.alias is not None:
            return fits(v, tx.parse(d.alias), snap, depth + 1)
        if d.union:
            return any(fits(v, tx.ref(u), snap, depth + 1) for u in d.union)
        return isinstance(v, dict) and _fits_object(v, d, snap, depth)
    return False


def _fits_object(v: dict[str, Any], d: AnswerType, snap: AnswerSnapshot, depth: int) -> bool:
    if any(f.required and f.key not in v for f in d.fields):
        return False
    for k, x in v.items():
        f = d.field(k)
        if f is not None and not fits(x, tx.parse(f.type), snap, depth + 1):
            return False
    return True


def _objects(t: tx.T, snap: AnswerSnapshot) -> list[AnswerType]:
    if t.kind is K.REF:
        d = snap.types[t.name]
        if d.alias is not None:
            return _objects(tx.parse(d.alias), snap)
        if d.union:
            return [o for u in d.union for o in _objects(tx.ref(u), snap)]
        return [d]
    if t.kind is K.UNION:
        return [o for a in t.args for o in _objects(a, snap)]
    return []


def _members(t: tx.T, kind: tx.Kind) -> list[tx.T]:
    return [a for a in (t.args if t.kind is K.UNION else (t,)) if a.kind is kind]


@dataclass
class Coverage:
    paths: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # path -> (named, valid)

    def add(self, root: str, value: Any, type_text: str, snap: AnswerSnapshot) -> None:
        self._walk(value, tx.parse(type_text), snap, root, 0)

    @property
    def named(self) -> float:
        return sum(n for n, _ in self.paths.values()) / max(1, len(self.paths))

    @property
    def valid(self) -> float:
        named = [v for n, v in self.paths.values() if n]
        return sum(named) / max(1, len(named))

    def _walk(self, v: Any, t: tx.T, snap: AnswerSnapshot, path: str, depth: int) -> None:
        if depth >= 4:
            return
        if isinstance(v, list):
            inner = [a.args[0] for a in _members(t, K.LIST)]
            for x in v:
                self._walk(x, inner[0] if inner else tx.ANY, snap, path + "[]", depth)
            return
        if not isinstance(v, dict):
            return
        objs = _objects(t, snap)
        best = next((o for o in objs if _fits_object(v, o, snap, 0)), None)
        if best is None and objs:
            best = max(objs, key=lambda o: len(set(v) & {f.key for f in o.fields}))
        dicts = [a.args[1] for a in _members(t, K.DICT)]
        for k, x in v.items():
            ft: tx.T | None
            if best is not None:
                f = best.field(k)
                extra = best.additional
                ft = tx.parse(f.type) if f else (tx.parse(extra) if extra is not None else None)
            else:
                ft = dicts[0] if dicts else (tx.ANY if t.kind is K.ANY else None)
            p = f"{path}.{k}"
            named = ft is not None
            valid = ft is not None and fits(x, ft, snap)
            old = self.paths.get(p, (True, True))
            self.paths[p] = (old[0] and named, old[1] and valid)
            self._walk(x, ft if ft is not None else tx.ANY, snap, p, depth + 1)
