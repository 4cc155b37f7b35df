"""Routes of the 'ee-ai-sql-generation' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAiSqlGenerationResource(Resource):
    """Routes of the 'ee-ai-sql-generation' namespace (1 endpoints)."""

    def post_generate(
        self,
        *,
        database_id: int,
        prompt: str,
    ) -> Any:
        """POST /api/ee/ai-sql-generation/generate

        Args:
            database_id: int; JSON body; required.
            prompt: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-generationgenerate
        """
        return self._call(
            "POST",
            "/api/ee/ai-sql-generation/generate",
            (),
            body={
                "database_id": database_id,
                "prompt": prompt,
            },
        )
