"""Routes of the 'logger' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import GetLoggerPresetsResponseItem


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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiloggeradjustment
        """
        return self._call(
            "DELETE",
            "/api/logger/adjustment",
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiloggerlogs
        """
        return self._call(
            "GET",
            "/api/logger/logs",
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiloggerpresets
        """
        _result: List[GetLoggerPresetsResponseItem] = self._call(
            "GET",
            "/api/logger/presets",
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
            duration: int; JSON body; required.
            duration_unit: Literal['days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds']; JSON body; required; one of 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'.
            log_levels: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiloggeradjustment
        """
        return self._call(
            "POST",
            "/api/logger/adjustment",
            (),
            body={
                "duration": duration,
                "duration_unit": duration_unit,
                "log_levels": log_levels,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
