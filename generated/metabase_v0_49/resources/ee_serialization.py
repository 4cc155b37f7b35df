"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class EeSerializationResource(Resource):
    """Routes of the 'ee-serialization' namespace (2 endpoints)."""

    def post_export(
        self,
        *,
        all_collections: bool | None | Unset = UNSET,
        collection: List[int] | None | Unset = UNSET,
        settings: bool | None | Unset = UNSET,
        data_model: bool | None | Unset = UNSET,
        field_values: bool | None | Unset = UNSET,
        database_secrets: bool | None | Unset = UNSET,
        dirname: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            all_collections: bool | None; query string; optional; may be None.
            collection: list[int] | None; query string; optional; may be None.
            settings: bool | None; query string; optional; may be None.
            data_model: bool | None; query string; optional; may be None.
            field_values: bool | None; query string; optional; may be None.
            database_secrets: bool | None; query string; optional; may be None.
            dirname: Any; query string; optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.
        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationexport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/export",
            (),
            query={
                "all_collections": all_collections,
                "collection": collection,
                "settings": settings,
                "data_model": data_model,
                "field_values": field_values,
                "database_secrets": database_secrets,
                "dirname": dirname,
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
        raw_params: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            raw_params: dict[str, Any]; the multipart parts, by name (file parts: bytes, a file, or (name, bytes)); optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationimport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/import",
            (),
            raw_body=raw_params,
            multipart=True,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
