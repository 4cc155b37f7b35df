"""Routes of the 'geojson' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class GeojsonResource(Resource):
    """Routes of the 'geojson' namespace (2 endpoints)."""

    def get(
        self,
        key: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson/{key}

        Args:
            key: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apigeojsonkey
        """
        return self._call(
            "GET",
            "/api/geojson/{}",
            (key,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        url: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/geojson

        Args:
            url: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apigeojson
        """
        return self._call(
            "GET",
            "/api/geojson",
            (),
            query={
                "url": url,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
