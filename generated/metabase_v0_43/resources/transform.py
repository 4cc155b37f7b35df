"""Routes of the 'transform' namespace (1 endpoints)."""

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
    "/api/transform/{}/{}/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
    ),
)


class TransformResource(Resource):
    """Routes of the 'transform' namespace (1 endpoints)."""

    def get(
        self,
        db_id: int,
        schema: str,
        transform_name: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/transform/:db-id/:schema/:transform-name

        Args:
            db_id: path; required; sent as 'db-id'.
            schema: path; required.
            transform_name: path; required; sent as 'transform-name'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitransformdb-idschematransform-name
        """
        return self._call(
            _GET,
            (db_id, schema, transform_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncTransformResource(AsyncResource):
    """Routes of the 'transform' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        db_id: int,
        schema: str,
        transform_name: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/transform/:db-id/:schema/:transform-name

        Args:
            db_id: path; required; sent as 'db-id'.
            schema: path; required.
            transform_name: path; required; sent as 'transform-name'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitransformdb-idschematransform-name
        """
        return await self._call(
            _GET,
            (db_id, schema, transform_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawTransformResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            db_id: int,
            schema: str,
            transform_name: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawTransformResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            db_id: int,
            schema: str,
            transform_name: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
