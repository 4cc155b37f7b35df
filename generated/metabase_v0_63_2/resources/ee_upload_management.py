"""Routes of the 'ee-upload-management' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class EeUploadManagementResource(Resource):
    """Routes of the 'ee-upload-management' namespace (2 endpoints)."""

    def delete_tables_by_id(
        self,
        id: int,
        *,
        archive_cards: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/upload-management/tables/{id}

        Args:
            id: int; path; required.
            archive_cards: bool | None; query string; optional; default false; may be None; sent as 'archive-cards'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeupload-managementtablesid
        """
        return self._call(
            "DELETE",
            "/api/ee/upload-management/tables/{}",
            (id,),
            query={
                "archive-cards": archive_cards,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeupload-managementtables
        """
        return self._call(
            "GET",
            "/api/ee/upload-management/tables",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
