"""Routes of the 'login-history' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class LoginHistoryResource(Resource):
    """Routes of the 'login-history' namespace (1 endpoints)."""

    def get_current(self) -> Any:
        """GET /api/login-history/current

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apilogin-historycurrent
        """
        return self._call(
            "GET",
            "/api/login-history/current",
            (),
        )
