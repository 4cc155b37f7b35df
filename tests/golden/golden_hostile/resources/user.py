"""Routes of the 'user' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class UserResource(Resource):
    """Routes of the 'user' namespace (1 endpoints)."""

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/user/current

        The current user.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apiusercurrent
        """
        return self._call(
            "GET",
            "/api/user/current",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
