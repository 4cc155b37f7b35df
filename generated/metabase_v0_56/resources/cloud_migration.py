"""Routes of the 'cloud-migration' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class CloudMigrationResource(Resource):
    """Routes of the 'cloud-migration' namespace (3 endpoints)."""

    def create(self) -> Any:
        """POST /api/cloud-migration/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicloud-migration
        """
        return self._call(
            "POST",
            "/api/cloud-migration/",
            (),
        )

    def list(self) -> Any:
        """GET /api/cloud-migration/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicloud-migration
        """
        return self._call(
            "GET",
            "/api/cloud-migration/",
            (),
        )

    def update_cancel(self) -> Any:
        """PUT /api/cloud-migration/cancel

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicloud-migrationcancel
        """
        return self._call(
            "PUT",
            "/api/cloud-migration/cancel",
            (),
        )
