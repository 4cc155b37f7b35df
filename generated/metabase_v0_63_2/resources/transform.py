"""Routes of the 'transform' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetTransformByIdDependenciesResponseItem,
    GetTransformByIdResponse,
    GetTransformResponseItem,
    GetTransformRunByRunIdResponse,
    GetTransformRunResponse,
    PostTransformByIdRunResponse,
    PostTransformResponse,
    PutTransformByIdResponse,
    TableIncrementalTarget,
    TableTarget,
    TransformSourceOption1,
    TransformSourceOption2,
)


class TransformResource(Resource):
    """Routes of the 'transform' namespace (12 endpoints)."""

    def create(
        self,
        *,
        name: str,
        source: TransformSourceOption1 | TransformSourceOption2,
        target: TableTarget | TableIncrementalTarget,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        run_trigger: Literal["none", "global-schedule"] | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformResponse:
        """POST /api/transform

        Args:
            owner_email: str | None; JSON body; optional; None sends null.
            owner_user_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            tag_ids: list[int]; JSON body; optional.
            collection_id: int | None; JSON body; optional; None sends null.
            source: TransformSourceOption1 | TransformSourceOption2; JSON body; required.
            target: TableTarget | TableIncrementalTarget; JSON body; required.
            run_trigger: Literal['none', 'global-schedule']; JSON body; optional; one of 'none', 'global-schedule'.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform
        """
        _result: PostTransformResponse = self._call(
            "POST",
            "/api/transform",
            (),
            body={
                "owner_email": owner_email,
                "owner_user_id": owner_user_id,
                "name": name,
                "tag_ids": tag_ids,
                "collection_id": collection_id,
                "source": source,
                "target": target,
                "run_trigger": run_trigger,
                "description": description,
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
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/transform/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformid
        """
        _result: None = self._call(
            "DELETE",
            "/api/transform/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete_table(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/transform/{id}/table

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformidtable
        """
        _result: None = self._call(
            "DELETE",
            "/api/transform/{}/table",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformByIdResponse:
        """GET /api/transform/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformid
        """
        _result: GetTransformByIdResponse = self._call(
            "GET",
            "/api/transform/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dependencies(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformByIdDependenciesResponseItem]:
        """GET /api/transform/{id}/dependencies

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformiddependencies
        """
        _result: List[GetTransformByIdDependenciesResponseItem] = self._call(
            "GET",
            "/api/transform/{}/dependencies",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_run(
        self,
        *,
        sort_column: (
            Literal[
                "transform-name",
                "start-time",
                "end-time",
                "status",
                "run-method",
                "transform-tags",
                "duration",
            ]
            | Unset
        ) = UNSET,
        sort_direction: Literal["asc", "desc"] | Unset = UNSET,
        transform_ids: List[int] | None | Unset = UNSET,
        statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None | Unset = UNSET,
        transform_tag_ids: List[int] | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        run_methods: List[Literal["manual", "cron"]] | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformRunResponse:
        """GET /api/transform/run

        Args:
            sort_column: Literal['transform-name', 'start-time', 'end-time', 'status', 'run-method', 'transform-tags', 'duration']; query string; optional; one of 'transform-name', 'start-time', 'end-time', 'status', 'run-method', 'transform-tags', 'duration'; sent as 'sort-column'.
            sort_direction: Literal['asc', 'desc']; query string; optional; one of 'asc', 'desc'; sent as 'sort-direction'.
            transform_ids: list[int] | None; query string; optional; may be None; sent as 'transform-ids'.
            statuses: list[Literal['started', 'succeeded', 'failed', 'timeout']] | None; query string; optional; may be None.
            transform_tag_ids: list[int] | None; query string; optional; may be None; sent as 'transform-tag-ids'.
            start_time: str | None; query string; optional; may be None; sent as 'start-time'.
            end_time: str | None; query string; optional; may be None; sent as 'end-time'.
            run_methods: list[Literal['manual', 'cron']] | None; query string; optional; may be None; sent as 'run-methods'.
            user_id: int | None; query string; optional; may be None; sent as 'user-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrun
        """
        _result: GetTransformRunResponse = self._call(
            "GET",
            "/api/transform/run",
            (),
            query={
                "sort-column": sort_column,
                "sort-direction": sort_direction,
                "transform-ids": transform_ids,
                "statuses": statuses,
                "transform-tag-ids": transform_tag_ids,
                "start-time": start_time,
                "end-time": end_time,
                "run-methods": run_methods,
                "user-id": user_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_run_by_run_id(
        self,
        run_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformRunByRunIdResponse:
        """GET /api/transform/run/{run-id}

        Args:
            run_id: int; path; required; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrunrun-id
        """
        _result: GetTransformRunByRunIdResponse = self._call(
            "GET",
            "/api/transform/run/{}",
            (run_id,),
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
        last_run_statuses: (
            List[Literal["started", "succeeded", "failed", "timeout"]] | None | Unset
        ) = UNSET,
        tag_ids: List[int] | None | Unset = UNSET,
        database_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformResponseItem]:
        """GET /api/transform

        Args:
            last_run_start_time: str | None; query string; optional; may be None; sent as 'last-run-start-time'.
            last_run_statuses: list[Literal['started', 'succeeded', 'failed', 'timeout']] | None; query string; optional; may be None; sent as 'last-run-statuses'.
            tag_ids: list[int] | None; query string; optional; may be None; sent as 'tag-ids'.
            database_id: int | None; query string; optional; may be None; sent as 'database-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform
        """
        _result: List[GetTransformResponseItem] = self._call(
            "GET",
            "/api/transform",
            (),
            query={
                "last-run-start-time": last_run_start_time,
                "last-run-statuses": last_run_statuses,
                "tag-ids": tag_ids,
                "database-id": database_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_cancel(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/transform/{id}/cancel

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidcancel
        """
        _result: None = self._call(
            "POST",
            "/api/transform/{}/cancel",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_reset_checkpoint(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/transform/{id}/reset-checkpoint

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidreset-checkpoint
        """
        _result: None = self._call(
            "POST",
            "/api/transform/{}/reset-checkpoint",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_run(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformByIdRunResponse:
        """POST /api/transform/{id}/run

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidrun
        """
        _result: PostTransformByIdRunResponse = self._call(
            "POST",
            "/api/transform/{}/run",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        id: int,
        *,
        owner_email: str | None | Unset = UNSET,
        owner_user_id: int | None | Unset = UNSET,
        name: str | Unset = UNSET,
        tag_ids: List[int] | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        source: TransformSourceOption1 | TransformSourceOption2 | Unset = UNSET,
        target: TableTarget | TableIncrementalTarget | Unset = UNSET,
        run_trigger: Literal["none", "global-schedule"] | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformByIdResponse:
        """PUT /api/transform/{id}

        Args:
            id: int; path; required.
            owner_email: str | None; JSON body; optional; None sends null.
            owner_user_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; optional.
            tag_ids: list[int]; JSON body; optional.
            collection_id: int | None; JSON body; optional; None sends null.
            source: TransformSourceOption1 | TransformSourceOption2; JSON body; optional.
            target: TableTarget | TableIncrementalTarget; JSON body; optional.
            run_trigger: Literal['none', 'global-schedule']; JSON body; optional; one of 'none', 'global-schedule'.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransformid
        """
        _result: PutTransformByIdResponse = self._call(
            "PUT",
            "/api/transform/{}",
            (id,),
            body={
                "owner_email": owner_email,
                "owner_user_id": owner_user_id,
                "name": name,
                "tag_ids": tag_ids,
                "collection_id": collection_id,
                "source": source,
                "target": target,
                "run_trigger": run_trigger,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
