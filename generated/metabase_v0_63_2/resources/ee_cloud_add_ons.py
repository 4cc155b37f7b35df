"""Routes of the 'ee-cloud-add-ons' namespace (4 endpoints)."""

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
from .._schemas import DeleteEeCloudAddOnsResponse

_DELETE = RequestSpec("DELETE", "/api/ee/cloud-add-ons/{}", (Place("path"),))
_GET_ADDONS = RequestSpec("GET", "/api/ee/cloud-add-ons/addons", ())
_GET_PLANS = RequestSpec("GET", "/api/ee/cloud-add-ons/plans", ())
_POST = RequestSpec(
    "POST",
    "/api/ee/cloud-add-ons/{}",
    (
        Place("path"),
        Place("body", ("quantity",)),
        Place("body", ("terms_of_service",)),
    ),
)


class EeCloudAddOnsResource(Resource):
    """Routes of the 'ee-cloud-add-ons' namespace (4 endpoints)."""

    def delete(
        self,
        product_type: Literal[
            "metabase-ai",
            "metabase-ai-tiered",
            "metabase-ai-managed",
            "python-execution",
            "transforms",
            "transforms-basic",
            "transforms-advanced",
            "transforms-basic-metered",
            "transforms-advanced-metered",
        ],
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeCloudAddOnsResponse:
        """DELETE /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieecloud-add-onsproduct-type
        """
        _result: DeleteEeCloudAddOnsResponse = self._call(
            _DELETE,
            (product_type,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_addons(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/cloud-add-ons/addons

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecloud-add-onsaddons
        """
        return self._call(
            _GET_ADDONS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_plans(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/cloud-add-ons/plans

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecloud-add-onsplans
        """
        return self._call(
            _GET_PLANS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post(
        self,
        product_type: Literal[
            "metabase-ai",
            "metabase-ai-tiered",
            "metabase-ai-managed",
            "python-execution",
            "transforms",
            "transforms-basic",
            "transforms-advanced",
            "transforms-basic-metered",
            "transforms-advanced-metered",
        ],
        *,
        quantity: int | None | Unset = UNSET,
        terms_of_service: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.
            quantity: JSON body; optional; None sends null.
            terms_of_service: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecloud-add-onsproduct-type
        """
        return self._call(
            _POST,
            (product_type, quantity, terms_of_service),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeCloudAddOnsResource(AsyncResource):
    """Routes of the 'ee-cloud-add-ons' namespace, awaited (AsyncClient's)."""

    async def delete(
        self,
        product_type: Literal[
            "metabase-ai",
            "metabase-ai-tiered",
            "metabase-ai-managed",
            "python-execution",
            "transforms",
            "transforms-basic",
            "transforms-advanced",
            "transforms-basic-metered",
            "transforms-advanced-metered",
        ],
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeCloudAddOnsResponse:
        """DELETE /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieecloud-add-onsproduct-type
        """
        _result: DeleteEeCloudAddOnsResponse = await self._call(
            _DELETE,
            (product_type,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_addons(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/cloud-add-ons/addons

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecloud-add-onsaddons
        """
        return await self._call(
            _GET_ADDONS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_plans(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/cloud-add-ons/plans

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieecloud-add-onsplans
        """
        return await self._call(
            _GET_PLANS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post(
        self,
        product_type: Literal[
            "metabase-ai",
            "metabase-ai-tiered",
            "metabase-ai-managed",
            "python-execution",
            "transforms",
            "transforms-basic",
            "transforms-advanced",
            "transforms-basic-metered",
            "transforms-advanced-metered",
        ],
        *,
        quantity: int | None | Unset = UNSET,
        terms_of_service: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/cloud-add-ons/{product-type}

        Args:
            product_type: path; required; sent as 'product-type'.
            quantity: JSON body; optional; None sends null.
            terms_of_service: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieecloud-add-onsproduct-type
        """
        return await self._call(
            _POST,
            (product_type, quantity, terms_of_service),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeCloudAddOnsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete(
            self,
            product_type: Literal[
                "metabase-ai",
                "metabase-ai-tiered",
                "metabase-ai-managed",
                "python-execution",
                "transforms",
                "transforms-basic",
                "transforms-advanced",
                "transforms-basic-metered",
                "transforms-advanced-metered",
            ],
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeCloudAddOnsResponse]: ...

        def get_addons(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_plans(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post(
            self,
            product_type: Literal[
                "metabase-ai",
                "metabase-ai-tiered",
                "metabase-ai-managed",
                "python-execution",
                "transforms",
                "transforms-basic",
                "transforms-advanced",
                "transforms-basic-metered",
                "transforms-advanced-metered",
            ],
            *,
            quantity: int | None | Unset = UNSET,
            terms_of_service: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeCloudAddOnsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete(
            self,
            product_type: Literal[
                "metabase-ai",
                "metabase-ai-tiered",
                "metabase-ai-managed",
                "python-execution",
                "transforms",
                "transforms-basic",
                "transforms-advanced",
                "transforms-basic-metered",
                "transforms-advanced-metered",
            ],
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DeleteEeCloudAddOnsResponse]: ...

        async def get_addons(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_plans(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post(
            self,
            product_type: Literal[
                "metabase-ai",
                "metabase-ai-tiered",
                "metabase-ai-managed",
                "python-execution",
                "transforms",
                "transforms-basic",
                "transforms-advanced",
                "transforms-basic-metered",
                "transforms-advanced-metered",
            ],
            *,
            quantity: int | None | Unset = UNSET,
            terms_of_service: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
