"""Routes of the 'ee-cloud-add-ons' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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

_POST = RequestSpec(
    "POST",
    "/api/ee/cloud-add-ons/{}",
    (
        Place("path"),
        Place("body", ("terms_of_service",)),
    ),
)


class EeCloudAddOnsResource(Resource):
    """Routes of the 'ee-cloud-add-ons' namespace (1 endpoints)."""

    def post(
        self,
        product_type: Literal["metabase-ai"],
        *,
        terms_of_service: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.
            terms_of_service: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieecloud-add-onsproduct-type
        """
        return self._call(
            _POST,
            (product_type, terms_of_service),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeCloudAddOnsResource(AsyncResource):
    """Routes of the 'ee-cloud-add-ons' namespace, awaited (AsyncClient's)."""

    async def post(
        self,
        product_type: Literal["metabase-ai"],
        *,
        terms_of_service: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.
            terms_of_service: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieecloud-add-onsproduct-type
        """
        return await self._call(
            _POST,
            (product_type, terms_of_service),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeCloudAddOnsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post(
            self,
            product_type: Literal["metabase-ai"],
            *,
            terms_of_service: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeCloudAddOnsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post(
            self,
            product_type: Literal["metabase-ai"],
            *,
            terms_of_service: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
