"""Routes of the 'tiles' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class TilesResource(Resource):
    """Routes of the 'tiles' namespace (1 endpoints)."""

    def get(
        self,
        zoom: int,
        x: int,
        y: int,
        lat_field: str,
        lon_field: str,
        *,
        query: str,
    ) -> Any:
        """GET /api/tiles/:zoom/:x/:y/:lat-field/:lon-field

        Args:
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            lat_field: str; path; required; sent as 'lat-field'.
            lon_field: str; path; required; sent as 'lon-field'.
            query: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/tiles#get-apitileszoomxylat-fieldlon-field
        """
        return self._call(
            "GET",
            "/api/tiles/{}/{}/{}/{}/{}",
            (zoom, x, y, lat_field, lon_field),
            query={
                "query": query,
            },
        )
