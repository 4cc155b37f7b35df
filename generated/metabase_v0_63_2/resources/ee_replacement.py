"""Routes of the 'ee-replacement' namespace (6 endpoints)."""

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
    CheckReplaceSourceResponse,
    PostEeCancelResponse_2,
    PostEeReplaceModelWithTransformResponse,
    PostEeReplaceSourceResponse,
    ReplacementRun,
)

_GET_RUNS = RequestSpec("GET", "/api/ee/replacement/runs", (Place("query", ("is-active",)),))
_GET_RUNS_BY_ID = RequestSpec("GET", "/api/ee/replacement/runs/{}", (Place("path"),))
_POST_CHECK_REPLACE_SOURCE = RequestSpec(
    "POST",
    "/api/ee/replacement/check-replace-source",
    (
        Place("body", ("source_entity_id",)),
        Place("body", ("source_entity_type",)),
        Place("body", ("target_entity_id",)),
        Place("body", ("target_entity_type",)),
    ),
)
_POST_REPLACE_MODEL_WITH_TRANSFORM = RequestSpec(
    "POST",
    "/api/ee/replacement/replace-model-with-transform",
    (
        Place("body", ("card_id",)),
        Place("body", ("transform_name",)),
        Place("body", ("transform_target",)),
        Place("body", ("target_collection_id",)),
        Place("body", ("transform_tag_ids",)),
    ),
)
_POST_REPLACE_SOURCE = RequestSpec(
    "POST",
    "/api/ee/replacement/replace-source",
    (
        Place("body", ("source_entity_id",)),
        Place("body", ("source_entity_type",)),
        Place("body", ("target_entity_id",)),
        Place("body", ("target_entity_type",)),
    ),
)
_POST_RUNS_CANCEL = RequestSpec("POST", "/api/ee/replacement/runs/{}/cancel", (Place("path"),))


class EeReplacementResource(Resource):
    """Routes of the 'ee-replacement' namespace (6 endpoints)."""

    def get_runs(
        self,
        *,
        is_active: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ReplacementRun]:
        """GET /api/ee/replacement/runs

        Args:
            is_active: query string; optional; sent as 'is-active'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementruns
        """
        _result: List[ReplacementRun] = self._call(
            _GET_RUNS,
            (is_active,),
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
    ) -> ReplacementRun:
        """GET /api/ee/replacement/runs/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementrunsid
        """
        _result: ReplacementRun = self._call(
            _GET_RUNS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_check_replace_source(
        self,
        *,
        source_entity_id: int,
        source_entity_type: Literal["card", "table", "transform"],
        target_entity_id: int,
        target_entity_type: Literal["card", "table", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CheckReplaceSourceResponse:
        """POST /api/ee/replacement/check-replace-source

        Args:
            source_entity_id: JSON body; required.
            source_entity_type: JSON body; required.
            target_entity_id: JSON body; required.
            target_entity_type: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementcheck-replace-source
        """
        _result: CheckReplaceSourceResponse = self._call(
            _POST_CHECK_REPLACE_SOURCE,
            (source_entity_id, source_entity_type, target_entity_id, target_entity_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_replace_model_with_transform(
        self,
        *,
        card_id: int,
        transform_name: str,
        transform_target: dict[str, Any],
        target_collection_id: int | None | Unset = UNSET,
        transform_tag_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeReplaceModelWithTransformResponse:
        """POST /api/ee/replacement/replace-model-with-transform

        Args:
            card_id: JSON body; required.
            transform_name: JSON body; required.
            transform_target: JSON body; required.
            target_collection_id: JSON body; optional; None sends null.
            transform_tag_ids: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-model-with-transform
        """
        _result: PostEeReplaceModelWithTransformResponse = self._call(
            _POST_REPLACE_MODEL_WITH_TRANSFORM,
            (card_id, transform_name, transform_target, target_collection_id, transform_tag_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_replace_source(
        self,
        *,
        source_entity_id: int,
        source_entity_type: Literal["card", "table", "transform"],
        target_entity_id: int,
        target_entity_type: Literal["card", "table", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeReplaceSourceResponse:
        """POST /api/ee/replacement/replace-source

        Args:
            source_entity_id: JSON body; required.
            source_entity_type: JSON body; required.
            target_entity_id: JSON body; required.
            target_entity_type: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-source
        """
        _result: PostEeReplaceSourceResponse = self._call(
            _POST_REPLACE_SOURCE,
            (source_entity_id, source_entity_type, target_entity_id, target_entity_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_runs_cancel(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCancelResponse_2:
        """POST /api/ee/replacement/runs/{id}/cancel

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementrunsidcancel
        """
        _result: PostEeCancelResponse_2 = self._call(
            _POST_RUNS_CANCEL,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeReplacementResource(AsyncResource):
    """Routes of the 'ee-replacement' namespace, awaited (AsyncClient's)."""

    async def get_runs(
        self,
        *,
        is_active: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ReplacementRun]:
        """GET /api/ee/replacement/runs

        Args:
            is_active: query string; optional; sent as 'is-active'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementruns
        """
        _result: List[ReplacementRun] = await self._call(
            _GET_RUNS,
            (is_active,),
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
    ) -> ReplacementRun:
        """GET /api/ee/replacement/runs/{id}

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementrunsid
        """
        _result: ReplacementRun = await self._call(
            _GET_RUNS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_check_replace_source(
        self,
        *,
        source_entity_id: int,
        source_entity_type: Literal["card", "table", "transform"],
        target_entity_id: int,
        target_entity_type: Literal["card", "table", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CheckReplaceSourceResponse:
        """POST /api/ee/replacement/check-replace-source

        Args:
            source_entity_id: JSON body; required.
            source_entity_type: JSON body; required.
            target_entity_id: JSON body; required.
            target_entity_type: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementcheck-replace-source
        """
        _result: CheckReplaceSourceResponse = await self._call(
            _POST_CHECK_REPLACE_SOURCE,
            (source_entity_id, source_entity_type, target_entity_id, target_entity_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_replace_model_with_transform(
        self,
        *,
        card_id: int,
        transform_name: str,
        transform_target: dict[str, Any],
        target_collection_id: int | None | Unset = UNSET,
        transform_tag_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeReplaceModelWithTransformResponse:
        """POST /api/ee/replacement/replace-model-with-transform

        Args:
            card_id: JSON body; required.
            transform_name: JSON body; required.
            transform_target: JSON body; required.
            target_collection_id: JSON body; optional; None sends null.
            transform_tag_ids: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-model-with-transform
        """
        _result: PostEeReplaceModelWithTransformResponse = await self._call(
            _POST_REPLACE_MODEL_WITH_TRANSFORM,
            (card_id, transform_name, transform_target, target_collection_id, transform_tag_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_replace_source(
        self,
        *,
        source_entity_id: int,
        source_entity_type: Literal["card", "table", "transform"],
        target_entity_id: int,
        target_entity_type: Literal["card", "table", "transform"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeReplaceSourceResponse:
        """POST /api/ee/replacement/replace-source

        Args:
            source_entity_id: JSON body; required.
            source_entity_type: JSON body; required.
            target_entity_id: JSON body; required.
            target_entity_type: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-source
        """
        _result: PostEeReplaceSourceResponse = await self._call(
            _POST_REPLACE_SOURCE,
            (source_entity_id, source_entity_type, target_entity_id, target_entity_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_runs_cancel(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeCancelResponse_2:
        """POST /api/ee/replacement/runs/{id}/cancel

        Args:
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementrunsidcancel
        """
        _result: PostEeCancelResponse_2 = await self._call(
            _POST_RUNS_CANCEL,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeReplacementResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_runs(
            self,
            *,
            is_active: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ReplacementRun]]: ...

        def get_runs_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ReplacementRun]: ...

        def post_check_replace_source(
            self,
            *,
            source_entity_id: int,
            source_entity_type: Literal["card", "table", "transform"],
            target_entity_id: int,
            target_entity_type: Literal["card", "table", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CheckReplaceSourceResponse]: ...

        def post_replace_model_with_transform(
            self,
            *,
            card_id: int,
            transform_name: str,
            transform_target: dict[str, Any],
            target_collection_id: int | None | Unset = UNSET,
            transform_tag_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeReplaceModelWithTransformResponse]: ...

        def post_replace_source(
            self,
            *,
            source_entity_id: int,
            source_entity_type: Literal["card", "table", "transform"],
            target_entity_id: int,
            target_entity_type: Literal["card", "table", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeReplaceSourceResponse]: ...

        def post_runs_cancel(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCancelResponse_2]: ...

    class AsyncRawEeReplacementResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_runs(
            self,
            *,
            is_active: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[ReplacementRun]]: ...

        async def get_runs_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ReplacementRun]: ...

        async def post_check_replace_source(
            self,
            *,
            source_entity_id: int,
            source_entity_type: Literal["card", "table", "transform"],
            target_entity_id: int,
            target_entity_type: Literal["card", "table", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CheckReplaceSourceResponse]: ...

        async def post_replace_model_with_transform(
            self,
            *,
            card_id: int,
            transform_name: str,
            transform_target: dict[str, Any],
            target_collection_id: int | None | Unset = UNSET,
            transform_tag_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeReplaceModelWithTransformResponse]: ...

        async def post_replace_source(
            self,
            *,
            source_entity_id: int,
            source_entity_type: Literal["card", "table", "transform"],
            target_entity_id: int,
            target_entity_type: Literal["card", "table", "transform"],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeReplaceSourceResponse]: ...

        async def post_runs_cancel(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeCancelResponse_2]: ...
