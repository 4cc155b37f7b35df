"""Routes of the 'oauth' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import GetOauthAuthorizationsResponse


class OauthResource(Resource):
    """Routes of the 'oauth' namespace (1 endpoints)."""

    def get_authorizations(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        event_type: Literal["registered", "approved", "denied"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOauthAuthorizationsResponse:
        """GET /api/oauth/authorizations

        Args:
            client_id: str | None; query string; optional; may be None; sent as 'client-id'.
            event_type: Literal['registered', 'approved', 'denied'] | None; query string; optional; may be None; one of 'registered', 'approved', 'denied'; sent as 'event-type'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apioauthauthorizations
        """
        _result: GetOauthAuthorizationsResponse = self._call(
            "GET",
            "/api/oauth/authorizations",
            (),
            query={
                "client-id": client_id,
                "event-type": event_type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
