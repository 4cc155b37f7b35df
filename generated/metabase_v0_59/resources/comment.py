"""Routes of the 'comment' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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
from .._schemas import AnswerValue, AnswerValue2, AnswerValue6, Comment

_CREATE = RequestSpec(
    "POST",
    "/api/comment",
    (
        Place("body", ("content",)),
        Place("body", ("html",)),
        Place("body", ("target_id",)),
        Place("body", ("target_type",)),
        Place("body", ("child_target_id",)),
        Place("body", ("parent_comment_id",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/comment/{}", (Place("path"),))
_GET_MENTIONS = RequestSpec("GET", "/api/comment/mentions", ())
_LIST = RequestSpec(
    "GET",
    "/api/comment",
    (
        Place("query", ("target_type",)),
        Place("query", ("target_id",)),
    ),
)
_POST_REACTION = RequestSpec(
    "POST",
    "/api/comment/{}/reaction",
    (
        Place("path"),
        Place("body", ("emoji",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/comment/{}",
    (
        Place("path"),
        Place("body", ("content",)),
        Place("body", ("html",)),
        Place("body", ("is_resolved",)),
    ),
)


class CommentResource(Resource):
    """Routes of the 'comment' namespace (6 endpoints)."""

    def create(
        self,
        *,
        content: dict[str, Any],
        html: str,
        target_id: int,
        target_type: Literal["document"],
        child_target_id: str | None | Unset = UNSET,
        parent_comment_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Comment:
        """POST /api/comment

        Args:
            content: JSON body; required.
            html: JSON body; required.
            target_id: JSON body; required; must be >= 1.
            target_type: JSON body; required.
            child_target_id: JSON body; optional; None sends null.
            parent_comment_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apicomment
        """
        _result: Comment = self._call(
            _CREATE,
            (content, html, target_id, target_type, child_target_id, parent_comment_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            comment_id: path; required; must be >= 1; sent as 'comment-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apicommentcomment-id
        """
        return self._call(
            _DELETE,
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
    ) -> AnswerValue2:
        """GET /api/comment/mentions

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apicommentmentions
        """
        _result: AnswerValue2 = self._call(
            _GET_MENTIONS,
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
        target_type: Literal["document"],
        target_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue:
        """GET /api/comment

        Args:
            target_type: query string; required.
            target_id: query string; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apicomment
        """
        _result: AnswerValue = self._call(
            _LIST,
            (target_type, target_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> AnswerValue6:
        """POST /api/comment/{comment-id}/reaction

        Args:
            comment_id: path; required; must be >= 1; sent as 'comment-id'.
            emoji: JSON body; required; at least 1 character; at most 10 characters.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apicommentcomment-idreaction
        """
        _result: AnswerValue6 = self._call(
            _POST_REACTION,
            (comment_id, emoji),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update(
        self,
        comment_id: int,
        *,
        content: dict[str, Any] | Unset = UNSET,
        html: str | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Comment:
        """PUT /api/comment/{comment-id}

        Args:
            comment_id: path; required; must be >= 1; sent as 'comment-id'.
            content: JSON body; optional.
            html: JSON body; optional.
            is_resolved: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apicommentcomment-id
        """
        _result: Comment = self._call(
            _UPDATE,
            (comment_id, content, html, is_resolved),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncCommentResource(AsyncResource):
    """Routes of the 'comment' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        content: dict[str, Any],
        html: str,
        target_id: int,
        target_type: Literal["document"],
        child_target_id: str | None | Unset = UNSET,
        parent_comment_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Comment:
        """POST /api/comment

        Args:
            content: JSON body; required.
            html: JSON body; required.
            target_id: JSON body; required; must be >= 1.
            target_type: JSON body; required.
            child_target_id: JSON body; optional; None sends null.
            parent_comment_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apicomment
        """
        _result: Comment = await self._call(
            _CREATE,
            (content, html, target_id, target_type, child_target_id, parent_comment_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
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
            comment_id: path; required; must be >= 1; sent as 'comment-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apicommentcomment-id
        """
        return await self._call(
            _DELETE,
            (comment_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_mentions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue2:
        """GET /api/comment/mentions

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apicommentmentions
        """
        _result: AnswerValue2 = await self._call(
            _GET_MENTIONS,
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
        target_type: Literal["document"],
        target_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue:
        """GET /api/comment

        Args:
            target_type: query string; required.
            target_id: query string; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apicomment
        """
        _result: AnswerValue = await self._call(
            _LIST,
            (target_type, target_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_reaction(
        self,
        comment_id: int,
        *,
        emoji: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue6:
        """POST /api/comment/{comment-id}/reaction

        Args:
            comment_id: path; required; must be >= 1; sent as 'comment-id'.
            emoji: JSON body; required; at least 1 character; at most 10 characters.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apicommentcomment-idreaction
        """
        _result: AnswerValue6 = await self._call(
            _POST_REACTION,
            (comment_id, emoji),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
        self,
        comment_id: int,
        *,
        content: dict[str, Any] | Unset = UNSET,
        html: str | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Comment:
        """PUT /api/comment/{comment-id}

        Args:
            comment_id: path; required; must be >= 1; sent as 'comment-id'.
            content: JSON body; optional.
            html: JSON body; optional.
            is_resolved: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apicommentcomment-id
        """
        _result: Comment = await self._call(
            _UPDATE,
            (comment_id, content, html, is_resolved),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawCommentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            content: dict[str, Any],
            html: str,
            target_id: int,
            target_type: Literal["document"],
            child_target_id: str | None | Unset = UNSET,
            parent_comment_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Comment]: ...

        def delete(
            self,
            comment_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_mentions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue2]: ...

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
        ) -> RawResponse[AnswerValue]: ...

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
        ) -> RawResponse[AnswerValue6]: ...

        def update(
            self,
            comment_id: int,
            *,
            content: dict[str, Any] | Unset = UNSET,
            html: str | Unset = UNSET,
            is_resolved: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Comment]: ...

    class AsyncRawCommentResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            content: dict[str, Any],
            html: str,
            target_id: int,
            target_type: Literal["document"],
            child_target_id: str | None | Unset = UNSET,
            parent_comment_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Comment]: ...

        async def delete(
            self,
            comment_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_mentions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue2]: ...

        async def list(
            self,
            *,
            target_type: Literal["document"],
            target_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue]: ...

        async def post_reaction(
            self,
            comment_id: int,
            *,
            emoji: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue6]: ...

        async def update(
            self,
            comment_id: int,
            *,
            content: dict[str, Any] | Unset = UNSET,
            html: str | Unset = UNSET,
            is_resolved: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Comment]: ...
