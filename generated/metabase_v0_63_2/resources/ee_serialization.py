"""Routes of the 'ee-serialization' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, IO, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    ExportMetadataResponse,
    ImportStatusResponse,
    PostEeSerializationMetadataImportResponse,
)


class EeSerializationResource(Resource):
    """Routes of the 'ee-serialization' namespace (5 endpoints)."""

    def get_metadata_import_by_id(
        self,
        id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ImportStatusResponse:
        """GET /api/ee/serialization/metadata/import/{id}

        Args:
            id: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeserializationmetadataimportid
        """
        _result: ImportStatusResponse = self._call(
            "GET",
            "/api/ee/serialization/metadata/import/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_export(
        self,
        *,
        dirname: str | None | Unset = UNSET,
        collection: List[int | str] | None | Unset = UNSET,
        all_collections: bool = True,
        settings: bool = True,
        data_model: bool = True,
        field_values: bool = False,
        database_secrets: bool = False,
        continue_on_error: bool = False,
        full_stacktrace: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            dirname: str | None; query string; optional; may be None.
            collection: list[int | str] | None; query string; optional; may be None.
            all_collections: bool; query string; optional; default true.
            settings: bool; query string; optional; default true.
            data_model: bool; query string; optional; default true.
            field_values: bool; query string; optional; default false.
            database_secrets: bool; query string; optional; default false.
            continue_on_error: bool; query string; optional; default false.
            full_stacktrace: bool; query string; optional; default false.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeserializationexport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/export",
            (),
            query={
                "dirname": dirname,
                "collection": collection,
                "all_collections": all_collections,
                "settings": settings,
                "data_model": data_model,
                "field_values": field_values,
                "database_secrets": database_secrets,
                "continue_on_error": continue_on_error,
                "full_stacktrace": full_stacktrace,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_import(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        continue_on_error: bool = False,
        full_stacktrace: bool = False,
        reindex: bool = True,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            continue_on_error: bool; query string; optional; default false.
            full_stacktrace: bool; query string; optional; default false.
            reindex: bool; query string; optional; default true.
            file: bytes; multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeserializationimport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/import",
            (),
            query={
                "continue_on_error": continue_on_error,
                "full_stacktrace": full_stacktrace,
                "reindex": reindex,
            },
            body={
                "file": file,
            },
            multipart=True,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_metadata_export(
        self,
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
        """POST /api/ee/serialization/metadata/export

        Args:
            with_databases: bool | None; query string; optional; default false; may be None; sent as 'with-databases'.
            with_tables: bool | None; query string; optional; default false; may be None; sent as 'with-tables'.
            with_fields: bool | None; query string; optional; default false; may be None; sent as 'with-fields'.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeserializationmetadataexport
        """
        _result: ExportMetadataResponse | None = self._call(
            "POST",
            "/api/ee/serialization/metadata/export",
            (),
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

    def post_metadata_import(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeSerializationMetadataImportResponse:
        """POST /api/ee/serialization/metadata/import

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieeserializationmetadataimport
        """
        _result: PostEeSerializationMetadataImportResponse = self._call(
            "POST",
            "/api/ee/serialization/metadata/import",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
