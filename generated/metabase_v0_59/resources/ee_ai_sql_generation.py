"""Routes of the 'ee-ai-sql-generation' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
            database_id: int; JSON body; required.
            prompt: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apieeai-sql-generationgenerate
        """
        return self._call(
            "POST",
            "/api/ee/ai-sql-generation/generate",
            (),
            body={
                "database_id": database_id,
                "prompt": prompt,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
