"""Routes of the 'ee-sso' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeSsoResource(Resource):
    """Routes of the 'ee-sso' namespace (2 endpoints)."""

    def get_sso(self) -> Any:
        """GET /api/ee/sso/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieessosso
        """
        return self._call(
            "GET",
            "/api/ee/sso/sso/",
            (),
        )

    def post_sso(self) -> Any:
        """POST /api/ee/sso/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apieessosso
        """
        return self._call(
            "POST",
            "/api/ee/sso/sso/",
            (),
        )
