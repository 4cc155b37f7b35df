"""Routes of the 'ee-billing' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class EeBillingResource:
    """Routes of the 'ee-billing' namespace (1 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def list(self) -> Any:
        """GET /api/ee/billing/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieebilling
        """
        return self._client._call(
            "GET",
            "/api/ee/billing/",
            (),
        )
