"""Routes of the 'transform-job' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
    GetTransformJobResponse,
    GetTransformJobResponseItem,
    GetTransformJobRunsResponse,
    GetTransformJobTransformRunsResponseItem,
    GetTransformJobTransformsResponseItem,
    PostTransformJobResponse,
    PostTransformJobRunResponse,
    PutTransformJobActiveResponse,
    PutTransformJobResponse,
)

_CREATE = RequestSpec(
    "POST",
    "/api/transform-job",
    (
        Place("body", ("name",)),
        Place("body", ("schedule",)),
        Place("body", ("description",)),
        Place("body", ("tag_ids",)),
        Place("body", ("ui_display_type",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/transform-job/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/transform-job/{}", (Place("path"),))
_GET_RUNS = RequestSpec(
    "GET",
    "/api/transform-job/{}/runs",
    (
        Place("path"),
        Place("query", ("status",)),
        Place("query", ("run-method",)),
        Place("query", ("start-time",)),
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
    ),
)
_GET_RUNS_TRANSFORM_RUNS = RequestSpec(
    "GET",
    "/api/transform-job/{}/runs/{}/transform-runs",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_TRANSFORMS = RequestSpec("GET", "/api/transform-job/{}/transforms", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/transform-job",
    (
        Place("query", ("last-run-start-time",)),
        Place("query", ("next-run-start-time",)),
        Place("query", ("last-run-statuses",)),
        Place("query", ("tag-ids",)),
    ),
)
_POST_RUN = RequestSpec(
    "POST",
    "/api/transform-job/{}/run",
    (
        Place("path"),
        Place("body", ("run_all",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/transform-job/{}",
    (
        Place("path"),
        Place("body", ("active",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("schedule",)),
        Place("body", ("tag_ids",)),
        Place("body", ("ui_display_type",)),
    ),
)
_UPDATE_ACTIVE = RequestSpec("PUT", "/api/transform-job/active", (Place("body", ("active",)),))


class TransformJobResource(Resource):
    """Routes of the 'transform-job' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        schedule: str,
        description: str | None | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobResponse:
        """POST /api/transform-job

        Args:
            name: JSON body; required; at least 1 character.
            schedule: JSON body; required; at least 1 character.
            description: JSON body; optional; None sends null; at least 1 character.
            tag_ids: JSON body; optional.
            ui_display_type: JSON body; optional; not sent by default (the server assumes "cron/raw").

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-job
        """
        _result: PostTransformJobResponse = self._call(
            _CREATE,
            (name, schedule, description, tag_ids, ui_display_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransform-jobjob-id
        """
        return self._call(
            _DELETE,
            (job_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformJobResponse:
        """GET /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-id
        """
        _result: GetTransformJobResponse = self._call(
            _GET,
            (job_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_runs(
        self,
        job_id: int,
        *,
        status: Literal["started", "succeeded", "failed", "timeout"] | None = None,
        run_method: Literal["manual", "cron"] | None = None,
        start_time: str | None = None,
        sort_column: Literal["start_time", "end_time"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformJobRunsResponse:
        """GET /api/transform-job/{job-id}/runs

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            status: query string; optional.
            run_method: query string; optional; sent as 'run-method'.
            start_time: query string; optional; at least 1 character; sent as 'start-time'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idruns
        """
        _result: GetTransformJobRunsResponse = self._call(
            _GET_RUNS,
            (job_id, status, run_method, start_time, sort_column, sort_direction),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_runs_transform_runs(
        self,
        job_id: int,
        run_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobTransformRunsResponseItem]:
        """GET /api/transform-job/{job-id}/runs/{run-id}/transform-runs

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            run_id: path; required; must be >= 1; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idrunsrun-idtransform-runs
        """
        _result: List[GetTransformJobTransformRunsResponseItem] = self._call(
            _GET_RUNS_TRANSFORM_RUNS,
            (job_id, run_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_transforms(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobTransformsResponseItem]:
        """GET /api/transform-job/{job-id}/transforms

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idtransforms
        """
        _result: List[GetTransformJobTransformsResponseItem] = self._call(
            _GET_TRANSFORMS,
            (job_id,),
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
        last_run_start_time: str | None = None,
        next_run_start_time: str | None = None,
        last_run_statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        tag_ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobResponseItem]:
        """GET /api/transform-job

        Args:
            last_run_start_time: query string; optional; at least 1 character; sent as 'last-run-start-time'.
            next_run_start_time: query string; optional; at least 1 character; sent as 'next-run-start-time'.
            last_run_statuses: query string; optional; sent as 'last-run-statuses'.
            tag_ids: query string; optional; sent as 'tag-ids'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-job
        """
        _result: List[GetTransformJobResponseItem] = self._call(
            _LIST,
            (last_run_start_time, next_run_start_time, last_run_statuses, tag_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_run(
        self,
        job_id: int,
        *,
        run_all: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobRunResponse:
        """POST /api/transform-job/{job-id}/run

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            run_all: JSON body; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-jobjob-idrun
        """
        _result: PostTransformJobRunResponse = self._call(
            _POST_RUN,
            (job_id, run_all),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        job_id: int,
        *,
        active: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | Unset = UNSET,
        schedule: str | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformJobResponse:
        """PUT /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            active: JSON body; optional.
            description: JSON body; optional; None sends null; at least 1 character.
            name: JSON body; optional; at least 1 character.
            schedule: JSON body; optional; at least 1 character.
            tag_ids: JSON body; optional.
            ui_display_type: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobjob-id
        """
        _result: PutTransformJobResponse = self._call(
            _UPDATE,
            (job_id, active, description, name, schedule, tag_ids, ui_display_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_active(
        self,
        *,
        active: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformJobActiveResponse:
        """PUT /api/transform-job/active

        Args:
            active: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobactive
        """
        _result: PutTransformJobActiveResponse = self._call(
            _UPDATE_ACTIVE,
            (active,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTransformJobResource(AsyncResource):
    """Routes of the 'transform-job' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        schedule: str,
        description: str | None | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobResponse:
        """POST /api/transform-job

        Args:
            name: JSON body; required; at least 1 character.
            schedule: JSON body; required; at least 1 character.
            description: JSON body; optional; None sends null; at least 1 character.
            tag_ids: JSON body; optional.
            ui_display_type: JSON body; optional; not sent by default (the server assumes "cron/raw").

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-job
        """
        _result: PostTransformJobResponse = await self._call(
            _CREATE,
            (name, schedule, description, tag_ids, ui_display_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransform-jobjob-id
        """
        return await self._call(
            _DELETE,
            (job_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformJobResponse:
        """GET /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-id
        """
        _result: GetTransformJobResponse = await self._call(
            _GET,
            (job_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_runs(
        self,
        job_id: int,
        *,
        status: Literal["started", "succeeded", "failed", "timeout"] | None = None,
        run_method: Literal["manual", "cron"] | None = None,
        start_time: str | None = None,
        sort_column: Literal["start_time", "end_time"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformJobRunsResponse:
        """GET /api/transform-job/{job-id}/runs

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            status: query string; optional.
            run_method: query string; optional; sent as 'run-method'.
            start_time: query string; optional; at least 1 character; sent as 'start-time'.
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idruns
        """
        _result: GetTransformJobRunsResponse = await self._call(
            _GET_RUNS,
            (job_id, status, run_method, start_time, sort_column, sort_direction),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_runs_transform_runs(
        self,
        job_id: int,
        run_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobTransformRunsResponseItem]:
        """GET /api/transform-job/{job-id}/runs/{run-id}/transform-runs

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            run_id: path; required; must be >= 1; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idrunsrun-idtransform-runs
        """
        _result: List[GetTransformJobTransformRunsResponseItem] = await self._call(
            _GET_RUNS_TRANSFORM_RUNS,
            (job_id, run_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_transforms(
        self,
        job_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobTransformsResponseItem]:
        """GET /api/transform-job/{job-id}/transforms

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idtransforms
        """
        _result: List[GetTransformJobTransformsResponseItem] = await self._call(
            _GET_TRANSFORMS,
            (job_id,),
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
        last_run_start_time: str | None = None,
        next_run_start_time: str | None = None,
        last_run_statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        tag_ids: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobResponseItem]:
        """GET /api/transform-job

        Args:
            last_run_start_time: query string; optional; at least 1 character; sent as 'last-run-start-time'.
            next_run_start_time: query string; optional; at least 1 character; sent as 'next-run-start-time'.
            last_run_statuses: query string; optional; sent as 'last-run-statuses'.
            tag_ids: query string; optional; sent as 'tag-ids'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-job
        """
        _result: List[GetTransformJobResponseItem] = await self._call(
            _LIST,
            (last_run_start_time, next_run_start_time, last_run_statuses, tag_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_run(
        self,
        job_id: int,
        *,
        run_all: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobRunResponse:
        """POST /api/transform-job/{job-id}/run

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            run_all: JSON body; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-jobjob-idrun
        """
        _result: PostTransformJobRunResponse = await self._call(
            _POST_RUN,
            (job_id, run_all),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        job_id: int,
        *,
        active: bool | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | Unset = UNSET,
        schedule: str | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformJobResponse:
        """PUT /api/transform-job/{job-id}

        Args:
            job_id: path; required; must be >= 1; sent as 'job-id'.
            active: JSON body; optional.
            description: JSON body; optional; None sends null; at least 1 character.
            name: JSON body; optional; at least 1 character.
            schedule: JSON body; optional; at least 1 character.
            tag_ids: JSON body; optional.
            ui_display_type: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobjob-id
        """
        _result: PutTransformJobResponse = await self._call(
            _UPDATE,
            (job_id, active, description, name, schedule, tag_ids, ui_display_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_active(
        self,
        *,
        active: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformJobActiveResponse:
        """PUT /api/transform-job/active

        Args:
            active: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobactive
        """
        _result: PutTransformJobActiveResponse = await self._call(
            _UPDATE_ACTIVE,
            (active,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTransformJobResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            schedule: str,
            description: str | None | Unset = UNSET,
            tag_ids: List[int] | Unset = UNSET,
            ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformJobResponse]: ...

        def delete(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformJobResponse]: ...

        def get_runs(
            self,
            job_id: int,
            *,
            status: Literal["started", "succeeded", "failed", "timeout"] | None = None,
            run_method: Literal["manual", "cron"] | None = None,
            start_time: str | None = None,
            sort_column: Literal["start_time", "end_time"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformJobRunsResponse]: ...

        def get_runs_transform_runs(
            self,
            job_id: int,
            run_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobTransformRunsResponseItem]]: ...

        def get_transforms(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobTransformsResponseItem]]: ...

        def list(
            self,
            *,
            last_run_start_time: str | None = None,
            next_run_start_time: str | None = None,
            last_run_statuses: (
                List[Literal["started", "succeeded", "failed", "timeout"]] | None
            ) = None,
            tag_ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobResponseItem]]: ...

        def post_run(
            self,
            job_id: int,
            *,
            run_all: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformJobRunResponse]: ...

        def update(
            self,
            job_id: int,
            *,
            active: bool | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | Unset = UNSET,
            schedule: str | Unset = UNSET,
            tag_ids: List[int] | Unset = UNSET,
            ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformJobResponse]: ...

        def update_active(
            self,
            *,
            active: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformJobActiveResponse]: ...

    class AsyncRawTransformJobResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            schedule: str,
            description: str | None | Unset = UNSET,
            tag_ids: List[int] | Unset = UNSET,
            ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformJobResponse]: ...

        async def delete(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformJobResponse]: ...

        async def get_runs(
            self,
            job_id: int,
            *,
            status: Literal["started", "succeeded", "failed", "timeout"] | None = None,
            run_method: Literal["manual", "cron"] | None = None,
            start_time: str | None = None,
            sort_column: Literal["start_time", "end_time"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformJobRunsResponse]: ...

        async def get_runs_transform_runs(
            self,
            job_id: int,
            run_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobTransformRunsResponseItem]]: ...

        async def get_transforms(
            self,
            job_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobTransformsResponseItem]]: ...

        async def list(
            self,
            *,
            last_run_start_time: str | None = None,
            next_run_start_time: str | None = None,
            last_run_statuses: (
                List[Literal["started", "succeeded", "failed", "timeout"]] | None
            ) = None,
            tag_ids: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformJobResponseItem]]: ...

        async def post_run(
            self,
            job_id: int,
            *,
            run_all: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformJobRunResponse]: ...

        async def update(
            self,
            job_id: int,
            *,
            active: bool | Unset = UNSET,
            description: str | None | Unset = UNSET,
            name: str | Unset = UNSET,
            schedule: str | Unset = UNSET,
            tag_ids: List[int] | Unset = UNSET,
            ui_display_type: Literal["cron/raw", "cron/builder"] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformJobResponse]: ...

        async def update_active(
            self,
            *,
            active: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PutTransformJobActiveResponse]: ...
