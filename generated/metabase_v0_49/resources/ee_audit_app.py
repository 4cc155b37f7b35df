"""Routes of the 'ee-audit-app' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAuditAppResource(Resource):
    """Routes of the 'ee-audit-app' namespace (2 endpoints)."""

    def delete_user_subscriptions(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/ee/audit-app/user/:id/subscriptions

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/audit-app-user#delete-apieeaudit-appuseridsubscriptions
        """
        return self._call(
            "DELETE",
            "/api/ee/audit-app/user/{}/subscriptions",
            (id,),
        )

    def get_user_audit_info(self) -> Any:
        """GET /api/ee/audit-app/user/audit-info

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/audit-app-user#get-apieeaudit-appuseraudit-info
        """
        return self._call(
            "GET",
            "/api/ee/audit-app/user/audit-info",
            (),
        )
