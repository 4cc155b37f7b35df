"""Routes of the 'ee-metabot-v3' namespace (10 endpoints)."""

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
from .._schemas import Message

_DELETE_METABOT_PROMPT_SUGGESTIONS = RequestSpec(
    "DELETE", "/api/ee/metabot-v3/metabot/{}/prompt-suggestions", (Place("path"),)
)
_DELETE_METABOT_PROMPT_SUGGESTIONS_BY_PROMPT_ID = RequestSpec(
    "DELETE",
    "/api/ee/metabot-v3/metabot/{}/prompt-suggestions/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_METABOT = RequestSpec("GET", "/api/ee/metabot-v3/metabot", ())
_GET_METABOT_BY_ID = RequestSpec("GET", "/api/ee/metabot-v3/metabot/{}", (Place("path"),))
_GET_METABOT_PROMPT_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/ee/metabot-v3/metabot/{}/prompt-suggestions",
    (
        Place("path"),
        Place("query", ("sample",)),
        Place("query", ("model",)),
        Place("query", ("model_id",)),
    ),
)
_POST_AGENT_STREAMING = RequestSpec(
    "POST",
    "/api/ee/metabot-v3/agent-streaming",
    (
        Place("body", ("context",)),
        Place("body", ("conversation_id",)),
        Place("body", ("history",)),
        Place("body", ("message",)),
        Place("body", ("state",)),
        Place("body", ("metabot_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_DOCUMENT_GENERATE_CONTENT = RequestSpec(
    "POST",
    "/api/ee/metabot-v3/document/generate-content",
    (
        Place("body", ("instructions",)),
        Place("body", ("references",)),
    ),
)
_POST_FEEDBACK = RequestSpec("POST", "/api/ee/metabot-v3/feedback", ())
_POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE = RequestSpec(
    "POST", "/api/ee/metabot-v3/metabot/{}/prompt-suggestions/regenerate", (Place("path"),)
)
_UPDATE_METABOT_BY_ID = RequestSpec(
    "PUT",
    "/api/ee/metabot-v3/metabot/{}",
    (
        Place("path"),
        Place("body", ("collection_id",)),
        Place("body", ("use_verified_content",)),
    ),
)


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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestions
        """
        return self._call(
            _DELETE_METABOT_PROMPT_SUGGESTIONS,
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
            id: path; required; must be >= 1.
            prompt_id: path; required; must be >= 1; sent as 'prompt-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestionsprompt-id
        """
        return self._call(
            _DELETE_METABOT_PROMPT_SUGGESTIONS_BY_PROMPT_ID,
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
            _GET_METABOT,
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotid
        """
        return self._call(
            _GET_METABOT_BY_ID,
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
        sample: bool | None = None,
        model: Literal["metric", "model"] | None = None,
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/metabot-v3/metabot/{id}/prompt-suggestions

        Args:
            id: path; required; must be >= 1.
            sample: query string; optional.
            model: query string; optional.
            model_id: query string; optional; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotidprompt-suggestions
        """
        return self._call(
            _GET_METABOT_PROMPT_SUGGESTIONS,
            (id, sample, model, model_id),
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
            context: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            history: JSON body; required; None sends null.
            message: JSON body; required; at least 1 character.
            state: JSON body; required.
            metabot_id: JSON body; optional.
            profile_id: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3agent-streaming
        """
        return self._call(
            _POST_AGENT_STREAMING,
            (context, conversation_id, history, message, state, metabot_id, profile_id),
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
            instructions: JSON body; required; at least 1 character.
            references: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3documentgenerate-content
        """
        return self._call(
            _POST_DOCUMENT_GENERATE_CONTENT,
            (instructions, references),
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
            _POST_FEEDBACK,
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3metabotidprompt-suggestionsregenerate
        """
        return self._call(
            _POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE,
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
            id: path; required; must be >= 1.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            use_verified_content: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieemetabot-v3metabotid
        """
        return self._call(
            _UPDATE_METABOT_BY_ID,
            (id, collection_id, use_verified_content),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeMetabotV3Resource(AsyncResource):
    """Routes of the 'ee-metabot-v3' namespace, awaited (AsyncClient's)."""

    async def delete_metabot_prompt_suggestions(
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestions
        """
        return await self._call(
            _DELETE_METABOT_PROMPT_SUGGESTIONS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete_metabot_prompt_suggestions_by_prompt_id(
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
            id: path; required; must be >= 1.
            prompt_id: path; required; must be >= 1; sent as 'prompt-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieemetabot-v3metabotidprompt-suggestionsprompt-id
        """
        return await self._call(
            _DELETE_METABOT_PROMPT_SUGGESTIONS_BY_PROMPT_ID,
            (id, prompt_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_metabot(
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
        return await self._call(
            _GET_METABOT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_metabot_by_id(
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotid
        """
        return await self._call(
            _GET_METABOT_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_metabot_prompt_suggestions(
        self,
        id: int,
        *,
        sample: bool | None = None,
        model: Literal["metric", "model"] | None = None,
        model_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/metabot-v3/metabot/{id}/prompt-suggestions

        Args:
            id: path; required; must be >= 1.
            sample: query string; optional.
            model: query string; optional.
            model_id: query string; optional; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieemetabot-v3metabotidprompt-suggestions
        """
        return await self._call(
            _GET_METABOT_PROMPT_SUGGESTIONS,
            (id, sample, model, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_agent_streaming(
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
            context: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            history: JSON body; required; None sends null.
            message: JSON body; required; at least 1 character.
            state: JSON body; required.
            metabot_id: JSON body; optional.
            profile_id: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3agent-streaming
        """
        return await self._call(
            _POST_AGENT_STREAMING,
            (context, conversation_id, history, message, state, metabot_id, profile_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_document_generate_content(
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
            instructions: JSON body; required; at least 1 character.
            references: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3documentgenerate-content
        """
        return await self._call(
            _POST_DOCUMENT_GENERATE_CONTENT,
            (instructions, references),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_feedback(
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
        return await self._call(
            _POST_FEEDBACK,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_metabot_prompt_suggestions_regenerate(
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieemetabot-v3metabotidprompt-suggestionsregenerate
        """
        return await self._call(
            _POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_metabot_by_id(
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
            id: path; required; must be >= 1.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            use_verified_content: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apieemetabot-v3metabotid
        """
        return await self._call(
            _UPDATE_METABOT_BY_ID,
            (id, collection_id, use_verified_content),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeMetabotV3Resource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_metabot_prompt_suggestions(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_metabot(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_metabot_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_metabot_prompt_suggestions(
            self,
            id: int,
            *,
            sample: bool | None = None,
            model: Literal["metric", "model"] | None = None,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def post_feedback(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_metabot_prompt_suggestions_regenerate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

    class AsyncRawEeMetabotV3Resource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_metabot_prompt_suggestions(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def delete_metabot_prompt_suggestions_by_prompt_id(
            self,
            id: int,
            prompt_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_metabot(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_metabot_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_metabot_prompt_suggestions(
            self,
            id: int,
            *,
            sample: bool | None = None,
            model: Literal["metric", "model"] | None = None,
            model_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_agent_streaming(
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
        ) -> RawResponse[Any]: ...

        async def post_document_generate_content(
            self,
            *,
            instructions: str,
            references: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_feedback(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_metabot_prompt_suggestions_regenerate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_metabot_by_id(
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
        ) -> RawResponse[Any]: ...
