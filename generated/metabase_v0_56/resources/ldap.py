"""Routes of the 'ldap' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
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
    "/api/ldap/settings",
    (
        Place("body", ("ldap-enabled",)),
        Place("body", ("ldap-host",)),
        Place("body", ("ldap-password",)),
        Place("body", ("ldap-port",)),
    ),
)


class LdapResource(Resource):
    """Routes of the 'ldap' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        ldap_enabled: bool | Unset = UNSET,
        ldap_host: str | Unset = UNSET,
        ldap_password: str | Unset = UNSET,
        ldap_port: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> bool:
        """PUT /api/ldap/settings

        Args:
            ldap_enabled: JSON body; optional; sent as 'ldap-enabled'.
            ldap_host: JSON body; optional; sent as 'ldap-host'.
            ldap_password: JSON body; optional; sent as 'ldap-password'.
            ldap_port: JSON body; optional; must be >= 1; sent as 'ldap-port'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apildapsettings
        """
        _result: bool = self._call(
            _UPDATE_SETTINGS,
            (ldap_enabled, ldap_host, ldap_password, ldap_port),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncLdapResource(AsyncResource):
    """Routes of the 'ldap' namespace, awaited (AsyncClient's)."""

    async def update_settings(
        self,
        *,
        ldap_enabled: bool | Unset = UNSET,
        ldap_host: str | Unset = UNSET,
        ldap_password: str | Unset = UNSET,
        ldap_port: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> bool:
        """PUT /api/ldap/settings

        Args:
            ldap_enabled: JSON body; optional; sent as 'ldap-enabled'.
            ldap_host: JSON body; optional; sent as 'ldap-host'.
            ldap_password: JSON body; optional; sent as 'ldap-password'.
            ldap_port: JSON body; optional; must be >= 1; sent as 'ldap-port'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apildapsettings
        """
        _result: bool = await self._call(
            _UPDATE_SETTINGS,
            (ldap_enabled, ldap_host, ldap_password, ldap_port),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawLdapResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def update_settings(
            self,
            *,
            ldap_enabled: bool | Unset = UNSET,
            ldap_host: str | Unset = UNSET,
            ldap_password: str | Unset = UNSET,
            ldap_port: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[bool]: ...

    class AsyncRawLdapResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def update_settings(
            self,
            *,
            ldap_enabled: bool | Unset = UNSET,
            ldap_host: str | Unset = UNSET,
            ldap_password: str | Unset = UNSET,
            ldap_port: int | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[bool]: ...
