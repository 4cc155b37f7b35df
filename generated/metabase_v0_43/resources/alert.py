"""Routes of the 'alert' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import MapIdIncludeCsvIncludeXlsAnd1


class AlertResource(Resource):
    """Routes of the 'alert' namespace (6 endpoints)."""

    def create(
        self,
        *,
        alert_condition: Literal["goal", "rows"] | Unset = UNSET,
        card: MapIdIncludeCsvIncludeXlsAnd1 | Unset = UNSET,
        channels: List[dict[str, Any]] | Unset = UNSET,
        alert_first_only: bool | Unset = UNSET,
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
            alert_condition: Literal['goal', 'rows']; JSON body; optional; one of 'goal', 'rows'.
            card: MapIdIncludeCsvIncludeXlsAnd1; JSON body; optional.
            channels: list[dict[str, Any]]; JSON body; optional.
            alert_first_only: bool; JSON body; optional.
            alert_above_goal: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apialert
        """
        return self._call(
            "POST",
            "/api/alert/",
            (),
            body={
                "alert_condition": alert_condition,
                "card": card,
                "channels": channels,
                "alert_first_only": alert_first_only,
                "alert_above_goal": alert_above_goal,
            },
            raw_body=body,
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apialertidsubscription
        """
        return self._call(
            "DELETE",
            "/api/alert/{}/subscription",
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertid
        """
        return self._call(
            "GET",
            "/api/alert/{}",
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
        archived: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: int; path; required.
            archived: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialertquestionid
        """
        return self._call(
            "GET",
            "/api/alert/question/{}",
            (id,),
            form={
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: bool | None; form field or query string; optional; may be None.
            user_id: int | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apialert
        """
        return self._call(
            "GET",
            "/api/alert/",
            (),
            form={
                "archived": archived,
                "user_id": user_id,
            },
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
            id: int; path; required.
            alert_condition: Literal['goal', 'rows'] | None; JSON body; optional; None sends null; one of 'goal', 'rows'.
            alert_first_only: bool | None; JSON body; optional; None sends null.
            alert_above_goal: bool | None; JSON body; optional; None sends null.
            card: MapIdIncludeCsvIncludeXlsAnd1 | None; JSON body; optional; None sends null.
            channels: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apialertid
        """
        return self._call(
            "PUT",
            "/api/alert/{}",
            (id,),
            body={
                "alert_condition": alert_condition,
                "alert_first_only": alert_first_only,
                "alert_above_goal": alert_above_goal,
                "card": card,
                "channels": channels,
                "archived": archived,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
