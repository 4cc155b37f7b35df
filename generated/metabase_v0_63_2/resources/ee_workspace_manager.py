"""Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    DeleteEeWorkspaceManagerByIdResponse,
    ExportMetadataResponse,
    GetEeWorkspaceManagerByIdConfigResponse,
    GetEeWorkspaceManagerByIdResponse,
    GetEeWorkspaceManagerResponseItem,
    PostEeWorkspaceManagerResponse,
    PutEeWorkspaceManagerByIdResponse,
)


class EeWorkspaceManagerResource(Resource):
    """Routes of the 'ee-workspace-manager' namespace (7 endpoints)."""

    def create(
        self,
        *,
        database_ids: List[int],
        name: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeWorkspaceManagerResponse:
        """POST /api/ee/workspace-manager

        Args:
            database_ids: list[int]; JSON body; required.
            name: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeworkspace-manager
        """
        _result: PostEeWorkspaceManagerResponse = self._call(
            "POST",
            "/api/ee/workspace-manager",
            (),
            body={
                "database_ids": database_ids,
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete(
        self,
        id: int,
        *,
        ignore_pending: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DeleteEeWorkspaceManagerByIdResponse:
        """DELETE /api/ee/workspace-manager/{id}

        Args:
            id: int; path; required.
            ignore_pending: bool | None; query string; optional; default false; may be None; sent as 'ignore-pending'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeworkspace-managerid
        """
        _result: DeleteEeWorkspaceManagerByIdResponse = self._call(
            "DELETE",
            "/api/ee/workspace-manager/{}",
            (id,),
            query={
                "ignore-pending": ignore_pending,
            },
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
    ) -> GetEeWorkspaceManagerByIdResponse:
        """GET /api/ee/workspace-manager/{id}

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-managerid
        """
        _result: GetEeWorkspaceManagerByIdResponse = self._call(
            "GET",
            "/api/ee/workspace-manager/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_config(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeWorkspaceManagerByIdConfigResponse:
        """GET /api/ee/workspace-manager/{id}/config

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridconfig
        """
        _result: GetEeWorkspaceManagerByIdConfigResponse = self._call(
            "GET",
            "/api/ee/workspace-manager/{}/config",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_metadata_export(
        self,
        id: int,
        *,
        with_databases: bool | None = False,
        with_tables: bool | None = False,
        with_fields: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> ExportMetadataResponse | None:
        """GET /api/ee/workspace-manager/{id}/metadata/export

        Args:
            id: int; path; required.
            with_databases: bool | None; query string; optional; default false; may be None; sent as 'with-databases'.
            with_tables: bool | None; query string; optional; default false; may be None; sent as 'with-tables'.
            with_fields: bool | None; query string; optional; default false; may be None; sent as 'with-fields'.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manageridmetadataexport
        """
        _result: ExportMetadataResponse | None = self._call(
            "GET",
            "/api/ee/workspace-manager/{}/metadata/export",
            (id,),
            query={
                "with-databases": with_databases,
                "with-tables": with_tables,
                "with-fields": with_fields,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetEeWorkspaceManagerResponseItem]:
        """GET /api/ee/workspace-manager

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeworkspace-manager
        """
        _result: List[GetEeWorkspaceManagerResponseItem] = self._call(
            "GET",
            "/api/ee/workspace-manager",
            (),
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
        name: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PutEeWorkspaceManagerByIdResponse:
        """PUT /api/ee/workspace-manager/{id}

        Args:
            id: int; path; required.
            name: str; JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeworkspace-managerid
        """
        _result: PutEeWorkspaceManagerByIdResponse = self._call(
            "PUT",
            "/api/ee/workspace-manager/{}",
            (id,),
            body={
                "name": name,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
