"""Routes of the 'data-studio' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import BulkTableSelectionInfo


class DataStudioResource(Resource):
    """Routes of the 'data-studio' namespace (5 endpoints)."""

    def post_table_discard_values(
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
        """POST /api/data-studio/table/discard-values

        Args:
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidata-studiotablediscard-values
        """
        _result: None = self._call(
            "POST",
            "/api/data-studio/table/discard-values",
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

    def post_table_edit(
        self,
        *,
        data_authority: (
            Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
        ) = UNSET,
        data_layer: Literal["final", "internal", "hidden"] | None | Unset = UNSET,
        table_ids: List[int] | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        data_source: (
            Literal[
                "source-data", "transform", "unknown", "ingested", "metabase-transform", "upload"
            ]
            | None
            | Unset
        ) = UNSET,
        schema_ids: List[str] | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        database_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> dict[str, Any]:
        """POST /api/data-studio/table/edit

        Args:
            data_authority: Literal['computed', 'authoritative', 'unconfigured', 'ingested'] | None; JSON body; optional; None sends null; one of 'computed', 'authoritative', 'unconfigured', 'ingested'.
            data_layer: Literal['final', 'internal', 'hidden'] | None; JSON body; optional; None sends null; one of 'final', 'internal', 'hidden'.
            table_ids: list[int]; JSON body; optional.
            owner_email: str | None; JSON body; optional; None sends null.
            owner_user_id: int | None; JSON body; optional; None sends null.
            data_source: Literal['source-data', 'transform', 'unknown', 'ingested', 'metabase-transform', 'upload'] | None; JSON body; optional; None sends null; one of 'source-data', 'transform', 'unknown', 'ingested', 'metabase-transform', 'upload'.
            schema_ids: list[str]; JSON body; optional.
            entity_type: str | None; JSON body; optional; None sends null.
            database_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidata-studiotableedit
        """
        _result: dict[str, Any] = self._call(
            "POST",
            "/api/data-studio/table/edit",
            (),
            body={
                "data_authority": data_authority,
                "data_layer": data_layer,
                "table_ids": table_ids,
                "owner_email": owner_email,
                "owner_user_id": owner_user_id,
                "data_source": data_source,
                "schema_ids": schema_ids,
                "entity_type": entity_type,
                "database_ids": database_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_table_rescan_values(
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
        """POST /api/data-studio/table/rescan-values

        Args:
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidata-studiotablerescan-values
        """
        _result: None = self._call(
            "POST",
            "/api/data-studio/table/rescan-values",
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

    def post_table_selection(
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
    ) -> BulkTableSelectionInfo:
        """POST /api/data-studio/table/selection

        Args:
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidata-studiotableselection
        """
        _result: BulkTableSelectionInfo = self._call(
            "POST",
            "/api/data-studio/table/selection",
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

    def post_table_sync_schema(
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
        """POST /api/data-studio/table/sync-schema

        Args:
            database_ids: list[int]; JSON body; optional.
            schema_ids: list[str]; JSON body; optional.
            table_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidata-studiotablesync-schema
        """
        _result: None = self._call(
            "POST",
            "/api/data-studio/table/sync-schema",
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
