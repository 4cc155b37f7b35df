"""Routes of the 'preview-embed' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class PreviewEmbedResource(Resource):
    """Routes of the 'preview-embed' namespace (6 endpoints)."""

    def get_card_by_token(
        self,
        token: str,
    ) -> Any:
        """GET /api/preview-embed/card/:token

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embedcardtoken
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embedcardtokenquery
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embeddashboardtoken
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embeddashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/preview-embed/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
        )

    def get_pivot_card_query(
        self,
        token: str,
    ) -> Any:
        """GET /api/preview-embed/pivot/card/:token/query

        Args:
            token: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embedpivotcardtokenquery
        """
        return self._call(
            "GET",
            "/api/preview-embed/pivot/card/{}/query",
            (token,),
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        token: str,
        dashcard_id: int,
        card_id: int,
    ) -> Any:
        """GET /api/preview-embed/pivot/dashboard/:token/dashcard/:dashcard-id/card/:card-id

        Args:
            token: str; path; required.
            dashcard_id: int; path; required; sent as 'dashcard-id'.
            card_id: int; path; required; sent as 'card-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/preview-embed#get-apipreview-embedpivotdashboardtokendashcarddashcard-idcardcard-id
        """
        return self._call(
            "GET",
            "/api/preview-embed/pivot/dashboard/{}/dashcard/{}/card/{}",
            (token, dashcard_id, card_id),
        )
