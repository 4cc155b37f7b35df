"""Routes of the 'transform' namespace (12 endpoints)."""

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
    GetTransformDependenciesResponseItem,
    GetTransformResponse,
    GetTransformResponseItem,
    GetTransformRunResponse,
    GetTransformRunResponse_2,
    PostTransformResponse,
    PostTransformRunResponse,
    PutTransformResponse,
    TableIncrementalTarget,
    TableTarget,
    TransformSourceOption1,
    TransformSourceOption2,
)

_CREATE = RequestSpec(
    "POST",
    "/api/transform",
    (
        Place("body", ("name",)),
        Place("body", ("source",)),
        Place("body", ("target",)),
        Place("body", ("owner_email",)),
        Place("body", ("owner_user_id",)),
        Place("body", ("tag_ids",)),
        Place("body", ("collection_id",)),
        Place("body", ("run_trigger",)),
        Place("body", ("description",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/transform/{}", (Place("path"),))
_DELETE_TABLE = RequestSpec("DELETE", "/api/transform/{}/table", (Place("path"),))
_GET = RequestSpec("GET", "/api/transform/{}", (Place("path"),))
_GET_DEPENDENCIES = RequestSpec("GET", "/api/transform/{}/dependencies", (Place("path"),))
_GET_RUN = RequestSpec(
    "GET",
    "/api/transform/run",
    (
        Place("query", ("sort-column",)),
        Place("query", ("sort-direction",)),
        Place("query", ("transform-ids",)),
        Place("query", ("statuses",)),
        Place("query", ("transform-tag-ids",)),
        Place("query", ("start-time",)),
        Place("query", ("end-time",)),
        Place("query", ("run-methods",)),
        Place("query", ("user-id",)),
    ),
)
_GET_RUN_BY_RUN_ID = RequestSpec("GET", "/api/transform/run/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/transform",
    (
        Place("query", ("last-run-start-time",)),
        Place("query", ("last-run-statuses",)),
        Place("query", ("tag-ids",)),
        Place("query", ("database-id",)),
    ),
)
_POST_CANCEL = RequestSpec("POST", "/api/transform/{}/cancel", (Place("path"),))
_POST_RESET_CHECKPOINT = RequestSpec("POST", "/api/transform/{}/reset-checkpoint", (Place("path"),))
_POST_RUN = RequestSpec("POST", "/api/transform/{}/run", (Place("path"),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/transform/{}",
    (
        Place("path"),
        Place("body", ("owner_email",)),
        Place("body", ("owner_user_id",)),
        Place("body", ("name",)),
        Place("body", ("tag_ids",)),
        Place("body", ("collection_id",)),
        Place("body", ("source",)),
        Place("body", ("target",)),
        Place("body", ("run_trigger",)),
        Place("body", ("description",)),
    ),
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
            name: JSON body; required.
            source: JSON body; required.
            target: JSON body; required.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null; must be >= 1.
            tag_ids: JSON body; optional.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            run_trigger: JSON body; optional.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform
        """
        _result: PostTransformResponse = self._call(
            _CREATE,
            (
                name,
                source,
                target,
                owner_email,
                owner_user_id,
                tag_ids,
                collection_id,
                run_trigger,
                description,
            ),
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformid
        """
        _result: None = self._call(
            _DELETE,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformidtable
        """
        _result: None = self._call(
            _DELETE_TABLE,
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
    ) -> GetTransformResponse:
        """GET /api/transform/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformid
        """
        _result: GetTransformResponse = self._call(
            _GET,
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
    ) -> List[GetTransformDependenciesResponseItem]:
        """GET /api/transform/{id}/dependencies

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformiddependencies
        """
        _result: List[GetTransformDependenciesResponseItem] = self._call(
            _GET_DEPENDENCIES,
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
            | None
        ) = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        transform_ids: List[int] | None = None,
        statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        transform_tag_ids: List[int] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        run_methods: List[Literal["manual", "cron"]] | None = None,
        user_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformRunResponse:
        """GET /api/transform/run

        Args:
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            transform_ids: query string; optional; sent as 'transform-ids'.
            statuses: query string; optional.
            transform_tag_ids: query string; optional; sent as 'transform-tag-ids'.
            start_time: query string; optional; at least 1 character; sent as 'start-time'.
            end_time: query string; optional; at least 1 character; sent as 'end-time'.
            run_methods: query string; optional; sent as 'run-methods'.
            user_id: query string; optional; must be >= 1; sent as 'user-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrun
        """
        _result: GetTransformRunResponse = self._call(
            _GET_RUN,
            (
                sort_column,
                sort_direction,
                transform_ids,
                statuses,
                transform_tag_ids,
                start_time,
                end_time,
                run_methods,
                user_id,
            ),
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
    ) -> GetTransformRunResponse_2:
        """GET /api/transform/run/{run-id}

        Args:
            run_id: path; required; must be >= 1; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrunrun-id
        """
        _result: GetTransformRunResponse_2 = self._call(
            _GET_RUN_BY_RUN_ID,
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
        last_run_start_time: str | None = None,
        last_run_statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        tag_ids: List[int] | None = None,
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformResponseItem]:
        """GET /api/transform

        Args:
            last_run_start_time: query string; optional; at least 1 character; sent as 'last-run-start-time'.
            last_run_statuses: query string; optional; sent as 'last-run-statuses'.
            tag_ids: query string; optional; sent as 'tag-ids'.
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform
        """
        _result: List[GetTransformResponseItem] = self._call(
            _LIST,
            (last_run_start_time, last_run_statuses, tag_ids, database_id),
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidcancel
        """
        _result: None = self._call(
            _POST_CANCEL,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidreset-checkpoint
        """
        _result: None = self._call(
            _POST_RESET_CHECKPOINT,
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
    ) -> PostTransformRunResponse:
        """POST /api/transform/{id}/run

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidrun
        """
        _result: PostTransformRunResponse = self._call(
            _POST_RUN,
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
    ) -> PutTransformResponse:
        """PUT /api/transform/{id}

        Args:
            id: path; required; must be >= 1.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional.
            tag_ids: JSON body; optional.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            source: JSON body; optional.
            target: JSON body; optional.
            run_trigger: JSON body; optional.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransformid
        """
        _result: PutTransformResponse = self._call(
            _UPDATE,
            (
                id,
                owner_email,
                owner_user_id,
                name,
                tag_ids,
                collection_id,
                source,
                target,
                run_trigger,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncTransformResource(AsyncResource):
    """Routes of the 'transform' namespace, awaited (AsyncClient's)."""

    async def create(
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
            name: JSON body; required.
            source: JSON body; required.
            target: JSON body; required.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null; must be >= 1.
            tag_ids: JSON body; optional.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            run_trigger: JSON body; optional.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform
        """
        _result: PostTransformResponse = await self._call(
            _CREATE,
            (
                name,
                source,
                target,
                owner_email,
                owner_user_id,
                tag_ids,
                collection_id,
                run_trigger,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformid
        """
        _result: None = await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete_table(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransformidtable
        """
        _result: None = await self._call(
            _DELETE_TABLE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformResponse:
        """GET /api/transform/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformid
        """
        _result: GetTransformResponse = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dependencies(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformDependenciesResponseItem]:
        """GET /api/transform/{id}/dependencies

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformiddependencies
        """
        _result: List[GetTransformDependenciesResponseItem] = await self._call(
            _GET_DEPENDENCIES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_run(
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
            | None
        ) = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        transform_ids: List[int] | None = None,
        statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        transform_tag_ids: List[int] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        run_methods: List[Literal["manual", "cron"]] | None = None,
        user_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformRunResponse:
        """GET /api/transform/run

        Args:
            sort_column: query string; optional; sent as 'sort-column'.
            sort_direction: query string; optional; sent as 'sort-direction'.
            transform_ids: query string; optional; sent as 'transform-ids'.
            statuses: query string; optional.
            transform_tag_ids: query string; optional; sent as 'transform-tag-ids'.
            start_time: query string; optional; at least 1 character; sent as 'start-time'.
            end_time: query string; optional; at least 1 character; sent as 'end-time'.
            run_methods: query string; optional; sent as 'run-methods'.
            user_id: query string; optional; must be >= 1; sent as 'user-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrun
        """
        _result: GetTransformRunResponse = await self._call(
            _GET_RUN,
            (
                sort_column,
                sort_direction,
                transform_ids,
                statuses,
                transform_tag_ids,
                start_time,
                end_time,
                run_methods,
                user_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_run_by_run_id(
        self,
        run_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetTransformRunResponse_2:
        """GET /api/transform/run/{run-id}

        Args:
            run_id: path; required; must be >= 1; sent as 'run-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransformrunrun-id
        """
        _result: GetTransformRunResponse_2 = await self._call(
            _GET_RUN_BY_RUN_ID,
            (run_id,),
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
        last_run_statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
        tag_ids: List[int] | None = None,
        database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformResponseItem]:
        """GET /api/transform

        Args:
            last_run_start_time: query string; optional; at least 1 character; sent as 'last-run-start-time'.
            last_run_statuses: query string; optional; sent as 'last-run-statuses'.
            tag_ids: query string; optional; sent as 'tag-ids'.
            database_id: query string; optional; must be >= 1; sent as 'database-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform
        """
        _result: List[GetTransformResponseItem] = await self._call(
            _LIST,
            (last_run_start_time, last_run_statuses, tag_ids, database_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_cancel(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidcancel
        """
        _result: None = await self._call(
            _POST_CANCEL,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_reset_checkpoint(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidreset-checkpoint
        """
        _result: None = await self._call(
            _POST_RESET_CHECKPOINT,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_run(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformRunResponse:
        """POST /api/transform/{id}/run

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransformidrun
        """
        _result: PostTransformRunResponse = await self._call(
            _POST_RUN,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> PutTransformResponse:
        """PUT /api/transform/{id}

        Args:
            id: path; required; must be >= 1.
            owner_email: JSON body; optional; None sends null.
            owner_user_id: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional.
            tag_ids: JSON body; optional.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            source: JSON body; optional.
            target: JSON body; optional.
            run_trigger: JSON body; optional.
            description: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransformid
        """
        _result: PutTransformResponse = await self._call(
            _UPDATE,
            (
                id,
                owner_email,
                owner_user_id,
                name,
                tag_ids,
                collection_id,
                source,
                target,
                run_trigger,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawTransformResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[PostTransformResponse]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def delete_table(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformResponse]: ...

        def get_dependencies(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformDependenciesResponseItem]]: ...

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
                | None
            ) = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            transform_ids: List[int] | None = None,
            statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
            transform_tag_ids: List[int] | None = None,
            start_time: str | None = None,
            end_time: str | None = None,
            run_methods: List[Literal["manual", "cron"]] | None = None,
            user_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformRunResponse]: ...

        def get_run_by_run_id(
            self,
            run_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformRunResponse_2]: ...

        def list(
            self,
            *,
            last_run_start_time: str | None = None,
            last_run_statuses: (
                List[Literal["started", "succeeded", "failed", "timeout"]] | None
            ) = None,
            tag_ids: List[int] | None = None,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformResponseItem]]: ...

        def post_cancel(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def post_reset_checkpoint(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def post_run(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformRunResponse]: ...

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
        ) -> RawResponse[PutTransformResponse]: ...

    class AsyncRawTransformResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[PostTransformResponse]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def delete_table(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformResponse]: ...

        async def get_dependencies(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformDependenciesResponseItem]]: ...

        async def get_run(
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
                | None
            ) = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            transform_ids: List[int] | None = None,
            statuses: List[Literal["started", "succeeded", "failed", "timeout"]] | None = None,
            transform_tag_ids: List[int] | None = None,
            start_time: str | None = None,
            end_time: str | None = None,
            run_methods: List[Literal["manual", "cron"]] | None = None,
            user_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformRunResponse]: ...

        async def get_run_by_run_id(
            self,
            run_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetTransformRunResponse_2]: ...

        async def list(
            self,
            *,
            last_run_start_time: str | None = None,
            last_run_statuses: (
                List[Literal["started", "succeeded", "failed", "timeout"]] | None
            ) = None,
            tag_ids: List[int] | None = None,
            database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetTransformResponseItem]]: ...

        async def post_cancel(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def post_reset_checkpoint(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def post_run(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostTransformRunResponse]: ...

        async def update(
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
        ) -> RawResponse[PutTransformResponse]: ...
