"""Routes of the 'database' namespace (18 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import Database, Field, ListDatabasesResponse, Table

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
    ),
)
_DELETE = RequestSpec("DELETE", "/api/database/{}", (Place("path"),))
_GET = RequestSpec("GET", "/api/database/{}", (Place("path"),))
_GET_AUTOCOMPLETE_SUGGESTIONS = RequestSpec(
    "GET",
    "/api/database/{}/autocomplete_suggestions",
    (
        Place("path"),
        Place("form", ("prefix",)),
    ),
)
_GET_FIELDS = RequestSpec("GET", "/api/database/{}/fields", (Place("path"),))
_GET_IDFIELDS = RequestSpec("GET", "/api/database/{}/idfields", (Place("path"),))
_GET_METADATA = RequestSpec("GET", "/api/database/{}/metadata", (Place("path"),))
_GET_METADATA_FOR_VIRTUAL_DB = RequestSpec("GET", "/api/database/{}/metadata", (Place("path"),))
_GET_SCHEMA_BY_SCHEMA = RequestSpec(
    "GET",
    "/api/database/{}/schema/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_SCHEMAS = RequestSpec("GET", "/api/database/{}/schemas", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/database/",
    (
        Place("form", ("include_tables",)),
        Place("form", ("include_cards",)),
    ),
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/database/{}/discard_values", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/database/{}/rescan_values", (Place("path"),))
_POST_SAMPLE_DATASET = RequestSpec("POST", "/api/database/sample_dataset", ())
_POST_SYNC = RequestSpec("POST", "/api/database/{}/sync", (Place("path"),))
_POST_SYNC_SCHEMA = RequestSpec("POST", "/api/database/{}/sync_schema", (Place("path"),))
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
        Place("body", ("points_of_interest",)),
        Place("body", ("description",)),
        Place("body", ("name",)),
        Place("body", ("caveats",)),
        Place("body", ("is_full_sync",)),
        Place("body", ("details",)),
        Place("body", ("is_on_demand",)),
    ),
)


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
    ) -> Database:
        """POST /api/database/

        Args:
            name: JSON body; required; must not be blank.
            engine: JSON body; required.
            details: JSON body; required.
            is_full_sync: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabase
        """
        _result: Database = self._call(
            _CREATE,
            (name, engine, details, is_full_sync, is_on_demand, schedules),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidatabaseid
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseid
        """
        _result: Database = self._call(
            _GET,
            (id,),
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
        prefix: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: path; required.
            prefix: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidautocomplete_suggestions
        """
        _result: List[List[Any]] = self._call(
            _GET_AUTOCOMPLETE_SUGGESTIONS,
            (id, prefix),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidfields
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/database/:id/idfields

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseididfields
        """
        _result: List[Field] = self._call(
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id/metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidmetadata
        """
        _result: Database = self._call(
            _GET_METADATA,
            (id,),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabasevirtual-dbmetadata
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
    ) -> List[Table]:
        """GET /api/database/:id/schema/:schema

        Args:
            id: path; required.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemaschema
        """
        _result: List[Table] = self._call(
            _GET_SCHEMA_BY_SCHEMA,
            (id, schema),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/:id/schemas

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemas
        """
        _result: List[str] = self._call(
            _GET_SCHEMAS,
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
        include_tables: bool | None = None,
        include_cards: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include_tables: form field or query string; optional.
            include_cards: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabase
        """
        _result: ListDatabasesResponse = self._call(
            _LIST,
            (include_tables, include_cards),
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseiddiscard_values
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidrescan_values
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
            _POST_SAMPLE_DATASET,
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync
        """
        return self._call(
            _POST_SYNC,
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync_schema
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasevalidate
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
    ) -> Database:
        """PUT /api/database/:id

        Args:
            id: path; required.
            engine: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            is_full_sync: JSON body; optional.
            details: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidatabaseid
        """
        _result: Database = self._call(
            _UPDATE,
            (
                id,
                engine,
                schedules,
                points_of_interest,
                description,
                name,
                caveats,
                is_full_sync,
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

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabase
        """
        _result: Database = await self._call(
            _CREATE,
            (name, engine, details, is_full_sync, is_on_demand, schedules),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apidatabaseid
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseid
        """
        _result: Database = await self._call(
            _GET,
            (id,),
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
        prefix: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/database/:id/autocomplete_suggestions

        Args:
            id: path; required.
            prefix: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidautocomplete_suggestions
        """
        _result: List[List[Any]] = await self._call(
            _GET_AUTOCOMPLETE_SUGGESTIONS,
            (id, prefix),
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidfields
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Field]:
        """GET /api/database/:id/idfields

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseididfields
        """
        _result: List[Field] = await self._call(
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Database:
        """GET /api/database/:id/metadata

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidmetadata
        """
        _result: Database = await self._call(
            _GET_METADATA,
            (id,),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabasevirtual-dbmetadata
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

    async def get_schema_by_schema(
        self,
        id: int,
        schema: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Table]:
        """GET /api/database/:id/schema/:schema

        Args:
            id: path; required.
            schema: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemaschema
        """
        _result: List[Table] = await self._call(
            _GET_SCHEMA_BY_SCHEMA,
            (id, schema),
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[str]:
        """GET /api/database/:id/schemas

        Args:
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabaseidschemas
        """
        _result: List[str] = await self._call(
            _GET_SCHEMAS,
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
        include_tables: bool | None = None,
        include_cards: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListDatabasesResponse:
        """GET /api/database/

        Args:
            include_tables: form field or query string; optional.
            include_cards: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apidatabase
        """
        _result: ListDatabasesResponse = await self._call(
            _LIST,
            (include_tables, include_cards),
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseiddiscard_values
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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidrescan_values
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

    async def post_sample_dataset(
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
        return await self._call(
            _POST_SAMPLE_DATASET,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_sync(
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
            id: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync
        """
        return await self._call(
            _POST_SYNC,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: path; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabaseidsync_schema
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatabasevalidate
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
    ) -> Database:
        """PUT /api/database/:id

        Args:
            id: path; required.
            engine: JSON body; optional; None sends null.
            schedules: JSON body; optional; None sends null.
            points_of_interest: JSON body; optional; None sends null.
            description: JSON body; optional; None sends null.
            name: JSON body; optional; None sends null; must not be blank.
            caveats: JSON body; optional; None sends null.
            is_full_sync: JSON body; optional.
            details: JSON body; optional; None sends null.
            is_on_demand: JSON body; optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apidatabaseid
        """
        _result: Database = await self._call(
            _UPDATE,
            (
                id,
                engine,
                schedules,
                points_of_interest,
                description,
                name,
                caveats,
                is_full_sync,
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
            prefix: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

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
        ) -> RawResponse[List[Table]]: ...

        def get_schemas(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        def list(
            self,
            *,
            include_tables: bool | None = None,
            include_cards: bool | None = None,
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

        def post_sample_dataset(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_sync(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
            prefix: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

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

        async def get_schema_by_schema(
            self,
            id: int,
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
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[str]]: ...

        async def list(
            self,
            *,
            include_tables: bool | None = None,
            include_cards: bool | None = None,
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

        async def post_sample_dataset(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_sync(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Database]: ...
