"""Routes of the 'collection' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class CollectionResource(Resource):
    """Routes of the 'collection' namespace (12 endpoints)."""

    def create(
        self,
        *,
        name: str,
        color: str,
        description: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        authority_level: Literal["official"] | None | Unset = UNSET,
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
            namespace: str | None; JSON body; optional; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apicollection
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
                "namespace": namespace,
                "authority_level": authority_level,
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionid
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
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/graph

        Args:
            namespace: str | None; form field or query string; optional; may be None.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiongraph
        """
        return self._call(
            "GET",
            "/api/collection/graph",
            (),
            form={
                "namespace": namespace,
            },
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
        models: (
            List[
                Literal[
                    "card",
                    "collection",
                    "dashboard",
                    "dataset",
                    "no_models",
                    "pulse",
                    "snippet",
                    "timeline",
                ]
            ]
            | Literal[
                "card",
                "collection",
                "dashboard",
                "dataset",
                "no_models",
                "pulse",
                "snippet",
                "timeline",
            ]
            | None
            | Unset
        ) = UNSET,
        archived: bool | None | Unset = UNSET,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None | Unset = UNSET,
        sort_column: (
            Literal["last_edited_at", "last_edited_by", "model", "name"] | None | Unset
        ) = UNSET,
        sort_direction: Literal["asc", "desc"] | None | Unset = UNSET,
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
            models: list[Literal['card', 'collection', 'dashboard', 'dataset', 'no_models', 'pulse', 'snippet', 'timeline']] | Literal['card', 'collection', 'dashboard', 'dataset', 'no_models', 'pulse', 'snippet', 'timeline'] | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            pinned_state: Literal['all', 'is_not_pinned', 'is_pinned'] | None; form field or query string; optional; may be None; one of 'all', 'is_not_pinned', 'is_pinned'.
            sort_column: Literal['last_edited_at', 'last_edited_by', 'model', 'name'] | None; form field or query string; optional; may be None; one of 'last_edited_at', 'last_edited_by', 'model', 'name'.
            sort_direction: Literal['asc', 'desc'] | None; form field or query string; optional; may be None; one of 'asc', 'desc'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectioniditems
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
                "models": models,
                "archived": archived,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
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
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root

        Args:
            namespace: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroot
        """
        return self._call(
            "GET",
            "/api/collection/root",
            (),
            form={
                "namespace": namespace,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root_items(
        self,
        *,
        models: (
            List[
                Literal[
                    "card",
                    "collection",
                    "dashboard",
                    "dataset",
                    "no_models",
                    "pulse",
                    "snippet",
                    "timeline",
                ]
            ]
            | Literal[
                "card",
                "collection",
                "dashboard",
                "dataset",
                "no_models",
                "pulse",
                "snippet",
                "timeline",
            ]
            | None
            | Unset
        ) = UNSET,
        archived: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None | Unset = UNSET,
        sort_column: (
            Literal["last_edited_at", "last_edited_by", "model", "name"] | None | Unset
        ) = UNSET,
        sort_direction: Literal["asc", "desc"] | None | Unset = UNSET,
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
            models: list[Literal['card', 'collection', 'dashboard', 'dataset', 'no_models', 'pulse', 'snippet', 'timeline']] | Literal['card', 'collection', 'dashboard', 'dataset', 'no_models', 'pulse', 'snippet', 'timeline'] | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            namespace: str | None; form field or query string; optional; may be None.
            pinned_state: Literal['all', 'is_not_pinned', 'is_pinned'] | None; form field or query string; optional; may be None; one of 'all', 'is_not_pinned', 'is_pinned'.
            sort_column: Literal['last_edited_at', 'last_edited_by', 'model', 'name'] | None; form field or query string; optional; may be None; one of 'last_edited_at', 'last_edited_by', 'model', 'name'.
            sort_direction: Literal['asc', 'desc'] | None; form field or query string; optional; may be None; one of 'asc', 'desc'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionrootitems
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
                "models": models,
                "archived": archived,
                "namespace": namespace,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_root_timelines(
        self,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root/timelines

        Args:
            include: Literal['events'] | None; form field or query string; optional; may be None; one of 'events'.
            archived: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroottimelines
        """
        return self._call(
            "GET",
            "/api/collection/root/timelines",
            (),
            form={
                "include": include,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/:id/timelines

        Args:
            id: int; path; required.
            include: Literal['events'] | None; form field or query string; optional; may be None; one of 'events'.
            archived: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionidtimelines
        """
        return self._call(
            "GET",
            "/api/collection/{}/timelines",
            (id,),
            form={
                "include": include,
                "archived": archived,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tree(
        self,
        *,
        exclude_archived: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/tree

        Args:
            exclude_archived: bool | None; form field or query string; optional; may be None; sent as 'exclude-archived'.
            namespace: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiontree
        """
        return self._call(
            "GET",
            "/api/collection/tree",
            (),
            form={
                "exclude-archived": exclude_archived,
                "namespace": namespace,
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
        namespace: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool | None; form field or query string; optional; may be None.
            namespace: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
            (),
            form={
                "archived": archived,
                "namespace": namespace,
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
        authority_level: Literal["official"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        update_collection_tree_authority_level: bool | None | Unset = UNSET,
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
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            color: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            update_collection_tree_authority_level: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectionid
        """
        return self._call(
            "PUT",
            "/api/collection/{}",
            (id,),
            body={
                "authority_level": authority_level,
                "description": description,
                "archived": archived,
                "color": color,
                "name": name,
                "parent_id": parent_id,
                "update_collection_tree_authority_level": update_collection_tree_authority_level,
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
        namespace: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/collection/graph

        Args:
            namespace: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectiongraph
        """
        return self._call(
            "PUT",
            "/api/collection/graph",
            (),
            body={
                "namespace": namespace,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
