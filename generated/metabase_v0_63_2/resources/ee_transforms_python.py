"""Routes of the 'ee-transforms-python' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostEeTransformsPythonTestRunResponse, SourceTableEntry


class EeTransformsPythonResource(Resource):
    """Routes of the 'ee-transforms-python' namespace (3 endpoints)."""

    def get_library_by_path(
        self,
        path: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/transforms-python/library/{path}

        Args:
            path: str; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransforms-pythonlibrarypath
        """
        return self._call(
            "GET",
            "/api/ee/transforms-python/library/{}",
            (path,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_test_run(
        self,
        *,
        code: str,
        source_tables: List[SourceTableEntry],
        output_row_limit: int | Unset = UNSET,
        per_input_row_limit: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeTransformsPythonTestRunResponse:
        """POST /api/ee/transforms-python/test-run

        Args:
            code: str; JSON body; required.
            output_row_limit: int; JSON body; optional.
            per_input_row_limit: int; JSON body; optional.
            source_tables: list[SourceTableEntry]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransforms-pythontest-run
        """
        _result: PostEeTransformsPythonTestRunResponse = self._call(
            "POST",
            "/api/ee/transforms-python/test-run",
            (),
            body={
                "code": code,
                "output_row_limit": output_row_limit,
                "per_input_row_limit": per_input_row_limit,
                "source_tables": source_tables,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_library_by_path(
        self,
        path: str,
        *,
        source: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/transforms-python/library/{path}

        Args:
            path: str; path; required.
            source: str; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetransforms-pythonlibrarypath
        """
        return self._call(
            "PUT",
            "/api/ee/transforms-python/library/{}",
            (path,),
            body={
                "source": source,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
