"""Routes of the 'ee-cloud-proxy' namespace (1 endpoints)."""

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

_POST = RequestSpec("POST", "/api/ee/cloud-proxy/{}", (Place("path"),))


class EeCloudProxyResource(Resource):
    """Routes of the 'ee-cloud-proxy' namespace (1 endpoints)."""

    def post(
        self,
        operation_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-proxy/{operation-id}

        Args:
            operation_id: path; required; at least 1 character; sent as 'operation-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecloud-proxyoperation-id
        """
        return self._call(
            _POST,
            (operation_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeCloudProxyResource(AsyncResource):
    """Routes of the 'ee-cloud-proxy' namespace, awaited (AsyncClient's)."""

    async def post(
        self,
        operation_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-proxy/{operation-id}

        Args:
            operation_id: path; required; at least 1 character; sent as 'operation-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecloud-proxyoperation-id
        """
        return await self._call(
            _POST,
            (operation_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeCloudProxyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post(
            self,
            operation_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeCloudProxyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post(
            self,
            operation_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
