"""Routes of the 'ee-serialization' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


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
    ) -> Any:
        """POST /api/ee/serialization/export

        Args:
            all_collections: bool | None; JSON body; optional; None sends null.
            collection: list[int] | None; JSON body; optional; None sends null.
            settings: bool | None; JSON body; optional; None sends null.
            data_model: bool | None; JSON body; optional; None sends null.
            field_values: bool | None; JSON body; optional; None sends null.
            database_secrets: bool | None; JSON body; optional; None sends null.
            dirname: Any; JSON body; optional.

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationexport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/export",
            (),
            body={
                "all_collections": all_collections,
                "collection": collection,
                "settings": settings,
                "data_model": data_model,
                "field_values": field_values,
                "database_secrets": database_secrets,
                "dirname": dirname,
            },
        )

    def post_import(self) -> Any:
        """POST /api/ee/serialization/import

        Requires a superuser.
        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/serialization#post-apieeserializationimport
        """
        return self._call(
            "POST",
            "/api/ee/serialization/import",
            (),
        )
