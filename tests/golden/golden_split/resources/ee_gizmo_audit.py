"""Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset

_GET_LOG = RequestSpec("GET", "/api/ee/gizmo-audit/log", ())


class EeGizmoAuditResource(Resource):
    """Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

    def get_log(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/gizmo-audit/log

        Audit log of gizmos. You must be a superuser to do this.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/latest/api/ee/gizmo-audit#get-apieegizmo-auditlog
        """
        return self._call(
            _GET_LOG,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeGizmoAuditResource(AsyncResource):
    """Routes of the 'ee-gizmo-audit' namespace, awaited (AsyncClient's)."""

    async def get_log(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/gizmo-audit/log

        Audit log of gizmos. You must be a superuser to do this.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/latest/api/ee/gizmo-audit#get-apieegizmo-auditlog
        """
        return await self._call(
            _GET_LOG,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeGizmoAuditResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_log(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeGizmoAuditResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_log(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
