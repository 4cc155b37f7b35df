"""Routes of the 'ee-database-replication' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeDatabaseReplicationResource(Resource):
    """Routes of the 'ee-database-replication' namespace (2 endpoints)."""

    def delete_connection_by_database_id(
        self,
        database_id: int,
    ) -> Any:
        """DELETE /api/ee/database-replication/connection/{database-id}

        Args:
            database_id: int; path; required; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieedatabase-replicationconnectiondatabase-id
        """
        return self._call(
            "DELETE",
            "/api/ee/database-replication/connection/{}",
            (database_id,),
        )

    def post_connection_by_database_id(
        self,
        database_id: int,
    ) -> Any:
        """POST /api/ee/database-replication/connection/{database-id}

        Args:
            database_id: int; path; required; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieedatabase-replicationconnectiondatabase-id
        """
        return self._call(
            "POST",
            "/api/ee/database-replication/connection/{}",
            (database_id,),
        )
