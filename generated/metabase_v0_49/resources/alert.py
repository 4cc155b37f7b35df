"""Routes of the 'alert' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class AlertResource(Resource):
    """Routes of the 'alert' namespace (6 endpoints)."""

    def create(
        self,
        *,
        alert_condition: Literal["rows", "goal"],
        card: dict[str, Any],
        channels: dict[str, Any] | List[dict[str, Any]],
        alert_first_only: bool,
        alert_above_goal: bool | None | Unset = UNSET,
    ) -> Any:
        """POST /api/alert/

        Args:
            alert_condition: Literal['rows', 'goal']; JSON body; required; one of 'rows', 'goal'.
            card: dict[str, Any]; JSON body; required.
            channels: dict[str, Any] | list[dict[str, Any]]; JSON body; required.
            alert_first_only: bool; JSON body; required.
            alert_above_goal: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#post-apialert
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
        )

    def delete_subscription(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/alert/:id/subscription

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#delete-apialertidsubscription
        """
        return self._call(
            "DELETE",
            "/api/alert/{}/subscription",
            (id,),
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/alert/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#get-apialertid
        """
        return self._call(
            "GET",
            "/api/alert/{}",
            (id,),
        )

    def get_question_by_id(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: int; path; required.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#get-apialertquestionid
        """
        return self._call(
            "GET",
            "/api/alert/question/{}",
            (id,),
            query={
                "archived": archived,
            },
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: bool | None; query string; optional; may be None.
            user_id: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#get-apialert
        """
        return self._call(
            "GET",
            "/api/alert/",
            (),
            query={
                "archived": archived,
                "user_id": user_id,
            },
        )

    def update(
        self,
        id: int,
        *,
        alert_condition: Literal["rows", "goal"] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
        card: dict[str, Any] | None | Unset = UNSET,
        channels: dict[str, Any] | List[dict[str, Any]] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/alert/:id

        Args:
            id: int; path; required.
            alert_condition: Literal['rows', 'goal'] | None; JSON body; optional; None sends null; one of 'rows', 'goal'.
            alert_first_only: bool | None; JSON body; optional; None sends null.
            alert_above_goal: bool | None; JSON body; optional; None sends null.
            card: dict[str, Any] | None; JSON body; optional; None sends null.
            channels: dict[str, Any] | list[dict[str, Any]] | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/alert#put-apialertid
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
        )
