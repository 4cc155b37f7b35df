"""Routes of the 'dataset' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (3 endpoints)."""

    def create(
        self,
        *,
        database: int | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/dataset/

        Args:
            database: int; JSON body; optional.
            query: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidataset
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
        export_format: Literal["csv", "json", "xlsx"],
        *,
        query: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """POST /api/dataset/:export-format

        Args:
            export_format: Literal['csv', 'json', 'xlsx']; path; required; one of 'csv', 'json', 'xlsx'; sent as 'export-format'.
            query: str; form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatasetexport-format
        """
        return self._call(
            "POST",
            "/api/dataset/{}",
            (export_format,),
            form={
                "query": query,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apidatasetduration
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
