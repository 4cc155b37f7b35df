"""Routes of the 'collection' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import Collection, CollectionPermissionsGraph, ListCollectionItemsResponse

_CREATE = RequestSpec(
    "POST",
    "/api/collection/",
    (
        Place("body", ("name",)),
        Place("body", ("description",)),
        Place("body", ("parent_id",)),
        Place("body", ("namespace",)),
        Place("body", ("authority_level",)),
        Place("body", whole=True),
    ),
)
_GET = RequestSpec("GET", "/api/collection/{}", (Place("path"),))
_GET_GRAPH = RequestSpec("GET", "/api/collection/graph", (Place("form", ("namespace",)),))
_GET_ITEMS = RequestSpec(
    "GET",
    "/api/collection/{}/items",
    (
        Place("path"),
        Place("form", ("models",)),
        Place("form", ("archived",)),
        Place("form", ("pinned_state",)),
        Place("form", ("sort_column",)),
        Place("form", ("sort_direction",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_ROOT = RequestSpec("GET", "/api/collection/root", (Place("form", ("namespace",)),))
_GET_ROOT_ITEMS = RequestSpec(
    "GET",
    "/api/collection/root/items",
    (
        Place("form", ("models",)),
        Place("form", ("archived",)),
        Place("form", ("namespace",)),
        Place("form", ("pinned_state",)),
        Place("form", ("sort_column",)),
        Place("form", ("sort_direction",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_ROOT_TIMELINES = RequestSpec(
    "GET",
    "/api/collection/root/timelines",
    (
        Place("form", ("include",)),
        Place("form", ("archived",)),
    ),
)
_GET_TIMELINES = RequestSpec(
    "GET",
    "/api/collection/{}/timelines",
    (
        Place("path"),
        Place("form", ("include",)),
        Place("form", ("archived",)),
    ),
)
_GET_TREE = RequestSpec(
    "GET",
    "/api/collection/tree",
    (
        Place("form", ("exclude-archived",)),
        Place("form", ("exclude-other-user-collections",)),
        Place("form", ("namespace",)),
        Place("form", ("shallow",)),
        Place("form", ("collection-id",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/collection/",
    (
        Place("form", ("archived",)),
        Place("form", ("exclude-other-user-collections",)),
        Place("form", ("namespace",)),
        Place("form", ("personal-only",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/collection/{}",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("parent_id",)),
        Place("body", ("authority_level",)),
        Place("body", whole=True),
    ),
)
_UPDATE_GRAPH = RequestSpec(
    "PUT",
    "/api/collection/graph",
    (
        Place("body", ("namespace",)),
        Place("body", whole=True),
    ),
)


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
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """POST /api/collection/

        Args:
            name: JSON body; required; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            namespace: JSON body; optional; None sends null; must not be blank.
            authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#post-apicollection
        """
        _result: Collection = self._call(
            _CREATE,
            (name, description, parent_id, namespace, authority_level, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionid
        """
        _result: Collection = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_graph(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Args:
            namespace: form field or query string; optional; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _GET_GRAPH,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        ) = None,
        archived: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/:id/items

        Args:
            id: path; required; must be > 0.
            models: form field or query string; optional.
            archived: form field or query string; optional.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ITEMS,
            (id, models, archived, pinned_state, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_root(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/root

        Args:
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroot
        """
        _result: Collection = self._call(
            _GET_ROOT,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        ) = None,
        archived: bool | None = None,
        namespace: str | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/root/items

        Args:
            models: form field or query string; optional.
            archived: form field or query string; optional.
            namespace: form field or query string; optional; must not be blank.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ROOT_ITEMS,
            (models, archived, namespace, pinned_state, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_root_timelines(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root/timelines

        Args:
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroottimelines
        """
        return self._call(
            _GET_ROOT_TIMELINES,
            (include, archived),
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
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/:id/timelines

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionidtimelines
        """
        return self._call(
            _GET_TIMELINES,
            (id, include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tree(
        self,
        *,
        exclude_archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        shallow: bool | None = None,
        collection_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/tree

        Args:
            exclude_archived: form field or query string; optional; sent as 'exclude-archived'.
            exclude_other_user_collections: form field or query string; optional; sent as 'exclude-other-user-collections'.
            namespace: form field or query string; optional; must not be blank.
            shallow: form field or query string; optional.
            collection_id: form field or query string; optional; must be > 0; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiontree
        """
        _result: List[Collection] = self._call(
            _GET_TREE,
            (exclude_archived, exclude_other_user_collections, namespace, shallow, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        personal_only: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.
            exclude_other_user_collections: form field or query string; optional; sent as 'exclude-other-user-collections'.
            namespace: form field or query string; optional; must not be blank.
            personal_only: form field or query string; optional; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollection
        """
        _result: List[Collection] = self._call(
            _LIST,
            (archived, exclude_other_user_collections, namespace, personal_only),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            parent_id: JSON body; optional; None sends null; must be > 0.
            authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectionid
        """
        _result: Collection = self._call(
            _UPDATE,
            (id, name, description, archived, parent_id, authority_level, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            namespace: JSON body; optional; None sends null; must not be blank.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _UPDATE_GRAPH,
            (namespace, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncCollectionResource(AsyncResource):
    """Routes of the 'collection' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
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
    ) -> Collection:
        """POST /api/collection/

        Args:
            name: JSON body; required; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            namespace: JSON body; optional; None sends null; must not be blank.
            authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#post-apicollection
        """
        _result: Collection = await self._call(
            _CREATE,
            (name, description, parent_id, namespace, authority_level, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionid
        """
        _result: Collection = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_graph(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Args:
            namespace: form field or query string; optional; must not be blank.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _GET_GRAPH,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_items(
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
        ) = None,
        archived: bool | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/:id/items

        Args:
            id: path; required; must be > 0.
            models: form field or query string; optional.
            archived: form field or query string; optional.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ITEMS,
            (id, models, archived, pinned_state, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_root(
        self,
        *,
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/root

        Args:
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroot
        """
        _result: Collection = await self._call(
            _GET_ROOT,
            (namespace,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_root_items(
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
        ) = None,
        archived: bool | None = None,
        namespace: str | None = None,
        pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
        sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
        sort_direction: Literal["desc", "asc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListCollectionItemsResponse:
        """GET /api/collection/root/items

        Args:
            models: form field or query string; optional.
            archived: form field or query string; optional.
            namespace: form field or query string; optional; must not be blank.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ROOT_ITEMS,
            (models, archived, namespace, pinned_state, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_root_timelines(
        self,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/root/timelines

        Args:
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionroottimelines
        """
        return await self._call(
            _GET_ROOT_TIMELINES,
            (include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_timelines(
        self,
        id: int,
        *,
        include: Literal["events"] | None = None,
        archived: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/collection/:id/timelines

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectionidtimelines
        """
        return await self._call(
            _GET_TIMELINES,
            (id, include, archived),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tree(
        self,
        *,
        exclude_archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        shallow: bool | None = None,
        collection_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/tree

        Args:
            exclude_archived: form field or query string; optional; sent as 'exclude-archived'.
            exclude_other_user_collections: form field or query string; optional; sent as 'exclude-other-user-collections'.
            namespace: form field or query string; optional; must not be blank.
            shallow: form field or query string; optional.
            collection_id: form field or query string; optional; must be > 0; sent as 'collection-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollectiontree
        """
        _result: List[Collection] = await self._call(
            _GET_TREE,
            (exclude_archived, exclude_other_user_collections, namespace, shallow, collection_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        archived: bool | None = None,
        exclude_other_user_collections: bool | None = None,
        namespace: str | None = None,
        personal_only: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.
            exclude_other_user_collections: form field or query string; optional; sent as 'exclude-other-user-collections'.
            namespace: form field or query string; optional; must not be blank.
            personal_only: form field or query string; optional; sent as 'personal-only'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#get-apicollection
        """
        _result: List[Collection] = await self._call(
            _LIST,
            (archived, exclude_other_user_collections, namespace, personal_only),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            parent_id: JSON body; optional; None sends null; must be > 0.
            authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectionid
        """
        _result: Collection = await self._call(
            _UPDATE,
            (id, name, description, archived, parent_id, authority_level, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_graph(
        self,
        *,
        namespace: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            namespace: JSON body; optional; None sends null; must not be blank.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/collection#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _UPDATE_GRAPH,
            (namespace, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawCollectionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
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
        ) -> RawResponse[Collection]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

        def get_graph(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...

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
            ) = None,
            archived: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def get_root(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

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
            ) = None,
            archived: bool | None = None,
            namespace: str | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def get_root_timelines(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_timelines(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_tree(
            self,
            *,
            exclude_archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            shallow: bool | None = None,
            collection_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Collection]]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            personal_only: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Collection]]: ...

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
        ) -> RawResponse[Collection]: ...

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
        ) -> RawResponse[CollectionPermissionsGraph]: ...

    class AsyncRawCollectionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
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
        ) -> RawResponse[Collection]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

        async def get_graph(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...

        async def get_items(
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
            ) = None,
            archived: bool | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def get_root(
            self,
            *,
            namespace: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

        async def get_root_items(
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
            ) = None,
            archived: bool | None = None,
            namespace: str | None = None,
            pinned_state: Literal["is_not_pinned", "is_pinned", "all"] | None = None,
            sort_column: Literal["model", "name", "last_edited_by", "last_edited_at"] | None = None,
            sort_direction: Literal["desc", "asc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def get_root_timelines(
            self,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_timelines(
            self,
            id: int,
            *,
            include: Literal["events"] | None = None,
            archived: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tree(
            self,
            *,
            exclude_archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            shallow: bool | None = None,
            collection_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Collection]]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            exclude_other_user_collections: bool | None = None,
            namespace: str | None = None,
            personal_only: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Collection]]: ...

        async def update(
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
        ) -> RawResponse[Collection]: ...

        async def update_graph(
            self,
            *,
            namespace: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...
