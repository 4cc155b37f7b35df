"""Routes of the 'google' namespace (1 endpoints)."""

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

_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/google/settings",
    (
        Place("body", ("google-auth-auto-create-accounts-domain",)),
        Place("body", ("google-auth-client-id",)),
        Place("body", ("google-auth-enabled",)),
    ),
)


class GoogleResource(Resource):
    """Routes of the 'google' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        google_auth_auto_create_accounts_domain: str | Unset = UNSET,
        google_auth_client_id: str | Unset = UNSET,
        google_auth_enabled: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/google/settings

        Args:
            google_auth_auto_create_accounts_domain: JSON body; optional; sent as 'google-auth-auto-create-accounts-domain'.
            google_auth_client_id: JSON body; optional; sent as 'google-auth-client-id'.
            google_auth_enabled: JSON body; optional; sent as 'google-auth-enabled'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apigooglesettings
        """
        return self._call(
            _UPDATE_SETTINGS,
            (google_auth_auto_create_accounts_domain, google_auth_client_id, google_auth_enabled),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncGoogleResource(AsyncResource):
    """Routes of the 'google' namespace, awaited (AsyncClient's)."""

    async def update_settings(
        self,
        *,
        google_auth_auto_create_accounts_domain: str | Unset = UNSET,
        google_auth_client_id: str | Unset = UNSET,
        google_auth_enabled: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/google/settings

        Args:
            google_auth_auto_create_accounts_domain: JSON body; optional; sent as 'google-auth-auto-create-accounts-domain'.
            google_auth_client_id: JSON body; optional; sent as 'google-auth-client-id'.
            google_auth_enabled: JSON body; optional; sent as 'google-auth-enabled'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apigooglesettings
        """
        return await self._call(
            _UPDATE_SETTINGS,
            (google_auth_auto_create_accounts_domain, google_auth_client_id, google_auth_enabled),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawGoogleResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def update_settings(
            self,
            *,
            google_auth_auto_create_accounts_domain: str | Unset = UNSET,
            google_auth_client_id: str | Unset = UNSET,
            google_auth_enabled: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawGoogleResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def update_settings(
            self,
            *,
            google_auth_auto_create_accounts_domain: str | Unset = UNSET,
            google_auth_client_id: str | Unset = UNSET,
            google_auth_enabled: bool | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
