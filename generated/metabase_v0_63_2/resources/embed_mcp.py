"""Routes of the 'embed-mcp' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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
    PostEmbedMcpFeedbackConversationData,
    PostEmbedMcpFeedbackFeedback,
    PostEmbedMcpFeedbackResponse,
)

_POST_DRILLS = RequestSpec("POST", "/api/embed-mcp/drills", (Place("body", ("encodedQuery",)),))
_POST_FEEDBACK = RequestSpec(
    "POST",
    "/api/embed-mcp/feedback",
    (
        Place("body", ("conversation_data",)),
        Place("body", ("feedback",)),
    ),
)


class EmbedMcpResource(Resource):
    """Routes of the 'embed-mcp' namespace (2 endpoints)."""

    def post_drills(
        self,
        *,
        encoded_query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/embed-mcp/drills

        Args:
            encoded_query: JSON body; required; at least 1 character; sent as 'encodedQuery'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpdrills
        """
        return self._call(
            _POST_DRILLS,
            (encoded_query,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_feedback(
        self,
        *,
        conversation_data: PostEmbedMcpFeedbackConversationData,
        feedback: PostEmbedMcpFeedbackFeedback,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEmbedMcpFeedbackResponse:
        """POST /api/embed-mcp/feedback

        Args:
            conversation_data: JSON body; required.
            feedback: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpfeedback
        """
        _result: PostEmbedMcpFeedbackResponse = self._call(
            _POST_FEEDBACK,
            (conversation_data, feedback),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEmbedMcpResource(AsyncResource):
    """Routes of the 'embed-mcp' namespace, awaited (AsyncClient's)."""

    async def post_drills(
        self,
        *,
        encoded_query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/embed-mcp/drills

        Args:
            encoded_query: JSON body; required; at least 1 character; sent as 'encodedQuery'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpdrills
        """
        return await self._call(
            _POST_DRILLS,
            (encoded_query,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_feedback(
        self,
        *,
        conversation_data: PostEmbedMcpFeedbackConversationData,
        feedback: PostEmbedMcpFeedbackFeedback,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEmbedMcpFeedbackResponse:
        """POST /api/embed-mcp/feedback

        Args:
            conversation_data: JSON body; required.
            feedback: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpfeedback
        """
        _result: PostEmbedMcpFeedbackResponse = await self._call(
            _POST_FEEDBACK,
            (conversation_data, feedback),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEmbedMcpResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_drills(
            self,
            *,
            encoded_query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_feedback(
            self,
            *,
            conversation_data: PostEmbedMcpFeedbackConversationData,
            feedback: PostEmbedMcpFeedbackFeedback,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEmbedMcpFeedbackResponse]: ...

    class AsyncRawEmbedMcpResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_drills(
            self,
            *,
            encoded_query: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_feedback(
            self,
            *,
            conversation_data: PostEmbedMcpFeedbackConversationData,
            feedback: PostEmbedMcpFeedbackFeedback,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEmbedMcpFeedbackResponse]: ...
