"""Routes of the 'ee-advanced-permissions' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAdvancedPermissionsResource(Resource):
    """Routes of the 'ee-advanced-permissions' namespace (2 endpoints)."""

    def get_application_graph(self) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "GET",
            "/api/ee/advanced-permissions/application/graph",
            (),
        )

    def update_application_graph(self) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            "PUT",
            "/api/ee/advanced-permissions/application/graph",
            (),
        )
