"""Routes of the 'ee-permission_debug' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class EePermissionDebugResource(Resource):
    """Routes of the 'ee-permission_debug' namespace (1 endpoints)."""

    def list(
        self,
        *,
        user_id: int,
        model_id: str,
        action_type: Literal["card/read", "card/query", "card/download-data"],
    ) -> Any:
        """GET /api/ee/permission_debug/

        Args:
            user_id: int; query string; required.
            model_id: str; query string; required.
            action_type: Literal['card/read', 'card/query', 'card/download-data']; query string; required; one of 'card/read', 'card/query', 'card/download-data'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieepermission_debug
        """
        return self._call(
            "GET",
            "/api/ee/permission_debug/",
            (),
            query={
                "user_id": user_id,
                "model_id": model_id,
                "action_type": action_type,
            },
        )
