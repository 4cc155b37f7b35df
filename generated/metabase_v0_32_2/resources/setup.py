"""Routes of the 'setup' namespace (3 endpoints)."""

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
                "database",
                "name",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "is_full_sync",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "details",
            ),
        ),
        Place(
            "body",
            (
                "database",
                "is_on_demand",
            ),
        ),
    ),
)
_GET_ADMIN_CHECKLIST = RequestSpec("GET", "/api/setup/admin_checklist", ())
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
            email: JSON body; required; sent as 'user.email'.
            first_name: JSON body; required; must not be blank; sent as 'user.first_name'.
            password: JSON body; required; sent as 'user.password'.
            site_name: JSON body; required; must not be blank; sent as 'prefs.site_name'.
            token: JSON body; required.
            last_name: JSON body; required; must not be blank; sent as 'user.last_name'.
            engine: JSON body; optional; sent as 'database.engine'.
            schedules: JSON body; optional; None sends null; sent as 'database.schedules'.
            allow_tracking: JSON body; optional; None sends null; sent as 'prefs.allow_tracking'.
            name: JSON body; optional; sent as 'database.name'.
            is_full_sync: JSON body; optional; sent as 'database.is_full_sync'.
            details: JSON body; optional; sent as 'database.details'.
            is_on_demand: JSON body; optional; sent as 'database.is_on_demand'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetup
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
                name,
                is_full_sync,
                details,
                is_on_demand,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisetupadmin_checklist
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetupvalidate
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
            email: JSON body; required; sent as 'user.email'.
            first_name: JSON body; required; must not be blank; sent as 'user.first_name'.
            password: JSON body; required; sent as 'user.password'.
            site_name: JSON body; required; must not be blank; sent as 'prefs.site_name'.
            token: JSON body; required.
            last_name: JSON body; required; must not be blank; sent as 'user.last_name'.
            engine: JSON body; optional; sent as 'database.engine'.
            schedules: JSON body; optional; None sends null; sent as 'database.schedules'.
            allow_tracking: JSON body; optional; None sends null; sent as 'prefs.allow_tracking'.
            name: JSON body; optional; sent as 'database.name'.
            is_full_sync: JSON body; optional; sent as 'database.is_full_sync'.
            details: JSON body; optional; sent as 'database.details'.
            is_on_demand: JSON body; optional; sent as 'database.is_on_demand'.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetup
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
                name,
                is_full_sync,
                details,
                is_on_demand,
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisetupadmin_checklist
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

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apisetupvalidate
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
            name: str | Unset = UNSET,
            is_full_sync: bool | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            is_on_demand: bool | Unset = UNSET,
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
            name: str | Unset = UNSET,
            is_full_sync: bool | Unset = UNSET,
            details: dict[str, Any] | Unset = UNSET,
            is_on_demand: bool | Unset = UNSET,
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
