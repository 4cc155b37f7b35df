"""Routes of the 'util' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class UtilResource(Resource):
    """Routes of the 'util' namespace (6 endpoints)."""

    def get_bug_report_details(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/util/bug_report_details

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiutilbug_report_details
        """
        return self._call(
            "GET",
            "/api/util/bug_report_details",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_diagnostic_info_connection_pool_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/util/diagnostic_info/connection_pool_info

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiutildiagnostic_infoconnection_pool_info
        """
        return self._call(
            "GET",
            "/api/util/diagnostic_info/connection_pool_info",
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
        """GET /api/util/logs

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiutillogs
        """
        return self._call(
            "GET",
            "/api/util/logs",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_random_token(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiutilrandom_token
        """
        return self._call(
            "GET",
            "/api/util/random_token",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_stats(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/util/stats

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiutilstats
        """
        return self._call(
            "GET",
            "/api/util/stats",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_password_check(
        self,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/util/password_check

        Args:
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apiutilpassword_check
        """
        return self._call(
            "POST",
            "/api/util/password_check",
            (),
            body={
                "password": password,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
