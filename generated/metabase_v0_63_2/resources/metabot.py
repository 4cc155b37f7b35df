"""Routes of the 'metabot' namespace (19 endpoints)."""

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
    AnswerValue4,
    Context,
    GetMetabotConversationsResponse,
    GetMetabotConversationsResponse_2,
    GetMetabotSettingsResponse,
    GetMetabotUserPermissionsResponse,
    Message,
    MetabotInfo,
    PostMetabotAgentStreamingState,
    PostMetabotFeedbackResponse,
    PostMetabotGenerateContentResponse,
    PostMetabotRegenerateResponseOption1,
    PostMetabotRegenerateResponseOption2,
    PostMetabotRegenerateResponseOption3,
    PostMetabotSlackEventsBodyOption1,
    PostMetabotSlackEventsBodyOption2,
    PostMetabotSlackEventsBodyOption3,
    PostMetabotSlackEventsResponse,
    PostMetabotSourceFeedbackResponse,
    PutMetabotSettingsCredentials,
    PutMetabotSettingsResponse,
    PutMetabotSlackSettingsResponse,
    SuggestedMetabotPromptsResponse,
)

_DELETE_METABOT_PROMPT_SUGGESTIONS = RequestSpec(
    "DELETE", "/api/metabot/metabot/{}/prompt-suggestions", (Place("path"),)
)
_DELETE_METABOT_PROMPT_SUGGESTIONS_BY_PROMPT_ID = RequestSpec(
    "DELETE",
    "/api/metabot/metabot/{}/prompt-suggestions/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_CONVERSATIONS = RequestSpec("GET", "/api/metabot/conversations", ())
_GET_CONVERSATIONS_BY_ID = RequestSpec("GET", "/api/metabot/conversations/{}", (Place("path"),))
_GET_METABOT = RequestSpec("GET", "/api/metabot/metabot", ())
_GET_METABOT_BY_ID = RequestSpec("GET", "/api/metabot/metabot/{}", (Place("path"),))
_GET_METABOT_PROMPT_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/metabot/metabot/{}/prompt-suggestions",
    (
        Place("path"),
        Place("query", ("sample",)),
        Place("query", ("model",)),
        Place("query", ("model_id",)),
    ),
)
_GET_PERMISSIONS_USER_PERMISSIONS = RequestSpec(
    "GET", "/api/metabot/permissions/user-permissions", ()
)
_GET_SETTINGS = RequestSpec("GET", "/api/metabot/settings", (Place("query", ("provider",)),))
_POST_AGENT_STREAMING = RequestSpec(
    "POST",
    "/api/metabot/agent-streaming",
    (
        Place("body", ("context",)),
        Place("body", ("conversation_id",)),
        Place("body", ("history",)),
        Place("body", ("message",)),
        Place("body", ("state",)),
        Place("body", ("debug",)),
        Place("body", ("metabot_id",)),
        Place("body", ("profile_id",)),
    ),
)
_POST_DOCUMENT_GENERATE_CONTENT = RequestSpec(
    "POST",
    "/api/metabot/document/generate-content",
    (
        Place("body", ("instructions",)),
        Place("body", ("references",)),
    ),
)
_POST_FEEDBACK = RequestSpec(
    "POST",
    "/api/metabot/feedback",
    (
        Place("body", ("message_id",)),
        Place("body", ("metabot_id",)),
        Place("body", ("positive",)),
        Place("body", ("freeform_feedback",)),
        Place("body", ("issue_type",)),
    ),
)
_POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE = RequestSpec(
    "POST", "/api/metabot/metabot/{}/prompt-suggestions/regenerate", (Place("path"),)
)
_POST_SLACK_EVENTS = RequestSpec("POST", "/api/metabot/slack/events", (Place("body", whole=True),))
_POST_SLACK_INTERACTIVE = RequestSpec("POST", "/api/metabot/slack/interactive", ())
_POST_SOURCE_FEEDBACK = RequestSpec(
    "POST",
    "/api/metabot/source-feedback",
    (
        Place("body", ("message_id",)),
        Place("body", ("metabot_id",)),
        Place("body", ("positive",)),
        Place("body", ("source_id",)),
        Place("body", ("source_type",)),
    ),
)
_UPDATE_METABOT_BY_ID = RequestSpec(
    "PUT",
    "/api/metabot/metabot/{}",
    (
        Place("path"),
        Place("body", ("collection_id",)),
        Place("body", ("use_verified_content",)),
    ),
)
_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/metabot/settings",
    (
        Place("body", ("provider",)),
        Place("body", ("api-key",)),
        Place("body", ("credentials",)),
        Place("body", ("model",)),
    ),
)
_UPDATE_SLACK_SETTINGS = RequestSpec(
    "PUT",
    "/api/metabot/slack/settings",
    (
        Place("body", ("metabot-slack-signing-secret",)),
        Place("body", ("slack-connect-client-id",)),
        Place("body", ("slack-connect-client-secret",)),
    ),
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestions
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
        """DELETE /api/metabot/metabot/{id}/prompt-suggestions/{prompt-id}

        Args:
            id: path; required; must be >= 1.
            prompt_id: path; required; must be >= 1; sent as 'prompt-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestionsprompt-id
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
            _GET_CONVERSATIONS,
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
    ) -> GetMetabotConversationsResponse_2:
        """GET /api/metabot/conversations/{id}

        Args:
            id: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotconversationsid
        """
        _result: GetMetabotConversationsResponse_2 = self._call(
            _GET_CONVERSATIONS_BY_ID,
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
    ) -> AnswerValue4:
        """GET /api/metabot/metabot

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabot
        """
        _result: AnswerValue4 = self._call(
            _GET_METABOT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotid
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
    ) -> SuggestedMetabotPromptsResponse:
        """GET /api/metabot/metabot/{id}/prompt-suggestions

        Args:
            id: path; required; must be >= 1.
            sample: query string; optional.
            model: query string; optional.
            model_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotidprompt-suggestions
        """
        _result: SuggestedMetabotPromptsResponse = self._call(
            _GET_METABOT_PROMPT_SUGGESTIONS,
            (id, sample, model, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_permissions_user_permissions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotUserPermissionsResponse:
        """GET /api/metabot/permissions/user-permissions

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotpermissionsuser-permissions
        """
        _result: GetMetabotUserPermissionsResponse = self._call(
            _GET_PERMISSIONS_USER_PERMISSIONS,
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
            Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"] | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotSettingsResponse:
        """GET /api/metabot/settings

        Args:
            provider: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotsettings
        """
        _result: GetMetabotSettingsResponse = self._call(
            _GET_SETTINGS,
            (provider,),
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
            context: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            history: JSON body; required; None sends null.
            message: JSON body; required; at least 1 character.
            state: JSON body; required.
            debug: JSON body; optional; None sends null.
            metabot_id: JSON body; optional.
            profile_id: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotagent-streaming
        """
        return self._call(
            _POST_AGENT_STREAMING,
            (context, conversation_id, history, message, state, debug, metabot_id, profile_id),
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
    ) -> PostMetabotGenerateContentResponse:
        """POST /api/metabot/document/generate-content

        Args:
            instructions: JSON body; required; at least 1 character.
            references: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotdocumentgenerate-content
        """
        _result: PostMetabotGenerateContentResponse = self._call(
            _POST_DOCUMENT_GENERATE_CONTENT,
            (instructions, references),
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
            message_id: JSON body; required; at least 1 character.
            metabot_id: JSON body; required; must be >= 1.
            positive: JSON body; required.
            freeform_feedback: JSON body; optional; None sends null.
            issue_type: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotfeedback
        """
        _result: PostMetabotFeedbackResponse = self._call(
            _POST_FEEDBACK,
            (message_id, metabot_id, positive, freeform_feedback, issue_type),
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
        PostMetabotRegenerateResponseOption1
        | PostMetabotRegenerateResponseOption2
        | PostMetabotRegenerateResponseOption3
    ):
        """POST /api/metabot/metabot/{id}/prompt-suggestions/regenerate

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotmetabotidprompt-suggestionsregenerate
        """
        _result: (
            PostMetabotRegenerateResponseOption1
            | PostMetabotRegenerateResponseOption2
            | PostMetabotRegenerateResponseOption3
        ) = self._call(
            _POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE,
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotslackevents
        """
        _result: PostMetabotSlackEventsResponse = self._call(
            _POST_SLACK_EVENTS,
            (body,),
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
            _POST_SLACK_INTERACTIVE,
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
            message_id: JSON body; required; at least 1 character.
            metabot_id: JSON body; required; must be >= 1.
            positive: JSON body; required.
            source_id: JSON body; required; must be >= 1.
            source_type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotsource-feedback
        """
        _result: PostMetabotSourceFeedbackResponse = self._call(
            _POST_SOURCE_FEEDBACK,
            (message_id, metabot_id, positive, source_id, source_type),
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
    ) -> MetabotInfo:
        """PUT /api/metabot/metabot/{id}

        Args:
            id: path; required; must be >= 1.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            use_verified_content: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotmetabotid
        """
        _result: MetabotInfo = self._call(
            _UPDATE_METABOT_BY_ID,
            (id, collection_id, use_verified_content),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            provider: JSON body; required.
            api_key: JSON body; optional; None sends null; sent as 'api-key'.
            credentials: JSON body; optional; None sends null.
            model: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotsettings
        """
        _result: PutMetabotSettingsResponse = self._call(
            _UPDATE_SETTINGS,
            (provider, api_key, credentials, model),
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
            metabot_slack_signing_secret: JSON body; required; None sends null; at least 1 character; sent as 'metabot-slack-signing-secret'.
            slack_connect_client_id: JSON body; required; None sends null; at least 1 character; sent as 'slack-connect-client-id'.
            slack_connect_client_secret: JSON body; required; None sends null; at least 1 character; sent as 'slack-connect-client-secret'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotslacksettings
        """
        _result: PutMetabotSlackSettingsResponse = self._call(
            _UPDATE_SLACK_SETTINGS,
            (metabot_slack_signing_secret, slack_connect_client_id, slack_connect_client_secret),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncMetabotResource(AsyncResource):
    """Routes of the 'metabot' namespace, awaited (AsyncClient's)."""

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
        """DELETE /api/metabot/metabot/{id}/prompt-suggestions

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestions
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
        """DELETE /api/metabot/metabot/{id}/prompt-suggestions/{prompt-id}

        Args:
            id: path; required; must be >= 1.
            prompt_id: path; required; must be >= 1; sent as 'prompt-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apimetabotmetabotidprompt-suggestionsprompt-id
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

    async def get_conversations(
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
        _result: GetMetabotConversationsResponse = await self._call(
            _GET_CONVERSATIONS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_conversations_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotConversationsResponse_2:
        """GET /api/metabot/conversations/{id}

        Args:
            id: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotconversationsid
        """
        _result: GetMetabotConversationsResponse_2 = await self._call(
            _GET_CONVERSATIONS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_metabot(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue4:
        """GET /api/metabot/metabot

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabot
        """
        _result: AnswerValue4 = await self._call(
            _GET_METABOT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/metabot/metabot/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotid
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
    ) -> SuggestedMetabotPromptsResponse:
        """GET /api/metabot/metabot/{id}/prompt-suggestions

        Args:
            id: path; required; must be >= 1.
            sample: query string; optional.
            model: query string; optional.
            model_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotmetabotidprompt-suggestions
        """
        _result: SuggestedMetabotPromptsResponse = await self._call(
            _GET_METABOT_PROMPT_SUGGESTIONS,
            (id, sample, model, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_permissions_user_permissions(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotUserPermissionsResponse:
        """GET /api/metabot/permissions/user-permissions

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotpermissionsuser-permissions
        """
        _result: GetMetabotUserPermissionsResponse = await self._call(
            _GET_PERMISSIONS_USER_PERMISSIONS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_settings(
        self,
        *,
        provider: (
            Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"] | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetMetabotSettingsResponse:
        """GET /api/metabot/settings

        Args:
            provider: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apimetabotsettings
        """
        _result: GetMetabotSettingsResponse = await self._call(
            _GET_SETTINGS,
            (provider,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_agent_streaming(
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
            context: JSON body; required.
            conversation_id: JSON body; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.
            history: JSON body; required; None sends null.
            message: JSON body; required; at least 1 character.
            state: JSON body; required.
            debug: JSON body; optional; None sends null.
            metabot_id: JSON body; optional.
            profile_id: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotagent-streaming
        """
        return await self._call(
            _POST_AGENT_STREAMING,
            (context, conversation_id, history, message, state, debug, metabot_id, profile_id),
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
    ) -> PostMetabotGenerateContentResponse:
        """POST /api/metabot/document/generate-content

        Args:
            instructions: JSON body; required; at least 1 character.
            references: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotdocumentgenerate-content
        """
        _result: PostMetabotGenerateContentResponse = await self._call(
            _POST_DOCUMENT_GENERATE_CONTENT,
            (instructions, references),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_feedback(
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
            message_id: JSON body; required; at least 1 character.
            metabot_id: JSON body; required; must be >= 1.
            positive: JSON body; required.
            freeform_feedback: JSON body; optional; None sends null.
            issue_type: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotfeedback
        """
        _result: PostMetabotFeedbackResponse = await self._call(
            _POST_FEEDBACK,
            (message_id, metabot_id, positive, freeform_feedback, issue_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_metabot_prompt_suggestions_regenerate(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        PostMetabotRegenerateResponseOption1
        | PostMetabotRegenerateResponseOption2
        | PostMetabotRegenerateResponseOption3
    ):
        """POST /api/metabot/metabot/{id}/prompt-suggestions/regenerate

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotmetabotidprompt-suggestionsregenerate
        """
        _result: (
            PostMetabotRegenerateResponseOption1
            | PostMetabotRegenerateResponseOption2
            | PostMetabotRegenerateResponseOption3
        ) = await self._call(
            _POST_METABOT_PROMPT_SUGGESTIONS_REGENERATE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_slack_events(
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotslackevents
        """
        _result: PostMetabotSlackEventsResponse = await self._call(
            _POST_SLACK_EVENTS,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_slack_interactive(
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
        return await self._call(
            _POST_SLACK_INTERACTIVE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_source_feedback(
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
            message_id: JSON body; required; at least 1 character.
            metabot_id: JSON body; required; must be >= 1.
            positive: JSON body; required.
            source_id: JSON body; required; must be >= 1.
            source_type: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apimetabotsource-feedback
        """
        _result: PostMetabotSourceFeedbackResponse = await self._call(
            _POST_SOURCE_FEEDBACK,
            (message_id, metabot_id, positive, source_id, source_type),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> MetabotInfo:
        """PUT /api/metabot/metabot/{id}

        Args:
            id: path; required; must be >= 1.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            use_verified_content: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotmetabotid
        """
        _result: MetabotInfo = await self._call(
            _UPDATE_METABOT_BY_ID,
            (id, collection_id, use_verified_content),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_settings(
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
            provider: JSON body; required.
            api_key: JSON body; optional; None sends null; sent as 'api-key'.
            credentials: JSON body; optional; None sends null.
            model: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotsettings
        """
        _result: PutMetabotSettingsResponse = await self._call(
            _UPDATE_SETTINGS,
            (provider, api_key, credentials, model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_slack_settings(
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
            metabot_slack_signing_secret: JSON body; required; None sends null; at least 1 character; sent as 'metabot-slack-signing-secret'.
            slack_connect_client_id: JSON body; required; None sends null; at least 1 character; sent as 'slack-connect-client-id'.
            slack_connect_client_secret: JSON body; required; None sends null; at least 1 character; sent as 'slack-connect-client-secret'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apimetabotslacksettings
        """
        _result: PutMetabotSlackSettingsResponse = await self._call(
            _UPDATE_SLACK_SETTINGS,
            (metabot_slack_signing_secret, slack_connect_client_id, slack_connect_client_secret),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawMetabotResource:
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

        def get_conversations(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotConversationsResponse]: ...

        def get_conversations_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotConversationsResponse_2]: ...

        def get_metabot(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue4]: ...

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
        ) -> RawResponse[SuggestedMetabotPromptsResponse]: ...

        def get_permissions_user_permissions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotUserPermissionsResponse]: ...

        def get_settings(
            self,
            *,
            provider: (
                Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"] | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotSettingsResponse]: ...

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
        ) -> RawResponse[PostMetabotGenerateContentResponse]: ...

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
        ) -> RawResponse[PostMetabotFeedbackResponse]: ...

        def post_metabot_prompt_suggestions_regenerate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            PostMetabotRegenerateResponseOption1
            | PostMetabotRegenerateResponseOption2
            | PostMetabotRegenerateResponseOption3
        ]: ...

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
        ) -> RawResponse[PostMetabotSlackEventsResponse]: ...

        def post_slack_interactive(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[PostMetabotSourceFeedbackResponse]: ...

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
        ) -> RawResponse[MetabotInfo]: ...

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
        ) -> RawResponse[PutMetabotSettingsResponse]: ...

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
        ) -> RawResponse[PutMetabotSlackSettingsResponse]: ...

    class AsyncRawMetabotResource:
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

        async def get_conversations(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotConversationsResponse]: ...

        async def get_conversations_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotConversationsResponse_2]: ...

        async def get_metabot(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue4]: ...

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
        ) -> RawResponse[SuggestedMetabotPromptsResponse]: ...

        async def get_permissions_user_permissions(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotUserPermissionsResponse]: ...

        async def get_settings(
            self,
            *,
            provider: (
                Literal["anthropic", "openai", "azure", "bedrock", "metabase", "openrouter"] | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetMetabotSettingsResponse]: ...

        async def post_agent_streaming(
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
        ) -> RawResponse[PostMetabotGenerateContentResponse]: ...

        async def post_feedback(
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
        ) -> RawResponse[PostMetabotFeedbackResponse]: ...

        async def post_metabot_prompt_suggestions_regenerate(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[
            PostMetabotRegenerateResponseOption1
            | PostMetabotRegenerateResponseOption2
            | PostMetabotRegenerateResponseOption3
        ]: ...

        async def post_slack_events(
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
        ) -> RawResponse[PostMetabotSlackEventsResponse]: ...

        async def post_slack_interactive(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_source_feedback(
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
        ) -> RawResponse[PostMetabotSourceFeedbackResponse]: ...

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
        ) -> RawResponse[MetabotInfo]: ...

        async def update_settings(
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
        ) -> RawResponse[PutMetabotSettingsResponse]: ...

        async def update_slack_settings(
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
        ) -> RawResponse[PutMetabotSlackSettingsResponse]: ...
