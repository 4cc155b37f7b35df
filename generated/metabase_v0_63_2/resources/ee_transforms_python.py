"""Routes of the 'ee-transforms-python' namespace (3 endpoints)."""

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
from .._schemas import PostEeTestRunResponse, SourceTableEntry

_GET_LIBRARY_BY_PATH = RequestSpec("GET", "/api/ee/transforms-python/library/{}", (Place("path"),))
_POST_TEST_RUN = RequestSpec(
    "POST",
    "/api/ee/transforms-python/test-run",
    (
        Place("body", ("code",)),
        Place("body", ("source_tables",)),
        Place("body", ("output_row_limit",)),
        Place("body", ("per_input_row_limit",)),
    ),
)
_UPDATE_LIBRARY_BY_PATH = RequestSpec(
    "PUT",
    "/api/ee/transforms-python/library/{}",
    (
        Place("path"),
        Place("body", ("source",)),
    ),
)


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
            path: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransforms-pythonlibrarypath
        """
        return self._call(
            _GET_LIBRARY_BY_PATH,
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
    ) -> PostEeTestRunResponse:
        """POST /api/ee/transforms-python/test-run

        Args:
            code: JSON body; required.
            source_tables: JSON body; required; at least 1 item.
            output_row_limit: JSON body; optional.
            per_input_row_limit: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransforms-pythontest-run
        """
        _result: PostEeTestRunResponse = self._call(
            _POST_TEST_RUN,
            (code, source_tables, output_row_limit, per_input_row_limit),
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
            path: path; required; at least 1 character.
            source: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetransforms-pythonlibrarypath
        """
        return self._call(
            _UPDATE_LIBRARY_BY_PATH,
            (path, source),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeTransformsPythonResource(AsyncResource):
    """Routes of the 'ee-transforms-python' namespace, awaited (AsyncClient's)."""

    async def get_library_by_path(
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
            path: path; required; at least 1 character.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransforms-pythonlibrarypath
        """
        return await self._call(
            _GET_LIBRARY_BY_PATH,
            (path,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_test_run(
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
    ) -> PostEeTestRunResponse:
        """POST /api/ee/transforms-python/test-run

        Args:
            code: JSON body; required.
            source_tables: JSON body; required; at least 1 item.
            output_row_limit: JSON body; optional.
            per_input_row_limit: JSON body; optional.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransforms-pythontest-run
        """
        _result: PostEeTestRunResponse = await self._call(
            _POST_TEST_RUN,
            (code, source_tables, output_row_limit, per_input_row_limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_library_by_path(
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
            path: path; required; at least 1 character.
            source: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieetransforms-pythonlibrarypath
        """
        return await self._call(
            _UPDATE_LIBRARY_BY_PATH,
            (path, source),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeTransformsPythonResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_library_by_path(
            self,
            path: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[PostEeTestRunResponse]: ...

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
        ) -> RawResponse[Any]: ...

    class AsyncRawEeTransformsPythonResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_library_by_path(
            self,
            path: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_test_run(
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
        ) -> RawResponse[PostEeTestRunResponse]: ...

        async def update_library_by_path(
            self,
            path: str,
            *,
            source: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
