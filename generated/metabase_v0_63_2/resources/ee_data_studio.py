"""Routes of the 'ee-data-studio' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
from .._schemas import PublishTablesResponse

_POST_TABLE_PUBLISH_TABLES = RequestSpec(
    "POST",
    "/api/ee/data-studio/table/publish-tables",
    (
        Place("body", ("collection_id",)),
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)
_POST_TABLE_UNPUBLISH_TABLES = RequestSpec(
    "POST",
    "/api/ee/data-studio/table/unpublish-tables",
    (
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)


class EeDataStudioResource(Resource):
    """Routes of the 'ee-data-studio' namespace (2 endpoints)."""

    def post_table_publish_tables(
        self,
        *,
        collection_id: int,
        database_ids: List[int] | Unset = UNSET,
        schema_ids: List[str] | Unset = UNSET,
        table_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PublishTablesResponse:
        """POST /api/ee/data-studio/table/publish-tables

        Args:
            collection_id: JSON body; required; must be >= 1.
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotablepublish-tables
        """
        _result: PublishTablesResponse = self._call(
            _POST_TABLE_PUBLISH_TABLES,
            (collection_id, database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_table_unpublish_tables(
        self,
        *,
        database_ids: List[int] | Unset = UNSET,
        schema_ids: List[str] | Unset = UNSET,
        table_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/data-studio/table/unpublish-tables

        Args:
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotableunpublish-tables
        """
        _result: None = self._call(
            _POST_TABLE_UNPUBLISH_TABLES,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeDataStudioResource(AsyncResource):
    """Routes of the 'ee-data-studio' namespace, awaited (AsyncClient's)."""

    async def post_table_publish_tables(
        self,
        *,
        collection_id: int,
        database_ids: List[int] | Unset = UNSET,
        schema_ids: List[str] | Unset = UNSET,
        table_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PublishTablesResponse:
        """POST /api/ee/data-studio/table/publish-tables

        Args:
            collection_id: JSON body; required; must be >= 1.
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotablepublish-tables
        """
        _result: PublishTablesResponse = await self._call(
            _POST_TABLE_PUBLISH_TABLES,
            (collection_id, database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_table_unpublish_tables(
        self,
        *,
        database_ids: List[int] | Unset = UNSET,
        schema_ids: List[str] | Unset = UNSET,
        table_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/ee/data-studio/table/unpublish-tables

        Args:
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotableunpublish-tables
        """
        _result: None = await self._call(
            _POST_TABLE_UNPUBLISH_TABLES,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeDataStudioResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_table_publish_tables(
            self,
            *,
            collection_id: int,
            database_ids: List[int] | Unset = UNSET,
            schema_ids: List[str] | Unset = UNSET,
            table_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PublishTablesResponse]: ...

        def post_table_unpublish_tables(
            self,
            *,
            database_ids: List[int] | Unset = UNSET,
            schema_ids: List[str] | Unset = UNSET,
            table_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

    class AsyncRawEeDataStudioResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_table_publish_tables(
            self,
            *,
            collection_id: int,
            database_ids: List[int] | Unset = UNSET,
            schema_ids: List[str] | Unset = UNSET,
            table_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PublishTablesResponse]: ...

        async def post_table_unpublish_tables(
            self,
            *,
            database_ids: List[int] | Unset = UNSET,
            schema_ids: List[str] | Unset = UNSET,
            table_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...
