"""Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeSemanticSearchResource(Resource):
    """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

    def get_status(self) -> Any:
        """GET /api/ee/semantic-search/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieesemantic-searchstatus
        """
        return self._call(
            "GET",
            "/api/ee/semantic-search/status",
            (),
        )
