"""Routes of the 'ai-entity-analysis' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostAiEntityAnalysisAnalyzeChartTimelineEventsItem


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
    ) -> Any:
        """POST /api/ai-entity-analysis/analyze-chart

        Args:
            description: str | None; JSON body; optional; None sends null.
            image_base64: str; JSON body; required.
            name: str | None; JSON body; optional; None sends null.
            timeline_events: list[PostAiEntityAnalysisAnalyzeChartTimelineEventsItem] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiai-entity-analysisanalyze-chart
        """
        return self._call(
            "POST",
            "/api/ai-entity-analysis/analyze-chart",
            (),
            body={
                "description": description,
                "image_base64": image_base64,
                "name": name,
                "timeline_events": timeline_events,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
