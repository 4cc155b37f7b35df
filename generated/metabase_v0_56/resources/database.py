"""Routes of the 'database' namespace (27 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    CardAutocompleteSuggestion,
    Database,
    DatabaseUsageInfo,
    ExpandedSchedulesMap,
    FieldAnswer,
    GetDatabaseHealthResponse2,
    GetDatabaseHealthResponse3,
    ListDatabasesResponse,
    PostDatabaseValidateDetails,
    Table,
)

_CREATE = RequestSpec(
    "POST",
    "/api/database/",
    (
        Place("body", ("name",)),
        Place("body", ("engine",)),
        Place("body", ("details",)),
        Place("body", ("is_on_demand",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("is_full_sync",)),
        Place("body", ("connection_source",)),
        Place("body", ("auto_run_queries",)),
        Place("body", ("schedules",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/database/{}", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/database/{}",
    (
        Place("path"),
        Place("query", ("include",)),
        Place("query", ("include_editable_data_model",)),
        Place("query", ("exclude_uneditable_details",)),
    ),
)
_GET_AUTOCOMPLETE_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/database/{}/autocomplete_suggestions",
    (
        Place("path"),
        Place("query", ("prefix",)),
        Place("query", ("substring",)),
    ),
)
_GET_CARD_AUTOCOMPLETE_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/database/{}/card_autocomplete_suggestions",
    (
        Place("path"),
        Place("query", ("query",)),
        Place("query", ("include_dashboard_questions",)),
    ),
)
_GET_DATASETS = RequestSpec("GET", "/api/database/{}/datasets", (Place("path"),))
_GET_DATASETS_BY_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/datasets/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_FIELDS = RequestSpec("GET", "/api/database/{}/fields", (Place("path"),))
_GET_HEALTHCHECK = RequestSpec("GET", "/api/database/{}/healthcheck", (Place("path"),))
_GET_IDFIELDS = RequestSpec("GET", "/api/database/{}/idfields", (Place("path"),))
_GET_METADATA = RequestSpec(
    "GET",
    "/api/database/{}/metadata",
    (
        Place("path"),
        Place("query", ("include_hidden",)),
        Place("query", ("include_editable_data_model",)),
        Place("query", ("remove_inactive",)),
        Place("query", ("skip_fields",)),
    ),
)
_GET_METADATA_FOR_VIRTUAL_DB = RequestSpec("GET", "/api/database/{}/metadata", (Place("path"),))
_GET_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/schema/",
    (
        Place("path"),
        Place("query", ("include_hidden",)),
        Place("query", ("include_editable_data_model",)),
    ),
)
_GET_SCHEMA_BY_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/schema/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", ("include_hidden",)),
        Place("query", ("include_editable_data_model",)),
    ),
)
_GET_SCHEMA_BY_SCHEMA_FOR_VIRTUAL_DB = RequestSpec(
    "GET",
    "/api/database/{}/schema/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_SCHEMAS = RequestSpec(
    "GET",
    "/api/database/{}/schemas",
    (
        Place("path"),
        Place("query", ("include_editable_data_model",)),
        Place("query", ("include_hidden",)),
    ),
)
_GET_SCHEMAS_FOR_VIRTUAL_DB = RequestSpec("GET", "/api/database/{}/schemas", (Place("path"),))
_GET_SYNCABLE_SCHEMAS = RequestSpec("GET", "/api/database/{}/syncable_schemas", (Place("path"),))
_GET_USAGE_INFO = RequestSpec("GET", "/api/database/{}/usage_info", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/database/",
    (
        Place("query", ("include",)),
        Place("query", ("include_analytics",)),
        Place("query", ("saved",)),
        Place("query", ("include_editable_data_model",)),
        Place("query", ("exclude_uneditable_details",)),
        Place("query", ("include_only_uploadable",)),
        Place("query", ("router_database_id",)),
    ),
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/database/{}/discard_values", (Place("path"),))
_POST_DISMISS_SPINNER = RequestSpec("POST", "/api/database/{}/dismiss_spinner", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/database/{}/rescan_values", (Place("path"),))
_POST_SAMPLE_DATABASE = RequestSpec("POST", "/api/database/sample_database", ())
_POST_SYNC_SCHEMA = RequestSpec("POST", "/api/database/{}/sync_schema", (Place("path"),))
_POST_VALIDATE = RequestSpec("POST", "/api/database/validate", (Place("body", ("details",)),))
_UPDATE = RequestSpec(
    "PUT",
    "/api/database/{}",
    (
        Place("path"),
        Place("body", ("points_of_interest",)),
        Place("body", ("settings",)),
        Place("body", ("name",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("engine",)),
        Place("body", ("details",)),
        Place("body", ("auto_run_queries",)),
        Place("body", ("caveats",)),
        Place("body", ("refingerprint",)),
        Place("body", ("schedules",)),
        Place("body", ("description",)),
    ),
)


class DatabaseResource(Resource):
    """Routes of the 'database' namespace (27 endpoints)."""

    def create(
        self,
        *,
        name: str,
        engine: str,
        details: dict[str, Any],
        is_on_demand: bool | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        is_full_sync: bool | Unset = UNSET,
        connection_source: Literal["admin", "setup"] | Unset = UNSET,
        auto_run_queries: bool | Unset = UNSET,
        schedules: ExpandedSchedulesMap | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """POST /api/database/

        Args:
            name: JSON body; required; at least 1 character.
            engine: JSON body; required; at least 1 character.
            details: JSON body; required.
            is_on_demand: JSON body; optional; not sent by default (the server assumes false).
            cache_ttl: JSON body; optional; must be >= 1.
            is_full_sync: JSON body; optional; not sent by default (the server assumes true).
            connection_source: JSON body; optional; not sent by default (the server assumes "admin").
            auto_run_queries: JSON body; optional.
            schedules: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabase
        """
        _result: Database = self._call(
            _CREATE,
            (
                name,
                engine,
                details,
                is_on_demand,
                cache_ttl,
                is_full_sync,
                connection_source,
                auto_run_queries,
                schedules,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidatabaseid
        """
        return self._call(
            _DELETE,
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
        include: Literal["tables", "tables.fields"] | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            include_editable_data_model: query string; optional.
            exclude_uneditable_details: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseid
        """
        _result: Database = self._call(
            _GET,
            (id, include, include_editable_data_model, exclude_uneditable_details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_autocomplete_suggestions(
        self,
        id: int,
        *,
        prefix: str | None = None,
        substring: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/database/{id}/autocomplete_suggestions

        Args:
            id: path; required; must be >= 1.
            prefix: query string; optional; at least 1 character.
            substring: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidautocomplete_suggestions
        """
        _result: List[List[Any]] = self._call(
            _GET_AUTOCOMPLETE_SUGGESTIONS,
            (id, prefix, substring),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_autocomplete_suggestions(
        self,
        id: int,
        *,
        query: str,
        include_dashboard_questions: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAutocompleteSuggestion]:
        """GET /api/database/{id}/card_autocomplete_suggestions

        Args:
            id: path; required; must be >= 1.
            query: query string; required; at least 1 character.
            include_dashboard_questions: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidcard_autocomplete_suggestions
        """
        _result: List[CardAutocompleteSuggestion] = self._call(
            _GET_CARD_AUTOCOMPLETE_SUGGESTIONS,
            (id, query, include_dashboard_questions),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbdatasets
        """
        return self._call(
            _GET_DATASETS,
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
    ) -> List[Table]:
        """GET /api/database/{virtual-db}/datasets/{schema}

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbdatasetsschema
        """
        _result: List[Table] = self._call(
            _GET_DATASETS_BY_SCHEMA,
            (virtual_db, schema),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidfields
        """
        return self._call(
            _GET_FIELDS,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3:
        """GET /api/database/{id}/healthcheck

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidhealthcheck
        """
        _result: GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3 = self._call(
            _GET_HEALTHCHECK,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_idfields(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[FieldAnswer]:
        """GET /api/database/{id}/idfields

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseididfields
        """
        _result: List[FieldAnswer] = self._call(
            _GET_IDFIELDS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_metadata(
        self,
        id: int,
        *,
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        remove_inactive: bool | None = None,
        skip_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{id}/metadata

        Args:
            id: path; required; must be >= 1.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            remove_inactive: query string; optional; not sent by default (the server assumes false).
            skip_fields: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidmetadata
        """
        _result: Database = self._call(
            _GET_METADATA,
            (id, include_hidden, include_editable_data_model, remove_inactive, skip_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_metadata_for_virtual_db(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{virtual-db}/metadata

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbmetadata
        """
        _result: Database = self._call(
            _GET_METADATA_FOR_VIRTUAL_DB,
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_schema(
        self,
        id: int,
        *,
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/schema/

        Args:
            id: path; required; must be >= 1.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschema
        """
        return self._call(
            _GET_SCHEMA,
            (id, include_hidden, include_editable_data_model),
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
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """GET /api/database/{id}/schema/{schema}

        Args:
            id: path; required; must be >= 1.
            schema: path; required.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschemaschema
        """
        _result: List[Table] = self._call(
            _GET_SCHEMA_BY_SCHEMA,
            (id, schema, include_hidden, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> List[Table]:
        """GET /api/database/{virtual-db}/schema/{schema}

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbschemaschema
        """
        _result: List[Table] = self._call(
            _GET_SCHEMA_BY_SCHEMA_FOR_VIRTUAL_DB,
            (virtual_db, schema),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_schemas(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        include_hidden: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/{id}/schemas

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            include_hidden: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschemas
        """
        _result: List[str] = self._call(
            _GET_SCHEMAS,
            (id, include_editable_data_model, include_hidden),
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
    ) -> List[str]:
        """GET /api/database/{virtual-db}/schemas

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbschemas
        """
        _result: List[str] = self._call(
            _GET_SCHEMAS_FOR_VIRTUAL_DB,
            (virtual_db,),
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
    ) -> List[str]:
        """GET /api/database/{id}/syncable_schemas

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidsyncable_schemas
        """
        _result: List[str] = self._call(
            _GET_SYNCABLE_SCHEMAS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_usage_info(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DatabaseUsageInfo:
        """GET /api/database/{id}/usage_info

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidusage_info
        """
        _result: DatabaseUsageInfo = self._call(
            _GET_USAGE_INFO,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        include: Literal["tables"] | None = None,
        include_analytics: bool | None = None,
        saved: bool | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        include_only_uploadable: bool | None = None,
        router_database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include: query string; optional.
            include_analytics: query string; optional; not sent by default (the server assumes false).
            saved: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            exclude_uneditable_details: query string; optional; not sent by default (the server assumes false).
            include_only_uploadable: query string; optional; not sent by default (the server assumes false).
            router_database_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabase
        """
        _result: ListDatabasesResponse = self._call(
            _LIST,
            (
                include,
                include_analytics,
                saved,
                include_editable_data_model,
                exclude_uneditable_details,
                include_only_uploadable,
                router_database_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseiddiscard_values
        """
        return self._call(
            _POST_DISCARD_VALUES,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseiddismiss_spinner
        """
        return self._call(
            _POST_DISMISS_SPINNER,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseidrescan_values
        """
        return self._call(
            _POST_RESCAN_VALUES,
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
    ) -> Database:
        """POST /api/database/sample_database

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabasesample_database
        """
        _result: Database = self._call(
            _POST_SAMPLE_DATABASE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseidsync_schema
        """
        return self._call(
            _POST_SYNC_SCHEMA,
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
            details: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabasevalidate
        """
        return self._call(
            _POST_VALIDATE,
            (details,),
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
        points_of_interest: str | Unset = UNSET,
        settings: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        engine: str | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        auto_run_queries: bool | Unset = UNSET,
        caveats: str | Unset = UNSET,
        refingerprint: bool | Unset = UNSET,
        schedules: ExpandedSchedulesMap | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """PUT /api/database/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional.
            settings: JSON body; optional.
            name: JSON body; optional; at least 1 character.
            cache_ttl: JSON body; optional; must be >= 1.
            engine: JSON body; optional; at least 1 character.
            details: JSON body; optional.
            auto_run_queries: JSON body; optional.
            caveats: JSON body; optional.
            refingerprint: JSON body; optional.
            schedules: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidatabaseid
        """
        _result: Database = self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                settings,
                name,
                cache_ttl,
                engine,
                details,
                auto_run_queries,
                caveats,
                refingerprint,
                schedules,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncDatabaseResource(AsyncResource):
    """Routes of the 'database' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        name: str,
        engine: str,
        details: dict[str, Any],
        is_on_demand: bool | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        is_full_sync: bool | Unset = UNSET,
        connection_source: Literal["admin", "setup"] | Unset = UNSET,
        auto_run_queries: bool | Unset = UNSET,
        schedules: ExpandedSchedulesMap | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """POST /api/database/

        Args:
            name: JSON body; required; at least 1 character.
            engine: JSON body; required; at least 1 character.
            details: JSON body; required.
            is_on_demand: JSON body; optional; not sent by default (the server assumes false).
            cache_ttl: JSON body; optional; must be >= 1.
            is_full_sync: JSON body; optional; not sent by default (the server assumes true).
            connection_source: JSON body; optional; not sent by default (the server assumes "admin").
            auto_run_queries: JSON body; optional.
            schedules: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabase
        """
        _result: Database = await self._call(
            _CREATE,
            (
                name,
                engine,
                details,
                is_on_demand,
                cache_ttl,
                is_full_sync,
                connection_source,
                auto_run_queries,
                schedules,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apidatabaseid
        """
        return await self._call(
            _DELETE,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        include: Literal["tables", "tables.fields"] | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{id}

        Args:
            id: path; required; must be >= 1.
            include: query string; optional.
            include_editable_data_model: query string; optional.
            exclude_uneditable_details: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseid
        """
        _result: Database = await self._call(
            _GET,
            (id, include, include_editable_data_model, exclude_uneditable_details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_autocomplete_suggestions(
        self,
        id: int,
        *,
        prefix: str | None = None,
        substring: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/database/{id}/autocomplete_suggestions

        Args:
            id: path; required; must be >= 1.
            prefix: query string; optional; at least 1 character.
            substring: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidautocomplete_suggestions
        """
        _result: List[List[Any]] = await self._call(
            _GET_AUTOCOMPLETE_SUGGESTIONS,
            (id, prefix, substring),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_autocomplete_suggestions(
        self,
        id: int,
        *,
        query: str,
        include_dashboard_questions: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAutocompleteSuggestion]:
        """GET /api/database/{id}/card_autocomplete_suggestions

        Args:
            id: path; required; must be >= 1.
            query: query string; required; at least 1 character.
            include_dashboard_questions: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidcard_autocomplete_suggestions
        """
        _result: List[CardAutocompleteSuggestion] = await self._call(
            _GET_CARD_AUTOCOMPLETE_SUGGESTIONS,
            (id, query, include_dashboard_questions),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_datasets(
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
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbdatasets
        """
        return await self._call(
            _GET_DATASETS,
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_datasets_by_schema(
        self,
        virtual_db: str,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """GET /api/database/{virtual-db}/datasets/{schema}

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbdatasetsschema
        """
        _result: List[Table] = await self._call(
            _GET_DATASETS_BY_SCHEMA,
            (virtual_db, schema),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_fields(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidfields
        """
        return await self._call(
            _GET_FIELDS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_healthcheck(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3:
        """GET /api/database/{id}/healthcheck

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidhealthcheck
        """
        _result: GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3 = await self._call(
            _GET_HEALTHCHECK,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_idfields(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[FieldAnswer]:
        """GET /api/database/{id}/idfields

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseididfields
        """
        _result: List[FieldAnswer] = await self._call(
            _GET_IDFIELDS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_metadata(
        self,
        id: int,
        *,
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        remove_inactive: bool | None = None,
        skip_fields: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{id}/metadata

        Args:
            id: path; required; must be >= 1.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            remove_inactive: query string; optional; not sent by default (the server assumes false).
            skip_fields: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidmetadata
        """
        _result: Database = await self._call(
            _GET_METADATA,
            (id, include_hidden, include_editable_data_model, remove_inactive, skip_fields),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_metadata_for_virtual_db(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/{virtual-db}/metadata

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbmetadata
        """
        _result: Database = await self._call(
            _GET_METADATA_FOR_VIRTUAL_DB,
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_schema(
        self,
        id: int,
        *,
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/database/{id}/schema/

        Args:
            id: path; required; must be >= 1.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschema
        """
        return await self._call(
            _GET_SCHEMA,
            (id, include_hidden, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_schema_by_schema(
        self,
        id: int,
        schema: str,
        *,
        include_hidden: bool | None = None,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """GET /api/database/{id}/schema/{schema}

        Args:
            id: path; required; must be >= 1.
            schema: path; required.
            include_hidden: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschemaschema
        """
        _result: List[Table] = await self._call(
            _GET_SCHEMA_BY_SCHEMA,
            (id, schema, include_hidden, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_schema_by_schema_for_virtual_db(
        self,
        virtual_db: str,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """GET /api/database/{virtual-db}/schema/{schema}

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbschemaschema
        """
        _result: List[Table] = await self._call(
            _GET_SCHEMA_BY_SCHEMA_FOR_VIRTUAL_DB,
            (virtual_db, schema),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_schemas(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        include_hidden: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/{id}/schemas

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            include_hidden: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidschemas
        """
        _result: List[str] = await self._call(
            _GET_SCHEMAS,
            (id, include_editable_data_model, include_hidden),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_schemas_for_virtual_db(
        self,
        virtual_db: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/{virtual-db}/schemas

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabasevirtual-dbschemas
        """
        _result: List[str] = await self._call(
            _GET_SCHEMAS_FOR_VIRTUAL_DB,
            (virtual_db,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_syncable_schemas(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/{id}/syncable_schemas

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidsyncable_schemas
        """
        _result: List[str] = await self._call(
            _GET_SYNCABLE_SCHEMAS,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_usage_info(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DatabaseUsageInfo:
        """GET /api/database/{id}/usage_info

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabaseidusage_info
        """
        _result: DatabaseUsageInfo = await self._call(
            _GET_USAGE_INFO,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        include: Literal["tables"] | None = None,
        include_analytics: bool | None = None,
        saved: bool | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        include_only_uploadable: bool | None = None,
        router_database_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include: query string; optional.
            include_analytics: query string; optional; not sent by default (the server assumes false).
            saved: query string; optional; not sent by default (the server assumes false).
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).
            exclude_uneditable_details: query string; optional; not sent by default (the server assumes false).
            include_only_uploadable: query string; optional; not sent by default (the server assumes false).
            router_database_id: query string; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apidatabase
        """
        _result: ListDatabasesResponse = await self._call(
            _LIST,
            (
                include,
                include_analytics,
                saved,
                include_editable_data_model,
                exclude_uneditable_details,
                include_only_uploadable,
                router_database_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_discard_values(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseiddiscard_values
        """
        return await self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_dismiss_spinner(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseiddismiss_spinner
        """
        return await self._call(
            _POST_DISMISS_SPINNER,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_rescan_values(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseidrescan_values
        """
        return await self._call(
            _POST_RESCAN_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_sample_database(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """POST /api/database/sample_database

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabasesample_database
        """
        _result: Database = await self._call(
            _POST_SAMPLE_DATABASE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_sync_schema(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabaseidsync_schema
        """
        return await self._call(
            _POST_SYNC_SCHEMA,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_validate(
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
            details: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apidatabasevalidate
        """
        return await self._call(
            _POST_VALIDATE,
            (details,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        id: int,
        *,
        points_of_interest: str | Unset = UNSET,
        settings: dict[str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        cache_ttl: int | Unset = UNSET,
        engine: str | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        auto_run_queries: bool | Unset = UNSET,
        caveats: str | Unset = UNSET,
        refingerprint: bool | Unset = UNSET,
        schedules: ExpandedSchedulesMap | Unset = UNSET,
        description: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """PUT /api/database/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional.
            settings: JSON body; optional.
            name: JSON body; optional; at least 1 character.
            cache_ttl: JSON body; optional; must be >= 1.
            engine: JSON body; optional; at least 1 character.
            details: JSON body; optional.
            auto_run_queries: JSON body; optional.
            caveats: JSON body; optional.
            refingerprint: JSON body; optional.
            schedules: JSON body; optional.
            description: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apidatabaseid
        """
        _result: Database = await self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                settings,
                name,
                cache_ttl,
                engine,
                details,
                auto_run_queries,
                caveats,
                refingerprint,
                schedules,
                description,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawDatabaseResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            name: str,
            engine: str,
            details: dict[str, Any],
            is_on_demand: bool | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            is_full_sync: bool | Unset = UNSET,
            connection_source: Literal["admin", "setup"] | Unset = UNSET,
            auto_run_queries: bool | Unset = UNSET,
            schedules: ExpandedSchedulesMap | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            include: Literal["tables", "tables.fields"] | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        def get_autocomplete_suggestions(
            self,
            id: int,
            *,
            prefix: str | None = None,
            substring: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

        def get_card_autocomplete_suggestions(
            self,
            id: int,
            *,
            query: str,
            include_dashboard_questions: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CardAutocompleteSuggestion]]: ...

        def get_datasets(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[List[Table]]: ...

        def get_fields(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_healthcheck(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3]: ...

        def get_idfields(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[FieldAnswer]]: ...

        def get_metadata(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            remove_inactive: bool | None = None,
            skip_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        def get_metadata_for_virtual_db(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        def get_schema(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_schema_by_schema(
            self,
            id: int,
            schema: str,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

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
        ) -> RawResponse[List[Table]]: ...

        def get_schemas(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            include_hidden: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        def get_schemas_for_virtual_db(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        def get_syncable_schemas(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        def get_usage_info(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DatabaseUsageInfo]: ...

        def list(
            self,
            *,
            include: Literal["tables"] | None = None,
            include_analytics: bool | None = None,
            saved: bool | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            include_only_uploadable: bool | None = None,
            router_database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListDatabasesResponse]: ...

        def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_dismiss_spinner(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_sample_database(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        def post_sync_schema(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_validate(
            self,
            *,
            details: PostDatabaseValidateDetails,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update(
            self,
            id: int,
            *,
            points_of_interest: str | Unset = UNSET,
            settings: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            engine: str | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            auto_run_queries: bool | Unset = UNSET,
            caveats: str | Unset = UNSET,
            refingerprint: bool | Unset = UNSET,
            schedules: ExpandedSchedulesMap | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

    class AsyncRawDatabaseResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            name: str,
            engine: str,
            details: dict[str, Any],
            is_on_demand: bool | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            is_full_sync: bool | Unset = UNSET,
            connection_source: Literal["admin", "setup"] | Unset = UNSET,
            auto_run_queries: bool | Unset = UNSET,
            schedules: ExpandedSchedulesMap | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        async def delete(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            include: Literal["tables", "tables.fields"] | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        async def get_autocomplete_suggestions(
            self,
            id: int,
            *,
            prefix: str | None = None,
            substring: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

        async def get_card_autocomplete_suggestions(
            self,
            id: int,
            *,
            query: str,
            include_dashboard_questions: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[CardAutocompleteSuggestion]]: ...

        async def get_datasets(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_datasets_by_schema(
            self,
            virtual_db: str,
            schema: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

        async def get_fields(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_healthcheck(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetDatabaseHealthResponse2 | GetDatabaseHealthResponse3]: ...

        async def get_idfields(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[FieldAnswer]]: ...

        async def get_metadata(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            remove_inactive: bool | None = None,
            skip_fields: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        async def get_metadata_for_virtual_db(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        async def get_schema(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_schema_by_schema(
            self,
            id: int,
            schema: str,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

        async def get_schema_by_schema_for_virtual_db(
            self,
            virtual_db: str,
            schema: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Table]]: ...

        async def get_schemas(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            include_hidden: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        async def get_schemas_for_virtual_db(
            self,
            virtual_db: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        async def get_syncable_schemas(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        async def get_usage_info(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DatabaseUsageInfo]: ...

        async def list(
            self,
            *,
            include: Literal["tables"] | None = None,
            include_analytics: bool | None = None,
            saved: bool | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            include_only_uploadable: bool | None = None,
            router_database_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListDatabasesResponse]: ...

        async def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_dismiss_spinner(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_sample_database(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...

        async def post_sync_schema(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_validate(
            self,
            *,
            details: PostDatabaseValidateDetails,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
            self,
            id: int,
            *,
            points_of_interest: str | Unset = UNSET,
            settings: dict[str, Any] | Unset = UNSET,
            name: str | Unset = UNSET,
            cache_ttl: int | Unset = UNSET,
            engine: str | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            auto_run_queries: bool | Unset = UNSET,
            caveats: str | Unset = UNSET,
            refingerprint: bool | Unset = UNSET,
            schedules: ExpandedSchedulesMap | Unset = UNSET,
            description: str | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Database]: ...
