"""Routes of the 'embed-mcp' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    PostEmbedMcpFeedbackConversationData,
    PostEmbedMcpFeedbackFeedback,
    PostEmbedMcpFeedbackResponse,
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
            encoded_query: str; JSON body; required; sent as 'encodedQuery'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpdrills
        """
        return self._call(
            "POST",
            "/api/embed-mcp/drills",
            (),
            body={
                "encodedQuery": encoded_query,
            },
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
            conversation_data: PostEmbedMcpFeedbackConversationData; JSON body; required.
            feedback: PostEmbedMcpFeedbackFeedback; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiembed-mcpfeedback
        """
        _result: PostEmbedMcpFeedbackResponse = self._call(
            "POST",
            "/api/embed-mcp/feedback",
            (),
            body={
                "conversation_data": conversation_data,
                "feedback": feedback,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
