"""Routes of the 'transform-job' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetTransformJobByJobIdResponse,
    GetTransformJobByJobIdRunsByRunIdTransformRunsResponseItem,
    GetTransformJobByJobIdRunsResponse,
    GetTransformJobByJobIdTransformsResponseItem,
    GetTransformJobResponseItem,
    PostTransformJobByJobIdRunResponse,
    PostTransformJobResponse,
    PutTransformJobActiveResponse,
    PutTransformJobByJobIdResponse,
)


class TransformJobResource(Resource):
    """Routes of the 'transform-job' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        schedule: str,
        description: str | None | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        ui_display_type: Literal["cron/raw", "cron/builder"] = "cron/raw",
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobResponse:
        """POST /api/transform-job

        Args:
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            schedule: str; JSON body; required.
            tag_ids: list[int]; JSON body; optional.
            ui_display_type: Literal['cron/raw', 'cron/builder']; JSON body; optional; default "cron/raw"; one of 'cron/raw', 'cron/builder'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-job
        """
        _result: PostTransformJobResponse = self._call(
            "POST",
            "/api/transform-job",
            (),
            body={
                "description": description,
                "name": name,
                "schedule": schedule,
                "tag_ids": tag_ids,
                "ui_display_type": ui_display_type,
            },
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
            job_id: int; path; required; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransform-jobjob-id
        """
        return self._call(
            "DELETE",
            "/api/transform-job/{}",
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
    ) -> GetTransformJobByJobIdResponse:
        """GET /api/transform-job/{job-id}

        Args:
            job_id: int; path; required; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-id
        """
        _result: GetTransformJobByJobIdResponse = self._call(
            "GET",
            "/api/transform-job/{}",
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
        status: Literal["started", "succeeded", "failed", "timeout"] | None | Unset = UNSET,
        run_method: Literal["manual", "cron"] | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        sort_column: Literal["start_time", "end_time"] | None | Unset = UNSET,
        sort_direction: Literal["asc", "desc"] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformJobByJobIdRunsResponse:
        """GET /api/transform-job/{job-id}/runs

        Args:
            job_id: int; path; required; sent as 'job-id'.
            status: Literal['started', 'succeeded', 'failed', 'timeout'] | None; query string; optional; may be None; one of 'started', 'succeeded', 'failed', 'timeout'.
            run_method: Literal['manual', 'cron'] | None; query string; optional; may be None; one of 'manual', 'cron'; sent as 'run-method'.
            start_time: str | None; query string; optional; may be None; sent as 'start-time'.
            sort_column: Literal['start_time', 'end_time'] | None; query string; optional; may be None; one of 'start_time', 'end_time'; sent as 'sort-column'.
            sort_direction: Literal['asc', 'desc'] | None; query string; optional; may be None; one of 'asc', 'desc'; sent as 'sort-direction'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idruns
        """
        _result: GetTransformJobByJobIdRunsResponse = self._call(
            "GET",
            "/api/transform-job/{}/runs",
            (job_id,),
            query={
                "status": status,
                "run-method": run_method,
                "start-time": start_time,
                "sort-column": sort_column,
                "sort-direction": sort_direction,
            },
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
    ) -> List[GetTransformJobByJobIdRunsByRunIdTransformRunsResponseItem]:
        """GET /api/transform-job/{job-id}/runs/{run-id}/transform-runs

        Args:
            job_id: int; path; required; sent as 'job-id'.
            run_id: int; path; required; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idrunsrun-idtransform-runs
        """
        _result: List[GetTransformJobByJobIdRunsByRunIdTransformRunsResponseItem] = self._call(
            "GET",
            "/api/transform-job/{}/runs/{}/transform-runs",
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
    ) -> List[GetTransformJobByJobIdTransformsResponseItem]:
        """GET /api/transform-job/{job-id}/transforms

        Args:
            job_id: int; path; required; sent as 'job-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-jobjob-idtransforms
        """
        _result: List[GetTransformJobByJobIdTransformsResponseItem] = self._call(
            "GET",
            "/api/transform-job/{}/transforms",
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
        last_run_start_time: str | None | Unset = UNSET,
        next_run_start_time: str | None | Unset = UNSET,
        last_run_statuses: (
            List[Literal["started", "succeeded", "failed", "timeout"]] | None | Unset
        ) = UNSET,
        tag_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformJobResponseItem]:
        """GET /api/transform-job

        Args:
            last_run_start_time: str | None; query string; optional; may be None; sent as 'last-run-start-time'.
            next_run_start_time: str | None; query string; optional; may be None; sent as 'next-run-start-time'.
            last_run_statuses: list[Literal['started', 'succeeded', 'failed', 'timeout']] | None; query string; optional; may be None; sent as 'last-run-statuses'.
            tag_ids: list[int] | None; query string; optional; may be None; sent as 'tag-ids'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-job
        """
        _result: List[GetTransformJobResponseItem] = self._call(
            "GET",
            "/api/transform-job",
            (),
            query={
                "last-run-start-time": last_run_start_time,
                "next-run-start-time": next_run_start_time,
                "last-run-statuses": last_run_statuses,
                "tag-ids": tag_ids,
            },
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
        run_all: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformJobByJobIdRunResponse:
        """POST /api/transform-job/{job-id}/run

        Args:
            job_id: int; path; required; sent as 'job-id'.
            run_all: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-jobjob-idrun
        """
        _result: PostTransformJobByJobIdRunResponse = self._call(
            "POST",
            "/api/transform-job/{}/run",
            (job_id,),
            body={
                "run_all": run_all,
            },
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
    ) -> PutTransformJobByJobIdResponse:
        """PUT /api/transform-job/{job-id}

        Args:
            job_id: int; path; required; sent as 'job-id'.
            active: bool; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            schedule: str; JSON body; optional.
            tag_ids: list[int]; JSON body; optional.
            ui_display_type: Literal['cron/raw', 'cron/builder']; JSON body; optional; one of 'cron/raw', 'cron/builder'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobjob-id
        """
        _result: PutTransformJobByJobIdResponse = self._call(
            "PUT",
            "/api/transform-job/{}",
            (job_id,),
            body={
                "active": active,
                "description": description,
                "name": name,
                "schedule": schedule,
                "tag_ids": tag_ids,
                "ui_display_type": ui_display_type,
            },
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
            active: bool; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-jobactive
        """
        _result: PutTransformJobActiveResponse = self._call(
            "PUT",
            "/api/transform-job/active",
            (),
            body={
                "active": active,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
