"""Routes of the 'setup' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/setup/

        Args:
            engine: str; JSON body; optional; sent as 'database.engine'.
            schedules: dict[str, Any] | None; JSON body; optional; None sends null; sent as 'database.schedules'.
            allow_tracking: bool | None; JSON body; optional; None sends null; sent as 'prefs.allow_tracking'.
            email: str; JSON body; required; sent as 'user.email'.
            first_name: str; JSON body; required; sent as 'user.first_name'.
            password: str; JSON body; required; sent as 'user.password'.
            name: str; JSON body; optional; sent as 'database.name'.
            is_full_sync: bool; JSON body; optional; sent as 'database.is_full_sync'.
            site_name: str; JSON body; required; sent as 'prefs.site_name'.
            token: str; JSON body; required.
            details: dict[str, Any]; JSON body; optional; sent as 'database.details'.
            is_on_demand: bool; JSON body; optional; sent as 'database.is_on_demand'.
            last_name: str; JSON body; required; sent as 'user.last_name'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetup
        """
        return self._call(
            "POST",
            "/api/setup/",
            (),
            body={
                "token": token,
            },
            nested=[
                (("database", "engine"), engine),
                (("database", "schedules"), schedules),
                (("prefs", "allow_tracking"), allow_tracking),
                (("user", "email"), email),
                (("user", "first_name"), first_name),
                (("user", "password"), password),
                (("database", "name"), name),
                (("database", "is_full_sync"), is_full_sync),
                (("prefs", "site_name"), site_name),
                (("database", "details"), details),
                (("database", "is_on_demand"), is_on_demand),
                (("user", "last_name"), last_name),
            ],
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_admin_checklist(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/setup/admin_checklist

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisetupadmin_checklist
        """
        return self._call(
            "GET",
            "/api/setup/admin_checklist",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_validate(
        self,
        *,
        engine: str,
        token: str,
        details: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/setup/validate

        Args:
            engine: str; JSON body; required; sent as 'details.engine'.
            details: dict[str, Any]; JSON body; optional; sent as 'details.details'.
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetupvalidate
        """
        return self._call(
            "POST",
            "/api/setup/validate",
            (),
            body={
                "token": token,
            },
            nested=[
                (("details", "engine"), engine),
                (("details", "details"), details),
            ],
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
