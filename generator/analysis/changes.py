"""The changes ``mbgen diff`` finds: their fields, severities and JSON form (docs/diff.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.core.model import ApiModel

BREAKING = "breaking"
NON_BREAKING = "non-breaking"
SERVER = "server"  # requests that worked before are refused now
CLIENT = "client"  # code written against the old generated client must change


@dataclass(frozen=True)
class Change:
    kind: str
    severity: str
    breaks: tuple[str, ...]
    method: str
    path: str
    namespace: str
    message: str
    param: str | None = None
    old: str | None = None
    new: str | None = None
    # The route in OLD (``:id`` style) when the change is about an OLD endpoint.
    old_path: str | None = None
    # The generated client's method (``card.get``) in OLD and in NEW, where it exists.
    py_old: str | None = None
    py_new: str | None = None
    # The parameter's Python keyword (``python_name``) in OLD and in NEW, where it exists.
    kw_old: str | None = None
    kw_new: str | None = None

    @property
    def python(self) -> str:
        """``card.get``, or ``card.get -> card.get_by_id`` when the name changed."""
        names = [n for n in (self.py_old, self.py_new) if n]
        if len(names) == 2 and names[0] != names[1]:
            return f"{names[0]} -> {names[1]}"
        return names[0] if names else ""

    @property
    def keyword(self) -> str | None:
        return self.kw_old or self.kw_new

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "kind": self.kind,
            "severity": self.severity,
            "breaks": list(self.breaks),
            "method": self.method,
            "path": self.path,
            "namespace": self.namespace,
            "python": {"old": self.py_old, "new": self.py_new},
        }
        if self.old_path is not None and self.old_path != self.path:
            out["old_path"] = self.old_path
        if self.param is not None:
            out["param"] = self.param
            out["keyword"] = {"old": self.kw_old, "new": self.kw_new}
        if self.old is not None:
            out["old"] = self.old
        if self.new is not None:
            out["new"] = self.new
        out["message"] = self.message
        return out


@dataclass
class Diff:
    old: ApiModel
    new: ApiModel
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == BREAKING]

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)
