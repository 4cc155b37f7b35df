"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, IO, List

from .._runtime import UNSET, Resource, Unset


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
        )

    def post_import(
        self,
        *,
        file: bytes | IO[bytes] | tuple[str, bytes | IO[bytes]],
        continue_on_error: bool = False,
        full_stacktrace: bool = False,
    ) -> Any:
        """POST /api/ee/serialization/import

        Args:
            continue_on_error: bool; query string; optional; default false.
            full_stacktrace: bool; query string; optional; default false.
            file: bytes; JSON body; required.

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
        )
