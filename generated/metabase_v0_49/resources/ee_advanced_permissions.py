"""Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

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

_DELETE_IMPERSONATION_BY_ID = RequestSpec(
    "DELETE", "/api/ee/advanced-permissions/impersonation/{}", (Place("path"),)
)
_GET_APPLICATION_GRAPH = RequestSpec("GET", "/api/ee/advanced-permissions/application/graph", ())
_GET_IMPERSONATION = RequestSpec(
    "GET",
    "/api/ee/advanced-permissions/impersonation/",
    (
        Place("form", ("group_id",)),
        Place("form", ("db_id",)),
    ),
)
_UPDATE_APPLICATION_GRAPH = RequestSpec(
    "PUT", "/api/ee/advanced-permissions/application/graph", (Place("body", whole=True),)
)


class EeAdvancedPermissionsResource(Resource):
    """Routes of the 'ee-advanced-permissions' namespace (4 endpoints)."""

    def delete_impersonation_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/advanced-permissions/impersonation/:id

        Args:
            id: path; required; must be > 0.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#delete-apieeadvanced-permissionsimpersonationid
        """
        return self._call(
            _DELETE_IMPERSONATION_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#get-apieeadvanced-permissionsapplicationgraph
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

    def get_impersonation(
        self,
        *,
        group_id: int | None = None,
        db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/impersonation/

        Args:
            group_id: form field or query string; optional; must be > 0.
            db_id: form field or query string; optional; must be > 0.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#get-apieeadvanced-permissionsimpersonation
        """
        return self._call(
            _GET_IMPERSONATION,
            (group_id, db_id),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#put-apieeadvanced-permissionsapplicationgraph
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

    async def delete_impersonation_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/advanced-permissions/impersonation/:id

        Args:
            id: path; required; must be > 0.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#delete-apieeadvanced-permissionsimpersonationid
        """
        return await self._call(
            _DELETE_IMPERSONATION_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#get-apieeadvanced-permissionsapplicationgraph
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

    async def get_impersonation(
        self,
        *,
        group_id: int | None = None,
        db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/advanced-permissions/impersonation/

        Args:
            group_id: form field or query string; optional; must be > 0.
            db_id: form field or query string; optional; must be > 0.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-impersonation#get-apieeadvanced-permissionsimpersonation
        """
        return await self._call(
            _GET_IMPERSONATION,
            (group_id, db_id),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-permissions-application#put-apieeadvanced-permissionsapplicationgraph
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

        def delete_impersonation_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_application_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_impersonation(
            self,
            *,
            group_id: int | None = None,
            db_id: int | None = None,
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

        async def delete_impersonation_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_application_graph(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_impersonation(
            self,
            *,
            group_id: int | None = None,
            db_id: int | None = None,
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
