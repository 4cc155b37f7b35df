"""Every documented endpoint of Metabase 1 and the client method that calls it."""

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
        "GET",
        "/api/ee/gizmo-audit/log",
        "ee_gizmo_audit.get_log",
        False,
        True,
        True,
    ),
    EndpointInfo(
        "GET",
        "/api/gizmo/:id",
        "gizmo.get",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "PUT",
        "/api/gizmo/:id",
        "gizmo.update",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/gizmo/:id/metadata",
        "gizmo.get_metadata",
        False,
        False,
        True,
    ),
    EndpointInfo(
        "POST",
        "/api/thing/",
        "thing.create",
        False,
        False,
        False,
    ),
)
