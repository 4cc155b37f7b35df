"""Routes of the 'session' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class SessionResource(Resource):
    """Routes of the 'session' namespace (9 endpoints)."""

    def create(
        self,
        *,
        username: str,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/

        Args:
            username: str; JSON body; required.
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisession
        """
        return self._call(
            "POST",
            "/api/session/",
            (),
            body={
                "username": username,
                "password": password,
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
        """DELETE /api/session/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#delete-apisession
        """
        return self._call(
            "DELETE",
            "/api/session/",
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
            token: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#get-apisessionpassword_reset_token_valid
        """
        return self._call(
            "GET",
            "/api/session/password_reset_token_valid",
            (),
            form={
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#get-apisessionproperties
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisessionforgot_password
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisessiongoogle_auth
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

    def post_pulse_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/pulse/unsubscribe

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisessionpulseunsubscribe
        """
        return self._call(
            "POST",
            "/api/session/pulse/unsubscribe",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_pulse_unsubscribe_undo(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/pulse/unsubscribe/undo

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisessionpulseunsubscribeundo
        """
        return self._call(
            "POST",
            "/api/session/pulse/unsubscribe/undo",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
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
        token: str,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/session/reset_password

        Args:
            token: str; JSON body; required.
            password: str; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/session#post-apisessionreset_password
        """
        return self._call(
            "POST",
            "/api/session/reset_password",
            (),
            body={
                "token": token,
                "password": password,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
