"""Every documented endpoint of Metabase unknown and the client method that calls it."""

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
        "/api/gadget/",
        "gadget.list",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "POST",
        "/api/gadget/:id/spin",
        "gadget.post_spin",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/sprocket/:sprocket-id",
        "sprocket.get",
        False,
        False,
        False,
    ),
)
