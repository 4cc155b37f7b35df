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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitaskid
        """
        return self._call(
            "GET",
            "/api/task/{}",
            (id,),
        )

    def get_info(self) -> Any:
        """GET /api/task/info

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitaskinfo
        """
        return self._call(
            "GET",
            "/api/task/info",
            (),
        )

    def list(self) -> Any:
        """GET /api/task/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitask
        """
        return self._call(
            "GET",
            "/api/task/",
            (),
        )
