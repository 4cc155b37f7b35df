"""Routes of the 'setup' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SetupResource(Resource):
    """Routes of the 'setup' namespace (4 endpoints)."""

    def create(
        self,
        *,
        email: str,
        first_name: str,
        password: str,
        site_name: str,
        token: str,
        last_name: str,
        engine: str | Unset = UNSET,
        schedules: dict[str, Any] | None | Unset = UNSET,
        allow_tracking: bool | None | Unset = UNSET,
        invited_last_name: str | None | Unset = UNSET,
        site_locale: str | None | Unset = UNSET,
        auto_run_queries: bool | None | Unset = UNSET,
        name: str | Unset = UNSET,
        invited_email: str | None | Unset = UNSET,
        invited_first_name: str | None | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        database: Any | Unset = UNSET,
    ) -> Any:
        """POST /api/setup/

        Args:
            engine: str; JSON body; optional.
            schedules: dict[str, Any] | None; JSON body; optional; None sends null.
            allow_tracking: bool | None; JSON body; optional; None sends null.
            invited_last_name: str | None; JSON body; optional; None sends null.
            site_locale: str | None; JSON body; optional; None sends null.
            email: str; JSON body; required.
            first_name: str; JSON body; required.
            auto_run_queries: bool | None; JSON body; optional; None sends null.
            password: str; JSON body; required.
            name: str; JSON body; optional.
            invited_email: str | None; JSON body; optional; None sends null.
            invited_first_name: str | None; JSON body; optional; None sends null.
            site_name: str; JSON body; required.
            token: str; JSON body; required.
            details: dict[str, Any]; JSON body; optional.
            database: Any; JSON body; optional.
            last_name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetup
        """
        return self._call(
            "POST",
            "/api/setup/",
            (),
            body={
                "engine": engine,
                "schedules": schedules,
                "allow_tracking": allow_tracking,
                "invited_last_name": invited_last_name,
                "site_locale": site_locale,
                "email": email,
                "first_name": first_name,
                "auto_run_queries": auto_run_queries,
                "password": password,
                "name": name,
                "invited_email": invited_email,
                "invited_first_name": invited_first_name,
                "site_name": site_name,
                "token": token,
                "details": details,
                "database": database,
                "last_name": last_name,
            },
        )

    def get_admin_checklist(self) -> Any:
        """GET /api/setup/admin_checklist

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupadmin_checklist
        """
        return self._call(
            "GET",
            "/api/setup/admin_checklist",
            (),
        )

    def get_user_defaults(
        self,
        *,
        token: str | Unset = UNSET,
    ) -> Any:
        """GET /api/setup/user_defaults

        Args:
            token: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupuser_defaults
        """
        return self._call(
            "GET",
            "/api/setup/user_defaults",
            (),
            query={
                "token": token,
            },
        )

    def post_validate(
        self,
        *,
        engine: str,
        token: str,
        details: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/setup/validate

        Args:
            engine: str; JSON body; required.
            details: dict[str, Any]; JSON body; optional.
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetupvalidate
        """
        return self._call(
            "POST",
            "/api/setup/validate",
            (),
            body={
                "engine": engine,
                "details": details,
                "token": token,
            },
        )
