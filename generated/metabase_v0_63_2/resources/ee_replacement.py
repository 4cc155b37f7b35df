"""Routes of the 'ee-replacement' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    CheckReplaceSourceResponse,
    PostEeReplacementReplaceModelWithTransformResponse,
    PostEeReplacementReplaceSourceResponse,
    PostEeReplacementRunsByIdCancelResponse,
    ReplacementRun,
)


class EeReplacementResource(Resource):
    """Routes of the 'ee-replacement' namespace (6 endpoints)."""

    def get_runs(
        self,
        *,
        is_active: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[ReplacementRun]:
        """GET /api/ee/replacement/runs

        Args:
            is_active: bool | None; query string; optional; may be None; sent as 'is-active'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementruns
        """
        _result: List[ReplacementRun] = self._call(
            "GET",
            "/api/ee/replacement/runs",
            (),
            query={
                "is-active": is_active,
            },
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
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieereplacementrunsid
        """
        _result: ReplacementRun = self._call(
            "GET",
            "/api/ee/replacement/runs/{}",
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
            source_entity_id: int; JSON body; required.
            source_entity_type: Literal['card', 'table', 'transform']; JSON body; required; one of 'card', 'table', 'transform'.
            target_entity_id: int; JSON body; required.
            target_entity_type: Literal['card', 'table', 'transform']; JSON body; required; one of 'card', 'table', 'transform'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementcheck-replace-source
        """
        _result: CheckReplaceSourceResponse = self._call(
            "POST",
            "/api/ee/replacement/check-replace-source",
            (),
            body={
                "source_entity_id": source_entity_id,
                "source_entity_type": source_entity_type,
                "target_entity_id": target_entity_id,
                "target_entity_type": target_entity_type,
            },
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
    ) -> PostEeReplacementReplaceModelWithTransformResponse:
        """POST /api/ee/replacement/replace-model-with-transform

        Args:
            card_id: int; JSON body; required.
            target_collection_id: int | None; JSON body; optional; None sends null.
            transform_name: str; JSON body; required.
            transform_tag_ids: list[int] | None; JSON body; optional; None sends null.
            transform_target: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-model-with-transform
        """
        _result: PostEeReplacementReplaceModelWithTransformResponse = self._call(
            "POST",
            "/api/ee/replacement/replace-model-with-transform",
            (),
            body={
                "card_id": card_id,
                "target_collection_id": target_collection_id,
                "transform_name": transform_name,
                "transform_tag_ids": transform_tag_ids,
                "transform_target": transform_target,
            },
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
    ) -> PostEeReplacementReplaceSourceResponse:
        """POST /api/ee/replacement/replace-source

        Args:
            source_entity_id: int; JSON body; required.
            source_entity_type: Literal['card', 'table', 'transform']; JSON body; required; one of 'card', 'table', 'transform'.
            target_entity_id: int; JSON body; required.
            target_entity_type: Literal['card', 'table', 'transform']; JSON body; required; one of 'card', 'table', 'transform'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementreplace-source
        """
        _result: PostEeReplacementReplaceSourceResponse = self._call(
            "POST",
            "/api/ee/replacement/replace-source",
            (),
            body={
                "source_entity_id": source_entity_id,
                "source_entity_type": source_entity_type,
                "target_entity_id": target_entity_id,
                "target_entity_type": target_entity_type,
            },
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
    ) -> PostEeReplacementRunsByIdCancelResponse:
        """POST /api/ee/replacement/runs/{id}/cancel

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieereplacementrunsidcancel
        """
        _result: PostEeReplacementRunsByIdCancelResponse = self._call(
            "POST",
            "/api/ee/replacement/runs/{}/cancel",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
