"""Routes of the 'database' namespace (28 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    ExpandedSchedulesMap,
    GetDatabaseByIdSettingsAvailableResponse,
    PostDatabaseValidateDetails,
)


class DatabaseResource(Resource):
    """Routes of the 'database' namespace (28 endpoints)."""

    def create(
        self,
        *,
        name: str,
        engine: str,
        details: dict[str, Any],
        provider_name: str | None | Unset = UNSET,
        is_on_demand: bool | None = False,
        cache_ttl: int | None | Unset = UNSET,
        is_full_sync: bool | None = True,
        connection_source: Literal["admin", "setup"] | None = "admin",
        auto_run_queries: bool | None | Unset = UNSET,
        schedules: ExpandedSchedulesMap | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database

        Args:
            provider_name: str | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            is_on_demand: bool | None; JSON body; optional; default false; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            engine: str; JSON body; required.
            details: dict[str, Any]; JSON body; required.
            is_full_sync: bool | None; JSON body; optional; default true; None sends null.
            connection_source: Literal['admin', 'setup'] | None; JSON body; optional; default "admin"; None sends null; one of 'admin', 'setup'.
            auto_run_queries: bool | None; JSON body; optional; None sends null.
            schedules: ExpandedSchedulesMap | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabase
        """
        return self._call(
            "POST",
            "/api/database",
            (),
            body={
                "provider_name": provider_name,
                "name": name,
                "is_on_demand": is_on_demand,
                "cache_ttl": cache_ttl,
                "engine": engine,
                "details": details,
                "is_full_sync": is_full_sync,
                "connection_source": connection_source,
                "auto_run_queries": auto_run_queries,
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
        """DELETE /api/database/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apidatabaseid
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
        """GET /api/database/{id}

        Args:
            id: int; path; required.
            include: Literal['tables', 'tables.fields'] | None; query string; optional; may be None; one of 'tables', 'tables.fields'.
            include_editable_data_model: bool; query string; optional.
            exclude_uneditable_details: bool; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseid
        """
        return self._call(
            "GET",
            "/api/database/{}",
            (id,),
            query={
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
        """GET /api/database/{id}/autocomplete_suggestions

        Args:
            id: int; path; required.
            prefix: str | None; query string; optional; may be None.
            substring: str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidautocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/autocomplete_suggestions",
            (id,),
            query={
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
        include_dashboard_questions: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/card_autocomplete_suggestions

        Args:
            id: int; path; required.
            query: str; query string; required.
            include_dashboard_questions: bool; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidcard_autocomplete_suggestions
        """
        return self._call(
            "GET",
            "/api/database/{}/card_autocomplete_suggestions",
            (id,),
            query={
                "query": query,
                "include_dashboard_questions": include_dashboard_questions,
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
        """GET /api/database/{virtual-db}/datasets

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabasevirtual-dbdatasets
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
        """GET /api/database/{virtual-db}/datasets/{schema}

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.
            schema: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabasevirtual-dbdatasetsschema
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
        """GET /api/database/{id}/fields

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidfields
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

    def get_healthcheck(
        self,
        id: int,
        *,
        connection_type: Literal["default", "write-data", "admin", "transform"] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/healthcheck

        Args:
            id: int; path; required.
            connection_type: Literal['default', 'write-data', 'admin', 'transform']; query string; optional; one of 'default', 'write-data', 'admin', 'transform'; sent as 'connection-type'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidhealthcheck
        """
        return self._call(
            "GET",
            "/api/database/{}/healthcheck",
            (id,),
            query={
                "connection-type": connection_type,
            },
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
        """GET /api/database/{id}/idfields

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseididfields
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
        include_hidden: bool | None = False,
        include_editable_data_model: bool | None = False,
        remove_inactive: bool | None = False,
        skip_fields: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/metadata

        Args:
            id: int; path; required.
            include_hidden: bool | None; query string; optional; default false; may be None.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.
            remove_inactive: bool | None; query string; optional; default false; may be None.
            skip_fields: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidmetadata
        """
        return self._call(
            "GET",
            "/api/database/{}/metadata",
            (id,),
            query={
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
                "remove_inactive": remove_inactive,
                "skip_fields": skip_fields,
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
        """GET /api/database/{virtual-db}/metadata

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabasevirtual-dbmetadata
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
        schema: str | None | Unset = UNSET,
        include_hidden: bool | None = False,
        include_editable_data_model: bool | None = False,
        can_query: bool | None | Unset = UNSET,
        can_write_metadata: bool | None | Unset = UNSET,
        include_measures: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/schema

        Args:
            id: int; path; required.
            schema: str | None; query string; optional; may be None.
            include_hidden: bool | None; query string; optional; default false; may be None.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.
            can_query: bool | None; query string; optional; may be None; sent as 'can-query'.
            can_write_metadata: bool | None; query string; optional; may be None; sent as 'can-write-metadata'.
            include_measures: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema",
            (id,),
            query={
                "schema": schema,
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
                "can-query": can_query,
                "can-write-metadata": can_write_metadata,
                "include_measures": include_measures,
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
        include_hidden: bool | None = False,
        include_editable_data_model: bool | None = False,
        can_query: bool | None | Unset = UNSET,
        can_write_metadata: bool | None | Unset = UNSET,
        include_measures: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/schema/{schema}

        Args:
            id: int; path; required.
            schema: str; path; required.
            include_hidden: bool | None; query string; optional; default false; may be None.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.
            can_query: bool | None; query string; optional; may be None; sent as 'can-query'.
            can_write_metadata: bool | None; query string; optional; may be None; sent as 'can-write-metadata'.
            include_measures: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidschemaschema
        """
        return self._call(
            "GET",
            "/api/database/{}/schema/{}",
            (id, schema),
            query={
                "include_hidden": include_hidden,
                "include_editable_data_model": include_editable_data_model,
                "can-query": can_query,
                "can-write-metadata": can_write_metadata,
                "include_measures": include_measures,
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
        """GET /api/database/{virtual-db}/schema/{schema}

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.
            schema: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabasevirtual-dbschemaschema
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
        include_editable_data_model: bool | None = False,
        include_hidden: bool | None = False,
        can_query: bool | None | Unset = UNSET,
        can_write_metadata: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/{id}/schemas

        Args:
            id: int; path; required.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.
            include_hidden: bool | None; query string; optional; default false; may be None.
            can_query: bool | None; query string; optional; may be None; sent as 'can-query'.
            can_write_metadata: bool | None; query string; optional; may be None; sent as 'can-write-metadata'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidschemas
        """
        _result: List[str] = self._call(
            "GET",
            "/api/database/{}/schemas",
            (id,),
            query={
                "include_editable_data_model": include_editable_data_model,
                "include_hidden": include_hidden,
                "can-query": can_query,
                "can-write-metadata": can_write_metadata,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/database/{virtual-db}/schemas

        Args:
            virtual_db: str; path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabasevirtual-dbschemas
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

    def get_settings_available(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetDatabaseByIdSettingsAvailableResponse:
        """GET /api/database/{id}/settings-available

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidsettings-available
        """
        _result: GetDatabaseByIdSettingsAvailableResponse = self._call(
            "GET",
            "/api/database/{}/settings-available",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
        """GET /api/database/{id}/syncable_schemas

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidsyncable_schemas
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
        """GET /api/database/{id}/usage_info

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabaseidusage_info
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
        include: Literal["tables", "schemas"] | None | Unset = UNSET,
        include_analytics: bool | None = False,
        saved: bool | None = False,
        include_editable_data_model: bool | None = False,
        exclude_uneditable_details: bool | None = False,
        include_only_uploadable: bool | None = False,
        router_database_id: int | None | Unset = UNSET,
        can_query: bool | None | Unset = UNSET,
        can_write_metadata: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database

        Args:
            include: Literal['tables', 'schemas'] | None; query string; optional; may be None; one of 'tables', 'schemas'.
            include_analytics: bool | None; query string; optional; default false; may be None.
            saved: bool | None; query string; optional; default false; may be None.
            include_editable_data_model: bool | None; query string; optional; default false; may be None.
            exclude_uneditable_details: bool | None; query string; optional; default false; may be None.
            include_only_uploadable: bool | None; query string; optional; default false; may be None.
            router_database_id: int | None; query string; optional; may be None.
            can_query: bool | None; query string; optional; may be None; sent as 'can-query'.
            can_write_metadata: bool | None; query string; optional; may be None; sent as 'can-write-metadata'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apidatabase
        """
        return self._call(
            "GET",
            "/api/database",
            (),
            query={
                "include": include,
                "include_analytics": include_analytics,
                "saved": saved,
                "include_editable_data_model": include_editable_data_model,
                "exclude_uneditable_details": exclude_uneditable_details,
                "include_only_uploadable": include_only_uploadable,
                "router_database_id": router_database_id,
                "can-query": can_query,
                "can-write-metadata": can_write_metadata,
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
        """POST /api/database/{id}/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabaseiddiscard_values
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
        """POST /api/database/{id}/dismiss_spinner

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabaseiddismiss_spinner
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
        """POST /api/database/{id}/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabaseidrescan_values
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabasesample_database
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
        """POST /api/database/{id}/sync_schema

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabaseidsync_schema
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
        details: PostDatabaseValidateDetails,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/database/validate

        Args:
            details: PostDatabaseValidateDetails; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatabasevalidate
        """
        return self._call(
            "POST",
            "/api/database/validate",
            (),
            body={
                "details": details,
            },
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
        points_of_interest: str | None | Unset = UNSET,
        provider_name: str | None | Unset = UNSET,
        write_data_details: dict[str, Any] | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        cache_ttl: int | None | Unset = UNSET,
        engine: str | None | Unset = UNSET,
        details: dict[str, Any] | None | Unset = UNSET,
        auto_run_queries: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        admin_details: dict[str, Any] | None | Unset = UNSET,
        refingerprint: bool | None | Unset = UNSET,
        schedules: ExpandedSchedulesMap | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/database/{id}

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            provider_name: str | None; JSON body; optional; None sends null.
            write_data_details: dict[str, Any] | None; JSON body; optional; None sends null.
            settings: dict[str, Any] | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            cache_ttl: int | None; JSON body; optional; None sends null.
            engine: str | None; JSON body; optional; None sends null.
            details: dict[str, Any] | None; JSON body; optional; None sends null.
            auto_run_queries: bool | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            admin_details: dict[str, Any] | None; JSON body; optional; None sends null.
            refingerprint: bool | None; JSON body; optional; None sends null.
            schedules: ExpandedSchedulesMap | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apidatabaseid
        """
        return self._call(
            "PUT",
            "/api/database/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "provider_name": provider_name,
                "write_data_details": write_data_details,
                "settings": settings,
                "name": name,
                "cache_ttl": cache_ttl,
                "engine": engine,
                "details": details,
                "auto_run_queries": auto_run_queries,
                "caveats": caveats,
                "admin_details": admin_details,
                "refingerprint": refingerprint,
                "schedules": schedules,
                "description": description,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
