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
        """DELETE /api/ee/advanced-permissions/impersonation/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieeadvanced-permissionsimpersonationid
        """
        return self._call(
            "DELETE",
            "/api/ee/advanced-permissions/impersonation/{}",
            (id,),
        )

    def get_application_graph(self) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/application/graph",
            (),
        )

    def get_impersonation(
        self,
        *,
        group_id: int | Unset = UNSET,
        db_id: int | Unset = UNSET,
    ) -> Any:
        """GET /api/ee/advanced-permissions/impersonation/

        Args:
            group_id: int; query string; optional.
            db_id: int; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieeadvanced-permissionsimpersonation
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

    def update_application_graph(
        self,
        *,
        skip_graph: bool = False,
        force: bool = False,
    ) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Args:
            skip_graph: bool; query string; optional; default false; sent as 'skip-graph'.
            force: bool; query string; optional; default false.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "PUT",
            "/api/ee/advanced-permissions/application/graph",
            (),
            query={
                "skip-graph": skip_graph,
                "force": force,
            },
        )
