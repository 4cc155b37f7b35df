"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, IO, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_POST_EXPORT = RequestSpec(
    "POST",
    "/api/ee/serialization/export",
    (
        Place("query", ("dirname",)),
        Place("query", ("collection",)),
        Place("query", ("all_collections",)),
        Place("query", ("settings",)),
        Place("query", ("data_model",)),
        Place("query", ("field_values",)),
        Place("query", ("database_secrets",)),
        Place("query", ("continue_on_error",)),
        Place("query", ("full_stacktrace",)),
    ),
)
_POST_IMPORT = RequestSpec(
    "POST",
    "/api/ee/serialization/import",
    (
        Place("multipart", ("file",)),
        Place("query", ("continue_on_error",)),
        Place("query", ("full_stacktrace",)),
    ),
    body_format="multipart",
)


class EeSerializationResource(Resource):
    """Routes of the 'ee-serialization' namespace (2 endpoints)."""

    def post_export(
        self,
        *,
        dirname: str | None = None,
        collection: List[int | str] | None = None,
        all_collections: bool | None = None,
        settings: bool | None = None,
        data_model: bool | None = None,
        field_values: bool | None = None,
        database_secrets: bool | None = None,
        continue_on_error: bool | None = None,
        full_stacktrace: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            dirname: query string; optional.
            collection: query string; optional.
            all_collections: query string; optional; not sent by default (the server assumes true).
            settings: query string; optional; not sent by default (the server assumes true).
            data_model: query string; optional; not sent by default (the server assumes true).
            field_values: query string; optional; not sent by default (the server assumes false).
            database_secrets: query string; optional; not sent by default (the server assumes false).
            continue_on_error: query string; optional; not sent by default (the server assumes false).
            full_stacktrace: query string; optional; not sent by default (the server assumes false).

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationexport
        """
        return self._call(
            _POST_EXPORT,
            (
                dirname,
                collection,
                all_collections,
                settings,
                data_model,
                field_values,
                database_secrets,
                continue_on_error,
                full_stacktrace,
            ),
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
        continue_on_error: bool | None = None,
        full_stacktrace: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            file: multipart part; required.
            continue_on_error: query string; optional; not sent by default (the server assumes false).
            full_stacktrace: query string; optional; not sent by default (the server assumes false).

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationimport
        """
        return self._call(
            _POST_IMPORT,
            (file, continue_on_error, full_stacktrace),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeSerializationResource(AsyncResource):
    """Routes of the 'ee-serialization' namespace, awaited (AsyncClient's)."""

    async def post_export(
        self,
        *,
        dirname: str | None = None,
        collection: List[int | str] | None = None,
        all_collections: bool | None = None,
        settings: bool | None = None,
        data_model: bool | None = None,
        field_values: bool | None = None,
        database_secrets: bool | None = None,
        continue_on_error: bool | None = None,
        full_stacktrace: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            dirname: query string; optional.
            collection: query string; optional.
            all_collections: query string; optional; not sent by default (the server assumes true).
            settings: query string; optional; not sent by default (the server assumes true).
            data_model: query string; optional; not sent by default (the server assumes true).
            field_values: query string; optional; not sent by default (the server assumes false).
            database_secrets: query string; optional; not sent by default (the server assumes false).
            continue_on_error: query string; optional; not sent by default (the server assumes false).
            full_stacktrace: query string; optional; not sent by default (the server assumes false).

        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationexport
        """
        return await self._call(
            _POST_EXPORT,
            (
                dirname,
                collection,
                all_collections,
                settings,
                data_model,
                field_values,
                database_secrets,
                continue_on_error,
                full_stacktrace,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def post_import(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        continue_on_error: bool | None = None,
        full_stacktrace: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            file: multipart part; required.
            continue_on_error: query string; optional; not sent by default (the server assumes false).
            full_stacktrace: query string; optional; not sent by default (the server assumes false).

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apieeserializationimport
        """
        return await self._call(
            _POST_IMPORT,
            (file, continue_on_error, full_stacktrace),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeSerializationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_export(
            self,
            *,
            dirname: str | None = None,
            collection: List[int | str] | None = None,
            all_collections: bool | None = None,
            settings: bool | None = None,
            data_model: bool | None = None,
            field_values: bool | None = None,
            database_secrets: bool | None = None,
            continue_on_error: bool | None = None,
            full_stacktrace: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def post_import(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            continue_on_error: bool | None = None,
            full_stacktrace: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeSerializationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_export(
            self,
            *,
            dirname: str | None = None,
            collection: List[int | str] | None = None,
            all_collections: bool | None = None,
            settings: bool | None = None,
            data_model: bool | None = None,
            field_values: bool | None = None,
            database_secrets: bool | None = None,
            continue_on_error: bool | None = None,
            full_stacktrace: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def post_import(
            self,
            *,
            file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
            continue_on_error: bool | None = None,
            full_stacktrace: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
