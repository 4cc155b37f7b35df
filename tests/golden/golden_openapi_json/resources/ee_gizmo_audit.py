"""Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, IO, TYPE_CHECKING
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

_POST_UPLOAD = RequestSpec(
    "POST",
    "/api/ee/gizmo-audit/{}/upload",
    (
        Place("path"),
        Place("multipart", ("file",)),
    ),
    body_format="multipart",
)


class EeGizmoAuditResource(Resource):
    """Routes of the 'ee-gizmo-audit' namespace (1 endpoints)."""

    def post_upload(
        self,
        gizmo_key: str,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/gizmo-audit/{gizmo-key}/upload

        Upload a file.

        Args:
            gizmo_key: path; required; sent as 'gizmo-key'.
            file: multipart part; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#post-apieegizmo-auditgizmo-keyupload
        """
        return self._call(
            _POST_UPLOAD,
            (gizmo_key, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeGizmoAuditResource(AsyncResource):
    """Routes of the 'ee-gizmo-audit' namespace, awaited (AsyncClient's)."""

    async def post_upload(
        self,
        gizmo_key: str,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/gizmo-audit/{gizmo-key}/upload

        Upload a file.

        Args:
            gizmo_key: path; required; sent as 'gizmo-key'.
            file: multipart part; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v9.2/api#post-apieegizmo-auditgizmo-keyupload
        """
        return await self._call(
            _POST_UPLOAD,
            (gizmo_key, file),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeGizmoAuditResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_upload(
            self,
            gizmo_key: str,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeGizmoAuditResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_upload(
            self,
            gizmo_key: str,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
