"""Routes of the 'google' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class GoogleResource(Resource):
    """Routes of the 'google' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        google_auth_auto_create_accounts_domain: str | Unset = UNSET,
        google_auth_client_id: str | Unset = UNSET,
        google_auth_enabled: bool | Unset = UNSET,
    ) -> Any:
        """PUT /api/google/settings

        Args:
            google_auth_auto_create_accounts_domain: str; JSON body; optional; sent as 'google-auth-auto-create-accounts-domain'.
            google_auth_client_id: str; JSON body; optional; sent as 'google-auth-client-id'.
            google_auth_enabled: bool; JSON body; optional; sent as 'google-auth-enabled'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apigooglesettings
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
        )
