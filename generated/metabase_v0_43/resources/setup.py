"""Routes of the 'setup' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


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
            invited_last_name: str | None; JSON body; optional; None sends null; sent as 'invite.last_name'.
            site_locale: str | None; JSON body; optional; None sends null; sent as 'prefs.site_locale'.
            email: str; JSON body; required; sent as 'user.email'.
            first_name: str; JSON body; required; sent as 'user.first_name'.
            auto_run_queries: bool | None; JSON body; optional; None sends null; sent as 'database.auto_run_queries'.
            password: str; JSON body; required; sent as 'user.password'.
            name: str; JSON body; optional; sent as 'database.name'.
            invited_email: str | None; JSON body; optional; None sends null; sent as 'invite.email'.
            invited_first_name: str | None; JSON body; optional; None sends null; sent as 'invite.first_name'.
            site_name: str; JSON body; required; sent as 'prefs.site_name'.
            token: str; JSON body; required.
            details: dict[str, Any]; JSON body; optional; sent as 'database.details'.
            database: Any; JSON body; optional.
            last_name: str; JSON body; required; sent as 'user.last_name'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetup
        """
        return self._call(
            "POST",
            "/api/setup/",
            (),
            body={
                "token": token,
                "database": database,
            },
            nested=[
                (("database", "engine"), engine),
                (("database", "schedules"), schedules),
                (("prefs", "allow_tracking"), allow_tracking),
                (("invite", "last_name"), invited_last_name),
                (("prefs", "site_locale"), site_locale),
                (("user", "email"), email),
                (("user", "first_name"), first_name),
                (("database", "auto_run_queries"), auto_run_queries),
                (("user", "password"), password),
                (("database", "name"), name),
                (("invite", "email"), invited_email),
                (("invite", "first_name"), invited_first_name),
                (("prefs", "site_name"), site_name),
                (("database", "details"), details),
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupadmin_checklist
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

    def get_user_defaults(
        self,
        *,
        token: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/setup/user_defaults

        Args:
            token: str; form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupuser_defaults
        """
        return self._call(
            "GET",
            "/api/setup/user_defaults",
            (),
            form={
                "token": token,
            },
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetupvalidate
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
