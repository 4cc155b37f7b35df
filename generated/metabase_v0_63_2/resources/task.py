"""Routes of the 'task' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    ListTasksResponse,
    RunEntity,
    Task,
    TaskInfo,
    TaskRunWithTasks,
    TaskRunsResponse,
)

_GET = RequestSpec("GET", "/api/task/{}", (Place("path"),))
_GET_INFO = RequestSpec("GET", "/api/task/info", ())
_GET_RUNS = RequestSpec("GET", "/api/task/runs", ())
_GET_RUNS_BY_ID = RequestSpec("GET", "/api/task/runs/{}", (Place("path"),))
_GET_RUNS_ENTITIES = RequestSpec(
    "GET",
    "/api/task/runs/entities",
    (
        Place("query", ("run-type",)),
        Place("query", ("started-at",)),
    ),
)
_GET_UNIQUE_TASKS = RequestSpec("GET", "/api/task/unique-tasks", ())
_LIST = RequestSpec(
    "GET",
    "/api/task",
    (
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)


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
    ) -> Task:
        """GET /api/task/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskid
        """
        _result: Task = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TaskInfo:
        """GET /api/task/info

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskinfo
        """
        _result: TaskInfo = self._call(
            _GET_INFO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            _GET_RUNS,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsid
        """
        _result: TaskRunWithTasks = self._call(
            _GET_RUNS_BY_ID,
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
            run_type: query string; required; sent as 'run-type'.
            started_at: query string; required; at least 1 character; sent as 'started-at'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsentities
        """
        _result: List[RunEntity] = self._call(
            _GET_RUNS_ENTITIES,
            (run_type, started_at),
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
    ) -> List[str]:
        """GET /api/task/unique-tasks

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskunique-tasks
        """
        _result: List[str] = self._call(
            _GET_UNIQUE_TASKS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListTasksResponse:
        """GET /api/task

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitask
        """
        _result: ListTasksResponse = self._call(
            _LIST,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTaskResource(AsyncResource):
    """Routes of the 'task' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Task:
        """GET /api/task/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskid
        """
        _result: Task = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> TaskInfo:
        """GET /api/task/info

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskinfo
        """
        _result: TaskInfo = await self._call(
            _GET_INFO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_runs(
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
        _result: TaskRunsResponse = await self._call(
            _GET_RUNS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_runs_by_id(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsid
        """
        _result: TaskRunWithTasks = await self._call(
            _GET_RUNS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_runs_entities(
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
            run_type: query string; required; sent as 'run-type'.
            started_at: query string; required; at least 1 character; sent as 'started-at'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskrunsentities
        """
        _result: List[RunEntity] = await self._call(
            _GET_RUNS_ENTITIES,
            (run_type, started_at),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_unique_tasks(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/task/unique-tasks

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitaskunique-tasks
        """
        _result: List[str] = await self._call(
            _GET_UNIQUE_TASKS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListTasksResponse:
        """GET /api/task

        Args:
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitask
        """
        _result: ListTasksResponse = await self._call(
            _LIST,
            (limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTaskResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Task]: ...

        def get_info(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskInfo]: ...

        def get_runs(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskRunsResponse]: ...

        def get_runs_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskRunWithTasks]: ...

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
        ) -> RawResponse[List[RunEntity]]: ...

        def get_unique_tasks(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        def list(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListTasksResponse]: ...

    class AsyncRawTaskResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Task]: ...

        async def get_info(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskInfo]: ...

        async def get_runs(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskRunsResponse]: ...

        async def get_runs_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[TaskRunWithTasks]: ...

        async def get_runs_entities(
            self,
            *,
            run_type: Literal["alert", "sync", "fingerprint", "subscription"],
            started_at: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[RunEntity]]: ...

        async def get_unique_tasks(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        async def list(
            self,
            *,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListTasksResponse]: ...
