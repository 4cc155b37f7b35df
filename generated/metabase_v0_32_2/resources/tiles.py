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
        lat_field_id: int,
        lon_field_id: int,
        lat_col_idx: int,
        lon_col_idx: int,
        *,
        query: str,
    ) -> Any:
        """GET /api/tiles/:zoom/:x/:y/:lat-field-id/:lon-field-id/:lat-col-idx/:lon-col-idx/

        Args:
            zoom: int; path; required.
            x: int; path; required.
            y: int; path; required.
            lat_field_id: int; path; required; sent as 'lat-field-id'.
            lon_field_id: int; path; required; sent as 'lon-field-id'.
            lat_col_idx: int; path; required; sent as 'lat-col-idx'.
            lon_col_idx: int; path; required; sent as 'lon-col-idx'.
            query: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apitileszoomxylat-field-idlon-field-idlat-col-idxlon-col-idx
        """
        return self._call(
            "GET",
            "/api/tiles/{}/{}/{}/{}/{}/{}/{}/",
            (zoom, x, y, lat_field_id, lon_field_id, lat_col_idx, lon_col_idx),
            query={
                "query": query,
            },
        )
