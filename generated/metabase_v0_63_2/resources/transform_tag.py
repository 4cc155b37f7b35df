"""Routes of the 'transform-tag' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetTransformTagResponseItem,
    PostTransformTagResponse,
    PutTransformTagByTagIdResponse,
)


class TransformTagResource(Resource):
    """Routes of the 'transform-tag' namespace (4 endpoints)."""

    def create(
        self,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostTransformTagResponse:
        """POST /api/transform-tag

        Args:
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apitransform-tag
        """
        _result: PostTransformTagResponse = self._call(
            "POST",
            "/api/transform-tag",
            (),
            body={
                "name": name,
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
        tag_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/transform-tag/{tag-id}

        Args:
            tag_id: int; path; required; sent as 'tag-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apitransform-tagtag-id
        """
        _result: None = self._call(
            "DELETE",
            "/api/transform-tag/{}",
            (tag_id,),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetTransformTagResponseItem]:
        """GET /api/transform-tag

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apitransform-tag
        """
        _result: List[GetTransformTagResponseItem] = self._call(
            "GET",
            "/api/transform-tag",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        tag_id: int,
        *,
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutTransformTagByTagIdResponse:
        """PUT /api/transform-tag/{tag-id}

        Args:
            tag_id: int; path; required; sent as 'tag-id'.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apitransform-tagtag-id
        """
        _result: PutTransformTagByTagIdResponse = self._call(
            "PUT",
            "/api/transform-tag/{}",
            (tag_id,),
            body={
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
