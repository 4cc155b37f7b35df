"""Routes of the 'collection' namespace (12 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class CollectionResource(Resource):
    """Routes of the 'collection' namespace (12 endpoints)."""

    def create(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        parent_id: int | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        authority_level: Literal["official"] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/collection/

        Args:
            name: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            namespace: str | None; JSON body; optional; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.

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
        )

    def get(
        self,
        id: int,
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
        )

    def get_graph(
        self,
        *,
        namespace: str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/graph

        Args:
            namespace: str | None; query string; optional; may be None.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiongraph
        """
        return self._call(
            "GET",
            "/api/collection/graph",
            (),
            query={
                "namespace": namespace,
            },
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
    ) -> Any:
        """GET /api/collection/:id/items

        Args:
            id: int; path; required.
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card']] | Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card'] | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at'] | None; query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc'] | None; query string; optional; may be None; one of 'desc', 'asc'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectioniditems
        """
        return self._call(
            "GET",
            "/api/collection/{}/items",
            (id,),
            query={
                "models": models,
                "archived": archived,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def get_root(
        self,
        *,
        namespace: str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/root

        Args:
            namespace: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroot
        """
        return self._call(
            "GET",
            "/api/collection/root",
            (),
            query={
                "namespace": namespace,
            },
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
    ) -> Any:
        """GET /api/collection/root/items

        Args:
            models: list[Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card']] | Literal['dashboard', 'dataset', 'no_models', 'timeline', 'snippet', 'collection', 'pulse', 'card'] | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.
            namespace: str | None; query string; optional; may be None.
            pinned_state: Literal['is_not_pinned', 'is_pinned', 'all'] | None; query string; optional; may be None; one of 'is_not_pinned', 'is_pinned', 'all'.
            sort_column: Literal['model', 'name', 'last_edited_by', 'last_edited_at'] | None; query string; optional; may be None; one of 'model', 'name', 'last_edited_by', 'last_edited_at'.
            sort_direction: Literal['desc', 'asc'] | None; query string; optional; may be None; one of 'desc', 'asc'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionrootitems
        """
        return self._call(
            "GET",
            "/api/collection/root/items",
            (),
            query={
                "models": models,
                "archived": archived,
                "namespace": namespace,
                "pinned_state": pinned_state,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
        )

    def get_root_timelines(
        self,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/root/timelines

        Args:
            include: Literal['events'] | None; query string; optional; may be None; one of 'events'.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroottimelines
        """
        return self._call(
            "GET",
            "/api/collection/root/timelines",
            (),
            query={
                "include": include,
                "archived": archived,
            },
        )

    def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/:id/timelines

        Args:
            id: int; path; required.
            include: Literal['events'] | None; query string; optional; may be None; one of 'events'.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionidtimelines
        """
        return self._call(
            "GET",
            "/api/collection/{}/timelines",
            (id,),
            query={
                "include": include,
                "archived": archived,
            },
        )

    def get_tree(
        self,
        *,
        exclude_archived: bool | None | Unset = UNSET,
        exclude_other_user_collections: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        shallow: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/tree

        Args:
            exclude_archived: bool | None; query string; optional; may be None; sent as 'exclude-archived'.
            exclude_other_user_collections: bool | None; query string; optional; may be None; sent as 'exclude-other-user-collections'.
            namespace: str | None; query string; optional; may be None.
            shallow: bool | None; query string; optional; may be None.
            collection_id: int | None; query string; optional; may be None; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiontree
        """
        return self._call(
            "GET",
            "/api/collection/tree",
            (),
            query={
                "exclude-archived": exclude_archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
                "shallow": shallow,
                "collection-id": collection_id,
            },
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
        exclude_other_user_collections: bool | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        personal_only: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/collection/

        Args:
            archived: bool | None; query string; optional; may be None.
            exclude_other_user_collections: bool | None; query string; optional; may be None; sent as 'exclude-other-user-collections'.
            namespace: str | None; query string; optional; may be None.
            personal_only: bool | None; query string; optional; may be None; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollection
        """
        return self._call(
            "GET",
            "/api/collection/",
            (),
            query={
                "archived": archived,
                "exclude-other-user-collections": exclude_other_user_collections,
                "namespace": namespace,
                "personal-only": personal_only,
            },
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
    ) -> Any:
        """PUT /api/collection/:id

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            parent_id: int | None; JSON body; optional; None sends null.
            authority_level: Literal['official'] | None; JSON body; optional; None sends null; one of 'official'.

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
        )

    def update_graph(
        self,
        *,
        namespace: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/collection/graph

        Args:
            namespace: str | None; JSON body; optional; None sends null.

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
        )
