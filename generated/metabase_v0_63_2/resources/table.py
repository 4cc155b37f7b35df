"""Routes of the 'table' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, IO, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PutTableByIdFieldsOrderBodyOption2, PutTableByIdFieldsOrderResponse


class TableResource(Resource):
    """Routes of the 'table' namespace (16 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}

        Args:
            id: int; path; required.
            include_editable_data_model: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableid
        """
        return self._call(
            "GET",
            "/api/table/{}",
            (id,),
            query={
                "include_editable_data_model": include_editable_data_model,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idfks
        """
        return self._call(
            "GET",
            "/api/table/card__{}/fks",
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitablecard__idquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/card__{}/query_metadata",
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
    ) -> Any:
        """GET /api/table/{table-id}/data

        Args:
            table_id: int; path; required; sent as 'table-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitabletable-iddata
        """
        return self._call(
            "GET",
            "/api/table/{}/data",
            (table_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}/fks

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidfks
        """
        return self._call(
            "GET",
            "/api/table/{}/fks",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None = False,
        include_hidden_fields: bool | None = False,
        include_editable_data_model: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}/query_metadata

        Args:
            id: int; path; required.
            include_sensitive_fields: bool | None; query string; optional; default false; may be None.
            include_hidden_fields: bool | None; query string; optional; default false; may be None.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/{}/query_metadata",
            (id,),
            query={
                "include_sensitive_fields": include_sensitive_fields,
                "include_hidden_fields": include_hidden_fields,
                "include_editable_data_model": include_editable_data_model,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitableidrelated
        """
        return self._call(
            "GET",
            "/api/table/{}/related",
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
        term: str | Unset = UNSET,
        visibility_type: str | Unset = UNSET,
        data_layer: Literal["final", "internal", "hidden"] | Unset = UNSET,
        data_source: (
            Literal[
                "source-data", "transform", "unknown", "ingested", "metabase-transform", "upload"
            ]
            | Unset
        ) = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        owner_email: str | Unset = UNSET,
        orphan_only: bool | None | Unset = UNSET,
        unused_only: bool | None | Unset = UNSET,
        published_only: bool | None | Unset = UNSET,
        can_query: bool | None | Unset = UNSET,
        can_write: bool | None | Unset = UNSET,
        include_transform_targets: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table

        Args:
            term: str; query string; optional.
            visibility_type: str; query string; optional; sent as 'visibility-type'.
            data_layer: Literal['final', 'internal', 'hidden']; query string; optional; one of 'final', 'internal', 'hidden'; sent as 'data-layer'.
            data_source: Literal['source-data', 'transform', 'unknown', 'ingested', 'metabase-transform', 'upload']; query string; optional; one of 'source-data', 'transform', 'unknown', 'ingested', 'metabase-transform', 'upload'; sent as 'data-source'.
            owner_user_id: int | None; query string; optional; may be None; sent as 'owner-user-id'.
            owner_email: str; query string; optional; sent as 'owner-email'.
            orphan_only: bool | None; query string; optional; may be None; sent as 'orphan-only'.
            unused_only: bool | None; query string; optional; may be None; sent as 'unused-only'.
            published_only: bool | None; query string; optional; may be None; sent as 'published-only'.
            can_query: bool | None; query string; optional; may be None; sent as 'can-query'.
            can_write: bool | None; query string; optional; may be None; sent as 'can-write'.
            include_transform_targets: bool | None; query string; optional; may be None; sent as 'include-transform-targets'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitable
        """
        return self._call(
            "GET",
            "/api/table",
            (),
            query={
                "term": term,
                "visibility-type": visibility_type,
                "data-layer": data_layer,
                "data-source": data_source,
                "owner-user-id": owner_user_id,
                "owner-email": owner_email,
                "orphan-only": orphan_only,
                "unused-only": unused_only,
                "published-only": published_only,
                "can-query": can_query,
                "can-write": can_write,
                "include-transform-targets": include_transform_targets,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.
            file: bytes; multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidappend-csv
        """
        return self._call(
            "POST",
            "/api/table/{}/append-csv",
            (id,),
            body={
                "file": file,
            },
            multipart=True,
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableiddiscard_values
        """
        return self._call(
            "POST",
            "/api/table/{}/discard_values",
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
            id: int; path; required.
            file: bytes; multipart part; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidreplace-csv
        """
        return self._call(
            "POST",
            "/api/table/{}/replace-csv",
            (id,),
            body={
                "file": file,
            },
            multipart=True,
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidrescan_values
        """
        return self._call(
            "POST",
            "/api/table/{}/rescan_values",
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitableidsync_schema
        """
        return self._call(
            "POST",
            "/api/table/{}/sync_schema",
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
    ) -> Any:
        """PUT /api/table/{id}

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            visibility_type: Literal['technical', 'hidden', 'cruft'] | None; JSON body; optional; None sends null; one of 'technical', 'hidden', 'cruft'.
            data_authority: Literal['computed', 'authoritative', 'unconfigured', 'ingested'] | None; JSON body; optional; None sends null; one of 'computed', 'authoritative', 'unconfigured', 'ingested'.
            data_layer: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            owner_email: str | None; JSON body; optional; None sends null.
            owner_user_id: int | None; JSON body; optional; None sends null.
            display_name: str | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            data_source: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            entity_type: Any | None; JSON body; optional; None sends null.
            field_order: Literal['alphabetical', 'custom', 'database', 'smart'] | None; JSON body; optional; None sends null; one of 'alphabetical', 'custom', 'database', 'smart'.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableid
        """
        return self._call(
            "PUT",
            "/api/table/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "visibility_type": visibility_type,
                "data_authority": data_authority,
                "data_layer": data_layer,
                "show_in_getting_started": show_in_getting_started,
                "owner_email": owner_email,
                "owner_user_id": owner_user_id,
                "display_name": display_name,
                "collection_id": collection_id,
                "data_source": data_source,
                "caveats": caveats,
                "entity_type": entity_type,
                "field_order": field_order,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """PUT /api/table

        Args:
            points_of_interest: str | None; JSON body; optional; None sends null.
            visibility_type: Literal['technical', 'hidden', 'cruft'] | None; JSON body; optional; None sends null; one of 'technical', 'hidden', 'cruft'.
            data_authority: Literal['computed', 'authoritative', 'unconfigured', 'ingested'] | None; JSON body; optional; None sends null; one of 'computed', 'authoritative', 'unconfigured', 'ingested'.
            data_layer: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            owner_email: str | None; JSON body; optional; None sends null.
            owner_user_id: int | None; JSON body; optional; None sends null.
            ids: list[int]; JSON body; required.
            display_name: str | None; JSON body; optional; None sends null.
            data_source: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            entity_type: Any | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitable
        """
        return self._call(
            "PUT",
            "/api/table",
            (),
            body={
                "points_of_interest": points_of_interest,
                "visibility_type": visibility_type,
                "data_authority": data_authority,
                "data_layer": data_layer,
                "show_in_getting_started": show_in_getting_started,
                "owner_email": owner_email,
                "owner_user_id": owner_user_id,
                "ids": ids,
                "display_name": display_name,
                "data_source": data_source,
                "caveats": caveats,
                "entity_type": entity_type,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_fields_order(
        self,
        id: int,
        *,
        body: List[int] | PutTableByIdFieldsOrderBodyOption2 | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTableByIdFieldsOrderResponse:
        """PUT /api/table/{id}/fields/order

        Args:
            id: int; path; required.
            body: list[int] | PutTableByIdFieldsOrderBodyOption2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitableidfieldsorder
        """
        _result: PutTableByIdFieldsOrderResponse = self._call(
            "PUT",
            "/api/table/{}/fields/order",
            (id,),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
