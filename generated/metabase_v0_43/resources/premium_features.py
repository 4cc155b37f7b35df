"""Routes of the 'premium-features' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PremiumFeaturesResource(Resource):
    """Routes of the 'premium-features' namespace (1 endpoints)."""

    def get_token_status(self) -> Any:
        """GET /api/premium-features/token/status

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipremium-featurestokenstatus
        """
        return self._call(
            "GET",
            "/api/premium-features/token/status",
            (),
        )
