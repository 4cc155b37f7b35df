"""Routes of the 'task' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import RunEntity, TaskRunWithTasks, TaskRunsResponse


class TaskResource(Resource):
    """Routes of the 'task' namespace (7 endpoints)."""

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/task/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskid
        """
        return self._call(
            "GET",
            "/api/task/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/task/info

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskinfo
        """
        return self._call(
            "GET",
            "/api/task/info",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_runs(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TaskRunsResponse:
        """GET /api/task/runs

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskruns
        """
        _result: TaskRunsResponse = self._call(
            "GET",
            "/api/task/runs",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_runs_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TaskRunWithTasks:
        """GET /api/task/runs/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsid
        """
        _result: TaskRunWithTasks = self._call(
            "GET",
            "/api/task/runs/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_runs_entities(
        self,
        *,
        run_type: Literal["alert", "sync", "fingerprint", "subscription"],
        started_at: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[RunEntity]:
        """GET /api/task/runs/entities

        Args:
            run_type: Literal['alert', 'sync', 'fingerprint', 'subscription']; query string; required; one of 'alert', 'sync', 'fingerprint', 'subscription'; sent as 'run-type'.
            started_at: str; query string; required; sent as 'started-at'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsentities
        """
        _result: List[RunEntity] = self._call(
            "GET",
            "/api/task/runs/entities",
            (),
            query={
                "run-type": run_type,
                "started-at": started_at,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_unique_tasks(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/task/unique-tasks

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskunique-tasks
        """
        return self._call(
            "GET",
            "/api/task/unique-tasks",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/task

        Args:
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitask
        """
        return self._call(
            "GET",
            "/api/task",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
