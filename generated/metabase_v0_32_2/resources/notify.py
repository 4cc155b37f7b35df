"""Routes of the 'notify' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (1 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | Unset = UNSET,
        table_name: str | Unset = UNSET,
    ) -> Any:
        """POST /api/notify/db/:id

        Args:
            id: int; path; required.
            table_id: int; JSON body; optional.
            table_name: str; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apinotifydbid
        """
        return self._call(
            "POST",
            "/api/notify/db/{}",
            (id,),
            body={
                "table_id": table_id,
                "table_name": table_name,
            },
        )
