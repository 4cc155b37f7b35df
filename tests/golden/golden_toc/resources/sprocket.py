"""Routes of the 'sprocket' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class SprocketResource(Resource):
    """Routes of the 'sprocket' namespace (1 endpoints)."""

    def get(
        self,
        sprocket_id: int,
        *,
        full: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
