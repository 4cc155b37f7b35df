"""Routes of the 'dataset' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
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
    Dataset,
    MbqlNative,
    MbqlNativeDatasetQuery,
    MbqlStructuredDatasetQuery,
    NativeDatasetResponse,
)

_EXPORT = RequestSpec(
    "POST",
    "/api/dataset/{}",
    (
        Place("path"),
        Place("form", ("query",)),
        Place("form", ("visualization_settings",)),
    ),
    body_format="form",
)
_POST_DURATION = RequestSpec(
    "POST",
    "/api/dataset/duration",
    (
        Place("body", ("database",)),
        Place("body", whole=True),
    ),
)
_POST_NATIVE = RequestSpec("POST", "/api/dataset/native", (Place("body", whole=True),))
_POST_PIVOT = RequestSpec(
    "POST",
    "/api/dataset/pivot",
    (
        Place("body", ("database",)),
        Place("body", whole=True),
    ),
)
_RUN_QUERY = RequestSpec(
    "POST",
    "/api/dataset/",
    (
        Place("body", ("database",)),
        Place("body", whole=True),
        Place("body", ("type",)),
        Place("body", ("native",)),
    ),
)


class DatasetResource(Resource):
    """Routes of the 'dataset' namespace (5 endpoints)."""

    def export(
        self,
        export_format: Literal["api", "csv", "json", "xlsx"],
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
            export_format: path; required; sent as 'export-format'.
            query: form field or query string; required.
            visualization_settings: form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetexport-format
        """
        return self._call(
            _EXPORT,
            (export_format, query, visualization_settings),
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
            database: JSON body; optional.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetduration
        """
        return self._call(
            _POST_DURATION,
            (database, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_native(
        self,
        *,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeDatasetResponse:
        """POST /api/dataset/native

        Args:
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetnative
        """
        _result: NativeDatasetResponse = self._call(
            _POST_NATIVE,
            (query,),
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
        database: int | None | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dataset/pivot

        Args:
            database: JSON body; optional; None sends null.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetpivot
        """
        _result: Dataset = self._call(
            _POST_PIVOT,
            (database, query),
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
        query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        type: Literal["native", "query"] | Unset = UNSET,
        native: MbqlNative | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dataset/

        Args:
            database: JSON body; optional; None sends null.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.
            type: JSON body; optional.
            native: JSON body; optional.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidataset
        """
        _result: Dataset = self._call(
            _RUN_QUERY,
            (database, query, type, native),
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
        export_format: Literal["api", "csv", "json", "xlsx"],
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
            export_format: path; required; sent as 'export-format'.
            query: form field or query string; required.
            visualization_settings: form field or query string; required.

        May answer a file: to_file= (a path or a binary file) streams it there.
        Also reachable as post(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetexport-format
        """
        return await self._call(
            _EXPORT,
            (export_format, query, visualization_settings),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def post_duration(
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
            database: JSON body; optional.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetduration
        """
        return await self._call(
            _POST_DURATION,
            (database, query),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_native(
        self,
        *,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> NativeDatasetResponse:
        """POST /api/dataset/native

        Args:
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetnative
        """
        _result: NativeDatasetResponse = await self._call(
            _POST_NATIVE,
            (query,),
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
        database: int | None | Unset = UNSET,
        query: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dataset/pivot

        Args:
            database: JSON body; optional; None sends null.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidatasetpivot
        """
        _result: Dataset = await self._call(
            _POST_PIVOT,
            (database, query),
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
        query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
        type: Literal["native", "query"] | Unset = UNSET,
        native: MbqlNative | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """POST /api/dataset/

        Args:
            database: JSON body; optional; None sends null.
            query: the whole JSON body, for keys beyond the keyword arguments (which win); optional.
            type: JSON body; optional.
            native: JSON body; optional.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apidataset
        """
        _result: Dataset = await self._call(
            _RUN_QUERY,
            (database, query, type, native),
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
            export_format: Literal["api", "csv", "json", "xlsx"],
            *,
            query: str,
            visualization_settings: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def post_native(
            self,
            *,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeDatasetResponse]: ...

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
        ) -> RawResponse[Dataset]: ...

        def run_query(
            self,
            *,
            database: int | None | Unset = UNSET,
            query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            type: Literal["native", "query"] | Unset = UNSET,
            native: MbqlNative | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post = export
        create = run_query

    class AsyncRawDatasetResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def export(
            self,
            export_format: Literal["api", "csv", "json", "xlsx"],
            *,
            query: str,
            visualization_settings: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def post_duration(
            self,
            *,
            database: Any | Unset = UNSET,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_native(
            self,
            *,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[NativeDatasetResponse]: ...

        async def post_pivot(
            self,
            *,
            database: int | None | Unset = UNSET,
            query: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def run_query(
            self,
            *,
            database: int | None | Unset = UNSET,
            query: MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery | Unset = UNSET,
            type: Literal["native", "query"] | Unset = UNSET,
            native: MbqlNative | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        post = export
        create = run_query
