"""Routes of the 'notify' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from .._runtime import Place, RequestSpec, Resource, Timeout, UNSET, Unset

_POST_DB_BY_ID = RequestSpec(
    "POST",
    "/api/notify/db/{}",
    (
        Place("path"),
        Place("body", ("table_id",)),
        Place("body", ("table_name",)),
    ),
)


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (1 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | Unset = UNSET,
        table_name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notify/db/:id

        Args:
            id: path; required.
            table_id: JSON body; optional.
            table_name: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apinotifydbid
        """
        return self._call(
            _POST_DB_BY_ID,
            (id, table_id, table_name),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
