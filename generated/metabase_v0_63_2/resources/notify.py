"""Routes of the 'notify' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (3 endpoints)."""

    def post_db_attached_datawarehouse(
        self,
        *,
        schema_name: str | None | Unset = UNSET,
        synchronous: bool | None = False,
        table_name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/attached_datawarehouse

        Args:
            schema_name: str | None; JSON body; optional; None sends null.
            synchronous: bool | None; JSON body; optional; default false; None sends null; sent as 'synchronous?'.
            table_name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotifydbattached_datawarehouse
        """
        return self._call(
            "POST",
            "/api/notify/db/attached_datawarehouse",
            (),
            body={
                "schema_name": schema_name,
                "synchronous?": synchronous,
                "table_name": table_name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_db_by_id(
        self,
        id: int,
        *,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}

        Args:
            id: int; path; required.
            scan: Literal['full', 'schema'] | None; JSON body; optional; None sends null; one of 'full', 'schema'.
            table_id: int | None; JSON body; optional; None sends null.
            table_name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotifydbid
        """
        return self._call(
            "POST",
            "/api/notify/db/{}",
            (id,),
            body={
                "scan": scan,
                "table_id": table_id,
                "table_name": table_name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_db_new_table(
        self,
        id: int,
        *,
        schema_name: str,
        table_name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/{id}/new-table

        Args:
            id: int; path; required.
            schema_name: str; JSON body; required.
            table_name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotifydbidnew-table
        """
        return self._call(
            "POST",
            "/api/notify/db/{}/new-table",
            (id,),
            body={
                "schema_name": schema_name,
                "table_name": table_name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
