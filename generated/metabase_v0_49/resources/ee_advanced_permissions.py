"""Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAdvancedPermissionsResource(Resource):
    """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

    def delete_impersonation_by_id(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/ee/advanced-permissions/impersonation/:id

        Args:
            id: int; path; required.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#delete-apieeadvanced-permissionsimpersonationid
        """
        return self._call(
            "DELETE",
            "/api/ee/advanced-permissions/impersonation/{}",
            (id,),
        )

    def get_application_graph(self) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#get-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/application/graph",
            (),
        )

    def get_impersonation(
        self,
        *,
        group_id: int | None | Unset = UNSET,
        db_id: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/ee/advanced-permissions/impersonation/

        Args:
            group_id: int | None; query string; optional; may be None.
            db_id: int | None; query string; optional; may be None.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#get-apieeadvanced-permissionsimpersonation
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/impersonation/",
            (),
            query={
                "group_id": group_id,
                "db_id": db_id,
            },
        )

    def update_application_graph(self) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#put-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "PUT",
            "/api/ee/advanced-permissions/application/graph",
            (),
        )
