"""Routes of the 'dataset' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    CardQueryMetadata,
    MbqlNative,
    MbqlQuery,
    NativeDatasetResponse,
    ParameterValues,
    ParametersParameter,
    PostDatasetQueryMetadataSettings,
    QueryResult,
)

_EXPORT = RequestSpec(
    "POST",
    "/api/dataset/{}",
    (
        Place("path"),
        Place("body", ("query",)),
        Place("body", ("csv_include_bom",)),
        Place("body", ("format_rows",)),
        Place("body", ("pivot_results",)),
        Place("body", ("visualization_settings",)),
    ),
)
_POST_NATIVE = RequestSpec(
    "POST",
    "/api/dataset/native",
    (
        Place("body", ("database",)),
        Place("body", ("pretty",)),
    ),
)
_POST_PARAMETER_REMAPPING = RequestSpec(
    "POST",
    "/api/dataset/parameter/remapping",
    (
        Place("body", ("parameter",)),
        Place("body", ("value",)),
        Place("body", ("field_ids",)),
    ),
)
_POST_PARAMETER_SEARCH_BY_QUERY = RequestSpec(
    "POST",
    "/api/dataset/parameter/search/{}",
    (
        Place("path"),
        Place("body", ("parameter",)),
        Place("body", ("field_ids",)),
    ),
)
_POST_PARAMETER_VALUES = RequestSpec(
    "POST",
    "/api/dataset/parameter/values",
    (
        Place("body", ("parameter",)),
        Place("body", ("field_ids",)),
    ),
)
_POST_PIVOT = RequestSpec("POST", "/api/dataset/pivot", (Place("body", ("database",)),))
_POST_QUERY_METADATA = RequestSpec(
    "POST",
    "/api/dataset/query_metadata",
    (
        Place("body", ("database",)),
        Place("body", ("settings",)),
    ),
)
_RUN_QUERY = RequestSpec(
    "POST",
    "/api/dataset",
    (
        Place("body", ("database",)),
        Place("body", ("type",)),
        Place("body", ("native",)),
        Place("body", ("query",)),
    ),
)


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (8 endpoints)."""

    def export(
        self,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query: dict[str, Any],
        csv_include_bom: bool | Unset = UNSET,
        format_rows: bool | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> QueryResult | None:
        """POST /api/dataset/{export-format}

        Args:
            export_format: path; required; sent as 'export-format'.
            query: JSON body; required.
            csv_include_bom: JSON body; optional; not sent by default (the server assumes false).
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            pivot_results: JSON body; optional; not sent by default (the server assumes false).
            visualization_settings: JSON body; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetexport-format
        """
        _result: QueryResult | None = self._call(
            _EXPORT,
            (
                export_format,
                query,
                csv_include_bom,
                format_rows,
                pivot_results,
                visualization_settings,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    def post_native(
        self,
        *,
        database: int,
        pretty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeDatasetResponse:
        """POST /api/dataset/native

        Args:
            database: JSON body; required; must be >= 1.
            pretty: JSON body; optional; not sent by default (the server assumes true); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetnative
        """
        _result: NativeDatasetResponse = self._call(
            _POST_NATIVE,
            (database, pretty),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_parameter_remapping(
        self,
        *,
        parameter: ParametersParameter,
        value: Any,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/parameter/remapping

        Args:
            parameter: JSON body; required.
            value: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparameterremapping
        """
        return self._call(
            _POST_PARAMETER_REMAPPING,
            (parameter, value, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_parameter_search_by_query(
        self,
        query: str,
        *,
        parameter: ParametersParameter,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """POST /api/dataset/parameter/search/{query}

        Args:
            query: path; required; at least 1 character.
            parameter: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametersearchquery
        """
        _result: ParameterValues = self._call(
            _POST_PARAMETER_SEARCH_BY_QUERY,
            (query, parameter, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_parameter_values(
        self,
        *,
        parameter: ParametersParameter,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """POST /api/dataset/parameter/values

        Args:
            parameter: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametervalues
        """
        _result: ParameterValues = self._call(
            _POST_PARAMETER_VALUES,
            (parameter, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_pivot(
        self,
        *,
        database: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/dataset/pivot

        Args:
            database: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetpivot
        """
        _result: QueryResult = self._call(
            _POST_PIVOT,
            (database,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_query_metadata(
        self,
        *,
        database: int,
        settings: PostDatasetQueryMetadataSettings | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardQueryMetadata:
        """POST /api/dataset/query_metadata

        Args:
            database: JSON body; required; must be >= 1.
            settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetquery_metadata
        """
        _result: CardQueryMetadata = self._call(
            _POST_QUERY_METADATA,
            (database, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def run_query(
        self,
        *,
        database: int | None | Unset = UNSET,
        type: Literal["native", "query"] | Unset = UNSET,
        native: MbqlNative | Unset = UNSET,
        query: MbqlQuery | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/dataset

        Args:
            database: JSON body; optional; None sends null.
            type: JSON body; optional.
            native: JSON body; optional.
            query: JSON body; optional.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidataset
        """
        _result: QueryResult = self._call(
            _RUN_QUERY,
            (database, type, native, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post = export
    create = run_query


class AsyncDatasetResource(AsyncResource):
    """Routes of the 'dataset' namespace, awaited (AsyncClient's)."""

    async def export(
        self,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query: dict[str, Any],
        csv_include_bom: bool | Unset = UNSET,
        format_rows: bool | Unset = UNSET,
        pivot_results: bool | Unset = UNSET,
        visualization_settings: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> QueryResult | None:
        """POST /api/dataset/{export-format}

        Args:
            export_format: path; required; sent as 'export-format'.
            query: JSON body; required.
            csv_include_bom: JSON body; optional; not sent by default (the server assumes false).
            format_rows: JSON body; optional; not sent by default (the server assumes false).
            pivot_results: JSON body; optional; not sent by default (the server assumes false).
            visualization_settings: JSON body; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetexport-format
        """
        _result: QueryResult | None = await self._call(
            _EXPORT,
            (
                export_format,
                query,
                csv_include_bom,
                format_rows,
                pivot_results,
                visualization_settings,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )
        return _result

    async def post_native(
        self,
        *,
        database: int,
        pretty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeDatasetResponse:
        """POST /api/dataset/native

        Args:
            database: JSON body; required; must be >= 1.
            pretty: JSON body; optional; not sent by default (the server assumes true); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetnative
        """
        _result: NativeDatasetResponse = await self._call(
            _POST_NATIVE,
            (database, pretty),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_parameter_remapping(
        self,
        *,
        parameter: ParametersParameter,
        value: Any,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/parameter/remapping

        Args:
            parameter: JSON body; required.
            value: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparameterremapping
        """
        return await self._call(
            _POST_PARAMETER_REMAPPING,
            (parameter, value, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_parameter_search_by_query(
        self,
        query: str,
        *,
        parameter: ParametersParameter,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """POST /api/dataset/parameter/search/{query}

        Args:
            query: path; required; at least 1 character.
            parameter: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametersearchquery
        """
        _result: ParameterValues = await self._call(
            _POST_PARAMETER_SEARCH_BY_QUERY,
            (query, parameter, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_parameter_values(
        self,
        *,
        parameter: ParametersParameter,
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ParameterValues:
        """POST /api/dataset/parameter/values

        Args:
            parameter: JSON body; required.
            field_ids: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametervalues
        """
        _result: ParameterValues = await self._call(
            _POST_PARAMETER_VALUES,
            (parameter, field_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_pivot(
        self,
        *,
        database: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/dataset/pivot

        Args:
            database: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetpivot
        """
        _result: QueryResult = await self._call(
            _POST_PIVOT,
            (database,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_query_metadata(
        self,
        *,
        database: int,
        settings: PostDatasetQueryMetadataSettings | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CardQueryMetadata:
        """POST /api/dataset/query_metadata

        Args:
            database: JSON body; required; must be >= 1.
            settings: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetquery_metadata
        """
        _result: CardQueryMetadata = await self._call(
            _POST_QUERY_METADATA,
            (database, settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def run_query(
        self,
        *,
        database: int | None | Unset = UNSET,
        type: Literal["native", "query"] | Unset = UNSET,
        native: MbqlNative | Unset = UNSET,
        query: MbqlQuery | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/dataset

        Args:
            database: JSON body; optional; None sends null.
            type: JSON body; optional.
            native: JSON body; optional.
            query: JSON body; optional.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidataset
        """
        _result: QueryResult = await self._call(
            _RUN_QUERY,
            (database, type, native, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    post = export
    create = run_query


if TYPE_CHECKING:

    class RawDatasetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def export(
            self,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            query: dict[str, Any],
            csv_include_bom: bool | Unset = UNSET,
            format_rows: bool | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[QueryResult | None]: ...

        def post_native(
            self,
            *,
            database: int,
            pretty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeDatasetResponse]: ...

        def post_parameter_remapping(
            self,
            *,
            parameter: ParametersParameter,
            value: Any,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_parameter_search_by_query(
            self,
            query: str,
            *,
            parameter: ParametersParameter,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        def post_parameter_values(
            self,
            *,
            parameter: ParametersParameter,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        def post_pivot(
            self,
            *,
            database: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...

        def post_query_metadata(
            self,
            *,
            database: int,
            settings: PostDatasetQueryMetadataSettings | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardQueryMetadata]: ...

        def run_query(
            self,
            *,
            database: int | None | Unset = UNSET,
            type: Literal["native", "query"] | Unset = UNSET,
            native: MbqlNative | Unset = UNSET,
            query: MbqlQuery | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post = export
        create = run_query

    class AsyncRawDatasetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def export(
            self,
            export_format: Literal["csv", "api", "xlsx", "json"],
            *,
            query: dict[str, Any],
            csv_include_bom: bool | Unset = UNSET,
            format_rows: bool | Unset = UNSET,
            pivot_results: bool | Unset = UNSET,
            visualization_settings: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[QueryResult | None]: ...

        async def post_native(
            self,
            *,
            database: int,
            pretty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeDatasetResponse]: ...

        async def post_parameter_remapping(
            self,
            *,
            parameter: ParametersParameter,
            value: Any,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_parameter_search_by_query(
            self,
            query: str,
            *,
            parameter: ParametersParameter,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        async def post_parameter_values(
            self,
            *,
            parameter: ParametersParameter,
            field_ids: List[int] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ParameterValues]: ...

        async def post_pivot(
            self,
            *,
            database: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...

        async def post_query_metadata(
            self,
            *,
            database: int,
            settings: PostDatasetQueryMetadataSettings | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CardQueryMetadata]: ...

        async def run_query(
            self,
            *,
            database: int | None | Unset = UNSET,
            type: Literal["native", "query"] | Unset = UNSET,
            native: MbqlNative | Unset = UNSET,
            query: MbqlQuery | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post = export
        create = run_query
