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
        ldap_enabled: bool | Unset = UNSET,
        ldap_host: str | Unset = UNSET,
        ldap_password: str | Unset = UNSET,
        ldap_port: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ldap/settings

        Args:
            ldap_enabled: bool; JSON body; optional; sent as 'ldap-enabled'.
            ldap_host: str; JSON body; optional; sent as 'ldap-host'.
            ldap_password: str; JSON body; optional; sent as 'ldap-password'.
            ldap_port: int; JSON body; optional; sent as 'ldap-port'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apildapsettings
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
