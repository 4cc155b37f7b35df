"""Routes of the 'ee-metabot-analytics' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TYPE_CHECKING
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
from .._schemas import GetEeConversationsResponse, GetEeConversationsResponse_2

_GET_CONVERSATIONS = RequestSpec(
    "GET",
    "/api/ee/metabot-analytics/conversations",
    (
        Place("query", ("sort_by",)),
        Place("query", ("sort_dir",)),
        Place("query", ("user_id",)),
        Place("query", ("group_id",)),
        Place("query", ("tenant_id",)),
        Place("query", ("date",)),
    ),
)
_GET_CONVERSATIONS_BY_ID = RequestSpec(
    "GET", "/api/ee/metabot-analytics/conversations/{}", (Place("path"),)
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
        ) = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        user_id: int | None = None,
        group_id: int | None = None,
        tenant_id: int | None = None,
        date: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeConversationsResponse:
        """GET /api/ee/metabot-analytics/conversations

        Args:
            sort_by: query string; optional.
            sort_dir: query string; optional.
            user_id: query string; optional; must be >= 1.
            group_id: query string; optional; must be >= 1.
            tenant_id: query string; optional; must be >= 1.
            date: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversations
        """
        _result: GetEeConversationsResponse = self._call(
            _GET_CONVERSATIONS,
            (sort_by, sort_dir, user_id, group_id, tenant_id, date),
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
    ) -> GetEeConversationsResponse_2:
        """GET /api/ee/metabot-analytics/conversations/{id}

        Args:
            id: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversationsid
        """
        _result: GetEeConversationsResponse_2 = self._call(
            _GET_CONVERSATIONS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeMetabotAnalyticsResource(AsyncResource):
    """Routes of the 'ee-metabot-analytics' namespace, awaited (AsyncClient's)."""

    async def get_conversations(
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
        ) = None,
        sort_dir: Literal["asc", "desc"] | None = None,
        user_id: int | None = None,
        group_id: int | None = None,
        tenant_id: int | None = None,
        date: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeConversationsResponse:
        """GET /api/ee/metabot-analytics/conversations

        Args:
            sort_by: query string; optional.
            sort_dir: query string; optional.
            user_id: query string; optional; must be >= 1.
            group_id: query string; optional; must be >= 1.
            tenant_id: query string; optional; must be >= 1.
            date: query string; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversations
        """
        _result: GetEeConversationsResponse = await self._call(
            _GET_CONVERSATIONS,
            (sort_by, sort_dir, user_id, group_id, tenant_id, date),
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
    ) -> GetEeConversationsResponse_2:
        """GET /api/ee/metabot-analytics/conversations/{id}

        Args:
            id: path; required; matches '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabot-analyticsconversationsid
        """
        _result: GetEeConversationsResponse_2 = await self._call(
            _GET_CONVERSATIONS_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeMetabotAnalyticsResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
            ) = None,
            sort_dir: Literal["asc", "desc"] | None = None,
            user_id: int | None = None,
            group_id: int | None = None,
            tenant_id: int | None = None,
            date: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConversationsResponse]: ...

        def get_conversations_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConversationsResponse_2]: ...

    class AsyncRawEeMetabotAnalyticsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_conversations(
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
            ) = None,
            sort_dir: Literal["asc", "desc"] | None = None,
            user_id: int | None = None,
            group_id: int | None = None,
            tenant_id: int | None = None,
            date: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConversationsResponse]: ...

        async def get_conversations_by_id(
            self,
            id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeConversationsResponse_2]: ...
