"""Routes of the 'timeline-event' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class TimelineEventResource(Resource):
    """Routes of the 'timeline-event' namespace (4 endpoints)."""

    def create(
        self,
        *,
        timestamp: str | Unset = UNSET,
        question_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        timezone: str | Unset = UNSET,
        time_matters: bool | None | Unset = UNSET,
        name: str | Unset = UNSET,
        timeline_id: int | Unset = UNSET,
        source: Literal["collections", "question"] | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/timeline-event/

        Args:
            timestamp: str; JSON body; optional.
            question_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            timezone: str; JSON body; optional.
            time_matters: bool | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            timeline_id: int; JSON body; optional.
            source: Literal['collections', 'question'] | None; JSON body; optional; None sends null; one of 'collections', 'question'.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#post-apitimeline-event
        """
        return self._call(
            "POST",
            "/api/timeline-event/",
            (),
            body={
                "timestamp": timestamp,
                "question_id": question_id,
                "description": description,
                "archived": archived,
                "timezone": timezone,
                "time_matters": time_matters,
                "name": name,
                "timeline_id": timeline_id,
                "source": source,
                "icon": icon,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/timeline-event/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#delete-apitimeline-eventid
        """
        return self._call(
            "DELETE",
            "/api/timeline-event/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/timeline-event/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#get-apitimeline-eventid
        """
        return self._call(
            "GET",
            "/api/timeline-event/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        timestamp: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        time_matters: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeline_id: int | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/timeline-event/:id

        Args:
            id: int; path; required.
            timestamp: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            timezone: str | None; JSON body; optional; None sends null.
            time_matters: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            timeline_id: int | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#put-apitimeline-eventid
        """
        return self._call(
            "PUT",
            "/api/timeline-event/{}",
            (id,),
            body={
                "timestamp": timestamp,
                "description": description,
                "archived": archived,
                "timezone": timezone,
                "time_matters": time_matters,
                "name": name,
                "timeline_id": timeline_id,
                "icon": icon,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
