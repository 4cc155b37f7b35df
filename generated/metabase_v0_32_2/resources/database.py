"""Routes of the 'database' namespace (18 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class DatabaseResource(Resource):
    """Routes of the 'database' namespace (18 endpoints)."""

    def create(
        self,
        *,
        name: str,
        engine: str,
        details: dict[str, Any],
        is_full_sync: bool | None | Unset = UNSET,
        is_on_demand: bool | None | Unset = UNSET,
        schedules: dict[str, Any] | None | Unset = UNSET,
    ) -> Any:
        """POST /api/database/

        Args:
            name: str; JSON body; required.
            engine: str; JSON body; required.
            details: dict[str, Any]; JSON body; required.
            is_full_sync: bool | None; JSON body; optional; None sends null.
            is_on_demand: bool | None; JSON body; optional; None sends null.
            schedules: dict[str, Any] | None; JSON body; optional; None sends null.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabase
        """
        return self._call(
            "POST",
            "/api/database/",
            (),
            body={
                "name": name,
                "engine": engine,
                "details": details,
                "is_full_sync": is_full_sync,
                "is_on_demand": is_on_demand,
                "schedules": schedules,
            },
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/database/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidatabaseid
        """
        return self._call(
            "DELETE",
            "/api/database/{}",
            (id,),
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/database/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseid
        """
        return self._call(
            "GET",
            "/api/database/{}",
            (id,),
        )

    def get_autocomplete_suggestions(
        self,
        id: int,
        *,
        prefix: str,
    ) -> Any:
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: int; path; required.
            prefix: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidautocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/autocomplete_suggestions",
            (id,),
            query={
                "prefix": prefix,
            },
        )

    def get_fields(
        self,
        id: int,
    ) -> Any:
        """GET /api/database/:id/fields

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidfields
        """
        return self._call(
            "GET",
            "/api/database/{}/fields",
            (id,),
        )

    def get_idfields(
        self,
        id: int,
    ) -> Any:
        """GET /api/database/:id/idfields

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseididfields
        """
        return self._call(
            "GET",
            "/api/database/{}/idfields",
            (id,),
        )

    def get_metadata(
        self,
        id: int,
    ) -> Any:
        """GET /api/database/:id/metadata

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidmetadata
        """
        return self._call(
            "GET",
            "/api/database/{}/metadata",
            (id,),
        )

    def get_metadata_for_virtual_db(
        self,
        virtual_db: str,
    ) -> Any:
        """GET /api/database/:virtual-db/metadata

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabasevirtual-dbmetadata
        """
        return self._call(
            "GET",
            "/api/database/{}/metadata",
            (virtual_db,),
        )

    def get_schema_by_schema(
        self,
        id: int,
        schema: str,
    ) -> Any:
        """GET /api/database/:id/schema/:schema

        Args:
            id: int; path; required.
            schema: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemaschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema/{}",
            (id, schema),
        )

    def get_schemas(
        self,
        id: int,
    ) -> Any:
        """GET /api/database/:id/schemas

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemas
        """
        return self._call(
            "GET",
            "/api/database/{}/schemas",
            (id,),
        )

    def list(
        self,
        *,
        include_tables: bool | None | Unset = UNSET,
        include_cards: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/database/

        Args:
            include_tables: bool | None; query string; optional; may be None.
            include_cards: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabase
        """
        return self._call(
            "GET",
            "/api/database/",
            (),
            query={
                "include_tables": include_tables,
                "include_cards": include_cards,
            },
        )

    def post_discard_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/database/:id/discard_values

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseiddiscard_values
        """
        return self._call(
            "POST",
            "/api/database/{}/discard_values",
            (id,),
        )

    def post_rescan_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/database/:id/rescan_values

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidrescan_values
        """
        return self._call(
            "POST",
            "/api/database/{}/rescan_values",
            (id,),
        )

    def post_sample_dataset(self) -> Any:
        """POST /api/database/sample_dataset

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasesample_dataset
        """
        return self._call(
            "POST",
            "/api/database/sample_dataset",
            (),
        )

    def post_sync(
        self,
        id: int,
    ) -> Any:
        """POST /api/database/:id/sync

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync
        """
        return self._call(
            "POST",
            "/api/database/{}/sync",
            (id,),
        )

    def post_sync_schema(
        self,
        id: int,
    ) -> Any:
        """POST /api/database/:id/sync_schema

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync_schema
        """
        return self._call(
            "POST",
            "/api/database/{}/sync_schema",
            (id,),
        )

    def post_validate(
        self,
        *,
        engine: str,
        details: dict[str, Any],
    ) -> Any:
        """POST /api/database/validate

        Args:
            engine: str; JSON body; required.
            details: dict[str, Any]; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasevalidate
        """
        return self._call(
            "POST",
            "/api/database/validate",
            (),
            body={
                "engine": engine,
                "details": details,
            },
        )

    def update(
        self,
        id: int,
        *,
        engine: str | None | Unset = UNSET,
        schedules: dict[str, Any] | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        is_full_sync: bool | Unset = UNSET,
        details: dict[str, Any] | None | Unset = UNSET,
        is_on_demand: bool | Unset = UNSET,
    ) -> Any:
        """PUT /api/database/:id

        Args:
            id: int; path; required.
            engine: str | None; JSON body; optional; None sends null.
            schedules: dict[str, Any] | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            is_full_sync: bool; JSON body; optional.
            details: dict[str, Any] | None; JSON body; optional; None sends null.
            is_on_demand: bool; JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidatabaseid
        """
        return self._call(
            "PUT",
            "/api/database/{}",
            (id,),
            body={
                "engine": engine,
                "schedules": schedules,
                "points_of_interest": points_of_interest,
                "description": description,
                "name": name,
                "caveats": caveats,
                "is_full_sync": is_full_sync,
                "details": details,
                "is_on_demand": is_on_demand,
            },
        )
