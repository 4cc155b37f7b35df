"""Routes of the 'geojson' namespace (2 endpoints)."""

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

_GET = RequestSpec("GET", "/api/geojson/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/geojson/", (Place("form", ("url",)),))


class GeojsonResource(Resource):
    """Routes of the 'geojson' namespace (2 endpoints)."""

    def get(
        self,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson/:key

        Args:
            key: path; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apigeojsonkey
        """
        return self._call(
            _GET,
            (key,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        url: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson/

        Args:
            url: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apigeojson
        """
        return self._call(
            _LIST,
            (url,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncGeojsonResource(AsyncResource):
    """Routes of the 'geojson' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson/:key

        Args:
            key: path; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apigeojsonkey
        """
        return await self._call(
            _GET,
            (key,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        url: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson/

        Args:
            url: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apigeojson
        """
        return await self._call(
            _LIST,
            (url,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawGeojsonResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            url: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawGeojsonResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            key: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            url: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
