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
        question_id: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        source: Literal["collections", "question"] | Unset = UNSET,
        time_matters: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/timeline-event/

        Args:
            question_id: int; JSON body; optional.
            timezone: str; JSON body; required.
            timestamp: str; JSON body; required.
            name: str; JSON body; required.
            archived: bool; JSON body; optional.
            timeline_id: int; JSON body; required.
            source: Literal['collections', 'question']; JSON body; optional; one of 'collections', 'question'.
            time_matters: bool; JSON body; optional.
            description: str; JSON body; optional.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud']; JSON body; optional; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitimeline-event
        """
        return self._call(
            "POST",
            "/api/timeline-event/",
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apitimeline-eventid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitimeline-eventid
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
        archived: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | Unset = UNSET,
        name: str | Unset = UNSET,
        time_matters: bool | Unset = UNSET,
        timeline_id: int | Unset = UNSET,
        timestamp: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/timeline-event/{id}

        Args:
            id: int; path; required.
            archived: bool; JSON body; optional.
            description: str; JSON body; optional.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud']; JSON body; optional; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.
            name: str; JSON body; optional.
            time_matters: bool; JSON body; optional.
            timeline_id: int; JSON body; optional.
            timestamp: str; JSON body; optional.
            timezone: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apitimeline-eventid
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
