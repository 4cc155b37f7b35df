"""Routes of the 'ee-advanced-permissions' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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

_GET_APPLICATION_GRAPH = RequestSpec("GET", "/api/ee/advanced-permissions/application/graph", ())
_UPDATE_APPLICATION_GRAPH = RequestSpec(
    "PUT", "/api/ee/advanced-permissions/application/graph", (Place("body", whole=True),)
)


class EeAdvancedPermissionsResource(Resource):
    """Routes of the 'ee-advanced-permissions' namespace (2 endpoints)."""

    def get_application_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            _GET_APPLICATION_GRAPH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_application_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieeadvanced-permissionsapplicationgraph
        """
        return self._call(
            _UPDATE_APPLICATION_GRAPH,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeAdvancedPermissionsResource(AsyncResource):
    """Routes of the 'ee-advanced-permissions' namespace, awaited (AsyncClient's)."""

    async def get_application_graph(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/application/graph

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apieeadvanced-permissionsapplicationgraph
        """
        return await self._call(
            _GET_APPLICATION_GRAPH,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_application_graph(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/advanced-permissions/application/graph

        Args:
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apieeadvanced-permissionsapplicationgraph
        """
        return await self._call(
            _UPDATE_APPLICATION_GRAPH,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeAdvancedPermissionsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_application_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_application_graph(
            self,
            *,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeAdvancedPermissionsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_application_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_application_graph(
            self,
            *,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
