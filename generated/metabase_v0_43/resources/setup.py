"""Routes of the 'setup' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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

_CREATE = RequestSpec(
    "POST",
    "/api/setup/",
    (
        Place(
            "body",
            (
                "user",
                "email",
            ),
        ),
        Place(
            "body",
            (
                "user",
                "first_name",
            ),
        ),
        Place(
            "body",
            (
                "user",
                "password",
            ),
        ),
        Place(
            "body",
            (
                "prefs",
                "site_name",
            ),
        ),
        Place("body", ("token",)),
        Place(
            "body",
            (
                "user",
                "last_name",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "engine",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "schedules",
            ),
        ),
        Place(
            "body",
            (
                "prefs",
                "allow_tracking",
            ),
        ),
        Place(
            "body",
            (
                "invite",
                "last_name",
            ),
        ),
        Place(
            "body",
            (
                "prefs",
                "site_locale",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "auto_run_queries",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "name",
            ),
        ),
        Place(
            "body",
            (
                "invite",
                "email",
            ),
        ),
        Place(
            "body",
            (
                "invite",
                "first_name",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "details",
            ),
        ),
        Place("body", ("database",)),
    ),
)
_GET_ADMIN_CHECKLIST = RequestSpec("GET", "/api/setup/admin_checklist", ())
_GET_USER_DEFAULTS = RequestSpec("GET", "/api/setup/user_defaults", (Place("form", ("token",)),))
_POST_VALIDATE = RequestSpec(
    "POST",
    "/api/setup/validate",
    (
        Place(
            "body",
            (
                "details",
                "engine",
            ),
        ),
        Place("body", ("token",)),
        Place(
            "body",
            (
                "details",
                "details",
            ),
        ),
    ),
)


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
            email: JSON body; required; sent as 'user.email'.
            first_name: JSON body; required; must not be blank; sent as 'user.first_name'.
            password: JSON body; required; sent as 'user.password'.
            site_name: JSON body; required; must not be blank; sent as 'prefs.site_name'.
            token: JSON body; required.
            last_name: JSON body; required; must not be blank; sent as 'user.last_name'.
            engine: JSON body; optional; sent as 'database.engine'.
            schedules: JSON body; optional; None sends null; sent as 'database.schedules'.
            allow_tracking: JSON body; optional; None sends null; sent as 'prefs.allow_tracking'.
            invited_last_name: JSON body; optional; None sends null; must not be blank; sent as 'invite.last_name'.
            site_locale: JSON body; optional; None sends null; sent as 'prefs.site_locale'.
            auto_run_queries: JSON body; optional; None sends null; sent as 'database.auto_run_queries'.
            name: JSON body; optional; sent as 'database.name'.
            invited_email: JSON body; optional; None sends null; sent as 'invite.email'.
            invited_first_name: JSON body; optional; None sends null; must not be blank; sent as 'invite.first_name'.
            details: JSON body; optional; sent as 'database.details'.
            database: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetup
        """
        return self._call(
            _CREATE,
            (
                email,
                first_name,
                password,
                site_name,
                token,
                last_name,
                engine,
                schedules,
                allow_tracking,
                invited_last_name,
                site_locale,
                auto_run_queries,
                name,
                invited_email,
                invited_first_name,
                details,
                database,
            ),
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
            _GET_ADMIN_CHECKLIST,
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
        token: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/setup/user_defaults

        Args:
            token: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupuser_defaults
        """
        return self._call(
            _GET_USER_DEFAULTS,
            (token,),
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
            engine: JSON body; required; sent as 'details.engine'.
            token: JSON body; required.
            details: JSON body; optional; sent as 'details.details'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetupvalidate
        """
        return self._call(
            _POST_VALIDATE,
            (engine, token, details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSetupResource(AsyncResource):
    """Routes of the 'setup' namespace, awaited (AsyncClient's)."""

    async def create(
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
            email: JSON body; required; sent as 'user.email'.
            first_name: JSON body; required; must not be blank; sent as 'user.first_name'.
            password: JSON body; required; sent as 'user.password'.
            site_name: JSON body; required; must not be blank; sent as 'prefs.site_name'.
            token: JSON body; required.
            last_name: JSON body; required; must not be blank; sent as 'user.last_name'.
            engine: JSON body; optional; sent as 'database.engine'.
            schedules: JSON body; optional; None sends null; sent as 'database.schedules'.
            allow_tracking: JSON body; optional; None sends null; sent as 'prefs.allow_tracking'.
            invited_last_name: JSON body; optional; None sends null; must not be blank; sent as 'invite.last_name'.
            site_locale: JSON body; optional; None sends null; sent as 'prefs.site_locale'.
            auto_run_queries: JSON body; optional; None sends null; sent as 'database.auto_run_queries'.
            name: JSON body; optional; sent as 'database.name'.
            invited_email: JSON body; optional; None sends null; sent as 'invite.email'.
            invited_first_name: JSON body; optional; None sends null; must not be blank; sent as 'invite.first_name'.
            details: JSON body; optional; sent as 'database.details'.
            database: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetup
        """
        return await self._call(
            _CREATE,
            (
                email,
                first_name,
                password,
                site_name,
                token,
                last_name,
                engine,
                schedules,
                allow_tracking,
                invited_last_name,
                site_locale,
                auto_run_queries,
                name,
                invited_email,
                invited_first_name,
                details,
                database,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_admin_checklist(
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
        return await self._call(
            _GET_ADMIN_CHECKLIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_defaults(
        self,
        *,
        token: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/setup/user_defaults

        Args:
            token: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisetupuser_defaults
        """
        return await self._call(
            _GET_USER_DEFAULTS,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_validate(
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
            engine: JSON body; required; sent as 'details.engine'.
            token: JSON body; required.
            details: JSON body; optional; sent as 'details.details'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisetupvalidate
        """
        return await self._call(
            _POST_VALIDATE,
            (engine, token, details),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSetupResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[Any]: ...

        def get_admin_checklist(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_user_defaults(
            self,
            *,
            token: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

    class AsyncRawSetupResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[Any]: ...

        async def get_admin_checklist(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_user_defaults(
            self,
            *,
            token: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_validate(
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
        ) -> RawResponse[Any]: ...
