"""Routes of the 'ee-upload-management' namespace (2 endpoints)."""

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

_DELETE_TABLES_BY_ID = RequestSpec(
    "DELETE",
    "/api/ee/upload-management/tables/{}",
    (
        Place("path"),
        Place("query", ("archive-cards",)),
    ),
)
_GET_TABLES = RequestSpec("GET", "/api/ee/upload-management/tables", ())


class EeUploadManagementResource(Resource):
    """Routes of the 'ee-upload-management' namespace (2 endpoints)."""

    def delete_tables_by_id(
        self,
        id: int,
        *,
        archive_cards: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/upload-management/tables/{id}

        Args:
            id: path; required; must be >= 1.
            archive_cards: query string; optional; not sent by default (the server assumes false); sent as 'archive-cards'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeupload-managementtablesid
        """
        return self._call(
            _DELETE_TABLES_BY_ID,
            (id, archive_cards),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_tables(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/upload-management/tables

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeupload-managementtables
        """
        return self._call(
            _GET_TABLES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeUploadManagementResource(AsyncResource):
    """Routes of the 'ee-upload-management' namespace, awaited (AsyncClient's)."""

    async def delete_tables_by_id(
        self,
        id: int,
        *,
        archive_cards: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/upload-management/tables/{id}

        Args:
            id: path; required; must be >= 1.
            archive_cards: query string; optional; not sent by default (the server assumes false); sent as 'archive-cards'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apieeupload-managementtablesid
        """
        return await self._call(
            _DELETE_TABLES_BY_ID,
            (id, archive_cards),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_tables(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/upload-management/tables

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeupload-managementtables
        """
        return await self._call(
            _GET_TABLES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeUploadManagementResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_tables_by_id(
            self,
            id: int,
            *,
            archive_cards: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_tables(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeUploadManagementResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_tables_by_id(
            self,
            id: int,
            *,
            archive_cards: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_tables(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
