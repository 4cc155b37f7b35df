"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
        Place("query", ("all_collections",)),
        Place("query", ("collection",)),
        Place("query", ("settings",)),
        Place("query", ("data_model",)),
        Place("query", ("field_values",)),
        Place("query", ("database_secrets",)),
        Place("query", ("dirname",)),
    ),
)
_POST_IMPORT = RequestSpec(
    "POST",
    "/api/ee/serialization/import",
    (Place("multipart", whole=True),),
    body_format="multipart",
)


class EeSerializationResource(Resource):
    """Routes of the 'ee-serialization' namespace (2 endpoints)."""

    def post_export(
        self,
        *,
        all_collections: bool | None = None,
        collection: List[int] | None = None,
        settings: bool | None = None,
        data_model: bool | None = None,
        field_values: bool | None = None,
        database_secrets: bool | None = None,
        dirname: Any | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            all_collections: query string; optional.
            collection: query string; optional.
            settings: query string; optional.
            data_model: query string; optional.
            field_values: query string; optional.
            database_secrets: query string; optional.
            dirname: query string; optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationexport
        """
        return self._call(
            _POST_EXPORT,
            (
                all_collections,
                collection,
                settings,
                data_model,
                field_values,
                database_secrets,
                dirname,
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
        raw_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            raw_params: the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationimport
        """
        return self._call(
            _POST_IMPORT,
            (raw_params,),
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
        all_collections: bool | None = None,
        collection: List[int] | None = None,
        settings: bool | None = None,
        data_model: bool | None = None,
        field_values: bool | None = None,
        database_secrets: bool | None = None,
        dirname: Any | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            all_collections: query string; optional.
            collection: query string; optional.
            settings: query string; optional.
            data_model: query string; optional.
            field_values: query string; optional.
            database_secrets: query string; optional.
            dirname: query string; optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationexport
        """
        return await self._call(
            _POST_EXPORT,
            (
                all_collections,
                collection,
                settings,
                data_model,
                field_values,
                database_secrets,
                dirname,
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
        raw_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            raw_params: the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationimport
        """
        return await self._call(
            _POST_IMPORT,
            (raw_params,),
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
            all_collections: bool | None = None,
            collection: List[int] | None = None,
            settings: bool | None = None,
            data_model: bool | None = None,
            field_values: bool | None = None,
            database_secrets: bool | None = None,
            dirname: Any | None = None,
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
            raw_params: dict[str, Any] | Unset = UNSET,
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
            all_collections: bool | None = None,
            collection: List[int] | None = None,
            settings: bool | None = None,
            data_model: bool | None = None,
            field_values: bool | None = None,
            database_secrets: bool | None = None,
            dirname: Any | None = None,
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
            raw_params: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
