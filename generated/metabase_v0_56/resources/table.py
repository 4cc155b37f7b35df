"""Routes of the 'table' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, IO, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PutTableByIdFieldsOrderResponse


class TableResource(Resource):
    """Routes of the 'table' namespace (16 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}

        Args:
            id: int; path; required.
            include_editable_data_model: bool; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitableid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitablecard__idfks
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitablecard__idquery_metadata
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitabletable-iddata
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitableidfks
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
        include_sensitive_fields: bool = False,
        include_hidden_fields: bool = False,
        include_editable_data_model: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/{id}/query_metadata

        Args:
            id: int; path; required.
            include_sensitive_fields: bool; query string; optional; default false.
            include_hidden_fields: bool; query string; optional; default false.
            include_editable_data_model: bool; query string; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitableidquery_metadata
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitableidrelated
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitable
        """
        return self._call(
            "GET",
            "/api/table/",
            (),
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitableidappend-csv
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitableiddiscard_values
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitableidreplace-csv
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitableidrescan_values
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apitableidsync_schema
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
        caveats: str | Unset = UNSET,
        description: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | Unset = UNSET,
        points_of_interest: str | Unset = UNSET,
        show_in_getting_started: bool | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/table/{id}

        Args:
            id: int; path; required.
            caveats: str; JSON body; optional.
            description: str; JSON body; optional.
            display_name: str; JSON body; optional.
            entity_type: str; JSON body; optional.
            field_order: Literal['alphabetical', 'custom', 'database', 'smart']; JSON body; optional; one of 'alphabetical', 'custom', 'database', 'smart'.
            points_of_interest: str; JSON body; optional.
            show_in_getting_started: bool; JSON body; optional.
            visibility_type: Literal['technical', 'hidden', 'cruft']; JSON body; optional; one of 'technical', 'hidden', 'cruft'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apitableid
        """
        return self._call(
            "PUT",
            "/api/table/{}",
            (id,),
            body={
                "caveats": caveats,
                "description": description,
                "display_name": display_name,
                "entity_type": entity_type,
                "field_order": field_order,
                "points_of_interest": points_of_interest,
                "show_in_getting_started": show_in_getting_started,
                "visibility_type": visibility_type,
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
        caveats: str | Unset = UNSET,
        description: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        entity_type: str | Unset = UNSET,
        points_of_interest: str | Unset = UNSET,
        show_in_getting_started: bool | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/table/

        Args:
            caveats: str; JSON body; optional.
            description: str; JSON body; optional.
            display_name: str; JSON body; optional.
            entity_type: str; JSON body; optional.
            ids: list[int]; JSON body; required.
            points_of_interest: str; JSON body; optional.
            show_in_getting_started: bool; JSON body; optional.
            visibility_type: Literal['technical', 'hidden', 'cruft']; JSON body; optional; one of 'technical', 'hidden', 'cruft'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apitable
        """
        return self._call(
            "PUT",
            "/api/table/",
            (),
            body={
                "caveats": caveats,
                "description": description,
                "display_name": display_name,
                "entity_type": entity_type,
                "ids": ids,
                "points_of_interest": points_of_interest,
                "show_in_getting_started": show_in_getting_started,
                "visibility_type": visibility_type,
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
        body: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTableByIdFieldsOrderResponse:
        """PUT /api/table/{id}/fields/order

        Args:
            id: int; path; required.
            body: list[int]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apitableidfieldsorder
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
