"""Routes of the 'setup' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SetupResource(Resource):
    """Routes of the 'setup' namespace (3 endpoints)."""

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
        name: str | Unset = UNSET,
        is_full_sync: bool | Unset = UNSET,
        details: dict[str, Any] | Unset = UNSET,
        is_on_demand: bool | Unset = UNSET,
    ) -> Any:
        """POST /api/setup/

        Args:
            engine: str; JSON body; optional.
            schedules: dict[str, Any] | None; JSON body; optional; None sends null.
            allow_tracking: bool | None; JSON body; optional; None sends null.
            email: str; JSON body; required.
            first_name: str; JSON body; required.
            password: str; JSON body; required.
            name: str; JSON body; optional.
            is_full_sync: bool; JSON body; optional.
            site_name: str; JSON body; required.
            token: str; JSON body; required.
            details: dict[str, Any]; JSON body; optional.
            is_on_demand: bool; JSON body; optional.
            last_name: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetup
        """
        return self._call(
            "POST",
            "/api/setup/",
            (),
            body={
                "engine": engine,
                "schedules": schedules,
                "allow_tracking": allow_tracking,
                "email": email,
                "first_name": first_name,
                "password": password,
                "name": name,
                "is_full_sync": is_full_sync,
                "site_name": site_name,
                "token": token,
                "details": details,
                "is_on_demand": is_on_demand,
                "last_name": last_name,
            },
        )

    def get_admin_checklist(self) -> Any:
        """GET /api/setup/admin_checklist

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisetupadmin_checklist
        """
        return self._call(
            "GET",
            "/api/setup/admin_checklist",
            (),
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetupvalidate
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
