"""Routes of the 'util' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class UtilResource(Resource):
    """Routes of the 'util' namespace (1 endpoints)."""

    def get_random_token(self) -> Any:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiutilrandom_token
        """
        return self._call(
            "GET",
            "/api/util/random_token",
            (),
        )
