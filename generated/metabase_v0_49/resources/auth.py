"""Routes of the 'auth' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class AuthResource(Resource):
    """Routes of the 'auth' namespace (5 endpoints)."""

    def get_sso(self) -> Any:
        """GET /auth/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sso#get-authsso
        """
        return self._call(
            "GET",
            "/auth/sso/",
            (),
        )

    def post_sso(self) -> Any:
        """POST /auth/sso/

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sso#post-authsso
        """
        return self._call(
            "POST",
            "/auth/sso/",
            (),
        )

    def post_sso_handle_slo(self) -> Any:
        """POST /auth/sso/handle_slo

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sso#post-authssohandle_slo
        """
        return self._call(
            "POST",
            "/auth/sso/handle_slo",
            (),
        )

    def post_sso_logout(self) -> Any:
        """POST /auth/sso/logout

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/sso#post-authssologout
        """
        return self._call(
            "POST",
            "/auth/sso/logout",
            (),
        )

    def update_saml_settings(
        self,
        *,
        settings: dict[str, Any],
    ) -> Any:
        """PUT /auth/saml/settings

        Args:
            settings: dict[str, Any]; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/sso-saml#put-authsamlsettings
        """
        return self._call(
            "PUT",
            "/auth/saml/settings",
            (),
            body={
                "settings": settings,
            },
        )
