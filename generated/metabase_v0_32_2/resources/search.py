"""Routes of the 'search' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (1 endpoints)."""

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/

        Args:
            q: str | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            form={
                "q": q,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
