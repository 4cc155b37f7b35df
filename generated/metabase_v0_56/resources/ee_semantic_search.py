"""Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class EeSemanticSearchResource:
    """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_status(self) -> Any:
        """GET /api/ee/semantic-search/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieesemantic-searchstatus
        """
        return self._client._call(
            "GET",
            "/api/ee/semantic-search/status",
            (),
        )
