"""Routes of the 'collection' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class CollectionResource(Resource):
    """Routes of the 'collection' namespace (9 endpoints)."""

    def create(
        self,
        *,
        name: str,
        color: str,
        description: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/collection/

        Args:
            name: str; JSON body; required.
            color: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apicollection
        """
        return self._call(
            "POST",
            "/api/collection/",
            (),
            body={
                "name": name,
                "color": color,
                "description": description,
                "parent_id": parent_id,
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
        """GET /api/collection/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionid
        """
        return self._call(
            "GET",
            "/api/collection/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectiongraph
        """
        return self._call(
            "GET",
            "/api/collection/graph",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_items(
        self,
        id: int,
        *,
        model: Literal["card", "collection", "dashboard", "pulse"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/:id/items

        Args:
            id: int; path; required.
            model: Literal['card', 'collection', 'dashboard', 'pulse'] | None; form field or query string; optional; may be None; one of 'card', 'collection', 'dashboard', 'pulse'.
            archived: bool | None; form field or query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectioniditems
        """
        return self._call(
            "GET",
            "/api/collection/{}/items",
            (id,),
            query={
                "limit": limit,
                "offset": offset,
            },
            form={
                "model": model,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionroot
        """
        return self._call(
            "GET",
            "/api/collection/root",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root_items(
        self,
        *,
        model: Literal["card", "collection", "dashboard", "pulse"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root/items

        Args:
            model: Literal['card', 'collection', 'dashboard', 'pulse'] | None; form field or query string; optional; may be None; one of 'card', 'collection', 'dashboard', 'pulse'.
            archived: bool | None; form field or query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionrootitems
        """
        return self._call(
            "GET",
            "/api/collection/root/items",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            form={
                "model": model,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
            (),
            form={
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
        name: str | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/:id

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            color: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectionid
        """
        return self._call(
            "PUT",
            "/api/collection/{}",
            (id,),
            body={
                "name": name,
                "color": color,
                "description": description,
                "archived": archived,
                "parent_id": parent_id,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/graph

        Args:
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectiongraph
        """
        return self._call(
            "PUT",
            "/api/collection/graph",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
