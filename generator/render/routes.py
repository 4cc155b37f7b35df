"""What a route is, beyond its parameters: the per-call options every method takes, which
routes page with limit/offset, and which answer files."""

from __future__ import annotations

import re

from generator.core.model import Endpoint

# Keyword-only options every generated method takes, after the route's own parameters:
# (name, annotation, default). They go to the runtime's ``_call`` under the same name.
CALL_OPTIONS = (
    ("timeout", "Timeout | Unset", "UNSET"),
    ("extra_query", "Mapping[str, object] | None", "None"),
    ("extra_body", "Mapping[str, object] | None", "None"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
    ("max_retries", "int | None", "None"),
)
FILE_OPTION = ("to_file", "FileTarget | None", "None")
OPTION_NAMES = frozenset([name for name, _, _ in CALL_OPTIONS] + [FILE_OPTION[0]])

# GET routes Metabase pages with ``limit``/``offset`` (its offset-paging middleware) without
# documenting them, as paths with every placeholder written ``*`` and no trailing slash.
# Each is in Metabase's source or docs (docs/client.md, "Paging"); a GET route that documents
# both ``limit`` and ``offset`` pages too.
PAGED_ROUTES = frozenset(
    {
        "/api/user",
        "/api/collection/*/items",
        "/api/collection/root/items",
        "/api/collection/*/dashboard-question-candidates",
        "/api/search",
        "/api/permissions/group",
        "/api/persist",
        "/api/task",
        "/api/cache",
        "/api/ee/tenant",
        "/api/ee/dependencies/graph/breaking",
        "/api/ee/dependencies/graph/unreferenced",
    }
)
# Literal last segments of routes that answer a file (exports and downloads).
_FILE_SEGMENTS = frozenset({"csv", "xlsx", "json", "export", "download"})
_PLACEHOLDER = re.compile(r"^(:[A-Za-z0-9_\-?]+|\{[^}]+\})$")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def route_shape(path: str) -> str:
    """``/api/collection/:id/items/`` -> ``/api/collection/*/items``."""
    return "/" + "/".join("*" if _PLACEHOLDER.match(s) else s for s in _segments(path))


def is_paged(ep: Endpoint) -> bool:
    """Whether the route pages with ``limit``/``offset``: a GET route in ``PAGED_ROUTES``,
    or one that documents both parameters."""
    if ep.method != "GET":
        return False
    names = {p.name for p in ep.params if p.location == "query"}
    return route_shape(ep.path) in PAGED_ROUTES or {"limit", "offset"} <= names


def is_file_route(ep: Endpoint) -> bool:
    """Whether the route can answer a file, from its path (the model has no response types):
    an ``export-format`` placeholder; a last literal segment ``csv``, ``xlsx``, ``json``,
    ``export`` or ``download``; a literal segment containing ``download`` or ``png``; or a
    ``tiles`` segment (PNG map tiles). Uploads (multipart bodies) are not downloads."""
    if ep.body_format == "multipart":
        return False
    segments = _segments(ep.path)
    literals = [s for s in segments if not _PLACEHOLDER.match(s)]
    for s in segments:
        if _PLACEHOLDER.match(s) and s.strip(":{}").replace("_", "-") == "export-format":
            return True
    if literals and literals[-1] in _FILE_SEGMENTS:
        return True
    return any("download" in s or "png" in s or s == "tiles" for s in literals)
