"""Every kind of change ``mbgen diff`` reports, with who it breaks and when: one table
(docs/diff.md lists it; tests/unit/analysis/test_change_kinds.py keeps the two in sync).

A change's ``breaks`` is always a part of its kind's ``breaks`` here: all of it for kinds
that always break, none for kinds that never do, and for the others what the diff decides
(``param-added`` breaks only when the parameter is required).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class _Word(str, enum.Enum):
    """A word of the table: compares, prints and formats as its value on every Python from
    3.10 (``enum.StrEnum`` is 3.11's)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class Severity(_Word):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"


class Who(_Word):
    SERVER = "server"  # requests that worked before are refused now
    CLIENT = "client"  # code written against the old generated client must change


class ChangeKind(_Word):
    ENDPOINT_ADDED = "endpoint-added"
    ENDPOINT_REMOVED = "endpoint-removed"
    ENDPOINT_MOVED = "endpoint-moved"
    ENDPOINT_NOT_COVERED = "endpoint-not-covered"
    PARAM_ADDED = "param-added"
    PARAM_REMOVED = "param-removed"
    PARAM_WHOLE_BODY_TYPED = "param-whole-body-typed"
    PARAM_WHOLE_MAP_TYPED = "param-whole-map-typed"
    PARAM_WHOLE_DROPPED = "param-whole-dropped"
    PARAM_NESTED_TYPED = "param-nested-typed"
    PARAM_RENAMED = "param-renamed"
    PARAM_MOVED = "param-moved"
    PARAM_TYPE_WIDENED = "param-type-widened"
    PARAM_TYPE_NARROWED = "param-type-narrowed"
    PARAM_TYPE_CHANGED = "param-type-changed"
    PARAM_ENUM_VALUES_ADDED = "param-enum-values-added"
    PARAM_ENUM_VALUES_REMOVED = "param-enum-values-removed"
    PARAM_REQUIRED_CHANGED = "param-required-changed"
    PARAM_NULLABILITY_CHANGED = "param-nullability-changed"
    SUPERUSER_CHANGED = "superuser-changed"
    ENTERPRISE_CHANGED = "enterprise-changed"
    DEPRECATED_CHANGED = "deprecated-changed"
    METHOD_RENAMED = "method-renamed"
    RESPONSE_KEY_REMOVED = "response-key-removed"
    RESPONSE_KEY_OPTIONAL = "response-key-optional"
    RESPONSE_KEY_ADDED = "response-key-added"
    RESPONSE_KEY_RETYPED = "response-key-retyped"


class When(enum.Enum):
    ALWAYS = "always"
    NEVER = "never"
    SOMETIMES = "sometimes"  # the diff decides, by the rule docs/diff.md gives


@dataclass(frozen=True)
class KindRule:
    when: When
    breaks: tuple[Who, ...]  # who it breaks when it breaks


K, S, C = ChangeKind, Who.SERVER, Who.CLIENT
ALWAYS, NEVER, SOMETIMES = When.ALWAYS, When.NEVER, When.SOMETIMES

KINDS: dict[ChangeKind, KindRule] = {
    K.ENDPOINT_ADDED: KindRule(NEVER, ()),
    K.ENDPOINT_REMOVED: KindRule(ALWAYS, (S, C)),
    K.ENDPOINT_MOVED: KindRule(ALWAYS, (S, C)),
    K.ENDPOINT_NOT_COVERED: KindRule(NEVER, ()),
    K.PARAM_ADDED: KindRule(SOMETIMES, (S, C)),
    K.PARAM_REMOVED: KindRule(ALWAYS, (S, C)),
    K.PARAM_WHOLE_BODY_TYPED: KindRule(ALWAYS, (C,)),
    K.PARAM_WHOLE_MAP_TYPED: KindRule(ALWAYS, (C,)),
    K.PARAM_WHOLE_DROPPED: KindRule(ALWAYS, (S, C)),
    K.PARAM_NESTED_TYPED: KindRule(ALWAYS, (C,)),
    K.PARAM_RENAMED: KindRule(SOMETIMES, (C,)),
    K.PARAM_MOVED: KindRule(ALWAYS, (S,)),
    K.PARAM_TYPE_WIDENED: KindRule(NEVER, ()),
    K.PARAM_TYPE_NARROWED: KindRule(ALWAYS, (S,)),
    K.PARAM_TYPE_CHANGED: KindRule(ALWAYS, (S,)),
    K.PARAM_ENUM_VALUES_ADDED: KindRule(NEVER, ()),
    K.PARAM_ENUM_VALUES_REMOVED: KindRule(ALWAYS, (S,)),
    K.PARAM_REQUIRED_CHANGED: KindRule(SOMETIMES, (S, C)),
    K.PARAM_NULLABILITY_CHANGED: KindRule(SOMETIMES, (S,)),
    K.SUPERUSER_CHANGED: KindRule(SOMETIMES, (S,)),
    K.ENTERPRISE_CHANGED: KindRule(SOMETIMES, (S,)),
    K.DEPRECATED_CHANGED: KindRule(NEVER, ()),
    K.METHOD_RENAMED: KindRule(ALWAYS, (C,)),
    K.RESPONSE_KEY_REMOVED: KindRule(ALWAYS, (C,)),
    K.RESPONSE_KEY_OPTIONAL: KindRule(ALWAYS, (C,)),
    K.RESPONSE_KEY_ADDED: KindRule(NEVER, ()),
    K.RESPONSE_KEY_RETYPED: KindRule(ALWAYS, (C,)),
}

# Changes that tell a caller to replace a whole body or map keyword by typed keywords.
WHOLE = frozenset({K.PARAM_WHOLE_BODY_TYPED, K.PARAM_WHOLE_MAP_TYPED, K.PARAM_WHOLE_DROPPED})
TYPE_CHANGES = frozenset({K.PARAM_TYPE_WIDENED, K.PARAM_TYPE_NARROWED, K.PARAM_TYPE_CHANGED})
# Who may call a route depends on the caller and the plan, not on the code: not held
# against calls (docs/diff.md, --usage).
NOT_FOR_CALLS = frozenset({K.SUPERUSER_CHANGED, K.ENTERPRISE_CHANGED})
ENDPOINT_GONE = frozenset({K.ENDPOINT_REMOVED, K.ENDPOINT_MOVED})


def checked_breaks(kind: ChangeKind, breaks: tuple[Who, ...]) -> tuple[Who, ...]:
    """``breaks`` as the table allows it for ``kind``; a ValueError names a mismatch (a bug
    in the diff, not in the input)."""
    rule = KINDS[kind]
    ok = set(breaks) <= set(rule.breaks) and (
        rule.when is SOMETIMES or bool(breaks) == (rule.when is ALWAYS)
    )
    if not ok:
        raise ValueError(f"{kind}: breaks {breaks} but the table says {rule}")
    return breaks


def severity(breaks: tuple[Who, ...]) -> Severity:
    return Severity.BREAKING if breaks else Severity.NON_BREAKING
