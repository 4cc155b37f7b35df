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
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        authority_level: Literal["official"] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/collection/

        Args:
            name: str; JSON body; optional.
            description: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            namespace: str | None; JSON body; optional; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#post-apicollection
        """
        return self._call(
            "POST",
            "/api/collection/",
            (),
            body={
                "name": name,
                "description": description,
                "parent_id": parent_id,
                "namespace": namespace,
                "authority_level": authority_level,
            },
            raw_body=body,
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionid
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiongraph
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
                    "dashboard",
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "pulse",
                    "card",
                ]
            ]
            | Literal[
                "dashboard",
                "dataset",
                "no_models",
                "timeline",
                "snippet",
                "collection",
                "pulse",
                "card",
            ]
            | None
            | Unset
        ) = UNSET,
        archived: bool | None | Unset = UNSET,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None | Unset = UNSET,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at"] | None | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | None | Unset = UNSET,
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
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card']] | Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card'] | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; form field or query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at'] | None; form field or query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc'] | None; form field or query string; optional; may be None; one of 'desc', 'asc'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectioniditems
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroot
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
                    "dashboard",
                    "dataset",
                    "no_models",
                    "timeline",
                    "snippet",
                    "collection",
                    "pulse",
                    "card",
                ]
            ]
            | Literal[
                "dashboard",
                "dataset",
                "no_models",
                "timeline",
                "snippet",
                "collection",
                "pulse",
                "card",
            ]
            | None
            | Unset
        ) = UNSET,
        archived: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None | Unset = UNSET,
        sort_column: (
            Literal["model", "name", "last_edited_by", "last_edited_at"] | None | Unset
        ) = UNSET,
        sort_direction: Literal["desc", "asc"] | None | Unset = UNSET,
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
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card']] | Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card'] | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            namespace: str | None; form field or query string; optional; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; form field or query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at'] | None; form field or query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc'] | None; form field or query string; optional; may be None; one of 'desc', 'asc'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionrootitems
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroottimelines
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionidtimelines
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
        exclude_other_user_collections: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        shallow: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/tree

        Args:
            exclude_archived: bool | None; form field or query string; optional; may be None; sent as 'exclude-archived'.
            exclude_other_user_collections: bool | None; form field or query string; optional; may be None; sent as 'exclude-other-user-collections'.
            namespace: str | None; form field or query string; optional; may be None.
            shallow: bool | None; form field or query string; optional; may be None.
            collection_id: int | None; form field or query string; optional; may be None; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiontree
        """
        return self._call(
            "GET",
            "/api/collection/tree",
            (),
            form={
                "exclude-archived": exclude_archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
                "shallow": shallow,
                "collection-id": collection_id,
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
        exclude_other_user_collections: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        personal_only: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool | None; form field or query string; optional; may be None.
            exclude_other_user_collections: bool | None; form field or query string; optional; may be None; sent as 'exclude-other-user-collections'.
            namespace: str | None; form field or query string; optional; may be None.
            personal_only: bool | None; form field or query string; optional; may be None; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
            (),
            form={
                "archived": archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
                "personal-only": personal_only,
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
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        authority_level: Literal["official"] | None | Unset = UNSET,
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
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectionid
        """
        return self._call(
            "PUT",
            "/api/collection/{}",
            (id,),
            body={
                "name": name,
                "description": description,
                "archived": archived,
                "parent_id": parent_id,
                "authority_level": authority_level,
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectiongraph
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
