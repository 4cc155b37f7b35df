"""Routes of the 'ee-metabot-analytics' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeMetabotAnalyticsConversationsByIdResponse,
    GetEeMetabotAnalyticsConversationsResponse,
)


class EeMetabotAnalyticsResource(Resource):
    """Routes of the 'ee-metabot-analytics' namespace (2 endpoints)."""

    def get_conversations(
        self,
        *,
        sort_by: (
            Literal[
                "created_at",
                "message_count",
                "total_tokens",
                "cache_read_tokens",
                "user",
                "profile_id",
                "ip_address",
            ]
            | None
            | Unset
        ) = UNSET,
        sort_dir: Literal["asc", "desc"] | None | Unset = UNSET,
        user_id: int | None | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        tenant_id: int | None | Unset = UNSET,
        date: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMetabotAnalyticsConversationsResponse:
        """GET /api/ee/metabot-analytics/conversations

        Args:
            sort_by: Literal['created_at', 'message_count', 'total_tokens', 'cache_read_tokens', 'user', 'profile_id', 'ip_address'] | None; query string; optional; may be None; one of 'created_at', 'message_count', 'total_tokens', 'cache_read_tokens', 'user', 'profile_id', 'ip_address'.
            sort_dir: Literal['asc', 'desc'] | None; query string; optional; may be None; one of 'asc', 'desc'.
            user_id: int | None; query string; optional; may be None.
            group_id: int | None; query string; optional; may be None.
            tenant_id: int | None; query string; optional; may be None.
            date: str | None; query string; optional; may be None.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversations
        """
        _result: GetEeMetabotAnalyticsConversationsResponse = self._call(
            "GET",
            "/api/ee/metabot-analytics/conversations",
            (),
            query={
                "sort_by": sort_by,
                "sort_dir": sort_dir,
                "user_id": user_id,
                "group_id": group_id,
                "tenant_id": tenant_id,
                "date": date,
            },
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
    ) -> GetEeMetabotAnalyticsConversationsByIdResponse:
        """GET /api/ee/metabot-analytics/conversations/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversationsid
        """
        _result: GetEeMetabotAnalyticsConversationsByIdResponse = self._call(
            "GET",
            "/api/ee/metabot-analytics/conversations/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
