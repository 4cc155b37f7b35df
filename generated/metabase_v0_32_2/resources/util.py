"""Routes of the 'util' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class UtilResource(Resource):
    """Routes of the 'util' namespace (4 endpoints)."""

    def get_logs(self) -> Any:
        """GET /api/util/logs

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiutillogs
        """
        return self._call(
            "GET",
            "/api/util/logs",
            (),
        )

    def get_random_token(self) -> Any:
        """GET /api/util/random_token

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiutilrandom_token
        """
        return self._call(
            "GET",
            "/api/util/random_token",
            (),
        )

    def get_stats(self) -> Any:
        """GET /api/util/stats

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiutilstats
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apiutilpassword_check
        """
        return self._call(
            "POST",
            "/api/util/password_check",
            (),
            body={
                "password": password,
            },
        )
