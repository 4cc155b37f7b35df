"""Routes of the 'sprocket' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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

_GET = RequestSpec(
    "GET",
    "/api/sprocket/{}",
    (
        Place("path"),
        Place("query", ("full?",)),
    ),
)


class SprocketResource(Resource):
    """Routes of the 'sprocket' namespace (1 endpoints)."""

    def get(
        self,
        sprocket_id: int,
        *,
        full: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/sprocket/:sprocket-id

        Fetch a sprocket.

        Args:
            sprocket_id: path; required; must be > 0; sent as 'sprocket-id'.
            full: query string; optional; sent as 'full?'.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apisprocketsprocket-id
        """
        return self._call(
            _GET,
            (sprocket_id, full),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSprocketResource(AsyncResource):
    """Routes of the 'sprocket' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        sprocket_id: int,
        *,
        full: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/sprocket/:sprocket-id

        Fetch a sprocket.

        Args:
            sprocket_id: path; required; must be > 0; sent as 'sprocket-id'.
            full: query string; optional; sent as 'full?'.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apisprocketsprocket-id
        """
        return await self._call(
            _GET,
            (sprocket_id, full),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSprocketResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            sprocket_id: int,
            *,
            full: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSprocketResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            sprocket_id: int,
            *,
            full: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
