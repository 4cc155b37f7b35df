"""The changes ``mbgen diff`` finds: their fields, severities and JSON form (docs/diff.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.analysis.kinds import ChangeKind, Severity, Who
from generator.core import types as tx
from generator.core.model import ApiModel

BREAKING = Severity.BREAKING
NON_BREAKING = Severity.NON_BREAKING
SERVER = Who.SERVER
CLIENT = Who.CLIENT

# What a change was and is: a type tree (a parameter's type), values (enum values gone or
# added), a flag (required, nullable, superuser...), or a name (a keyword, a location, a
# route, a method, a response key).
ChangeValue = tx.T | tuple[str, ...] | bool | str


def value_text(v: ChangeValue) -> str:
    """The JSON and text form: ``list[int]``, ``a, b``, ``true``, or the name."""
    if isinstance(v, tx.T):
        return v.render()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, tuple):
        return ", ".join(v)
    return v


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    severity: Severity
    breaks: tuple[Who, ...]
    method: str
    path: str
    namespace: str
    message: str
    param: str | None = None
    old: ChangeValue | None = None
    new: ChangeValue | None = None
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
            "kind": str(self.kind),
            "severity": str(self.severity),
            "breaks": [str(b) for b in self.breaks],
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
            out["old"] = value_text(self.old)
        if self.new is not None:
            out["new"] = value_text(self.new)
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

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind == kind)
