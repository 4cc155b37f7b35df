"""Routes of the 'notify' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (1 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apinotifydbid
        """
        return self._call(
            "POST",
            "/api/notify/db/{}",
            (id,),
            body={
                "table_id": table_id,
                "table_name": table_name,
                "scan": scan,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
