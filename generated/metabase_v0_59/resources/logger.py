"""Routes of the 'logger' namespace (4 endpoints)."""

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
from .._schemas import GetLoggerPresetsResponseItem

_DELETE_ADJUSTMENT = RequestSpec("DELETE", "/api/logger/adjustment", ())
_GET_LOGS = RequestSpec("GET", "/api/logger/logs", ())
_GET_PRESETS = RequestSpec("GET", "/api/logger/presets", ())
_POST_ADJUSTMENT = RequestSpec(
    "POST",
    "/api/logger/adjustment",
    (
        Place("body", ("duration",)),
        Place("body", ("duration_unit",)),
        Place("body", ("log_levels",)),
    ),
)


class LoggerResource(Resource):
    """Routes of the 'logger' namespace (4 endpoints)."""

    def delete_adjustment(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/logger/adjustment

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiloggeradjustment
        """
        return self._call(
            _DELETE_ADJUSTMENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_logs(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/logger/logs

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiloggerlogs
        """
        return self._call(
            _GET_LOGS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_presets(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetLoggerPresetsResponseItem]:
        """GET /api/logger/presets

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiloggerpresets
        """
        _result: List[GetLoggerPresetsResponseItem] = self._call(
            _GET_PRESETS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_adjustment(
        self,
        *,
        duration: int,
        duration_unit: Literal[
            "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"
        ],
        log_levels: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/logger/adjustment

        Args:
            duration: JSON body; required.
            duration_unit: JSON body; required.
            log_levels: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiloggeradjustment
        """
        return self._call(
            _POST_ADJUSTMENT,
            (duration, duration_unit, log_levels),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncLoggerResource(AsyncResource):
    """Routes of the 'logger' namespace, awaited (AsyncClient's)."""

    async def delete_adjustment(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/logger/adjustment

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiloggeradjustment
        """
        return await self._call(
            _DELETE_ADJUSTMENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_logs(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/logger/logs

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiloggerlogs
        """
        return await self._call(
            _GET_LOGS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_presets(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[GetLoggerPresetsResponseItem]:
        """GET /api/logger/presets

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiloggerpresets
        """
        _result: List[GetLoggerPresetsResponseItem] = await self._call(
            _GET_PRESETS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_adjustment(
        self,
        *,
        duration: int,
        duration_unit: Literal[
            "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"
        ],
        log_levels: Any,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/logger/adjustment

        Args:
            duration: JSON body; required.
            duration_unit: JSON body; required.
            log_levels: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiloggeradjustment
        """
        return await self._call(
            _POST_ADJUSTMENT,
            (duration, duration_unit, log_levels),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawLoggerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_adjustment(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_logs(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_presets(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetLoggerPresetsResponseItem]]: ...

        def post_adjustment(
            self,
            *,
            duration: int,
            duration_unit: Literal[
                "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"
            ],
            log_levels: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawLoggerResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_adjustment(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_logs(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_presets(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[GetLoggerPresetsResponseItem]]: ...

        async def post_adjustment(
            self,
            *,
            duration: int,
            duration_unit: Literal[
                "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"
            ],
            log_levels: Any,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
