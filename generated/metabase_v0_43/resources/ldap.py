"""Routes of the 'ldap' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class LdapResource(Resource):
    """Routes of the 'ldap' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        settings: dict[str, Any],
    ) -> Any:
        """PUT /api/ldap/settings

        Args:
            settings: dict[str, Any]; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apildapsettings
        """
        return self._call(
            "PUT",
            "/api/ldap/settings",
            (),
            body={
                "settings": settings,
            },
        )
