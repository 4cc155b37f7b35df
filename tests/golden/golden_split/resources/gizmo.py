"""Routes of the 'gizmo' namespace (3 endpoints)."""

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

_GET = RequestSpec(
    "GET",
    "/api/gizmo/{}",
    (
        Place("path"),
        Place("query", ("include",)),
    ),
)
_GET_METADATA = RequestSpec(
    "GET",
    "/api/gizmo/{}/metadata",
    (
        Place("path"),
        Place("query", ("sandboxed",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/gizmo/{}",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("owner_ids",)),
        Place("body", ("options",)),
    ),
)


class GizmoResource(Resource):
    """Routes of the 'gizmo' namespace (3 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include: Literal["parts", "owners"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id

        Fetch a gizmo.

        Args:
            id: path; required; must be > 0.
            include: query string; optional.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoid
        """
        return self._call(
            _GET,
            (id, include),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metadata(
        self,
        id: int,
        *,
        sandboxed: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id/metadata

        Gizmo metadata, open-source flavour.

        Args:
            id: path; required; must be > 0.
            sandboxed: query string; optional.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoidmetadata
        """
        return self._call(
            _GET_METADATA,
            (id, sandboxed),
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
        owner_ids: List[int] | None | Unset = UNSET,
        options: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/:id

        Update a gizmo.

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            owner_ids: JSON body; optional; None sends null.
            options: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#put-apigizmoid
        """
        return self._call(
            _UPDATE,
            (id, name, owner_ids, options),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncGizmoResource(AsyncResource):
    """Routes of the 'gizmo' namespace, awaited (AsyncClient's)."""

    async def get(
        self,
        id: int,
        *,
        include: Literal["parts", "owners"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id

        Fetch a gizmo.

        Args:
            id: path; required; must be > 0.
            include: query string; optional.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoid
        """
        return await self._call(
            _GET,
            (id, include),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_metadata(
        self,
        id: int,
        *,
        sandboxed: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/gizmo/:id/metadata

        Gizmo metadata, open-source flavour.

        Args:
            id: path; required; must be > 0.
            sandboxed: query string; optional.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#get-apigizmoidmetadata
        """
        return await self._call(
            _GET_METADATA,
            (id, sandboxed),
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
        name: str | None | Unset = UNSET,
        owner_ids: List[int] | None | Unset = UNSET,
        options: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/gizmo/:id

        Update a gizmo.

        Args:
            id: path; required; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            owner_ids: JSON body; optional; None sends null.
            options: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/latest/api/gizmo#put-apigizmoid
        """
        return await self._call(
            _UPDATE,
            (id, name, owner_ids, options),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawGizmoResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get(
            self,
            id: int,
            *,
            include: Literal["parts", "owners"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_metadata(
            self,
            id: int,
            *,
            sandboxed: bool | None = None,
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
            name: str | None | Unset = UNSET,
            owner_ids: List[int] | None | Unset = UNSET,
            options: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawGizmoResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get(
            self,
            id: int,
            *,
            include: Literal["parts", "owners"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_metadata(
            self,
            id: int,
            *,
            sandboxed: bool | None = None,
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
            name: str | None | Unset = UNSET,
            owner_ids: List[int] | None | Unset = UNSET,
            options: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
