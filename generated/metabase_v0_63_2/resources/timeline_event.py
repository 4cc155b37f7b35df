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
        timezone: str,
        timestamp: str,
        name: str,
        timeline_id: int,
        question_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        source: Literal["collections", "question"] | None | Unset = UNSET,
        time_matters: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/timeline-event

        Args:
            question_id: int | None; JSON body; optional; None sends null.
            timezone: str; JSON body; required.
            timestamp: str; JSON body; required.
            name: str; JSON body; required.
            archived: bool | None; JSON body; optional; None sends null.
            timeline_id: int; JSON body; required.
            source: Literal['collections', 'question'] | None; JSON body; optional; None sends null; one of 'collections', 'question'.
            time_matters: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitimeline-event
        """
        return self._call(
            "POST",
            "/api/timeline-event",
            (),
            body={
                "question_id": question_id,
                "timezone": timezone,
                "timestamp": timestamp,
                "name": name,
                "archived": archived,
                "timeline_id": timeline_id,
                "source": source,
                "time_matters": time_matters,
                "description": description,
                "icon": icon,
            },
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
        """DELETE /api/timeline-event/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitimeline-eventid
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
        """GET /api/timeline-event/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitimeline-eventid
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
        archived: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        time_matters: bool | None | Unset = UNSET,
        timeline_id: int | None | Unset = UNSET,
        timestamp: str | None | Unset = UNSET,
        timezone: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/timeline-event/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            name: str | None; JSON body; optional; None sends null.
            time_matters: bool | None; JSON body; optional; None sends null.
            timeline_id: int | None; JSON body; optional; None sends null.
            timestamp: str | None; JSON body; optional; None sends null.
            timezone: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitimeline-eventid
        """
        return self._call(
            "PUT",
            "/api/timeline-event/{}",
            (id,),
            body={
                "archived": archived,
                "description": description,
                "icon": icon,
                "name": name,
                "time_matters": time_matters,
                "timeline_id": timeline_id,
                "timestamp": timestamp,
                "timezone": timezone,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
