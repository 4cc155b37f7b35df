"""Routes of the 'logger' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any, Literal

from .._runtime import UNSET, Resource, Unset


class LoggerResource(Resource):
    """Routes of the 'logger' namespace (4 endpoints)."""

    def delete_adjustment(self) -> Any:
        """DELETE /api/logger/adjustment

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiloggeradjustment
        """
        return self._call(
            "DELETE",
            "/api/logger/adjustment",
            (),
        )

    def get_logs(self) -> Any:
        """GET /api/logger/logs

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiloggerlogs
        """
        return self._call(
            "GET",
            "/api/logger/logs",
            (),
        )

    def get_presets(self) -> Any:
        """GET /api/logger/presets

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apiloggerpresets
        """
        return self._call(
            "GET",
            "/api/logger/presets",
            (),
        )

    def post_adjustment(
        self,
        *,
        duration: int,
        duration_unit: Literal[
            "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"
        ],
        log_levels: Any,
    ) -> Any:
        """POST /api/logger/adjustment

        Args:
            duration: int; JSON body; required.
            duration_unit: Literal['days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds']; JSON body; required; one of 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'.
            log_levels: Any; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiloggeradjustment
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
        )
