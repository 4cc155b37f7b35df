"""Routes of the 'google' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class GoogleResource(Resource):
    """Routes of the 'google' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        google_auth_auto_create_accounts_domain: str | None | Unset = UNSET,
        google_auth_client_id: str | None | Unset = UNSET,
        google_auth_enabled: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/google/settings

        Args:
            google_auth_auto_create_accounts_domain: str | None; JSON body; optional; None sends null; sent as 'google-auth-auto-create-accounts-domain'.
            google_auth_client_id: str | None; JSON body; optional; None sends null; sent as 'google-auth-client-id'.
            google_auth_enabled: bool | None; JSON body; optional; None sends null; sent as 'google-auth-enabled'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apigooglesettings
        """
        return self._call(
            "PUT",
            "/api/google/settings",
            (),
            body={
                "google-auth-auto-create-accounts-domain": google_auth_auto_create_accounts_domain,
                "google-auth-client-id": google_auth_client_id,
                "google-auth-enabled": google_auth_enabled,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
