"""Routes of the 'util' namespace (6 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class UtilResource(Resource):
    """Routes of the 'util' namespace (6 endpoints)."""

    def get_bug_report_details(self) -> Any:
        """GET /api/util/bug_report_details

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#get-apiutilbug_report_details
        """
        return self._call(
            "GET",
            "/api/util/bug_report_details",
            (),
        )

    def get_diagnostic_info_connection_pool_info(self) -> Any:
        """GET /api/util/diagnostic_info/connection_pool_info

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#get-apiutildiagnostic_infoconnection_pool_info
        """
        return self._call(
            "GET",
            "/api/util/diagnostic_info/connection_pool_info",
            (),
        )

    def get_logs(self) -> Any:
        """GET /api/util/logs

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#get-apiutillogs
        """
        return self._call(
            "GET",
            "/api/util/logs",
            (),
        )

    def get_random_token(self) -> Any:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#get-apiutilrandom_token
        """
        return self._call(
            "GET",
            "/api/util/random_token",
            (),
        )

    def get_stats(self) -> Any:
        """GET /api/util/stats

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#get-apiutilstats
        """
        return self._call(
            "GET",
            "/api/util/stats",
            (),
        )

    def post_password_check(
        self,
        *,
        password: str,
    ) -> Any:
        """POST /api/util/password_check

        Args:
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/util#post-apiutilpassword_check
        """
        return self._call(
            "POST",
            "/api/util/password_check",
            (),
            body={
                "password": password,
            },
        )
