"""Facts about routes that the docs do not state, as tables keyed by route shape
(``core.route.route_shape``: every whole-segment placeholder ``*``, no trailing slash):
which routes page, which may answer a file, and the method names that override the naming
rule. Each entry is a fact of Metabase's source or docs (docs/client.md, docs/naming.md).
"""

from __future__ import annotations

from generator.core import route
from generator.core.model import QUERY, Endpoint

# GET routes Metabase pages with ``limit``/``offset`` (its offset-paging middleware) without
# documenting them. A GET route that documents both ``limit`` and ``offset`` pages too.
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

# Names a script writer guesses for the actions scripts use most, applied to every release
# that has the route; the naming rule's own name stays as an alias (docs/naming.md).
NAME_OVERRIDES: dict[tuple[str, str], str] = {
    ("POST", "/api/dataset"): "run_query",
    ("POST", "/api/dataset/*"): "export",
    ("POST", "/api/card/*/query"): "run_query",
    ("POST", "/api/card/*/query/*"): "export",
    ("POST", "/api/dashboard/*/dashcard/*/card/*/query"): "run_dashcard_query",
    ("POST", "/api/dashboard/*/dashcard/*/card/*/query/*"): "export_dashcard",
    ("POST", "/api/session"): "login",
    ("DELETE", "/api/session"): "logout",
    ("GET", "/api/user/current"): "current",
}


def name_override(method: str, path: str) -> str | None:
    """The override table's name for a route, if it has one."""
    return NAME_OVERRIDES.get((method, route.route_shape(path)))


def is_paged(ep: Endpoint) -> bool:
    """Whether the route pages with ``limit``/``offset``: a GET route in ``PAGED_ROUTES``,
    or one that documents both parameters."""
    if ep.method != "GET":
        return False
    names = {p.name for p in ep.params if p.location == QUERY}
    return route.route_shape(ep.path) in PAGED_ROUTES or {"limit", "offset"} <= names


def is_file_route(ep: Endpoint) -> bool:
    """Whether the route can answer a file: the spec says its answer is not JSON
    (``returns_kind`` "bytes"); or, where the docs do not say, its path: an
    ``export-format`` placeholder; a last literal segment ``csv``, ``xlsx``, ``json``,
    ``export`` or ``download``; a literal segment containing ``download`` or ``png``; or a
    ``tiles`` segment (PNG map tiles). Uploads (multipart bodies) are not downloads."""
    if ep.returns_kind == "bytes":
        return True
    if ep.body_format == "multipart" or ep.returns_kind == "none":
        return False
    segments = route.segments(ep.path)
    literals = [s for s in segments if not route.is_placeholder(s)]
    if any(name.replace("_", "-") == "export-format" for name in route.placeholders(ep.path)):
        return True
    if literals and literals[-1] in _FILE_SEGMENTS:
        return True
    return any("download" in s or "png" in s or s == "tiles" for s in literals)
