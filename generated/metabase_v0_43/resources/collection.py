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
        Place("body", ("color",)),
        Place("body", ("description",)),
        Place("body", ("parent_id",)),
        Place("body", ("namespace",)),
        Place("body", ("authority_level",)),
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
        Place("form", ("namespace",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/collection/",
    (
        Place("form", ("archived",)),
        Place("form", ("namespace",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/collection/{}",
    (
        Place("path"),
        Place("body", ("authority_level",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("color",)),
        Place("body", ("name",)),
        Place("body", ("parent_id",)),
        Place("body", ("update_collection_tree_authority_level",)),
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
    ) -> Collection:
        """POST /api/collection/

        Args:
            name: JSON body; required; must not be blank.
            color: JSON body; required.
            description: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            namespace: JSON body; optional; None sends null; must not be blank.
            authority_level: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apicollection
        """
        _result: Collection = self._call(
            _CREATE,
            (name, color, description, parent_id, namespace, authority_level),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionid
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiongraph
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
        ) = None,
        archived: bool | None = None,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
        sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
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
            id: path; required.
            models: form field or query string; optional.
            archived: form field or query string; optional.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectioniditems
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroot
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
        ) = None,
        archived: bool | None = None,
        namespace: str | None = None,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
        sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionrootitems
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroottimelines
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
            id: path; required.
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionidtimelines
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/tree

        Args:
            exclude_archived: form field or query string; optional; sent as 'exclude-archived'.
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiontree
        """
        _result: List[Collection] = self._call(
            _GET_TREE,
            (exclude_archived, namespace),
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollection
        """
        _result: List[Collection] = self._call(
            _LIST,
            (archived, namespace),
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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            color: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            update_collection_tree_authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectionid
        """
        _result: Collection = self._call(
            _UPDATE,
            (
                id,
                authority_level,
                description,
                archived,
                color,
                name,
                parent_id,
                update_collection_tree_authority_level,
                body,
            ),
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectiongraph
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
    ) -> Collection:
        """POST /api/collection/

        Args:
            name: JSON body; required; must not be blank.
            color: JSON body; required.
            description: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            namespace: JSON body; optional; None sends null; must not be blank.
            authority_level: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apicollection
        """
        _result: Collection = await self._call(
            _CREATE,
            (name, color, description, parent_id, namespace, authority_level),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionid
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiongraph
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
        ) = None,
        archived: bool | None = None,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
        sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
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
            id: path; required.
            models: form field or query string; optional.
            archived: form field or query string; optional.
            pinned_state: form field or query string; optional.
            sort_column: form field or query string; optional.
            sort_direction: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectioniditems
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroot
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
        ) = None,
        archived: bool | None = None,
        namespace: str | None = None,
        pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
        sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionrootitems
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionroottimelines
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
            id: path; required.
            include: form field or query string; optional.
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectionidtimelines
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/tree

        Args:
            exclude_archived: form field or query string; optional; sent as 'exclude-archived'.
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollectiontree
        """
        _result: List[Collection] = await self._call(
            _GET_TREE,
            (exclude_archived, namespace),
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
        namespace: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.
            namespace: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apicollection
        """
        _result: List[Collection] = await self._call(
            _LIST,
            (archived, namespace),
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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required.
            authority_level: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            color: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.
            update_collection_tree_authority_level: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectionid
        """
        _result: Collection = await self._call(
            _UPDATE,
            (
                id,
                authority_level,
                description,
                archived,
                color,
                name,
                parent_id,
                update_collection_tree_authority_level,
                body,
            ),
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apicollectiongraph
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
            ) = None,
            archived: bool | None = None,
            pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
            sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
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
            ) = None,
            archived: bool | None = None,
            namespace: str | None = None,
            pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
            sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
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
            namespace: str | None = None,
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
            namespace: str | None = None,
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
            ) = None,
            archived: bool | None = None,
            pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
            sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
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
            ) = None,
            archived: bool | None = None,
            namespace: str | None = None,
            pinned_state: Literal["all", "is_not_pinned", "is_pinned"] | None = None,
            sort_column: Literal["last_edited_at", "last_edited_by", "model", "name"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
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
            namespace: str | None = None,
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
            namespace: str | None = None,
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
