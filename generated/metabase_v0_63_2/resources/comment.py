"""Routes of the 'comment' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class CommentResource(Resource):
    """Routes of the 'comment' namespace (6 endpoints)."""

    def create(
        self,
        *,
        content: dict[str, Any],
        target_id: int,
        target_type: Literal["document"],
        child_target_id: str | None | Unset = UNSET,
        parent_comment_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/comment

        Args:
            child_target_id: str | None; JSON body; optional; None sends null.
            content: dict[str, Any]; JSON body; required.
            parent_comment_id: int | None; JSON body; optional; None sends null.
            target_id: int; JSON body; required.
            target_type: Literal['document']; JSON body; required; one of 'document'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicomment
        """
        return self._call(
            "POST",
            "/api/comment",
            (),
            body={
                "child_target_id": child_target_id,
                "content": content,
                "parent_comment_id": parent_comment_id,
                "target_id": target_id,
                "target_type": target_type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        comment_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/comment/{comment-id}

        Args:
            comment_id: int; path; required; sent as 'comment-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicommentcomment-id
        """
        return self._call(
            "DELETE",
            "/api/comment/{}",
            (comment_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_mentions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/comment/mentions

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicommentmentions
        """
        return self._call(
            "GET",
            "/api/comment/mentions",
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
        target_type: Literal["document"],
        target_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/comment

        Args:
            target_type: Literal['document']; query string; required; one of 'document'.
            target_id: int; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicomment
        """
        return self._call(
            "GET",
            "/api/comment",
            (),
            query={
                "target_type": target_type,
                "target_id": target_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_reaction(
        self,
        comment_id: int,
        *,
        emoji: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/comment/{comment-id}/reaction

        Args:
            comment_id: int; path; required; sent as 'comment-id'.
            emoji: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicommentcomment-idreaction
        """
        return self._call(
            "POST",
            "/api/comment/{}/reaction",
            (comment_id,),
            body={
                "emoji": emoji,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        comment_id: int,
        *,
        content: dict[str, Any] | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/comment/{comment-id}

        Args:
            comment_id: int; path; required; sent as 'comment-id'.
            content: dict[str, Any]; JSON body; optional.
            is_resolved: bool; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicommentcomment-id
        """
        return self._call(
            "PUT",
            "/api/comment/{}",
            (comment_id,),
            body={
                "content": content,
                "is_resolved": is_resolved,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
