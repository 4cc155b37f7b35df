"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, IO, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class EeSerializationResource(Resource):
    """Routes of the 'ee-serialization' namespace (2 endpoints)."""

    def post_export(
        self,
        *,
        dirname: str | Unset = UNSET,
        collection: List[int | str] | Unset = UNSET,
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
            dirname: str; query string; optional.
            collection: list[int | str]; query string; optional.
            all_collections: bool; query string; optional; default true.
            settings: bool; query string; optional; default true.
            data_model: bool; query string; optional; default true.
            field_values: bool; query string; optional; default false.
            database_secrets: bool; query string; optional; default false.
            continue_on_error: bool; query string; optional; default false.
            full_stacktrace: bool; query string; optional; default false.

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationexport
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
            file: bytes; multipart part; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationimport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/import",
            (),
            query={
                "continue_on_error": continue_on_error,
                "full_stacktrace": full_stacktrace,
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
