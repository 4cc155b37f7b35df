"""Routes of the 'ee-database-replication' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class EeDatabaseReplicationResource(Resource):
    """Routes of the 'ee-database-replication' namespace (2 endpoints)."""

    def delete_connection_by_database_id(
        self,
        database_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_connection_by_database_id(
        self,
        database_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
