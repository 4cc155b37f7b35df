"""Routes of the 'task' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class TaskResource(Resource):
    """Routes of the 'task' namespace (3 endpoints)."""

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/task/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apitaskid
        """
        return self._call(
            "GET",
            "/api/task/{}",
            (id,),
        )

    def get_info(self) -> Any:
        """GET /api/task/info

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apitaskinfo
        """
        return self._call(
            "GET",
            "/api/task/info",
            (),
        )

    def list(
        self,
        *,
        limit: int | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/task/

        Args:
            limit: int | None; query string; optional; may be None.
            offset: int | None; query string; optional; may be None.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apitask
        """
        return self._call(
            "GET",
            "/api/task/",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
        )
