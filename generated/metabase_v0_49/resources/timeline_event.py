"""Routes of the 'timeline-event' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class TimelineEventResource(Resource):
    """Routes of the 'timeline-event' namespace (4 endpoints)."""

    def create(
        self,
        *,
        timestamp: str,
        timezone: str,
        name: str,
        timeline_id: int,
        question_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        time_matters: bool | None | Unset = UNSET,
        source: Literal["collections", "question"] | None | Unset = UNSET,
        icon: Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/timeline-event/

        Args:
            timestamp: str; JSON body; required.
            question_id: int | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            timezone: str; JSON body; required.
            time_matters: bool | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            timeline_id: int; JSON body; required.
            source: Literal['collections', 'question'] | None; JSON body; optional; None sends null; one of 'collections', 'question'.
            icon: Literal['star', 'cake', 'mail', 'warning', 'bell', 'cloud'] | None; JSON body; optional; None sends null; one of 'star', 'cake', 'mail', 'warning', 'bell', 'cloud'.

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
        )

    def delete(
        self,
        id: int,
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
        )

    def get(
        self,
        id: int,
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
        )
