"""Routes of the 'ee-ai-sql-fixer' namespace (1 endpoints)."""

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
from .._schemas import PostEeAiSqlFixerFixQuery

_POST_FIX = RequestSpec(
    "POST",
    "/api/ee/ai-sql-fixer/fix",
    (
        Place("body", ("error_message",)),
        Place("body", ("query",)),
    ),
)


class EeAiSqlFixerResource(Resource):
    """Routes of the 'ee-ai-sql-fixer' namespace (1 endpoints)."""

    def post_fix(
        self,
        *,
        error_message: str,
        query: PostEeAiSqlFixerFixQuery,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-sql-fixer/fix

        Args:
            error_message: JSON body; required.
            query: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-fixerfix
        """
        return self._call(
            _POST_FIX,
            (error_message, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeAiSqlFixerResource(AsyncResource):
    """Routes of the 'ee-ai-sql-fixer' namespace, awaited (AsyncClient's)."""

    async def post_fix(
        self,
        *,
        error_message: str,
        query: PostEeAiSqlFixerFixQuery,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-sql-fixer/fix

        Args:
            error_message: JSON body; required.
            query: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-fixerfix
        """
        return await self._call(
            _POST_FIX,
            (error_message, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeAiSqlFixerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_fix(
            self,
            *,
            error_message: str,
            query: PostEeAiSqlFixerFixQuery,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeAiSqlFixerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_fix(
            self,
            *,
            error_message: str,
            query: PostEeAiSqlFixerFixQuery,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
