"""Routes of the 'dataset' namespace (7 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (7 endpoints)."""

    def create(
        self,
        *,
        database: int | None | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/

        Args:
            database: int | None; JSON body; optional; None sends null.
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidataset
        """
        return self._call(
            "POST",
            "/api/dataset/",
            (),
            body={
                "database": database,
            },
            raw_body=query,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post(
        self,
        export_format: Literal["csv", "api", "xlsx", "json"],
        *,
        query: str,
        visualization_settings: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dataset/:export-format

        Args:
            export_format: Literal['csv', 'api', 'xlsx', 'json']; path; required; one of 'csv', 'api', 'xlsx', 'json'; sent as 'export-format'.
            query: str; form field or query string; required.
            visualization_settings: str; form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetexport-format
        """
        return self._call(
            "POST",
            "/api/dataset/{}",
            (export_format,),
            form={
                "query": query,
                "visualization_settings": visualization_settings,
            },
            form_body=True,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def post_duration(
        self,
        *,
        database: Any | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/duration

        Args:
            database: Any; JSON body; optional.
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetduration
        """
        return self._call(
            "POST",
            "/api/dataset/duration",
            (),
            body={
                "database": database,
            },
            raw_body=query,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_native(
        self,
        *,
        database: int | Unset = UNSET,
        pretty: bool | None | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/native

        Args:
            database: int; JSON body; optional.
            pretty: bool | None; JSON body; optional; None sends null.
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetnative
        """
        return self._call(
            "POST",
            "/api/dataset/native",
            (),
            body={
                "database": database,
                "pretty": pretty,
            },
            raw_body=query,
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
        parameter: dict[str, Any],
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/parameter/search/:query

        Args:
            query: str; path; required.
            parameter: dict[str, Any]; JSON body; required.
            field_ids: list[int] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetparametersearchquery
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/search/{}",
            (query,),
            body={
                "parameter": parameter,
                "field_ids": field_ids,
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
        parameter: dict[str, Any],
        field_ids: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/parameter/values

        Args:
            parameter: dict[str, Any]; JSON body; required.
            field_ids: list[int] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetparametervalues
        """
        return self._call(
            "POST",
            "/api/dataset/parameter/values",
            (),
            body={
                "parameter": parameter,
                "field_ids": field_ids,
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
        database: int | None | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/pivot

        Args:
            database: int | None; JSON body; optional; None sends null.
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/dataset#post-apidatasetpivot
        """
        return self._call(
            "POST",
            "/api/dataset/pivot",
            (),
            body={
                "database": database,
            },
            raw_body=query,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
