"""Routes of the 'alert' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class AlertResource(Resource):
    """Routes of the 'alert' namespace (6 endpoints)."""

    def create(
        self,
        *,
        alert_condition: Literal["goal", "rows"],
        card: dict[str, Any],
        channels: List[dict[str, Any]],
        alert_first_only: bool,
        alert_above_goal: bool | None | Unset = UNSET,
    ) -> Any:
        """POST /api/alert/

        Args:
            alert_condition: Literal['goal', 'rows']; JSON body; required; one of 'goal', 'rows'.
            card: dict[str, Any]; JSON body; required.
            channels: list[dict[str, Any]]; JSON body; required.
            alert_first_only: bool; JSON body; required.
            alert_above_goal: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apialert
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

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/alert/:id

        Args:
            id: int; path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apialertid
        """
        return self._call(
            "DELETE",
            "/api/alert/{}",
            (id,),
            deprecated="DELETE /api/alert/:id is deprecated by Metabase",
        )

    def get_question_by_id(
        self,
        id: int,
    ) -> Any:
        """GET /api/alert/question/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialertquestionid
        """
        return self._call(
            "GET",
            "/api/alert/question/{}",
            (id,),
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apialert
        """
        return self._call(
            "GET",
            "/api/alert/",
            (),
            query={
                "archived": archived,
            },
        )

    def update(
        self,
        id: int,
        *,
        alert_condition: Literal["goal", "rows"] | None | Unset = UNSET,
        card: dict[str, Any] | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        alert_first_only: bool | None | Unset = UNSET,
        alert_above_goal: bool | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/alert/:id

        Args:
            id: int; path; required.
            alert_condition: Literal['goal', 'rows'] | None; JSON body; optional; None sends null; one of 'goal', 'rows'.
            card: dict[str, Any] | None; JSON body; optional; None sends null.
            channels: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            alert_first_only: bool | None; JSON body; optional; None sends null.
            alert_above_goal: bool | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertid
        """
        return self._call(
            "PUT",
            "/api/alert/{}",
            (id,),
            body={
                "alert_condition": alert_condition,
                "card": card,
                "channels": channels,
                "alert_first_only": alert_first_only,
                "alert_above_goal": alert_above_goal,
                "archived": archived,
            },
        )

    def update_unsubscribe(
        self,
        id: int,
    ) -> Any:
        """PUT /api/alert/:id/unsubscribe

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apialertidunsubscribe
        """
        return self._call(
            "PUT",
            "/api/alert/{}/unsubscribe",
            (id,),
        )
