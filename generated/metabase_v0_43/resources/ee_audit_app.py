"""Routes of the 'ee-audit-app' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAuditAppResource(Resource):
    """Routes of the 'ee-audit-app' namespace (1 endpoints)."""

    def delete_user_subscriptions(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/ee/audit-app/user/:id/subscriptions

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apieeaudit-appuseridsubscriptions
        """
        return self._call(
            "DELETE",
            "/api/ee/audit-app/user/{}/subscriptions",
            (id,),
        )
