"""Every documented endpoint of Metabase 0.99.1 and the client method that calls it."""

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
        "/api/widget/",
        "widget.list",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "POST",
        "/api/widget/",
        "widget.create",
        False,
        True,
        False,
    ),
    EndpointInfo(
        "DELETE",
        "/api/widget/:id",
        "widget.delete",
        True,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/widget/:id",
        "widget.get",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "PUT",
        "/api/widget/:id",
        "widget.update",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/widget/:virtual-id/parts",
        "widget.get_parts",
        False,
        False,
        False,
    ),
    EndpointInfo(
        "GET",
        "/api/widget/card__:id/parts",
        "widget.get_card_parts",
        False,
        False,
        False,
    ),
)
