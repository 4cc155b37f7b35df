"""Routes of the 'task' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class TaskResource(Resource):
    """Routes of the 'task' namespace (4 endpoints)."""

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/task/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitaskid
        """
        return self._call(
            "GET",
            "/api/task/{}",
            (id,),
        )

    def get_info(self) -> Any:
        """GET /api/task/info

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitaskinfo
        """
        return self._call(
            "GET",
            "/api/task/info",
            (),
        )

    def get_unique_tasks(self) -> Any:
        """GET /api/task/unique-tasks

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitaskunique-tasks
        """
        return self._call(
            "GET",
            "/api/task/unique-tasks",
            (),
        )

    def list(self) -> Any:
        """GET /api/task/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apitask
        """
        return self._call(
            "GET",
            "/api/task/",
            (),
        )
