"""Routes of the 'sprocket' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SprocketResource(Resource):
    """Routes of the 'sprocket' namespace (1 endpoints)."""

    def get(
        self,
        sprocket_id: int,
        *,
        full: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/sprocket/:sprocket-id

        Fetch a sprocket.

        Args:
            sprocket_id: int; path; required; must be > 0; sent as 'sprocket-id'.
            full: bool | None; query string; optional; may be None; sent as 'full?'.

        Metabase docs: https://www.metabase.com/docs/latest/api-documentation#get-apisprocketsprocket-id
        """
        return self._call(
            "GET",
            "/api/sprocket/{}",
            (sprocket_id,),
            query={
                "full?": full,
            },
        )
