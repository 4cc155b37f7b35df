"""Routes of the 'notify' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class NotifyResource(Resource):
    """Routes of the 'notify' namespace (1 endpoints)."""

    def post_db_by_id(
        self,
        id: int,
        *,
        table_id: int | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        scan: Literal["full", "schema"] | None | Unset = UNSET,
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
        )
