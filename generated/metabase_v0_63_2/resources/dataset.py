"""Routes of the 'dataset' namespace (8 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import ParametersParameter, PostDatasetQueryMetadataSettings, QueryResult


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (8 endpoints)."""

    def create(
        self,
        *,
        database: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/dataset

        Args:
            database: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidataset
        """
        _result: QueryResult = self._call(
            "POST",
            "/api/dataset",
            (),
            body={
                "database": database,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post(
        self,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query: dict[str, Any],
        csv_include_bom: bool = False,
        format_rows: bool = False,
        pivot_results: bool = False,
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
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            csv_include_bom: bool; JSON body; optional; default false.
            format_rows: bool; JSON body; optional; default false.
            pivot_results: bool; JSON body; optional; default false.
            query: dict[str, Any]; JSON body; required.
            visualization_settings: dict[str, Any]; JSON body; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetexport-format
        """
        _result: QueryResult | None = self._call(
            "POST",
            "/api/dataset/{}",
            (export_format,),
            body={
                "csv_include_bom": csv_include_bom,
                "format_rows": format_rows,
                "pivot_results": pivot_results,
                "query": query,
                "visualization_settings": visualization_settings,
            },
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
        pretty: bool | None = True,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/native

        Args:
            database: int; JSON body; required.
            pretty: bool | None; JSON body; optional; default true; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetnative
        """
        return self._call(
            "POST",
            "/api/dataset/native",
            (),
            body={
                "database": database,
                "pretty": pretty,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            field_ids: list[int] | None; JSON body; optional; None sends null.
            parameter: ParametersParameter; JSON body; required.
            value: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparameterremapping
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/remapping",
            (),
            body={
                "field_ids": field_ids,
                "parameter": parameter,
                "value": value,
            },
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
    ) -> Any:
        """POST /api/dataset/parameter/search/{query}

        Args:
            query: str; path; required.
            field_ids: list[int] | None; JSON body; optional; None sends null.
            parameter: ParametersParameter; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametersearchquery
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/search/{}",
            (query,),
            body={
                "field_ids": field_ids,
                "parameter": parameter,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
    ) -> Any:
        """POST /api/dataset/parameter/values

        Args:
            field_ids: list[int] | None; JSON body; optional; None sends null.
            parameter: ParametersParameter; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetparametervalues
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/values",
            (),
            body={
                "field_ids": field_ids,
                "parameter": parameter,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            database: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetpivot
        """
        _result: QueryResult = self._call(
            "POST",
            "/api/dataset/pivot",
            (),
            body={
                "database": database,
            },
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
    ) -> Any:
        """POST /api/dataset/query_metadata

        Args:
            database: int; JSON body; required.
            settings: PostDatasetQueryMetadataSettings | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apidatasetquery_metadata
        """
        return self._call(
            "POST",
            "/api/dataset/query_metadata",
            (),
            body={
                "database": database,
                "settings": settings,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
