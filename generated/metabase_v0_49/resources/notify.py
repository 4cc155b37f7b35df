"""Routes of the 'notify' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (2 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
        synchronous: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/:id

        Args:
            id: int; path; required.
            table_id: int | None; JSON body; optional; None sends null.
            table_name: str | None; JSON body; optional; None sends null.
            scan: Literal['full', 'schema'] | None; JSON body; optional; None sends null; one of 'full', 'schema'.
            synchronous: bool; JSON body; optional; sent as 'synchronous?'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/notify#post-apinotifydbid
        """
        return self._call(
            "POST",
            "/api/notify/db/{}",
            (id,),
            body={
                "table_id": table_id,
                "table_name": table_name,
                "scan": scan,
                "synchronous?": synchronous,
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
        """POST /api/notify/db/:id/new-table

        Args:
            id: int; path; required.
            schema_name: str; JSON body; required.
            table_name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/notify#post-apinotifydbidnew-table
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
