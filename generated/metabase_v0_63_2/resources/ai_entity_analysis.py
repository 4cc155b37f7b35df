"""Routes of the 'ai-entity-analysis' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
from .._schemas import AIEntityAnalysisResponse, PostAiEntityAnalysisAnalyzeChartTimelineEventsItem

_POST_ANALYZE_CHART = RequestSpec(
    "POST",
    "/api/ai-entity-analysis/analyze-chart",
    (
        Place("body", ("image_base64",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("timeline_events",)),
    ),
)


class AiEntityAnalysisResource(Resource):
    """Routes of the 'ai-entity-analysis' namespace (1 endpoints)."""

    def post_analyze_chart(
        self,
        *,
        image_base64: str,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeline_events: (
            List[PostAiEntityAnalysisAnalyzeChartTimelineEventsItem] | None | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AIEntityAnalysisResponse:
        """POST /api/ai-entity-analysis/analyze-chart

        Args:
            image_base64: JSON body; required.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            timeline_events: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiai-entity-analysisanalyze-chart
        """
        _result: AIEntityAnalysisResponse = self._call(
            _POST_ANALYZE_CHART,
            (image_base64, description, name, timeline_events),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncAiEntityAnalysisResource(AsyncResource):
    """Routes of the 'ai-entity-analysis' namespace, awaited (AsyncClient's)."""

    async def post_analyze_chart(
        self,
        *,
        image_base64: str,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeline_events: (
            List[PostAiEntityAnalysisAnalyzeChartTimelineEventsItem] | None | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AIEntityAnalysisResponse:
        """POST /api/ai-entity-analysis/analyze-chart

        Args:
            image_base64: JSON body; required.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null.
            timeline_events: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiai-entity-analysisanalyze-chart
        """
        _result: AIEntityAnalysisResponse = await self._call(
            _POST_ANALYZE_CHART,
            (image_base64, description, name, timeline_events),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawAiEntityAnalysisResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_analyze_chart(
            self,
            *,
            image_base64: str,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeline_events: (
                List[PostAiEntityAnalysisAnalyzeChartTimelineEventsItem] | None | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AIEntityAnalysisResponse]: ...

    class AsyncRawAiEntityAnalysisResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_analyze_chart(
            self,
            *,
            image_base64: str,
            description: str | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            timeline_events: (
                List[PostAiEntityAnalysisAnalyzeChartTimelineEventsItem] | None | Unset
            ) = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AIEntityAnalysisResponse]: ...
