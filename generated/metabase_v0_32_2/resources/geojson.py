"""Routes of the 'geojson' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class GeojsonResource(Resource):
    """Routes of the 'geojson' namespace (1 endpoints)."""

    def get(
        self,
        key: str,
    ) -> Any:
        """GET /api/geojson/:key

        Args:
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apigeojsonkey
        """
        return self._call(
            "GET",
            "/api/geojson/{}",
            (key,),
        )
