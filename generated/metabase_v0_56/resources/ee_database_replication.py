"""Routes of the 'ee-database-replication' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_DELETE_CONNECTION_BY_DATABASE_ID = RequestSpec(
    "DELETE", "/api/ee/database-replication/connection/{}", (Place("path"),)
)
_POST_CONNECTION_BY_DATABASE_ID = RequestSpec(
    "POST", "/api/ee/database-replication/connection/{}", (Place("path"),)
)


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
            database_id: path; required; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieedatabase-replicationconnectiondatabase-id
        """
        return self._call(
            _DELETE_CONNECTION_BY_DATABASE_ID,
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
            database_id: path; required; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieedatabase-replicationconnectiondatabase-id
        """
        return self._call(
            _POST_CONNECTION_BY_DATABASE_ID,
            (database_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeDatabaseReplicationResource(AsyncResource):
    """Routes of the 'ee-database-replication' namespace, awaited (AsyncClient's)."""

    async def delete_connection_by_database_id(
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
            database_id: path; required; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apieedatabase-replicationconnectiondatabase-id
        """
        return await self._call(
            _DELETE_CONNECTION_BY_DATABASE_ID,
            (database_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_connection_by_database_id(
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
            database_id: path; required; must be >= 1; sent as 'database-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieedatabase-replicationconnectiondatabase-id
        """
        return await self._call(
            _POST_CONNECTION_BY_DATABASE_ID,
            (database_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeDatabaseReplicationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_connection_by_database_id(
            self,
            database_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_connection_by_database_id(
            self,
            database_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeDatabaseReplicationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_connection_by_database_id(
            self,
            database_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_connection_by_database_id(
            self,
            database_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
