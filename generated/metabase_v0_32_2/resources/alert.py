"""Routes of the 'alert' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from typing_extensions import deprecated
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
from .._schemas import MapIdIncludeCsvIncludeXls

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
_DELETE = RequestSpec(
    "DELETE",
    "/api/alert/{}",
    (Place("path"),),
    deprecated="DELETE /api/alert/:id is deprecated by Metabase",
)
_GET_QUESTION_BY_ID = RequestSpec("GET", "/api/alert/question/{}", (Place("path"),))
_LIST = RequestSpec("GET", "/api/alert/", (Place("form", ("archived",)),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/alert/{}",
    (
        Place("path"),
        Place("body", ("alert_condition",)),
        Place("body", ("card",)),
        Place("body", ("channels",)),
        Place("body", ("alert_first_only",)),
        Place("body", ("alert_above_goal",)),
        Place("body", ("archived",)),
        Place("body", whole=True),
    ),
)
_UPDATE_UNSUBSCRIBE = RequestSpec("PUT", "/api/alert/{}/unsubscribe", (Place("path"),))


class AlertResource(Resource):
    """Routes of the 'alert' namespace (6 endpoints)."""

    def create(
        self,
        *,
        alert_condition: Literal["goal", "rows"],
        card: MapIdIncludeCsvIncludeXls,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apialert
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

    @deprecated("DELETE /api/alert/:id is deprecated by Metabase", category=None)
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
        """DELETE /api/alert/:id

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apialertid
        """
        return self._call(
            _DELETE,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialertquestionid
        """
        return self._call(
            _GET_QUESTION_BY_ID,
            (id,),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialert
        """
        return self._call(
            _LIST,
            (archived,),
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
        card: MapIdIncludeCsvIncludeXls | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
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
            card: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            alert_first_only: JSON body; optional; None sends null.
            alert_above_goal: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertid
        """
        return self._call(
            _UPDATE,
            (
                id,
                alert_condition,
                card,
                channels,
                alert_first_only,
                alert_above_goal,
                archived,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_unsubscribe(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/alert/:id/unsubscribe

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertidunsubscribe
        """
        return self._call(
            _UPDATE_UNSUBSCRIBE,
            (id,),
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
        card: MapIdIncludeCsvIncludeXls,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apialert
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

    @deprecated("DELETE /api/alert/:id is deprecated by Metabase", category=None)
    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/alert/:id

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apialertid
        """
        return await self._call(
            _DELETE,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialertquestionid
        """
        return await self._call(
            _GET_QUESTION_BY_ID,
            (id,),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialert
        """
        return await self._call(
            _LIST,
            (archived,),
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
        card: MapIdIncludeCsvIncludeXls | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
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
            card: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            alert_first_only: JSON body; optional; None sends null.
            alert_above_goal: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertid
        """
        return await self._call(
            _UPDATE,
            (
                id,
                alert_condition,
                card,
                channels,
                alert_first_only,
                alert_above_goal,
                archived,
                body,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_unsubscribe(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/alert/:id/unsubscribe

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertidunsubscribe
        """
        return await self._call(
            _UPDATE_UNSUBSCRIBE,
            (id,),
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
            card: MapIdIncludeCsvIncludeXls,
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

        @deprecated("DELETE /api/alert/:id is deprecated by Metabase", category=None)
        def delete(
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
            card: MapIdIncludeCsvIncludeXls | None | Unset = UNSET,
            channels: List[dict[str, Any]] | None | Unset = UNSET,
            alert_first_only: bool | None | Unset = UNSET,
            alert_above_goal: bool | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_unsubscribe(
            self,
            id: int,
            *,
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
            card: MapIdIncludeCsvIncludeXls,
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

        @deprecated("DELETE /api/alert/:id is deprecated by Metabase", category=None)
        async def delete(
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
            card: MapIdIncludeCsvIncludeXls | None | Unset = UNSET,
            channels: List[dict[str, Any]] | None | Unset = UNSET,
            alert_first_only: bool | None | Unset = UNSET,
            alert_above_goal: bool | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_unsubscribe(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
