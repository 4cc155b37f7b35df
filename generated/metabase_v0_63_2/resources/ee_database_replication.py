"""Routes of the 'ee-database-replication' namespace (3 endpoints)."""

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
from .._schemas import (
    PostEeConnectionReplicationSchemaFilters,
    PostEePreviewReplicationSchemaFilters,
)

_DELETE_CONNECTION_BY_DATABASE_ID = RequestSpec(
    "DELETE", "/api/ee/database-replication/connection/{}", (Place("path"),)
)
_POST_CONNECTION_BY_DATABASE_ID = RequestSpec(
    "POST",
    "/api/ee/database-replication/connection/{}",
    (
        Place("path"),
        Place("body", ("replicationSchemaFilters",)),
    ),
)
_POST_CONNECTION_PREVIEW = RequestSpec(
    "POST",
    "/api/ee/database-replication/connection/{}/preview",
    (
        Place("path"),
        Place("body", ("replicationSchemaFilters",)),
    ),
)


class EeDatabaseReplicationResource(Resource):
    """Routes of the 'ee-database-replication' namespace (3 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieedatabase-replicationconnectiondatabase-id
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
        replication_schema_filters: PostEeConnectionReplicationSchemaFilters | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-replication/connection/{database-id}

        Args:
            database_id: path; required; must be >= 1; sent as 'database-id'.
            replication_schema_filters: JSON body; optional; sent as 'replicationSchemaFilters'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedatabase-replicationconnectiondatabase-id
        """
        return self._call(
            _POST_CONNECTION_BY_DATABASE_ID,
            (database_id, replication_schema_filters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_connection_preview(
        self,
        database_id: int,
        *,
        replication_schema_filters: PostEePreviewReplicationSchemaFilters | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-replication/connection/{database-id}/preview

        Args:
            database_id: path; required; must be >= 1; sent as 'database-id'.
            replication_schema_filters: JSON body; optional; sent as 'replicationSchemaFilters'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedatabase-replicationconnectiondatabase-idpreview
        """
        return self._call(
            _POST_CONNECTION_PREVIEW,
            (database_id, replication_schema_filters),
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieedatabase-replicationconnectiondatabase-id
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
        replication_schema_filters: PostEeConnectionReplicationSchemaFilters | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-replication/connection/{database-id}

        Args:
            database_id: path; required; must be >= 1; sent as 'database-id'.
            replication_schema_filters: JSON body; optional; sent as 'replicationSchemaFilters'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedatabase-replicationconnectiondatabase-id
        """
        return await self._call(
            _POST_CONNECTION_BY_DATABASE_ID,
            (database_id, replication_schema_filters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_connection_preview(
        self,
        database_id: int,
        *,
        replication_schema_filters: PostEePreviewReplicationSchemaFilters | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/database-replication/connection/{database-id}/preview

        Args:
            database_id: path; required; must be >= 1; sent as 'database-id'.
            replication_schema_filters: JSON body; optional; sent as 'replicationSchemaFilters'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedatabase-replicationconnectiondatabase-idpreview
        """
        return await self._call(
            _POST_CONNECTION_PREVIEW,
            (database_id, replication_schema_filters),
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
            replication_schema_filters: PostEeConnectionReplicationSchemaFilters | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_connection_preview(
            self,
            database_id: int,
            *,
            replication_schema_filters: PostEePreviewReplicationSchemaFilters | Unset = UNSET,
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
            replication_schema_filters: PostEeConnectionReplicationSchemaFilters | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_connection_preview(
            self,
            database_id: int,
            *,
            replication_schema_filters: PostEePreviewReplicationSchemaFilters | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
