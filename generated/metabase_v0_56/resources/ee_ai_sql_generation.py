"""Routes of the 'ee-ai-sql-generation' namespace (1 endpoints)."""

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

_POST_GENERATE = RequestSpec(
    "POST",
    "/api/ee/ai-sql-generation/generate",
    (
        Place("body", ("database_id",)),
        Place("body", ("prompt",)),
    ),
)


class EeAiSqlGenerationResource(Resource):
    """Routes of the 'ee-ai-sql-generation' namespace (1 endpoints)."""

    def post_generate(
        self,
        *,
        database_id: int,
        prompt: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-sql-generation/generate

        Args:
            database_id: JSON body; required; must be >= 1.
            prompt: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-generationgenerate
        """
        return self._call(
            _POST_GENERATE,
            (database_id, prompt),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeAiSqlGenerationResource(AsyncResource):
    """Routes of the 'ee-ai-sql-generation' namespace, awaited (AsyncClient's)."""

    async def post_generate(
        self,
        *,
        database_id: int,
        prompt: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/ai-sql-generation/generate

        Args:
            database_id: JSON body; required; must be >= 1.
            prompt: JSON body; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-generationgenerate
        """
        return await self._call(
            _POST_GENERATE,
            (database_id, prompt),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeAiSqlGenerationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_generate(
            self,
            *,
            database_id: int,
            prompt: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeAiSqlGenerationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_generate(
            self,
            *,
            database_id: int,
            prompt: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
