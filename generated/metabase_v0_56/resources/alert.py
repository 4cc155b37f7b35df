"""Routes of the 'alert' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class AlertResource(Resource):
    """Routes of the 'alert' namespace (3 endpoints)."""

    def delete_subscription(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/alert/{id}/subscription

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apialertidsubscription
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
        """GET /api/alert/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apialertid
        """
        return self._call(
            "GET",
            "/api/alert/{}",
            (id,),
        )

    def list(
        self,
        *,
        archived: bool = False,
        user_id: int | Unset = UNSET,
    ) -> Any:
        """GET /api/alert/

        Args:
            archived: bool; query string; optional; default false.
            user_id: int; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apialert
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
