"""Routes of the 'table' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, IO, List, Literal, TYPE_CHECKING
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
    ForeignKey,
    PutTableFieldsOrderBodyOption2,
    PutTableFieldsOrderResponse,
    TableAnswer,
    TableData,
)

_GET = RequestSpec(
    "GET",
    "/api/table/{}",
    (
        Place("path"),
        Place("query", ("include_editable_data_model",)),
    ),
)
_GET_CARD_FKS = RequestSpec("GET", "/api/table/card__{}/fks", (Place("path"),))
_GET_CARD_QUERY_METADATA = RequestSpec(
    "GET", "/api/table/card__{}/query_metadata", (Place("path"),)
)
_GET_DATA = RequestSpec("GET", "/api/table/{}/data", (Place("path"),))
_GET_FKS = RequestSpec("GET", "/api/table/{}/fks", (Place("path"),))
_GET_QUERY_METADATA = RequestSpec(
    "GET",
    "/api/table/{}/query_metadata",
    (
        Place("path"),
        Place("query", ("include_sensitive_fields",)),
        Place("query", ("include_hidden_fields",)),
        Place("query", ("include_editable_data_model",)),
    ),
)
_GET_RELATED = RequestSpec("GET", "/api/table/{}/related", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/table",
    (
        Place("query", ("term",)),
        Place("query", ("visibility-type",)),
        Place("query", ("data-layer",)),
        Place("query", ("data-source",)),
        Place("query", ("owner-user-id",)),
        Place("query", ("owner-email",)),
        Place("query", ("orphan-only",)),
        Place("query", ("unused-only",)),
        Place("query", ("published-only",)),
        Place("query", ("can-query",)),
        Place("query", ("can-write",)),
        Place("query", ("include-transform-targets",)),
    ),
)
_POST_APPEND_CSV = RequestSpec(
    "POST",
    "/api/table/{}/append-csv",
    (
        Place("path"),
        Place("multipart", ("file",)),
    ),
    body_format="multipart",
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/table/{}/discard_values", (Place("path"),))
_POST_REPLACE_CSV = RequestSpec(
    "POST",
    "/api/table/{}/replace-csv",
    (
        Place("path"),
        Place("multipart", ("file",)),
    ),
    body_format="multipart",
)
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/table/{}/rescan_values", (Place("path"),))
_POST_SYNC_SCHEMA = RequestSpec("POST", "/api/table/{}/sync_schema", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/table/{}",
    (
        Place("path"),
        Place("body", ("points_of_interest",)),
        Place("body", ("visibility_type",)),
        Place("body", ("data_authority",)),
        Place("body", ("data_layer",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("owner_email",)),
        Place("body", ("owner_user_id",)),
        Place("body", ("display_name",)),
        Place("body", ("collection_id",)),
        Place("body", ("data_source",)),
        Place("body", ("caveats",)),
        Place("body", ("entity_type",)),
        Place("body", ("field_order",)),
        Place("body", ("description",)),
    ),
)
_UPDATE_ALL = RequestSpec(
    "PUT",
    "/api/table",
    (
        Place("body", ("ids",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("visibility_type",)),
        Place("body", ("data_authority",)),
        Place("body", ("data_layer",)),
        Place("body", ("show_in_getting_started",)),
        Place("body", ("owner_email",)),
        Place("body", ("owner_user_id",)),
        Place("body", ("display_name",)),
        Place("body", ("data_source",)),
        Place("body", ("caveats",)),
        Place("body", ("entity_type",)),
        Place("body", ("description",)),
    ),
)
_UPDATE_FIELDS_ORDER = RequestSpec(
    "PUT",
    "/api/table/{}/fields/order",
    (
        Place("path"),
        Place("body", whole=True),
    ),
)


class TableResource(Resource):
    """Routes of the 'table' namespace (16 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """GET /api/table/{id}

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableid
        """
        _result: TableAnswer = self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idfks
        """
        return self._call(
            _GET_CARD_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idquery_metadata
        """
        return self._call(
            _GET_CARD_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_data(
        self,
        table_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableData:
        """GET /api/table/{table-id}/data

        Args:
            table_id: path; required; must be >= 1; sent as 'table-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitabletable-iddata
        """
        _result: TableData = self._call(
            _GET_DATA,
            (table_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ForeignKey]:
        """GET /api/table/{id}/fks

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidfks
        """
        _result: List[ForeignKey] = self._call(
            _GET_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """GET /api/table/{id}/query_metadata

        Args:
            id: path; required; must be >= 1.
            include_sensitive_fields: query string; optional; not sent by default (the server assumes false).
            include_hidden_fields: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidquery_metadata
        """
        _result: TableAnswer = self._call(
            _GET_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidrelated
        """
        return self._call(
            _GET_RELATED,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        term: str | None = None,
        visibility_type: str | None = None,
        data_layer: Literal["final", "internal", "hidden"] | None = None,
        data_source: (
            Literal[
                "source-data", "transform", "unknown", "ingested", "metabase-transform", "upload"
            ]
            | None
        ) = None,
        owner_user_id: int | None = None,
        owner_email: str | None = None,
        orphan_only: bool | None = None,
        unused_only: bool | None = None,
        published_only: bool | None = None,
        can_query: bool | None = None,
        can_write: bool | None = None,
        include_transform_targets: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TableAnswer]:
        """GET /api/table

        Args:
            term: query string; optional.
            visibility_type: query string; optional; sent as 'visibility-type'.
            data_layer: query string; optional; sent as 'data-layer'.
            data_source: query string; optional; sent as 'data-source'.
            owner_user_id: query string; optional; sent as 'owner-user-id'.
            owner_email: query string; optional; sent as 'owner-email'.
            orphan_only: query string; optional; sent as 'orphan-only'.
            unused_only: query string; optional; sent as 'unused-only'.
            published_only: query string; optional; sent as 'published-only'.
            can_query: query string; optional; sent as 'can-query'.
            can_write: query string; optional; sent as 'can-write'.
            include_transform_targets: query string; optional; sent as 'include-transform-targets'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitable
        """
        _result: List[TableAnswer] = self._call(
            _LIST,
            (
                term,
                visibility_type,
                data_layer,
                data_source,
                owner_user_id,
                owner_email,
                orphan_only,
                unused_only,
                published_only,
                can_query,
                can_write,
                include_transform_targets,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_append_csv(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/append-csv

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidappend-csv
        """
        return self._call(
            _POST_APPEND_CSV,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/discard_values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableiddiscard_values
        """
        return self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_replace_csv(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/replace-csv

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidreplace-csv
        """
        return self._call(
            _POST_REPLACE_CSV,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/rescan_values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidrescan_values
        """
        return self._call(
            _POST_RESCAN_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_sync_schema(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/sync_schema

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidsync_schema
        """
        return self._call(
            _POST_SYNC_SCHEMA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        points_of_interest: str | None | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        data_authority: (
            Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
        ) = UNSET,
        data_layer: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        data_source: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        entity_type: Any | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """PUT /api/table/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            data_source: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            field_order: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableid
        """
        _result: TableAnswer = self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                visibility_type,
                data_authority,
                data_layer,
                show_in_getting_started,
                owner_email,
                owner_user_id,
                display_name,
                collection_id,
                data_source,
                caveats,
                entity_type,
                field_order,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_all(
        self,
        *,
        ids: List[int],
        points_of_interest: str | None | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        data_authority: (
            Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
        ) = UNSET,
        data_layer: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        data_source: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        entity_type: Any | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TableAnswer]:
        """PUT /api/table

        Args:
            ids: JSON body; required.
            points_of_interest: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            data_source: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitable
        """
        _result: List[TableAnswer] = self._call(
            _UPDATE_ALL,
            (
                ids,
                points_of_interest,
                visibility_type,
                data_authority,
                data_layer,
                show_in_getting_started,
                owner_email,
                owner_user_id,
                display_name,
                data_source,
                caveats,
                entity_type,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_fields_order(
        self,
        id: int,
        *,
        body: List[int] | PutTableFieldsOrderBodyOption2 | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTableFieldsOrderResponse:
        """PUT /api/table/{id}/fields/order

        Args:
            id: path; required; must be >= 1.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableidfieldsorder
        """
        _result: PutTableFieldsOrderResponse = self._call(
            _UPDATE_FIELDS_ORDER,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTableResource(AsyncResource):
    """Routes of the 'table' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """GET /api/table/{id}

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableid
        """
        _result: TableAnswer = await self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idfks
        """
        return await self._call(
            _GET_CARD_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idquery_metadata
        """
        return await self._call(
            _GET_CARD_QUERY_METADATA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_data(
        self,
        table_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableData:
        """GET /api/table/{table-id}/data

        Args:
            table_id: path; required; must be >= 1; sent as 'table-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitabletable-iddata
        """
        _result: TableData = await self._call(
            _GET_DATA,
            (table_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ForeignKey]:
        """GET /api/table/{id}/fks

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidfks
        """
        _result: List[ForeignKey] = await self._call(
            _GET_FKS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = None,
        include_hidden_fields: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """GET /api/table/{id}/query_metadata

        Args:
            id: path; required; must be >= 1.
            include_sensitive_fields: query string; optional; not sent by default (the server assumes false).
            include_hidden_fields: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidquery_metadata
        """
        _result: TableAnswer = await self._call(
            _GET_QUERY_METADATA,
            (id, include_sensitive_fields, include_hidden_fields, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}/related

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidrelated
        """
        return await self._call(
            _GET_RELATED,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        term: str | None = None,
        visibility_type: str | None = None,
        data_layer: Literal["final", "internal", "hidden"] | None = None,
        data_source: (
            Literal[
                "source-data", "transform", "unknown", "ingested", "metabase-transform", "upload"
            ]
            | None
        ) = None,
        owner_user_id: int | None = None,
        owner_email: str | None = None,
        orphan_only: bool | None = None,
        unused_only: bool | None = None,
        published_only: bool | None = None,
        can_query: bool | None = None,
        can_write: bool | None = None,
        include_transform_targets: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TableAnswer]:
        """GET /api/table

        Args:
            term: query string; optional.
            visibility_type: query string; optional; sent as 'visibility-type'.
            data_layer: query string; optional; sent as 'data-layer'.
            data_source: query string; optional; sent as 'data-source'.
            owner_user_id: query string; optional; sent as 'owner-user-id'.
            owner_email: query string; optional; sent as 'owner-email'.
            orphan_only: query string; optional; sent as 'orphan-only'.
            unused_only: query string; optional; sent as 'unused-only'.
            published_only: query string; optional; sent as 'published-only'.
            can_query: query string; optional; sent as 'can-query'.
            can_write: query string; optional; sent as 'can-write'.
            include_transform_targets: query string; optional; sent as 'include-transform-targets'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitable
        """
        _result: List[TableAnswer] = await self._call(
            _LIST,
            (
                term,
                visibility_type,
                data_layer,
                data_source,
                owner_user_id,
                owner_email,
                orphan_only,
                unused_only,
                published_only,
                can_query,
                can_write,
                include_transform_targets,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_append_csv(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/append-csv

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidappend-csv
        """
        return await self._call(
            _POST_APPEND_CSV,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/discard_values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableiddiscard_values
        """
        return await self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_replace_csv(
        self,
        id: int,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/replace-csv

        Args:
            id: path; required; must be >= 1.
            file: multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidreplace-csv
        """
        return await self._call(
            _POST_REPLACE_CSV,
            (id, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/rescan_values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidrescan_values
        """
        return await self._call(
            _POST_RESCAN_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_sync_schema(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/{id}/sync_schema

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidsync_schema
        """
        return await self._call(
            _POST_SYNC_SCHEMA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        points_of_interest: str | None | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        data_authority: (
            Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
        ) = UNSET,
        data_layer: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        data_source: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        entity_type: Any | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TableAnswer:
        """PUT /api/table/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            data_source: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            field_order: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableid
        """
        _result: TableAnswer = await self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                visibility_type,
                data_authority,
                data_layer,
                show_in_getting_started,
                owner_email,
                owner_user_id,
                display_name,
                collection_id,
                data_source,
                caveats,
                entity_type,
                field_order,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_all(
        self,
        *,
        ids: List[int],
        points_of_interest: str | None | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        data_authority: (
            Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
        ) = UNSET,
        data_layer: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        data_source: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        entity_type: Any | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[TableAnswer]:
        """PUT /api/table

        Args:
            ids: JSON body; required.
            points_of_interest: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            data_authority: JSON body; optional; None sends null.
            data_layer: JSON body; optional; None sends null.
            show_in_getting_started: JSON body; optional; None sends null.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            data_source: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            entity_type: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitable
        """
        _result: List[TableAnswer] = await self._call(
            _UPDATE_ALL,
            (
                ids,
                points_of_interest,
                visibility_type,
                data_authority,
                data_layer,
                show_in_getting_started,
                owner_email,
                owner_user_id,
                display_name,
                data_source,
                caveats,
                entity_type,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_fields_order(
        self,
        id: int,
        *,
        body: List[int] | PutTableFieldsOrderBodyOption2 | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTableFieldsOrderResponse:
        """PUT /api/table/{id}/fields/order

        Args:
            id: path; required; must be >= 1.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableidfieldsorder
        """
        _result: PutTableFieldsOrderResponse = await self._call(
            _UPDATE_FIELDS_ORDER,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTableResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        def get_card_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_query_metadata(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_data(
            self,
            table_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableData]: ...

        def get_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ForeignKey]]: ...

        def get_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            term: str | None = None,
            visibility_type: str | None = None,
            data_layer: Literal["final", "internal", "hidden"] | None = None,
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
            ) = None,
            owner_user_id: int | None = None,
            owner_email: str | None = None,
            orphan_only: bool | None = None,
            unused_only: bool | None = None,
            published_only: bool | None = None,
            can_query: bool | None = None,
            can_write: bool | None = None,
            include_transform_targets: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TableAnswer]]: ...

        def post_append_csv(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_replace_csv(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_sync_schema(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            points_of_interest: str | None | Unset = UNSET,
            visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
            data_authority: (
                Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
            ) = UNSET,
            data_layer: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            owner_email: str | None | Unset = UNSET,
            owner_user_id: int | None | Unset = UNSET,
            display_name: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            data_source: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            entity_type: Any | None | Unset = UNSET,
            field_order: (
                Literal["alphabetical", "custom", "database", "smart"] | None | Unset
            ) = UNSET,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        def update_all(
            self,
            *,
            ids: List[int],
            points_of_interest: str | None | Unset = UNSET,
            visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
            data_authority: (
                Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
            ) = UNSET,
            data_layer: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            owner_email: str | None | Unset = UNSET,
            owner_user_id: int | None | Unset = UNSET,
            display_name: str | None | Unset = UNSET,
            data_source: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            entity_type: Any | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TableAnswer]]: ...

        def update_fields_order(
            self,
            id: int,
            *,
            body: List[int] | PutTableFieldsOrderBodyOption2 | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTableFieldsOrderResponse]: ...

    class AsyncRawTableResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        async def get_card_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_query_metadata(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_data(
            self,
            table_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableData]: ...

        async def get_fks(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ForeignKey]]: ...

        async def get_query_metadata(
            self,
            id: int,
            *,
            include_sensitive_fields: bool | None = None,
            include_hidden_fields: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        async def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            term: str | None = None,
            visibility_type: str | None = None,
            data_layer: Literal["final", "internal", "hidden"] | None = None,
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
            ) = None,
            owner_user_id: int | None = None,
            owner_email: str | None = None,
            orphan_only: bool | None = None,
            unused_only: bool | None = None,
            published_only: bool | None = None,
            can_query: bool | None = None,
            can_write: bool | None = None,
            include_transform_targets: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TableAnswer]]: ...

        async def post_append_csv(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_replace_csv(
            self,
            id: int,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_sync_schema(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            points_of_interest: str | None | Unset = UNSET,
            visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
            data_authority: (
                Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
            ) = UNSET,
            data_layer: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            owner_email: str | None | Unset = UNSET,
            owner_user_id: int | None | Unset = UNSET,
            display_name: str | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            data_source: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            entity_type: Any | None | Unset = UNSET,
            field_order: (
                Literal["alphabetical", "custom", "database", "smart"] | None | Unset
            ) = UNSET,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TableAnswer]: ...

        async def update_all(
            self,
            *,
            ids: List[int],
            points_of_interest: str | None | Unset = UNSET,
            visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
            data_authority: (
                Literal["computed", "authoritative", "unconfigured", "ingested"] | None | Unset
            ) = UNSET,
            data_layer: str | None | Unset = UNSET,
            show_in_getting_started: bool | None | Unset = UNSET,
            owner_email: str | None | Unset = UNSET,
            owner_user_id: int | None | Unset = UNSET,
            display_name: str | None | Unset = UNSET,
            data_source: str | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            entity_type: Any | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[TableAnswer]]: ...

        async def update_fields_order(
            self,
            id: int,
            *,
            body: List[int] | PutTableFieldsOrderBodyOption2 | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTableFieldsOrderResponse]: ...
