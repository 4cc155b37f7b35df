"""Routes of the 'gizmo' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from typing_extensions import deprecated
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
from .._schemas import Node

_CREATE = RequestSpec(
    "POST",
    "/api/gizmo/",
    (
        Place("body", ("name",)),
        Place("query", ("dry_run",)),
        Place("body", ("color",)),
        Place("body", ("tree",)),
    ),
)
_DELETE = RequestSpec(
    "DELETE",
    "/api/gizmo/{}",
    (Place("path"),),
    deprecated="DELETE /api/gizmo/{id} is deprecated by Metabase",
)
_LIST = RequestSpec(
    "GET",
    "/api/gizmo/",
    (
        Place("query", ("archived",)),
        Place("query", ("ids",)),
        Place("query", ("sort",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/gizmo/{}",
    (
        Place("path"),
        Place("body", ("mode",)),
        Place("body", ("name",)),
        Place("body", ("weight",)),
        Place("body", ("meta",)),
        Place("body", ("hint",)),
    ),
)
_UPDATE_ORDER = RequestSpec(
    "PUT",
    "/api/gizmo/{}/order",
    (
        Place("path"),
        Place("body", whole=True),
    ),
)


class GizmoResource(Resource):
    """Routes of the 'gizmo' namespace (5 endpoints)."""

    def create(
        self,
        *,
        name: str,
        dry_run: bool | None = None,
        color: Literal["red", "green"] | Unset = UNSET,
        tree: Node | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gizmo/

        Make a gizmo.

        Args:
            name: JSON body; required; at least 1 character.
            dry_run: query string; optional.
            color: JSON body; optional.
            tree: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#post-apigizmo
        """
        return self._call(
            _CREATE,
            (name, dry_run, color, tree),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/gizmo/{id} is deprecated by Metabase", category=None)
    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/gizmo/{id}

        Remove a gizmo.

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#delete-apigizmoid
        """
        return self._call(
            _DELETE,
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
        archived: bool | None = None,
        ids: List[int] | None = None,
        sort: Literal["name", "age"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/

        List gizmos.

        Args:
            archived: query string; optional.
            ids: query string; optional.
            sort: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#get-apigizmo
        """
        return self._call(
            _LIST,
            (archived, ids, sort),
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
        mode: Literal["fast"],
        name: str | None | Unset = UNSET,
        weight: float | Unset = UNSET,
        meta: dict[str, int] | Unset = UNSET,
        hint: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}

        Change a gizmo. You must be a superuser to do this.

        Args:
            id: path; required; must be >= 1.
            mode: JSON body; required.
            name: JSON body; optional; None sends null.
            weight: JSON body; optional.
            meta: JSON body; optional.
            hint: JSON body; optional. value must be a non-blank string.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#put-apigizmoid
        """
        return self._call(
            _UPDATE,
            (id, mode, name, weight, meta, hint),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_order(
        self,
        id: int,
        *,
        body: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}/order

        Reorder parts.

        Args:
            id: path; required.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#put-apigizmoidorder
        """
        return self._call(
            _UPDATE_ORDER,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncGizmoResource(AsyncResource):
    """Routes of the 'gizmo' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        dry_run: bool | None = None,
        color: Literal["red", "green"] | Unset = UNSET,
        tree: Node | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/gizmo/

        Make a gizmo.

        Args:
            name: JSON body; required; at least 1 character.
            dry_run: query string; optional.
            color: JSON body; optional.
            tree: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#post-apigizmo
        """
        return await self._call(
            _CREATE,
            (name, dry_run, color, tree),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    @deprecated("DELETE /api/gizmo/{id} is deprecated by Metabase", category=None)
    async def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/gizmo/{id}

        Remove a gizmo.

        Args:
            id: path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#delete-apigizmoid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        archived: bool | None = None,
        ids: List[int] | None = None,
        sort: Literal["name", "age"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/

        List gizmos.

        Args:
            archived: query string; optional.
            ids: query string; optional.
            sort: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#get-apigizmo
        """
        return await self._call(
            _LIST,
            (archived, ids, sort),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        mode: Literal["fast"],
        name: str | None | Unset = UNSET,
        weight: float | Unset = UNSET,
        meta: dict[str, int] | Unset = UNSET,
        hint: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}

        Change a gizmo. You must be a superuser to do this.

        Args:
            id: path; required; must be >= 1.
            mode: JSON body; required.
            name: JSON body; optional; None sends null.
            weight: JSON body; optional.
            meta: JSON body; optional.
            hint: JSON body; optional. value must be a non-blank string.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#put-apigizmoid
        """
        return await self._call(
            _UPDATE,
            (id, mode, name, weight, meta, hint),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_order(
        self,
        id: int,
        *,
        body: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/{id}/order

        Reorder parts.

        Args:
            id: path; required.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v9.1/api#put-apigizmoidorder
        """
        return await self._call(
            _UPDATE_ORDER,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawGizmoResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            dry_run: bool | None = None,
            color: Literal["red", "green"] | Unset = UNSET,
            tree: Node | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/gizmo/{id} is deprecated by Metabase", category=None)
        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            ids: List[int] | None = None,
            sort: Literal["name", "age"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            mode: Literal["fast"],
            name: str | None | Unset = UNSET,
            weight: float | Unset = UNSET,
            meta: dict[str, int] | Unset = UNSET,
            hint: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_order(
            self,
            id: int,
            *,
            body: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawGizmoResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            dry_run: bool | None = None,
            color: Literal["red", "green"] | Unset = UNSET,
            tree: Node | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        @deprecated("DELETE /api/gizmo/{id} is deprecated by Metabase", category=None)
        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            ids: List[int] | None = None,
            sort: Literal["name", "age"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            mode: Literal["fast"],
            name: str | None | Unset = UNSET,
            weight: float | Unset = UNSET,
            meta: dict[str, int] | Unset = UNSET,
            hint: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_order(
            self,
            id: int,
            *,
            body: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
