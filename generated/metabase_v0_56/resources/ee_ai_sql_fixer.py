"""Routes of the 'ee-ai-sql-fixer' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAiSqlFixerResource(Resource):
    """Routes of the 'ee-ai-sql-fixer' namespace (1 endpoints)."""

    def post_fix(
        self,
        *,
        error_message: str,
        query: dict[str, Any],
    ) -> Any:
        """POST /api/ee/ai-sql-fixer/fix

        Args:
            error_message: str; JSON body; required.
            query: dict[str, Any]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeai-sql-fixerfix
        """
        return self._call(
            "POST",
            "/api/ee/ai-sql-fixer/fix",
            (),
            body={
                "error_message": error_message,
                "query": query,
            },
        )
