"""Routes of the 'database' namespace (18 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_autocomplete_suggestions(
        self,
        id: int,
        *,
        prefix: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: int; path; required.
            prefix: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidautocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/autocomplete_suggestions",
            (id,),
            form={
                "prefix": prefix,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_fields(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_idfields(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_metadata_for_virtual_db(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_schema_by_schema(
        self,
        id: int,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_schemas(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        include_tables: bool | None | Unset = UNSET,
        include_cards: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/

        Args:
            include_tables: bool | None; form field or query string; optional; may be None.
            include_cards: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabase
        """
        return self._call(
            "GET",
            "/api/database/",
            (),
            form={
                "include_tables": include_tables,
                "include_cards": include_cards,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_sample_dataset(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/sample_dataset

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasesample_dataset
        """
        return self._call(
            "POST",
            "/api/database/sample_dataset",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_sync(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_sync_schema(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_validate(
        self,
        *,
        engine: str,
        details: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/validate

        Args:
            engine: str; JSON body; required; sent as 'details.engine'.
            details: dict[str, Any]; JSON body; required; sent as 'details.details'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasevalidate
        """
        return self._call(
            "POST",
            "/api/database/validate",
            (),
            body={},
            nested=[
                (("details", "engine"), engine),
                (("details", "details"), details),
            ],
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
