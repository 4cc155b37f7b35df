"""Routes of the 'database' namespace (28 endpoints)."""

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
    Field,
    ListDatabasesResponse,
    Table,
)

_CREATE = RequestSpec(
    "POST",
    "/api/database/",
    (
        Place("body", ("name",)),
        Place("body", ("engine",)),
        Place("body", ("details",)),
        Place("body", ("is_full_sync",)),
        Place("body", ("is_on_demand",)),
        Place("body", ("schedules",)),
        Place("body", ("auto_run_queries",)),
        Place("body", ("cache_ttl",)),
    ),
)
_DELETE = RequestSpec("DELETE", "/api/database/{}", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/database/{}",
    (
        Place("path"),
        Place("form", ("include",)),
        Place("form", ("include_editable_data_model",)),
        Place("form", ("exclude_uneditable_details",)),
    ),
)
_GET_AUTOCOMPLETE_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/database/{}/autocomplete_suggestions",
    (
        Place("path"),
        Place("form", ("prefix",)),
        Place("form", ("substring",)),
    ),
)
_GET_CARD_AUTOCOMPLETE_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/database/{}/card_autocomplete_suggestions",
    (
        Place("path"),
        Place("form", ("query",)),
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
_GET_IDFIELDS = RequestSpec(
    "GET",
    "/api/database/{}/idfields",
    (
        Place("path"),
        Place("form", ("include_editable_data_model",)),
    ),
)
_GET_METADATA = RequestSpec(
    "GET",
    "/api/database/{}/metadata",
    (
        Place("path"),
        Place("form", ("include_hidden",)),
        Place("form", ("include_editable_data_model",)),
        Place("form", ("remove_inactive",)),
    ),
)
_GET_METADATA_FOR_VIRTUAL_DB = RequestSpec("GET", "/api/database/{}/metadata", (Place("path"),))
_GET_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/schema/",
    (
        Place("path"),
        Place("form", ("include_hidden",)),
        Place("form", ("include_editable_data_model",)),
    ),
)
_GET_SCHEMA_BY_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/schema/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("include_hidden",)),
        Place("form", ("include_editable_data_model",)),
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
        Place("form", ("include_editable_data_model",)),
        Place("form", ("include_hidden",)),
    ),
)
_GET_SCHEMAS_FOR_VIRTUAL_DB = RequestSpec("GET", "/api/database/{}/schemas", (Place("path"),))
_GET_SYNCABLE_SCHEMAS = RequestSpec("GET", "/api/database/{}/syncable_schemas", (Place("path"),))
_GET_USAGE_INFO = RequestSpec("GET", "/api/database/{}/usage_info", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/database/",
    (
        Place("form", ("include",)),
        Place("form", ("saved",)),
        Place("form", ("include_editable_data_model",)),
        Place("form", ("exclude_uneditable_details",)),
        Place("form", ("include_only_uploadable",)),
        Place("form", ("include_analytics",)),
    ),
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/database/{}/discard_values", (Place("path"),))
_POST_DISMISS_SPINNER = RequestSpec("POST", "/api/database/{}/dismiss_spinner", (Place("path"),))
_POST_PERSIST = RequestSpec("POST", "/api/database/{}/persist", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/database/{}/rescan_values", (Place("path"),))
_POST_SAMPLE_DATABASE = RequestSpec("POST", "/api/database/sample_database", ())
_POST_SYNC_SCHEMA = RequestSpec("POST", "/api/database/{}/sync_schema", (Place("path"),))
_POST_UNPERSIST = RequestSpec("POST", "/api/database/{}/unpersist", (Place("path"),))
_POST_VALIDATE = RequestSpec(
    "POST",
    "/api/database/validate",
    (
        Place(
            "body",
            (
                "details",
                "engine",
            ),
        ),
        Place(
            "body",
            (
                "details",
                "details",
            ),
        ),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/database/{}",
    (
        Place("path"),
        Place("body", ("engine",)),
        Place("body", ("schedules",)),
        Place("body", ("refingerprint",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("description",)),
        Place("body", ("auto_run_queries",)),
        Place("body", ("name",)),
        Place("body", ("settings",)),
        Place("body", ("caveats",)),
        Place("body", ("is_full_sync",)),
        Place("body", ("cache_ttl",)),
        Place("body", ("details",)),
        Place("body", ("is_on_demand",)),
    ),
)


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
    ) -> Database:
        """POST /api/database/

        Args:
            name: JSON body; required; must not be blank.
            engine: JSON body; required.
            details: JSON body; required.
            is_full_sync: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            auto_run_queries: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabase
        """
        _result: Database = self._call(
            _CREATE,
            (
                name,
                engine,
                details,
                is_full_sync,
                is_on_demand,
                schedules,
                auto_run_queries,
                cache_ttl,
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
        """DELETE /api/database/:id

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#delete-apidatabaseid
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
        """GET /api/database/:id

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            exclude_uneditable_details: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseid
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
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: path; required; must be > 0.
            prefix: form field or query string; optional; must not be blank.
            substring: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidautocomplete_suggestions
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAutocompleteSuggestion]:
        """GET /api/database/:id/card_autocomplete_suggestions

        Args:
            id: path; required; must be > 0.
            query: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidcard_autocomplete_suggestions
        """
        _result: List[CardAutocompleteSuggestion] = self._call(
            _GET_CARD_AUTOCOMPLETE_SUGGESTIONS,
            (id, query),
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
        """GET /api/database/:virtual-db/datasets

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasets
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
        """GET /api/database/:virtual-db/datasets/:schema

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasetsschema
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
        """GET /api/database/:id/fields

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidfields
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

    def get_idfields(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/database/:id/idfields

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseididfields
        """
        _result: List[Field] = self._call(
            _GET_IDFIELDS,
            (id, include_editable_data_model),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id/metadata

        Args:
            id: path; required; must be > 0.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            remove_inactive: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidmetadata
        """
        _result: Database = self._call(
            _GET_METADATA,
            (id, include_hidden, include_editable_data_model, remove_inactive),
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
        """GET /api/database/:virtual-db/metadata

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbmetadata
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
        """GET /api/database/:id/schema/

        Args:
            id: path; required; must be > 0.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschema
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
        """GET /api/database/:id/schema/:schema

        Args:
            id: path; required; must be > 0.
            schema: path; required.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemaschema
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
        """GET /api/database/:virtual-db/schema/:schema

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemaschema
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
        """GET /api/database/:id/schemas

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; optional.
            include_hidden: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemas
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
        """GET /api/database/:virtual-db/schemas

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemas
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
        """GET /api/database/:id/syncable_schemas

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidsyncable_schemas
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
        """GET /api/database/:id/usage_info

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidusage_info
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
        include: Any,
        saved: bool | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        include_only_uploadable: bool | None = None,
        include_analytics: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include: form field or query string; required.
            saved: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            exclude_uneditable_details: form field or query string; optional.
            include_only_uploadable: form field or query string; optional.
            include_analytics: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabase
        """
        _result: ListDatabasesResponse = self._call(
            _LIST,
            (
                include,
                saved,
                include_editable_data_model,
                exclude_uneditable_details,
                include_only_uploadable,
                include_analytics,
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
        """POST /api/database/:id/discard_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddiscard_values
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
        """POST /api/database/:id/dismiss_spinner

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddismiss_spinner
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidpersist
        """
        return self._call(
            _POST_PERSIST,
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidrescan_values
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasesample_database
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
        """POST /api/database/:id/sync_schema

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidsync_schema
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidunpersist
        """
        return self._call(
            _POST_UNPERSIST,
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
            engine: JSON body; required; sent as 'details.engine'.
            details: JSON body; required; sent as 'details.details'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasevalidate
        """
        return self._call(
            _POST_VALIDATE,
            (engine, details),
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
    ) -> Database:
        """PUT /api/database/:id

        Args:
            id: path; required; must be > 0.
            engine: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            refingerprint: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            auto_run_queries: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            settings: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            is_full_sync: JSON body; optional.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            details: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#put-apidatabaseid
        """
        _result: Database = self._call(
            _UPDATE,
            (
                id,
                engine,
                schedules,
                refingerprint,
                points_of_interest,
                description,
                auto_run_queries,
                name,
                settings,
                caveats,
                is_full_sync,
                cache_ttl,
                details,
                is_on_demand,
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
    ) -> Database:
        """POST /api/database/

        Args:
            name: JSON body; required; must not be blank.
            engine: JSON body; required.
            details: JSON body; required.
            is_full_sync: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            auto_run_queries: JSON body; optional; None sends null.
            cache_ttl: JSON body; optional; None sends null; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabase
        """
        _result: Database = await self._call(
            _CREATE,
            (
                name,
                engine,
                details,
                is_full_sync,
                is_on_demand,
                schedules,
                auto_run_queries,
                cache_ttl,
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
        """DELETE /api/database/:id

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#delete-apidatabaseid
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
        """GET /api/database/:id

        Args:
            id: path; required; must be > 0.
            include: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            exclude_uneditable_details: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseid
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
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: path; required; must be > 0.
            prefix: form field or query string; optional; must not be blank.
            substring: form field or query string; optional; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidautocomplete_suggestions
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[CardAutocompleteSuggestion]:
        """GET /api/database/:id/card_autocomplete_suggestions

        Args:
            id: path; required; must be > 0.
            query: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidcard_autocomplete_suggestions
        """
        _result: List[CardAutocompleteSuggestion] = await self._call(
            _GET_CARD_AUTOCOMPLETE_SUGGESTIONS,
            (id, query),
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
        """GET /api/database/:virtual-db/datasets

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasets
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
        """GET /api/database/:virtual-db/datasets/:schema

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbdatasetsschema
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
        """GET /api/database/:id/fields

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidfields
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

    async def get_idfields(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/database/:id/idfields

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseididfields
        """
        _result: List[Field] = await self._call(
            _GET_IDFIELDS,
            (id, include_editable_data_model),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id/metadata

        Args:
            id: path; required; must be > 0.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            remove_inactive: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidmetadata
        """
        _result: Database = await self._call(
            _GET_METADATA,
            (id, include_hidden, include_editable_data_model, remove_inactive),
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
        """GET /api/database/:virtual-db/metadata

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbmetadata
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
        """GET /api/database/:id/schema/

        Args:
            id: path; required; must be > 0.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschema
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
        """GET /api/database/:id/schema/:schema

        Args:
            id: path; required; must be > 0.
            schema: path; required.
            include_hidden: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemaschema
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
        """GET /api/database/:virtual-db/schema/:schema

        Args:
            virtual_db: path; required; sent as 'virtual-db'.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemaschema
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
        """GET /api/database/:id/schemas

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; optional.
            include_hidden: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidschemas
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
        """GET /api/database/:virtual-db/schemas

        Args:
            virtual_db: path; required; sent as 'virtual-db'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabasevirtual-dbschemas
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
        """GET /api/database/:id/syncable_schemas

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidsyncable_schemas
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
        """GET /api/database/:id/usage_info

        Args:
            id: path; required; must be > 0.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabaseidusage_info
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
        include: Any,
        saved: bool | None = None,
        include_editable_data_model: bool | None = None,
        exclude_uneditable_details: bool | None = None,
        include_only_uploadable: bool | None = None,
        include_analytics: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include: form field or query string; required.
            saved: form field or query string; optional.
            include_editable_data_model: form field or query string; optional.
            exclude_uneditable_details: form field or query string; optional.
            include_only_uploadable: form field or query string; optional.
            include_analytics: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#get-apidatabase
        """
        _result: ListDatabasesResponse = await self._call(
            _LIST,
            (
                include,
                saved,
                include_editable_data_model,
                exclude_uneditable_details,
                include_only_uploadable,
                include_analytics,
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
        """POST /api/database/:id/discard_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddiscard_values
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
        """POST /api/database/:id/dismiss_spinner

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseiddismiss_spinner
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

    async def post_persist(
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidpersist
        """
        return await self._call(
            _POST_PERSIST,
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
        """POST /api/database/:id/rescan_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidrescan_values
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasesample_database
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
        """POST /api/database/:id/sync_schema

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidsync_schema
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

    async def post_unpersist(
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabaseidunpersist
        """
        return await self._call(
            _POST_UNPERSIST,
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
            engine: JSON body; required; sent as 'details.engine'.
            details: JSON body; required; sent as 'details.details'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#post-apidatabasevalidate
        """
        return await self._call(
            _POST_VALIDATE,
            (engine, details),
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
    ) -> Database:
        """PUT /api/database/:id

        Args:
            id: path; required; must be > 0.
            engine: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            refingerprint: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            auto_run_queries: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            settings: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null.
            is_full_sync: JSON body; optional.
            cache_ttl: JSON body; optional; None sends null; must be > 0.
            details: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/database#put-apidatabaseid
        """
        _result: Database = await self._call(
            _UPDATE,
            (
                id,
                engine,
                schedules,
                refingerprint,
                points_of_interest,
                description,
                auto_run_queries,
                name,
                settings,
                caveats,
                is_full_sync,
                cache_ttl,
                details,
                is_on_demand,
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

        def get_idfields(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Field]]: ...

        def get_metadata(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            remove_inactive: bool | None = None,
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
            include: Any,
            saved: bool | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            include_only_uploadable: bool | None = None,
            include_analytics: bool | None = None,
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

        def post_persist(
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

        def post_unpersist(
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
            engine: str,
            details: dict[str, Any],
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
        ) -> RawResponse[Database]: ...

    class AsyncRawDatabaseResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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

        async def get_idfields(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Field]]: ...

        async def get_metadata(
            self,
            id: int,
            *,
            include_hidden: bool | None = None,
            include_editable_data_model: bool | None = None,
            remove_inactive: bool | None = None,
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
            include: Any,
            saved: bool | None = None,
            include_editable_data_model: bool | None = None,
            exclude_uneditable_details: bool | None = None,
            include_only_uploadable: bool | None = None,
            include_analytics: bool | None = None,
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

        async def post_persist(
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

        async def post_unpersist(
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
            engine: str,
            details: dict[str, Any],
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
        ) -> RawResponse[Database]: ...
