"""Routes of the 'ee-autodescribe' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import (
    LegacyColumnMetadata,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    Parameter,
    ParameterMapping,
)

_POST_CARD_SUMMARIZE = RequestSpec(
    "POST",
    "/api/ee/autodescribe/card/summarize",
    (
        Place("body", ("visualization_settings",)),
        Place("body", ("dataset_query",)),
        Place("body", ("display",)),
        Place("body", ("dataset",)),
        Place("body", ("parameter_mappings",)),
        Place("body", ("collection_position",)),
        Place("body", ("result_metadata",)),
        Place("body", ("collection_id",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("parameters",)),
        Place("body", ("description",)),
    ),
)
_POST_DASHBOARD_SUMMARIZE_BY_ID = RequestSpec(
    "POST", "/api/ee/autodescribe/dashboard/summarize/{}", (Place("path"),)
)


class EeAutodescribeResource(Resource):
    """Routes of the 'ee-autodescribe' namespace (2 endpoints)."""

    def post_card_summarize(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        display: str,
        dataset: bool | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/autodescribe/card/summarize

        Args:
            visualization_settings: JSON body; required.
            dataset_query: JSON body; required.
            display: JSON body; required; at least 1 character.
            dataset: JSON body; optional.
            parameter_mappings: JSON body; optional.
            collection_position: JSON body; optional; must be >= 1.
            result_metadata: JSON body; optional.
            collection_id: JSON body; optional; must be >= 1.
            cache_ttl: JSON body; optional; must be >= 1.
            parameters: JSON body; optional.
            description: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeautodescribecardsummarize
        """
        return self._call(
            _POST_CARD_SUMMARIZE,
            (
                visualization_settings,
                dataset_query,
                display,
                dataset,
                parameter_mappings,
                collection_position,
                result_metadata,
                collection_id,
                cache_ttl,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dashboard_summarize_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/autodescribe/dashboard/summarize/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeautodescribedashboardsummarizeid
        """
        return self._call(
            _POST_DASHBOARD_SUMMARIZE_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeAutodescribeResource(AsyncResource):
    """Routes of the 'ee-autodescribe' namespace, awaited (AsyncClient's)."""

    async def post_card_summarize(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
        display: str,
        dataset: bool | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        parameters: List[Parameter] | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/autodescribe/card/summarize

        Args:
            visualization_settings: JSON body; required.
            dataset_query: JSON body; required.
            display: JSON body; required; at least 1 character.
            dataset: JSON body; optional.
            parameter_mappings: JSON body; optional.
            collection_position: JSON body; optional; must be >= 1.
            result_metadata: JSON body; optional.
            collection_id: JSON body; optional; must be >= 1.
            cache_ttl: JSON body; optional; must be >= 1.
            parameters: JSON body; optional.
            description: JSON body; optional; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeautodescribecardsummarize
        """
        return await self._call(
            _POST_CARD_SUMMARIZE,
            (
                visualization_settings,
                dataset_query,
                display,
                dataset,
                parameter_mappings,
                collection_position,
                result_metadata,
                collection_id,
                cache_ttl,
                parameters,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_dashboard_summarize_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/autodescribe/dashboard/summarize/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeautodescribedashboardsummarizeid
        """
        return await self._call(
            _POST_DASHBOARD_SUMMARIZE_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeAutodescribeResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_card_summarize(
            self,
            *,
            visualization_settings: dict[str, Any],
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            display: str,
            dataset: bool | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            result_metadata: List[LegacyColumnMetadata] | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_dashboard_summarize_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeAutodescribeResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_card_summarize(
            self,
            *,
            visualization_settings: dict[str, Any],
            dataset_query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery,
            display: str,
            dataset: bool | Unset = UNSET,
            parameter_mappings: List[ParameterMapping] | Unset = UNSET,
            collection_position: int | Unset = UNSET,
            result_metadata: List[LegacyColumnMetadata] | Unset = UNSET,
            collection_id: int | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            parameters: List[Parameter] | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_dashboard_summarize_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
