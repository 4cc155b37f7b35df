"""Routes of the 'alert' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import MapIdIncludeCsvIncludeXlsAnd1

_CREATE = RequestSpec(
    "POST",
    "/api/alert/",
    (
        Place("body", ("alert_condition",)),
        Place("body", ("card",)),
        Place("body", ("channels",)),
        Place("body", ("alert_first_only",)),
        Place("body", ("alert_above_goal",)),
        Place("body", whole=True),
    ),
)
_DELETE_SUBSCRIPTION = RequestSpec("DELETE", "/api/alert/{}/subscription", (Place("path"),))
_GET = RequestSpec("GET", "/api/alert/{}", (Place("path"),))
_GET_QUESTION_BY_ID = RequestSpec(
    "GET",
    "/api/alert/question/{}",
    (
        Place("path"),
        Place("form", ("archived",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/alert/",
    (
        Place("form", ("archived",)),
        Place("form", ("user_id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/alert/{}",
    (
        Place("path"),
        Place("body", ("alert_condition",)),
        Place("body", ("alert_first_only",)),
        Place("body", ("alert_above_goal",)),
        Place("body", ("card",)),
        Place("body", ("channels",)),
        Place("body", ("archived",)),
        Place("body", whole=True),
    ),
)


class AlertResource(Resource):
    """Routes of the 'alert' namespace (6 endpoints)."""

    def create(
        self,
        *,
        alert_condition: Literal["goal", "rows"],
        card: MapIdIncludeCsvIncludeXlsAnd1,
        channels: List[dict[str, Any]],
        alert_first_only: bool,
        alert_above_goal: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/alert/

        Args:
            alert_condition: JSON body; required.
            card: JSON body; required.
            channels: JSON body; required.
            alert_first_only: JSON body; required.
            alert_above_goal: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apialert
        """
        return self._call(
            _CREATE,
            (alert_condition, card, channels, alert_first_only, alert_above_goal, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_subscription(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/alert/:id/subscription

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apialertidsubscription
        """
        return self._call(
            _DELETE_SUBSCRIPTION,
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
        """GET /api/alert/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertid
        """
        return self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_question_by_id(
        self,
        id: int,
        *,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: path; required; must be > 0.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertquestionid
        """
        return self._call(
            _GET_QUESTION_BY_ID,
            (id, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None = None,
        user_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: form field or query string; optional.
            user_id: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialert
        """
        return self._call(
            _LIST,
            (archived, user_id),
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
        alert_condition: Literal["goal", "rows"] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
        card: MapIdIncludeCsvIncludeXlsAnd1 | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/alert/:id

        Args:
            id: path; required.
            alert_condition: JSON body; optional; None sends null.
            alert_first_only: JSON body; optional; None sends null.
            alert_above_goal: JSON body; optional; None sends null.
            card: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apialertid
        """
        return self._call(
            _UPDATE,
            (
                id,
                alert_condition,
                alert_first_only,
                alert_above_goal,
                card,
                channels,
                archived,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncAlertResource(AsyncResource):
    """Routes of the 'alert' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        alert_condition: Literal["goal", "rows"],
        card: MapIdIncludeCsvIncludeXlsAnd1,
        channels: List[dict[str, Any]],
        alert_first_only: bool,
        alert_above_goal: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/alert/

        Args:
            alert_condition: JSON body; required.
            card: JSON body; required.
            channels: JSON body; required.
            alert_first_only: JSON body; required.
            alert_above_goal: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apialert
        """
        return await self._call(
            _CREATE,
            (alert_condition, card, channels, alert_first_only, alert_above_goal, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_subscription(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/alert/:id/subscription

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apialertidsubscription
        """
        return await self._call(
            _DELETE_SUBSCRIPTION,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertid
        """
        return await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_question_by_id(
        self,
        id: int,
        *,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: path; required; must be > 0.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertquestionid
        """
        return await self._call(
            _GET_QUESTION_BY_ID,
            (id, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        archived: bool | None = None,
        user_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: form field or query string; optional.
            user_id: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialert
        """
        return await self._call(
            _LIST,
            (archived, user_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        alert_condition: Literal["goal", "rows"] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
        card: MapIdIncludeCsvIncludeXlsAnd1 | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/alert/:id

        Args:
            id: path; required.
            alert_condition: JSON body; optional; None sends null.
            alert_first_only: JSON body; optional; None sends null.
            alert_above_goal: JSON body; optional; None sends null.
            card: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apialertid
        """
        return await self._call(
            _UPDATE,
            (
                id,
                alert_condition,
                alert_first_only,
                alert_above_goal,
                card,
                channels,
                archived,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawAlertResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            alert_condition: Literal["goal", "rows"],
            card: MapIdIncludeCsvIncludeXlsAnd1,
            channels: List[dict[str, Any]],
            alert_first_only: bool,
            alert_above_goal: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def delete_subscription(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_question_by_id(
            self,
            id: int,
            *,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            user_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            alert_condition: Literal["goal", "rows"] | None | Unset = UNSET,
            alert_first_only: bool | None | Unset = UNSET,
            alert_above_goal: bool | None | Unset = UNSET,
            card: MapIdIncludeCsvIncludeXlsAnd1 | None | Unset = UNSET,
            channels: List[dict[str, Any]] | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawAlertResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            alert_condition: Literal["goal", "rows"],
            card: MapIdIncludeCsvIncludeXlsAnd1,
            channels: List[dict[str, Any]],
            alert_first_only: bool,
            alert_above_goal: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_subscription(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_question_by_id(
            self,
            id: int,
            *,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            user_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            alert_condition: Literal["goal", "rows"] | None | Unset = UNSET,
            alert_first_only: bool | None | Unset = UNSET,
            alert_above_goal: bool | None | Unset = UNSET,
            card: MapIdIncludeCsvIncludeXlsAnd1 | None | Unset = UNSET,
            channels: List[dict[str, Any]] | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
