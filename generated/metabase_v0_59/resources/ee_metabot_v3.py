"""Routes of the 'ee-metabot-v3' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import Message


class EeMetabotV3Resource(Resource):
    """Routes of the 'ee-metabot-v3' namespace (10 endpoints)."""

    def delete_metabot_prompt_suggestions(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/metabot-v3/metabot/{id}/prompt-suggestions

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestions
        """
        return self._call(
            "DELETE",
            "/api/ee/metabot-v3/metabot/{}/prompt-suggestions",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_metabot_prompt_suggestions_by_prompt_id(
        self,
        id: int,
        prompt_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/metabot-v3/metabot/{id}/prompt-suggestions/{prompt-id}

        Args:
            id: int; path; required.
            prompt_id: int; path; required; sent as 'prompt-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestionsprompt-id
        """
        return self._call(
            "DELETE",
            "/api/ee/metabot-v3/metabot/{}/prompt-suggestions/{}",
            (id, prompt_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metabot(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/metabot-v3/metabot

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabot
        """
        return self._call(
            "GET",
            "/api/ee/metabot-v3/metabot",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metabot_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/metabot-v3/metabot/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotid
        """
        return self._call(
            "GET",
            "/api/ee/metabot-v3/metabot/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metabot_prompt_suggestions(
        self,
        id: int,
        *,
        sample: bool | Unset = UNSET,
        model: Literal["metric", "model"] | Unset = UNSET,
        model_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/metabot-v3/metabot/{id}/prompt-suggestions

        Args:
            id: int; path; required.
            sample: bool; query string; optional.
            model: Literal['metric', 'model']; query string; optional; one of 'metric', 'model'.
            model_id: int; query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotidprompt-suggestions
        """
        return self._call(
            "GET",
            "/api/ee/metabot-v3/metabot/{}/prompt-suggestions",
            (id,),
            query={
                "sample": sample,
                "model": model,
                "model_id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_agent_streaming(
        self,
        *,
        context: dict[str, Any],
        conversation_id: str,
        history: List[Message] | None,
        message: str,
        state: dict[str, Any],
        metabot_id: str | Unset = UNSET,
        profile_id: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/metabot-v3/agent-streaming

        Args:
            context: dict[str, Any]; JSON body; required.
            conversation_id: str; JSON body; required.
            history: list[Message] | None; JSON body; required; None sends null.
            message: str; JSON body; required.
            metabot_id: str; JSON body; optional.
            profile_id: str; JSON body; optional.
            state: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3agent-streaming
        """
        return self._call(
            "POST",
            "/api/ee/metabot-v3/agent-streaming",
            (),
            body={
                "context": context,
                "conversation_id": conversation_id,
                "history": history,
                "message": message,
                "metabot_id": metabot_id,
                "profile_id": profile_id,
                "state": state,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_document_generate_content(
        self,
        *,
        instructions: str,
        references: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/metabot-v3/document/generate-content

        Args:
            instructions: str; JSON body; required.
            references: dict[str, Any]; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3documentgenerate-content
        """
        return self._call(
            "POST",
            "/api/ee/metabot-v3/document/generate-content",
            (),
            body={
                "instructions": instructions,
                "references": references,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/metabot-v3/feedback

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3feedback
        """
        return self._call(
            "POST",
            "/api/ee/metabot-v3/feedback",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_metabot_prompt_suggestions_regenerate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/metabot-v3/metabot/{id}/prompt-suggestions/regenerate

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3metabotidprompt-suggestionsregenerate
        """
        return self._call(
            "POST",
            "/api/ee/metabot-v3/metabot/{}/prompt-suggestions/regenerate",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_metabot_by_id(
        self,
        id: int,
        *,
        collection_id: int | None | Unset = UNSET,
        use_verified_content: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/metabot-v3/metabot/{id}

        Args:
            id: int; path; required.
            collection_id: int | None; JSON body; optional; None sends null.
            use_verified_content: bool; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieemetabot-v3metabotid
        """
        return self._call(
            "PUT",
            "/api/ee/metabot-v3/metabot/{}",
            (id,),
            body={
                "collection_id": collection_id,
                "use_verified_content": use_verified_content,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
