"""Routes of the 'session' namespace (10 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostSessionMfaSendEmailOtpResponse


class SessionResource(Resource):
    """Routes of the 'session' namespace (10 endpoints)."""

    def create(
        self,
        *,
        password: str,
        username: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session

        Args:
            password: str; JSON body; required.
            username: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisession
        """
        return self._call(
            "POST",
            "/api/session",
            (),
            body={
                "password": password,
                "username": username,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def delete_all(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/session

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apisession
        """
        return self._call(
            "DELETE",
            "/api/session",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_password_reset_token_valid(
        self,
        *,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/session/password_reset_token_valid

        Args:
            token: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionpassword_reset_token_valid
        """
        return self._call(
            "GET",
            "/api/session/password_reset_token_valid",
            (),
            query={
                "token": token,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_properties(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/session/properties

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionproperties
        """
        return self._call(
            "GET",
            "/api/session/properties",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_forgot_password(
        self,
        *,
        email: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/forgot_password

        Args:
            email: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionforgot_password
        """
        return self._call(
            "POST",
            "/api/session/forgot_password",
            (),
            body={
                "email": email,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_google_auth(
        self,
        *,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/google_auth

        Args:
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessiongoogle_auth
        """
        return self._call(
            "POST",
            "/api/session/google_auth",
            (),
            body={
                "token": token,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_mfa_send_email_otp(
        self,
        *,
        challenge_token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostSessionMfaSendEmailOtpResponse:
        """POST /api/session/mfa/send-email-otp

        Args:
            challenge_token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfasend-email-otp
        """
        _result: PostSessionMfaSendEmailOtpResponse = self._call(
            "POST",
            "/api/session/mfa/send-email-otp",
            (),
            body={
                "challenge_token": challenge_token,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_mfa_verify(
        self,
        *,
        challenge_token: str,
        code: str,
        remember: bool | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/mfa/verify

        Args:
            challenge_token: str; JSON body; required.
            code: str; JSON body; required.
            remember: bool; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfaverify
        """
        return self._call(
            "POST",
            "/api/session/mfa/verify",
            (),
            body={
                "challenge_token": challenge_token,
                "code": code,
                "remember": remember,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_password_check(
        self,
        *,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/password-check

        Args:
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionpassword-check
        """
        return self._call(
            "POST",
            "/api/session/password-check",
            (),
            body={
                "password": password,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_reset_password(
        self,
        *,
        password: str,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/reset_password

        Args:
            password: str; JSON body; required.
            token: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionreset_password
        """
        return self._call(
            "POST",
            "/api/session/reset_password",
            (),
            body={
                "password": password,
                "token": token,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
