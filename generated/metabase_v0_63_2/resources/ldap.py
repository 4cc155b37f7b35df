"""Routes of the 'ldap' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class LdapResource(Resource):
    """Routes of the 'ldap' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        ldap_enabled: bool | None | Unset = UNSET,
        ldap_host: str | None | Unset = UNSET,
        ldap_password: str | None | Unset = UNSET,
        ldap_port: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ldap/settings

        Args:
            ldap_enabled: bool | None; JSON body; optional; None sends null; sent as 'ldap-enabled'.
            ldap_host: str | None; JSON body; optional; None sends null; sent as 'ldap-host'.
            ldap_password: str | None; JSON body; optional; None sends null; sent as 'ldap-password'.
            ldap_port: int | None; JSON body; optional; None sends null; sent as 'ldap-port'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apildapsettings
        """
        return self._call(
            "PUT",
            "/api/ldap/settings",
            (),
            body={
                "ldap-enabled": ldap_enabled,
                "ldap-host": ldap_host,
                "ldap-password": ldap_password,
                "ldap-port": ldap_port,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
