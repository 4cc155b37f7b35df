"""Routes of the 'oauth' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import GetOauthAuthorizationsResponse

_GET_AUTHORIZATIONS = RequestSpec(
    "GET",
    "/api/oauth/authorizations",
    (
        Place("query", ("client-id",)),
        Place("query", ("event-type",)),
    ),
)


class OauthResource(Resource):
    """Routes of the 'oauth' namespace (1 endpoints)."""

    def get_authorizations(
        self,
        *,
        client_id: str | None = None,
        event_type: Literal["registered", "approved", "denied"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOauthAuthorizationsResponse:
        """GET /api/oauth/authorizations

        Args:
            client_id: query string; optional; at least 1 character; sent as 'client-id'.
            event_type: query string; optional; sent as 'event-type'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apioauthauthorizations
        """
        _result: GetOauthAuthorizationsResponse = self._call(
            _GET_AUTHORIZATIONS,
            (client_id, event_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncOauthResource(AsyncResource):
    """Routes of the 'oauth' namespace, awaited (AsyncClient's)."""

    async def get_authorizations(
        self,
        *,
        client_id: str | None = None,
        event_type: Literal["registered", "approved", "denied"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetOauthAuthorizationsResponse:
        """GET /api/oauth/authorizations

        Args:
            client_id: query string; optional; at least 1 character; sent as 'client-id'.
            event_type: query string; optional; sent as 'event-type'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apioauthauthorizations
        """
        _result: GetOauthAuthorizationsResponse = await self._call(
            _GET_AUTHORIZATIONS,
            (client_id, event_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawOauthResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_authorizations(
            self,
            *,
            client_id: str | None = None,
            event_type: Literal["registered", "approved", "denied"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetOauthAuthorizationsResponse]: ...

    class AsyncRawOauthResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_authorizations(
            self,
            *,
            client_id: str | None = None,
            event_type: Literal["registered", "approved", "denied"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetOauthAuthorizationsResponse]: ...
