"""Routes of the 'ee-autodescribe' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import LegacyColumnMetadata, ParameterMapping, ParametersParameter


class EeAutodescribeResource(Resource):
    """Routes of the 'ee-autodescribe' namespace (2 endpoints)."""

    def post_card_summarize(
        self,
        *,
        visualization_settings: dict[str, Any],
        dataset_query: dict[str, Any],
        display: str,
        dataset: bool | None | Unset = UNSET,
        parameter_mappings: List[ParameterMapping] | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        result_metadata: List[LegacyColumnMetadata] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        parameters: List[ParametersParameter] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/autodescribe/card/summarize

        Args:
            visualization_settings: dict[str, Any]; JSON body; required.
            dataset: bool | None; JSON body; optional; None sends null.
            dataset_query: dict[str, Any]; JSON body; required.
            parameter_mappings: list[ParameterMapping] | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            result_metadata: list[LegacyColumnMetadata] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            display: str; JSON body; required.
            parameters: list[ParametersParameter] | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeautodescribecardsummarize
        """
        return self._call(
            "POST",
            "/api/ee/autodescribe/card/summarize",
            (),
            body={
                "visualization_settings": visualization_settings,
                "dataset": dataset,
                "dataset_query": dataset_query,
                "parameter_mappings": parameter_mappings,
                "collection_position": collection_position,
                "result_metadata": result_metadata,
                "collection_id": collection_id,
                "cache_ttl": cache_ttl,
                "display": display,
                "parameters": parameters,
                "description": description,
            },
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeautodescribedashboardsummarizeid
        """
        return self._call(
            "POST",
            "/api/ee/autodescribe/dashboard/summarize/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
