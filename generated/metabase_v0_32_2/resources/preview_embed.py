"""Routes of the 'preview-embed' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PreviewEmbedResource(Resource):
    """Routes of the 'preview-embed' namespace (4 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
    ) -> Any:
        """GET /api/preview-embed/card/:token

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipreview-embedcardtoken
        """
        return self._call(
            "GET",
            "/api/preview-embed/card/{}",
            (token,),
        )

    def get_card_query(
        self,
        token: str,
    ) -> Any:
        """GET /api/preview-embed/card/:token/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipreview-embedcardtokenquery
        """
        return self._call(
            "GET",
            "/api/preview-embed/card/{}/query",
            (token,),
        )

    def get_dashboard_by_token(
        self,
        token: str,
    ) -> Any:
        """GET /api/preview-embed/dashboard/:token

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipreview-embeddashboardtoken
        """
        return self._call(
            "GET",
            "/api/preview-embed/dashboard/{}",
            (token,),
        )

    def get_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
    ) -> Any:
        """GET /api/preview-embed/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipreview-embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/preview-embed/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
        )
