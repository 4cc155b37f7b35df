"""Routes of the 'ee-billing' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeBillingResource(Resource):
    """Routes of the 'ee-billing' namespace (1 endpoints)."""

    def list(self) -> Any:
        """GET /api/ee/billing/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieebilling
        """
        return self._call(
            "GET",
            "/api/ee/billing/",
            (),
        )
