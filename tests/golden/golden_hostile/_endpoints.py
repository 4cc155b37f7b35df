"""Every documented endpoint of Metabase 0.98.0 and the client method that calls it."""

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
        "/api/session/",
        "session.login",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "POST",
        "/api/thing/",
        "thing.create",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "DELETE",
        "/api/thing/:id",
        "thing.delete",
        True,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/thing/:id",
        "thing.get",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "PUT",
        "/api/thing/:id",
        "thing.update",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/thing/export",
        "thing.get_export",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/user/current",
        "user.current",
        False,
        False,
        False,
    ),
)
