"""Routes of the 'native-query-snippet' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class NativeQuerySnippetResource(Resource):
    """Routes of the 'native-query-snippet' namespace (4 endpoints)."""

    def create(
        self,
        *,
        content: str,
        name: str,
        collection_id: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/native-query-snippet

        Args:
            collection_id: int | None; JSON body; optional; None sends null.
            content: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinative-query-snippet
        """
        return self._call(
            "POST",
            "/api/native-query-snippet",
            (),
            body={
                "collection_id": collection_id,
                "content": content,
                "description": description,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/native-query-snippet/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinative-query-snippetid
        """
        return self._call(
            "GET",
            "/api/native-query-snippet/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/native-query-snippet

        Args:
            archived: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinative-query-snippet
        """
        return self._call(
            "GET",
            "/api/native-query-snippet",
            (),
            query={
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        archived: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/native-query-snippet/{id}

        Args:
            id: int; path; required.
            archived: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            content: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apinative-query-snippetid
        """
        return self._call(
            "PUT",
            "/api/native-query-snippet/{}",
            (id,),
            body={
                "archived": archived,
                "collection_id": collection_id,
                "content": content,
                "description": description,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
