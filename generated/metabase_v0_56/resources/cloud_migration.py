"""Routes of the 'cloud-migration' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class CloudMigrationResource:
    """Routes of the 'cloud-migration' namespace (3 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def create(self) -> Any:
        """POST /api/cloud-migration/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicloud-migration
        """
        return self._client._call(
            "POST",
            "/api/cloud-migration/",
            (),
        )

    def list(self) -> Any:
        """GET /api/cloud-migration/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicloud-migration
        """
        return self._client._call(
            "GET",
            "/api/cloud-migration/",
            (),
        )

    def update_cancel(self) -> Any:
        """PUT /api/cloud-migration/cancel

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicloud-migrationcancel
        """
        return self._client._call(
            "PUT",
            "/api/cloud-migration/cancel",
            (),
        )
