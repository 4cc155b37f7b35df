"""Routes of the 'user' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class UserResource(Resource):
    """Routes of the 'user' namespace (1 endpoints)."""

    def get_current(self) -> Any:
        """GET /api/user/current

        The current user.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apiusercurrent
        """
        return self._call(
            "GET",
            "/api/user/current",
            (),
        )
