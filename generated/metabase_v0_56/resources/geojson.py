"""Routes of the 'geojson' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class GeojsonResource(Resource):
    """Routes of the 'geojson' namespace (2 endpoints)."""

    def get(
        self,
        key: str,
    ) -> Any:
        """GET /api/geojson/{key}

        Args:
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apigeojsonkey
        """
        return self._call(
            "GET",
            "/api/geojson/{}",
            (key,),
        )

    def list(
        self,
        *,
        url: str,
    ) -> Any:
        """GET /api/geojson/

        Args:
            url: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apigeojson
        """
        return self._call(
            "GET",
            "/api/geojson/",
            (),
            query={
                "url": url,
            },
        )
