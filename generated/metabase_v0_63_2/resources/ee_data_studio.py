"""Routes of the 'ee-data-studio' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PublishTablesResponse


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
            collection_id: int; JSON body; required.
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotablepublish-tables
        """
        _result: PublishTablesResponse = self._call(
            "POST",
            "/api/ee/data-studio/table/publish-tables",
            (),
            body={
                "collection_id": collection_id,
                "database_ids": database_ids,
                "schema_ids": schema_ids,
                "table_ids": table_ids,
            },
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
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieedata-studiotableunpublish-tables
        """
        _result: None = self._call(
            "POST",
            "/api/ee/data-studio/table/unpublish-tables",
            (),
            body={
                "database_ids": database_ids,
                "schema_ids": schema_ids,
                "table_ids": table_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
