"""Routes of the 'tiles' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
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
    "/api/tiles/{}/{}/{}/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("query",)),
    ),
)


class TilesResource(Resource):
    """Routes of the 'tiles' namespace (1 endpoints)."""

    def get(
        self,
        zoom: int,
        x: int,
        y: int,
        lat_field: str,
        lon_field: str,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/:zoom/:x/:y/:lat-field/:lon-field

        Args:
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: path; required; sent as 'lat-field'.
            lon_field: path; required; sent as 'lon-field'.
            query: form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/tiles#get-apitileszoomxylat-fieldlon-field
        """
        return self._call(
            _GET,
            (zoom, x, y, lat_field, lon_field, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


class AsyncTilesResource(AsyncResource):
    """Routes of the 'tiles' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        zoom: int,
        x: int,
        y: int,
        lat_field: str,
        lon_field: str,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/tiles/:zoom/:x/:y/:lat-field/:lon-field

        Args:
            zoom: path; required.
            x: path; required.
            y: path; required.
            lat_field: path; required; sent as 'lat-field'.
            lon_field: path; required; sent as 'lon-field'.
            query: form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/tiles#get-apitileszoomxylat-fieldlon-field
        """
        return await self._call(
            _GET,
            (zoom, x, y, lat_field, lon_field, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


if TYPE_CHECKING:

    class RawTilesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            zoom: int,
            x: int,
            y: int,
            lat_field: str,
            lon_field: str,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawTilesResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            zoom: int,
            x: int,
            y: int,
            lat_field: str,
            lon_field: str,
            *,
            query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...
