"""Routes of the 'data-studio' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
from .._schemas import BulkTableSelectionInfo

_POST_TABLE_DISCARD_VALUES = RequestSpec(
    "POST",
    "/api/data-studio/table/discard-values",
    (
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)
_POST_TABLE_EDIT = RequestSpec(
    "POST",
    "/api/data-studio/table/edit",
    (
        Place("body", ("data_authority",)),
        Place("body", ("data_layer",)),
        Place("body", ("table_ids",)),
        Place("body", ("owner_email",)),
        Place("body", ("owner_user_id",)),
        Place("body", ("data_source",)),
        Place("body", ("schema_ids",)),
        Place("body", ("entity_type",)),
        Place("body", ("database_ids",)),
    ),
)
_POST_TABLE_RESCAN_VALUES = RequestSpec(
    "POST",
    "/api/data-studio/table/rescan-values",
    (
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)
_POST_TABLE_SELECTION = RequestSpec(
    "POST",
    "/api/data-studio/table/selection",
    (
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)
_POST_TABLE_SYNC_SCHEMA = RequestSpec(
    "POST",
    "/api/data-studio/table/sync-schema",
    (
        Place("body", ("database_ids",)),
        Place("body", ("schema_ids",)),
        Place("body", ("table_ids",)),
    ),
)


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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablediscard-values
        """
        _result: None = self._call(
            _POST_TABLE_DISCARD_VALUES,
            (database_ids, schema_ids, table_ids),
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
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            table_ids: JSON body; optional.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            data_source: JSON body; optional; None sends null.
            schema_ids: JSON body; optional.
            entity_type: JSON body; optional; None sends null.
            database_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotableedit
        """
        _result: dict[str, Any] = self._call(
            _POST_TABLE_EDIT,
            (
                data_authority,
                data_layer,
                table_ids,
                owner_email,
                owner_user_id,
                data_source,
                schema_ids,
                entity_type,
                database_ids,
            ),
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablerescan-values
        """
        _result: None = self._call(
            _POST_TABLE_RESCAN_VALUES,
            (database_ids, schema_ids, table_ids),
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotableselection
        """
        _result: BulkTableSelectionInfo = self._call(
            _POST_TABLE_SELECTION,
            (database_ids, schema_ids, table_ids),
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablesync-schema
        """
        _result: None = self._call(
            _POST_TABLE_SYNC_SCHEMA,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncDataStudioResource(AsyncResource):
    """Routes of the 'data-studio' namespace, awaited (AsyncClient's)."""

    async def post_table_discard_values(
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablediscard-values
        """
        _result: None = await self._call(
            _POST_TABLE_DISCARD_VALUES,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_table_edit(
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
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            table_ids: JSON body; optional.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            data_source: JSON body; optional; None sends null.
            schema_ids: JSON body; optional.
            entity_type: JSON body; optional; None sends null.
            database_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotableedit
        """
        _result: dict[str, Any] = await self._call(
            _POST_TABLE_EDIT,
            (
                data_authority,
                data_layer,
                table_ids,
                owner_email,
                owner_user_id,
                data_source,
                schema_ids,
                entity_type,
                database_ids,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_table_rescan_values(
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablerescan-values
        """
        _result: None = await self._call(
            _POST_TABLE_RESCAN_VALUES,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_table_selection(
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotableselection
        """
        _result: BulkTableSelectionInfo = await self._call(
            _POST_TABLE_SELECTION,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_table_sync_schema(
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
            database_ids: JSON body; optional.
            schema_ids: JSON body; optional.
            table_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apidata-studiotablesync-schema
        """
        _result: None = await self._call(
            _POST_TABLE_SYNC_SCHEMA,
            (database_ids, schema_ids, table_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawDataStudioResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[None]: ...

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
                    "source-data",
                    "transform",
                    "unknown",
                    "ingested",
                    "metabase-transform",
                    "upload",
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
        ) -> RawResponse[dict[str, Any]]: ...

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
        ) -> RawResponse[None]: ...

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
        ) -> RawResponse[BulkTableSelectionInfo]: ...

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
        ) -> RawResponse[None]: ...

    class AsyncRawDataStudioResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_table_discard_values(
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

        async def post_table_edit(
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
                    "source-data",
                    "transform",
                    "unknown",
                    "ingested",
                    "metabase-transform",
                    "upload",
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
        ) -> RawResponse[dict[str, Any]]: ...

        async def post_table_rescan_values(
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

        async def post_table_selection(
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
        ) -> RawResponse[BulkTableSelectionInfo]: ...

        async def post_table_sync_schema(
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
