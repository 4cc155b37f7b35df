"""Routes of the 'timeline-event' namespace (4 endpoints)."""

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
from .._schemas import TimelineEvent

_CREATE = RequestSpec(
    "POST",
    "/api/timeline-event/",
    (
        Place("body", ("timestamp",)),
        Place("body", ("timezone",)),
        Place("body", ("name",)),
        Place("body", ("timeline_id",)),
        Place("body", ("question_id",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("time_matters",)),
        Place("body", ("source",)),
        Place("body", ("icon",)),
        Place("body", whole=True),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/timeline-event/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/timeline-event/{}", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/timeline-event/{}",
    (
        Place("path"),
        Place("body", ("timestamp",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("timezone",)),
        Place("body", ("time_matters",)),
        Place("body", ("name",)),
        Place("body", ("timeline_id",)),
        Place("body", ("icon",)),
        Place("body", whole=True),
    ),
)


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
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """POST /api/timeline-event/

        Args:
            timestamp: JSON body; required.
            timezone: JSON body; required.
            name: JSON body; required; must not be blank.
            timeline_id: JSON body; required; must be > 0.
            question_id: JSON body; optional; None sends null; must be > 0.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            time_matters: JSON body; optional; None sends null.
            source: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#post-apitimeline-event
        """
        _result: TimelineEvent = self._call(
            _CREATE,
            (
                timestamp,
                timezone,
                name,
                timeline_id,
                question_id,
                description,
                archived,
                time_matters,
                source,
                icon,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """DELETE /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#delete-apitimeline-eventid
        """
        _result: TimelineEvent = self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """GET /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#get-apitimeline-eventid
        """
        _result: TimelineEvent = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> TimelineEvent:
        """PUT /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.
            timestamp: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            timezone: JSON body; optional; None sends null.
            time_matters: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            timeline_id: JSON body; optional; None sends null; must be > 0.
            icon: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#put-apitimeline-eventid
        """
        _result: TimelineEvent = self._call(
            _UPDATE,
            (
                id,
                timestamp,
                description,
                archived,
                timezone,
                time_matters,
                name,
                timeline_id,
                icon,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTimelineEventResource(AsyncResource):
    """Routes of the 'timeline-event' namespace, awaited (AsyncClient's)."""

    async def create(
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
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """POST /api/timeline-event/

        Args:
            timestamp: JSON body; required.
            timezone: JSON body; required.
            name: JSON body; required; must not be blank.
            timeline_id: JSON body; required; must be > 0.
            question_id: JSON body; optional; None sends null; must be > 0.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            time_matters: JSON body; optional; None sends null.
            source: JSON body; optional; None sends null.
            icon: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#post-apitimeline-event
        """
        _result: TimelineEvent = await self._call(
            _CREATE,
            (
                timestamp,
                timezone,
                name,
                timeline_id,
                question_id,
                description,
                archived,
                time_matters,
                source,
                icon,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """DELETE /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#delete-apitimeline-eventid
        """
        _result: TimelineEvent = await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TimelineEvent:
        """GET /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#get-apitimeline-eventid
        """
        _result: TimelineEvent = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> TimelineEvent:
        """PUT /api/timeline-event/:id

        Args:
            id: path; required; must be > 0.
            timestamp: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            timezone: JSON body; optional; None sends null.
            time_matters: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            timeline_id: JSON body; optional; None sends null; must be > 0.
            icon: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/timeline-event#put-apitimeline-eventid
        """
        _result: TimelineEvent = await self._call(
            _UPDATE,
            (
                id,
                timestamp,
                description,
                archived,
                timezone,
                time_matters,
                name,
                timeline_id,
                icon,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTimelineEventResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

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
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

    class AsyncRawTimelineEventResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...

        async def update(
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
            icon: (
                Literal["star", "cake", "mail", "warning", "bell", "cloud"] | None | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TimelineEvent]: ...
