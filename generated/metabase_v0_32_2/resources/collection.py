"""Routes of the 'collection' namespace (9 endpoints)."""

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
    ),
)
_GET = RequestSpec("GET", "/api/collection/{}", (Place("path"),))
_GET_GRAPH = RequestSpec("GET", "/api/collection/graph", ())
_GET_ITEMS = RequestSpec(
    "GET",
    "/api/collection/{}/items",
    (
        Place("path"),
        Place("form", ("model",)),
        Place("form", ("archived",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_GET_ROOT = RequestSpec("GET", "/api/collection/root", ())
_GET_ROOT_ITEMS = RequestSpec(
    "GET",
    "/api/collection/root/items",
    (
        Place("form", ("model",)),
        Place("form", ("archived",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_LIST = RequestSpec("GET", "/api/collection/", (Place("form", ("archived",)),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/collection/{}",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("color",)),
        Place("body", ("description",)),
        Place("body", ("archived",)),
        Place("body", ("parent_id",)),
        Place("body", whole=True),
    ),
)
_UPDATE_GRAPH = RequestSpec("PUT", "/api/collection/graph", (Place("body", whole=True),))


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
    ) -> Collection:
        """POST /api/collection/

        Args:
            name: JSON body; required; must not be blank.
            color: JSON body; required.
            description: JSON body; optional; None sends null; must not be blank.
            parent_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apicollection
        """
        _result: Collection = self._call(
            _CREATE,
            (name, color, description, parent_id),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionid
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _GET_GRAPH,
            (),
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
        model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
        archived: bool | None = None,
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
            model: form field or query string; optional.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ITEMS,
            (id, model, archived, limit, offset),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/root

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionroot
        """
        _result: Collection = self._call(
            _GET_ROOT,
            (),
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
        model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
        archived: bool | None = None,
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
            model: form field or query string; optional.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = self._call(
            _GET_ROOT_ITEMS,
            (model, archived, limit, offset),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollection
        """
        _result: List[Collection] = self._call(
            _LIST,
            (archived,),
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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required.
            name: JSON body; optional; None sends null; must not be blank.
            color: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            parent_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectionid
        """
        _result: Collection = self._call(
            _UPDATE,
            (id, name, color, description, archived, parent_id, body),
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
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = self._call(
            _UPDATE_GRAPH,
            (body,),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apicollection
        """
        _result: Collection = await self._call(
            _CREATE,
            (name, color, description, parent_id),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionid
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """GET /api/collection/graph

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _GET_GRAPH,
            (),
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
        model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
        archived: bool | None = None,
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
            model: form field or query string; optional.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectioniditems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ITEMS,
            (id, model, archived, limit, offset),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Collection:
        """GET /api/collection/root

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionroot
        """
        _result: Collection = await self._call(
            _GET_ROOT,
            (),
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
        model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
        archived: bool | None = None,
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
            model: form field or query string; optional.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollectionrootitems
        """
        _result: ListCollectionItemsResponse = await self._call(
            _GET_ROOT_ITEMS,
            (model, archived, limit, offset),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Collection]:
        """GET /api/collection/

        Args:
            archived: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apicollection
        """
        _result: List[Collection] = await self._call(
            _LIST,
            (archived,),
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
    ) -> Collection:
        """PUT /api/collection/:id

        Args:
            id: path; required.
            name: JSON body; optional; None sends null; must not be blank.
            color: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null; must not be blank.
            archived: JSON body; optional; None sends null.
            parent_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectionid
        """
        _result: Collection = await self._call(
            _UPDATE,
            (id, name, color, description, archived, parent_id, body),
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
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CollectionPermissionsGraph:
        """PUT /api/collection/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apicollectiongraph
        """
        _result: CollectionPermissionsGraph = await self._call(
            _UPDATE_GRAPH,
            (body,),
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
            model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
            archived: bool | None = None,
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

        def get_root_items(
            self,
            *,
            model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
            archived: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
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
        ) -> RawResponse[Collection]: ...

        def update_graph(
            self,
            *,
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
            model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
            archived: bool | None = None,
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Collection]: ...

        async def get_root_items(
            self,
            *,
            model: Literal["card", "collection", "dashboard", "pulse"] | None = None,
            archived: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListCollectionItemsResponse]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
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
        ) -> RawResponse[Collection]: ...

        async def update_graph(
            self,
            *,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CollectionPermissionsGraph]: ...
