"""Routes of the 'bookmark' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import MapTypeItemId


class BookmarkResource(Resource):
    """Routes of the 'bookmark' namespace (4 endpoints)."""

    def delete(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/bookmark/:model/:id

        Args:
            model: Literal['card', 'dashboard', 'collection']; path; required; one of 'card', 'dashboard', 'collection'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#delete-apibookmarkmodelid
        """
        return self._call(
            "DELETE",
            "/api/bookmark/{}/{}",
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/bookmark/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#get-apibookmark
        """
        return self._call(
            "GET",
            "/api/bookmark/",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/bookmark/:model/:id

        Args:
            model: Literal['card', 'dashboard', 'collection']; path; required; one of 'card', 'dashboard', 'collection'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#post-apibookmarkmodelid
        """
        return self._call(
            "POST",
            "/api/bookmark/{}/{}",
            (model, id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_ordering(
        self,
        *,
        orderings: List[MapTypeItemId],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/bookmark/ordering

        Args:
            orderings: list[MapTypeItemId]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#put-apibookmarkordering
        """
        return self._call(
            "PUT",
            "/api/bookmark/ordering",
            (),
            body={
                "orderings": orderings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
