"""Routes of the 'ee-ai-entity-analysis' namespace (1 endpoints)."""

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
from .._schemas import PostEeAnalyzeChartTimelineEventsItem

_POST_ANALYZE_CHART = RequestSpec(
    "POST",
    "/api/ee/ai-entity-analysis/analyze-chart",
    (
        Place("body", ("image_base64",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("timeline_events",)),
    ),
)


class EeAiEntityAnalysisResource(Resource):
    """Routes of the 'ee-ai-entity-analysis' namespace (1 endpoints)."""

    def post_analyze_chart(
        self,
        *,
        image_base64: str,
        description: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeline_events: List[PostEeAnalyzeChartTimelineEventsItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-entity-analysis/analyze-chart

        Args:
            image_base64: JSON body; required.
            description: JSON body; optional.
            name: JSON body; optional.
            timeline_events: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-entity-analysisanalyze-chart
        """
        return self._call(
            _POST_ANALYZE_CHART,
            (image_base64, description, name, timeline_events),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeAiEntityAnalysisResource(AsyncResource):
    """Routes of the 'ee-ai-entity-analysis' namespace, awaited (AsyncClient's)."""

    async def post_analyze_chart(
        self,
        *,
        image_base64: str,
        description: str | Unset = UNSET,
        name: str | Unset = UNSET,
        timeline_events: List[PostEeAnalyzeChartTimelineEventsItem] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-entity-analysis/analyze-chart

        Args:
            image_base64: JSON body; required.
            description: JSON body; optional.
            name: JSON body; optional.
            timeline_events: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-entity-analysisanalyze-chart
        """
        return await self._call(
            _POST_ANALYZE_CHART,
            (image_base64, description, name, timeline_events),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeAiEntityAnalysisResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_analyze_chart(
            self,
            *,
            image_base64: str,
            description: str | Unset = UNSET,
            name: str | Unset = UNSET,
            timeline_events: List[PostEeAnalyzeChartTimelineEventsItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeAiEntityAnalysisResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_analyze_chart(
            self,
            *,
            image_base64: str,
            description: str | Unset = UNSET,
            name: str | Unset = UNSET,
            timeline_events: List[PostEeAnalyzeChartTimelineEventsItem] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
