"""The route grammar, written once: how a documented path names its placeholders, and the
keys that pair, group and print routes.

Metabase's docs write a placeholder ``:name`` (Markdown era; ``card__:id`` glues one to a
literal prefix) or ``{name}`` (OpenAPI era). Everything in mbgen that splits, matches or
rewrites a path goes through this module; docs/model.md shows the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# One placeholder anywhere in a path: ``:name`` (letters, digits, _, - and ?) or ``{name}``.
_PLACEHOLDER = r":([A-Za-z0-9_\-?]+)|\{([^}]+)\}"
_PLACEHOLDER_RE = re.compile(_PLACEHOLDER)
_WHOLE_SEGMENT = re.compile(r"^(?::[A-Za-z0-9_\-?]+|\{[^}]+\})$")


def glued_prefix(segment: str) -> str:
    """The literal text before a segment's first placeholder: ``card__:id`` -> ``card__``."""
    match = _PLACEHOLDER_RE.search(segment)
    return segment[: match.start()] if match else segment


def is_placeholder(segment: str) -> bool:
    """Whether a whole path segment is one placeholder (``:id``, ``{id}``)."""
    return _WHOLE_SEGMENT.match(segment) is not None


def segments(path: str) -> list[str]:
    """The non-empty segments of a path."""
    return [s for s in path.split("/") if s]


@cache
def _placeholders(path: str) -> tuple[str, ...]:
    return tuple(a or b for a, b in _PLACEHOLDER_RE.findall(path))


def placeholders(path: str) -> list[str]:
    """The placeholder names of a path, in order (``card__:id`` included)."""
    return list(_placeholders(path))


@cache
def colon_path(path: str) -> str:
    """``{x}`` written ``:x``: the one style reports print."""
    return _PLACEHOLDER_RE.sub(lambda m: ":" + (m.group(1) or m.group(2)), path)


@cache
def exact_key(path: str) -> str:
    """The path in colon style without a trailing slash: routes that are the same route."""
    return colon_path(path).rstrip("/") or "/"


@cache
def shape_key(path: str) -> str:
    """The path with every placeholder ``:_`` and no trailing slash: routes that are the same
    route with renamed placeholders."""
    return _PLACEHOLDER_RE.sub(":_", exact_key(path))


@cache
def route_shape(path: str) -> str:
    """``/api/collection/:id/items/`` -> ``/api/collection/*/items``: the key of the route
    tables (paging, name overrides), where a whole-segment placeholder is ``*``."""
    return "/" + "/".join("*" if is_placeholder(s) else s for s in segments(path))


def openapi_path(path: str) -> str:
    """``/api/card/:id`` -> ``/api/card/{id}``; ``card__:id`` -> ``card__{id}``."""
    return _PLACEHOLDER_RE.sub(lambda m: "{" + (m.group(1) or m.group(2)) + "}", path)


def format_template(path: str) -> str:
    """``/api/table/card__:id/fks`` -> ``/api/table/card__{}/fks`` for ``str.format``; other
    braces are doubled."""
    parts = re.split(rf"(?:{_PLACEHOLDER})", path)
    # re.split with two groups yields [text, g1, g2, text, g1, g2, ...]
    out = []
    for i in range(0, len(parts), 3):
        out.append(parts[i].replace("{", "{{").replace("}", "}}"))
        if i + 1 < len(parts):
            out.append("{}")
    return "".join(out)


@dataclass(frozen=True)
class Route:
    """One documented route: its method and path, with the keys derived from them."""

    method: str
    path: str

    @property
    def placeholders(self) -> list[str]:
        return placeholders(self.path)

    @property
    def shape(self) -> str:
        return route_shape(self.path)

    @property
    def exact(self) -> tuple[str, str]:
        return (self.method, exact_key(self.path))

    @property
    def shaped(self) -> tuple[str, str]:
        return (self.method, shape_key(self.path))

    def __str__(self) -> str:
        return f"{self.method} {colon_path(self.path)}"
