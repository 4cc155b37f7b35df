"""Every documented endpoint of Metabase 9.2 and the client method that calls it."""

from __future__ import annotations

from typing import NamedTuple


class EndpointInfo(NamedTuple):
    method: str
    path: str
    attr: str
    deprecated: bool
    superuser: bool
    enterprise: bool


ENDPOINTS: tuple[EndpointInfo, ...] = (
    EndpointInfo(
        "POST",
        "/api/ee/gizmo-audit/{gizmo-key}/upload",
        "ee_gizmo_audit.post_upload",
        False,
        False,
        True,
    ),
    EndpointInfo(
        "GET",
        "/api/gizmo/",
        "gizmo.list",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "POST",
        "/api/gizmo/",
        "gizmo.create",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "DELETE",
        "/api/gizmo/{id}",
        "gizmo.delete",
        True,
        False,
        False,
    ),
    EndpointInfo(
        "PUT",
        "/api/gizmo/{id}",
        "gizmo.update",
        False,
        True,
        False,
    ),
    EndpointInfo(
        "PUT",
        "/api/gizmo/{id}/order",
        "gizmo.update_order",
        False,
        False,
        False,
    ),
)
