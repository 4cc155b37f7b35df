"""Routes of the 'session' namespace (8 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SessionResource(Resource):
    """Routes of the 'session' namespace (8 endpoints)."""

    def create(
        self,
        *,
        password: str,
        username: str,
    ) -> Any:
        """POST /api/session/

        Args:
            password: str; JSON body; required.
            username: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisession
        """
        return self._call(
            "POST",
            "/api/session/",
            (),
            body={
                "password": password,
                "username": username,
            },
        )

    def delete_all(self) -> Any:
        """DELETE /api/session/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apisession
        """
        return self._call(
            "DELETE",
            "/api/session/",
            (),
        )

    def get_password_reset_token_valid(
        self,
        *,
        token: str,
    ) -> Any:
        """GET /api/session/password_reset_token_valid

        Args:
            token: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisessionpassword_reset_token_valid
        """
        return self._call(
            "GET",
            "/api/session/password_reset_token_valid",
            (),
            query={
                "token": token,
            },
        )

    def get_properties(self) -> Any:
        """GET /api/session/properties

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisessionproperties
        """
        return self._call(
            "GET",
            "/api/session/properties",
            (),
        )

    def post_forgot_password(
        self,
        *,
        email: str,
    ) -> Any:
        """POST /api/session/forgot_password

        Args:
            email: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisessionforgot_password
        """
        return self._call(
            "POST",
            "/api/session/forgot_password",
            (),
            body={
                "email": email,
            },
        )

    def post_google_auth(
        self,
        *,
        token: str,
    ) -> Any:
        """POST /api/session/google_auth

        Args:
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisessiongoogle_auth
        """
        return self._call(
            "POST",
            "/api/session/google_auth",
            (),
            body={
                "token": token,
            },
        )

    def post_password_check(
        self,
        *,
        password: str,
    ) -> Any:
        """POST /api/session/password-check

        Args:
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisessionpassword-check
        """
        return self._call(
            "POST",
            "/api/session/password-check",
            (),
            body={
                "password": password,
            },
        )

    def post_reset_password(
        self,
        *,
        password: str,
        token: str,
    ) -> Any:
        """POST /api/session/reset_password

        Args:
            password: str; JSON body; required.
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisessionreset_password
        """
        return self._call(
            "POST",
            "/api/session/reset_password",
            (),
            body={
                "password": password,
                "token": token,
            },
        )
