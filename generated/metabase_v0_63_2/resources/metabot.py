"""Routes of the 'metabot' namespace (19 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    Context,
    GetMetabotConversationsByIdResponse,
    GetMetabotConversationsResponse,
    GetMetabotPermissionsUserPermissionsResponse,
    GetMetabotSettingsResponse,
    Message,
    PostMetabotAgentStreamingState,
    PostMetabotDocumentGenerateContentResponse,
    PostMetabotFeedbackResponse,
    PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption1,
    PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption2,
    PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption3,
    PostMetabotSlackEventsBodyOption1,
    PostMetabotSlackEventsBodyOption2,
    PostMetabotSlackEventsBodyOption3,
    PostMetabotSlackEventsResponse,
    PostMetabotSourceFeedbackResponse,
    PutMetabotSettingsCredentials,
    PutMetabotSettingsResponse,
    PutMetabotSlackSettingsResponse,
)


class MetabotResource(Resource):
    """Routes of the 'metabot' namespace (19 endpoints)."""

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
        """DELETE /api/metabot/metabot/{id}/prompt-suggestions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestions
        """
        return self._call(
            "DELETE",
            "/api/metabot/metabot/{}/prompt-suggestions",
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
        """DELETE /api/metabot/metabot/{id}/prompt-suggestions/{prompt-id}

        Args:
            id: int; path; required.
            prompt_id: int; path; required; sent as 'prompt-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestionsprompt-id
        """
        return self._call(
            "DELETE",
            "/api/metabot/metabot/{}/prompt-suggestions/{}",
            (id, prompt_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_conversations(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotConversationsResponse:
        """GET /api/metabot/conversations

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotconversations
        """
        _result: GetMetabotConversationsResponse = self._call(
            "GET",
            "/api/metabot/conversations",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_conversations_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotConversationsByIdResponse:
        """GET /api/metabot/conversations/{id}

        Args:
            id: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotconversationsid
        """
        _result: GetMetabotConversationsByIdResponse = self._call(
            "GET",
            "/api/metabot/conversations/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_metabot(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/metabot/metabot

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabot
        """
        return self._call(
            "GET",
            "/api/metabot/metabot",
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
        """GET /api/metabot/metabot/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotid
        """
        return self._call(
            "GET",
            "/api/metabot/metabot/{}",
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
        """GET /api/metabot/metabot/{id}/prompt-suggestions

        Args:
            id: int; path; required.
            sample: bool; query string; optional.
            model: Literal['metric', 'model']; query string; optional; one of 'metric', 'model'.
            model_id: int; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotidprompt-suggestions
        """
        return self._call(
            "GET",
            "/api/metabot/metabot/{}/prompt-suggestions",
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

    def get_permissions_user_permissions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotPermissionsUserPermissionsResponse:
        """GET /api/metabot/permissions/user-permissions

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotpermissionsuser-permissions
        """
        _result: GetMetabotPermissionsUserPermissionsResponse = self._call(
            "GET",
            "/api/metabot/permissions/user-permissions",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_settings(
        self,
        *,
        provider: (
            Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"] | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotSettingsResponse:
        """GET /api/metabot/settings

        Args:
            provider: Literal['anthropic', 'openai', 'azure', 'bedrock', 'metabase', 'openrouter']; query string; optional; one of 'anthropic', 'openai', 'azure', 'bedrock', 'metabase', 'openrouter'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotsettings
        """
        _result: GetMetabotSettingsResponse = self._call(
            "GET",
            "/api/metabot/settings",
            (),
            query={
                "provider": provider,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_agent_streaming(
        self,
        *,
        context: Context,
        conversation_id: str,
        history: List[Message] | None,
        message: str,
        state: PostMetabotAgentStreamingState,
        debug: bool | None | Unset = UNSET,
        metabot_id: str | Unset = UNSET,
        profile_id: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/agent-streaming

        Args:
            context: Context; JSON body; required.
            conversation_id: str; JSON body; required.
            debug: bool | None; JSON body; optional; None sends null.
            history: list[Message] | None; JSON body; required; None sends null.
            message: str; JSON body; required.
            metabot_id: str; JSON body; optional.
            profile_id: str; JSON body; optional.
            state: PostMetabotAgentStreamingState; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotagent-streaming
        """
        return self._call(
            "POST",
            "/api/metabot/agent-streaming",
            (),
            body={
                "context": context,
                "conversation_id": conversation_id,
                "debug": debug,
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
    ) -> PostMetabotDocumentGenerateContentResponse:
        """POST /api/metabot/document/generate-content

        Args:
            instructions: str; JSON body; required.
            references: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotdocumentgenerate-content
        """
        _result: PostMetabotDocumentGenerateContentResponse = self._call(
            "POST",
            "/api/metabot/document/generate-content",
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
        return _result

    def post_feedback(
        self,
        *,
        message_id: str,
        metabot_id: int,
        positive: bool,
        freeform_feedback: str | None | Unset = UNSET,
        issue_type: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostMetabotFeedbackResponse:
        """POST /api/metabot/feedback

        Args:
            freeform_feedback: str | None; JSON body; optional; None sends null.
            issue_type: str | None; JSON body; optional; None sends null.
            message_id: str; JSON body; required.
            metabot_id: int; JSON body; required.
            positive: bool; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotfeedback
        """
        _result: PostMetabotFeedbackResponse = self._call(
            "POST",
            "/api/metabot/feedback",
            (),
            body={
                "freeform_feedback": freeform_feedback,
                "issue_type": issue_type,
                "message_id": message_id,
                "metabot_id": metabot_id,
                "positive": positive,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_metabot_prompt_suggestions_regenerate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption1
        | PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption2
        | PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption3
    ):
        """POST /api/metabot/metabot/{id}/prompt-suggestions/regenerate

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotmetabotidprompt-suggestionsregenerate
        """
        _result: (
            PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption1
            | PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption2
            | PostMetabotMetabotByIdPromptSuggestionsRegenerateResponseOption3
        ) = self._call(
            "POST",
            "/api/metabot/metabot/{}/prompt-suggestions/regenerate",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_slack_events(
        self,
        *,
        body: (
            PostMetabotSlackEventsBodyOption1
            | PostMetabotSlackEventsBodyOption2
            | PostMetabotSlackEventsBodyOption3
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostMetabotSlackEventsResponse:
        """POST /api/metabot/slack/events

        Args:
            body: PostMetabotSlackEventsBodyOption1 | PostMetabotSlackEventsBodyOption2 | PostMetabotSlackEventsBodyOption3; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotslackevents
        """
        _result: PostMetabotSlackEventsResponse = self._call(
            "POST",
            "/api/metabot/slack/events",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_slack_interactive(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/metabot/slack/interactive

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotslackinteractive
        """
        return self._call(
            "POST",
            "/api/metabot/slack/interactive",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_source_feedback(
        self,
        *,
        message_id: str,
        metabot_id: int,
        positive: bool,
        source_id: int,
        source_type: Literal["table", "card", "model"],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostMetabotSourceFeedbackResponse:
        """POST /api/metabot/source-feedback

        Args:
            message_id: str; JSON body; required.
            metabot_id: int; JSON body; required.
            positive: bool; JSON body; required.
            source_id: int; JSON body; required.
            source_type: Literal['table', 'card', 'model']; JSON body; required; one of 'table', 'card', 'model'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotsource-feedback
        """
        _result: PostMetabotSourceFeedbackResponse = self._call(
            "POST",
            "/api/metabot/source-feedback",
            (),
            body={
                "message_id": message_id,
                "metabot_id": metabot_id,
                "positive": positive,
                "source_id": source_id,
                "source_type": source_type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """PUT /api/metabot/metabot/{id}

        Args:
            id: int; path; required.
            collection_id: int | None; JSON body; optional; None sends null.
            use_verified_content: bool; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotmetabotid
        """
        return self._call(
            "PUT",
            "/api/metabot/metabot/{}",
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

    def update_settings(
        self,
        *,
        provider: Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"],
        api_key: str | None | Unset = UNSET,
        credentials: PutMetabotSettingsCredentials | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutMetabotSettingsResponse:
        """PUT /api/metabot/settings

        Args:
            api_key: str | None; JSON body; optional; None sends null; sent as 'api-key'.
            credentials: PutMetabotSettingsCredentials | None; JSON body; optional; None sends null.
            model: str | None; JSON body; optional; None sends null.
            provider: Literal['anthropic', 'openai', 'azure', 'bedrock', 'metabase', 'openrouter']; JSON body; required; one of 'anthropic', 'openai', 'azure', 'bedrock', 'metabase', 'openrouter'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotsettings
        """
        _result: PutMetabotSettingsResponse = self._call(
            "PUT",
            "/api/metabot/settings",
            (),
            body={
                "api-key": api_key,
                "credentials": credentials,
                "model": model,
                "provider": provider,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_slack_settings(
        self,
        *,
        metabot_slack_signing_secret: str | None,
        slack_connect_client_id: str | None,
        slack_connect_client_secret: str | None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutMetabotSlackSettingsResponse:
        """PUT /api/metabot/slack/settings

        Args:
            metabot_slack_signing_secret: str | None; JSON body; required; None sends null; sent as 'metabot-slack-signing-secret'.
            slack_connect_client_id: str | None; JSON body; required; None sends null; sent as 'slack-connect-client-id'.
            slack_connect_client_secret: str | None; JSON body; required; None sends null; sent as 'slack-connect-client-secret'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotslacksettings
        """
        _result: PutMetabotSlackSettingsResponse = self._call(
            "PUT",
            "/api/metabot/slack/settings",
            (),
            body={
                "metabot-slack-signing-secret": metabot_slack_signing_secret,
                "slack-connect-client-id": slack_connect_client_id,
                "slack-connect-client-secret": slack_connect_client_secret,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
