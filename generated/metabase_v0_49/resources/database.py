"""Routes of the 'database' namespace (28 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class DatabaseResource(Resource):
    """Routes of the 'database' namespace (28 endpoints)."""

    def create(
        self,
        *,
        name: str,
        engine: str,
        details: dict[str, Any],
        is_full_sync: bool | None | Unset = UNSET,
        is_on_demand: bool | None | Unset = UNSET,
        schedules: dict[str, Any] | None | Unset = UNSET,
        auto_run_queries: bool | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
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
            auto_run_queries: bool | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabase
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
                "auto_run_queries": auto_run_queries,
                "cache_ttl": cache_ttl,
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#delete-apidatabaseid
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
        include: Literal["tables", "tables.fields"] | None | Unset = UNSET,
        include_editable_data_model: bool | Unset = UNSET,
        exclude_uneditable_details: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id

        Args:
            id: int; path; required.
            include: Literal['tables', 'tables.fields'] | None; form field or query string; optional; may be None; one of 'tables', 'tables.fields'.
            include_editable_data_model: bool; form field or query string; optional.
            exclude_uneditable_details: bool; form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseid
        """
        return self._call(
            "GET",
            "/api/database/{}",
            (id,),
            form={
                "include": include,
                "include_editable_data_model": include_editable_data_model,
                "exclude_uneditable_details": exclude_uneditable_details,
            },
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
        prefix: str | None | Unset = UNSET,
        substring: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: int; path; required.
            prefix: str | None; form field or query string; optional; may be None.
            substring: str | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidautocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/autocomplete_suggestions",
            (id,),
            form={
                "prefix": prefix,
                "substring": substring,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_autocomplete_suggestions(
        self,
        id: int,
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/card_autocomplete_suggestions

        Args:
            id: int; path; required.
            query: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidcard_autocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/card_autocomplete_suggestions",
            (id,),
            form={
                "query": query,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_datasets(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:virtual-db/datasets

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasets
        """
        return self._call(
            "GET",
            "/api/database/{}/datasets",
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_datasets_by_schema(
        self,
        virtual_db: str,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:virtual-db/datasets/:schema

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.
            schema: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasetsschema
        """
        return self._call(
            "GET",
            "/api/database/{}/datasets/{}",
            (virtual_db, schema),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidfields
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
        include_editable_data_model: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/idfields

        Args:
            id: int; path; required.
            include_editable_data_model: bool; form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseididfields
        """
        return self._call(
            "GET",
            "/api/database/{}/idfields",
            (id,),
            form={
                "include_editable_data_model": include_editable_data_model,
            },
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
        include_hidden: bool | None | Unset = UNSET,
        include_editable_data_model: bool | None | Unset = UNSET,
        remove_inactive: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/metadata

        Args:
            id: int; path; required.
            include_hidden: bool | None; form field or query string; optional; may be None.
            include_editable_data_model: bool | None; form field or query string; optional; may be None.
            remove_inactive: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidmetadata
        """
        return self._call(
            "GET",
            "/api/database/{}/metadata",
            (id,),
            form={
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
                "remove_inactive": remove_inactive,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbmetadata
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

    def get_schema(
        self,
        id: int,
        *,
        include_hidden: bool | None | Unset = UNSET,
        include_editable_data_model: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/schema/

        Args:
            id: int; path; required.
            include_hidden: bool | None; form field or query string; optional; may be None.
            include_editable_data_model: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema/",
            (id,),
            form={
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
            },
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
        include_hidden: bool | None | Unset = UNSET,
        include_editable_data_model: bool | None | Unset = UNSET,
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
            include_hidden: bool | None; form field or query string; optional; may be None.
            include_editable_data_model: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemaschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema/{}",
            (id, schema),
            form={
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_schema_by_schema_for_virtual_db(
        self,
        virtual_db: str,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:virtual-db/schema/:schema

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.
            schema: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemaschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema/{}",
            (virtual_db, schema),
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
        include_editable_data_model: bool | None | Unset = UNSET,
        include_hidden: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/schemas

        Args:
            id: int; path; required.
            include_editable_data_model: bool | None; form field or query string; optional; may be None.
            include_hidden: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemas
        """
        return self._call(
            "GET",
            "/api/database/{}/schemas",
            (id,),
            form={
                "include_editable_data_model": include_editable_data_model,
                "include_hidden": include_hidden,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_schemas_for_virtual_db(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:virtual-db/schemas

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemas
        """
        return self._call(
            "GET",
            "/api/database/{}/schemas",
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_syncable_schemas(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/syncable_schemas

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidsyncable_schemas
        """
        return self._call(
            "GET",
            "/api/database/{}/syncable_schemas",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_usage_info(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/:id/usage_info

        Args:
            id: int; path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidusage_info
        """
        return self._call(
            "GET",
            "/api/database/{}/usage_info",
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
        include: Any,
        saved: bool | None | Unset = UNSET,
        include_editable_data_model: bool | None | Unset = UNSET,
        exclude_uneditable_details: bool | None | Unset = UNSET,
        include_only_uploadable: bool | None | Unset = UNSET,
        include_analytics: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/

        Args:
            include: Any; form field or query string; required.
            saved: bool | None; form field or query string; optional; may be None.
            include_editable_data_model: bool | None; form field or query string; optional; may be None.
            exclude_uneditable_details: bool | None; form field or query string; optional; may be None.
            include_only_uploadable: bool | None; form field or query string; optional; may be None.
            include_analytics: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabase
        """
        return self._call(
            "GET",
            "/api/database/",
            (),
            form={
                "include": include,
                "saved": saved,
                "include_editable_data_model": include_editable_data_model,
                "exclude_uneditable_details": exclude_uneditable_details,
                "include_only_uploadable": include_only_uploadable,
                "include_analytics": include_analytics,
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddiscard_values
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

    def post_dismiss_spinner(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/:id/dismiss_spinner

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddismiss_spinner
        """
        return self._call(
            "POST",
            "/api/database/{}/dismiss_spinner",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_persist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/:id/persist

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidpersist
        """
        return self._call(
            "POST",
            "/api/database/{}/persist",
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidrescan_values
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

    def post_sample_database(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/sample_database

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasesample_database
        """
        return self._call(
            "POST",
            "/api/database/sample_database",
            (),
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidsync_schema
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

    def post_unpersist(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/:id/unpersist

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidunpersist
        """
        return self._call(
            "POST",
            "/api/database/{}/unpersist",
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasevalidate
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
        refingerprint: bool | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        auto_run_queries: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        is_full_sync: bool | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
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
            refingerprint: bool | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            auto_run_queries: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            settings: dict[str, Any] | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            is_full_sync: bool; JSON body; optional.
            cache_ttl: int | None; JSON body; optional; None sends null.
            details: dict[str, Any] | None; JSON body; optional; None sends null.
            is_on_demand: bool; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#put-apidatabaseid
        """
        return self._call(
            "PUT",
            "/api/database/{}",
            (id,),
            body={
                "engine": engine,
                "schedules": schedules,
                "refingerprint": refingerprint,
                "points_of_interest": points_of_interest,
                "description": description,
                "auto_run_queries": auto_run_queries,
                "name": name,
                "settings": settings,
                "caveats": caveats,
                "is_full_sync": is_full_sync,
                "cache_ttl": cache_ttl,
                "details": details,
                "is_on_demand": is_on_demand,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
