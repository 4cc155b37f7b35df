"""Routes of the 'email' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class EmailResource(Resource):
    """Routes of the 'email' namespace (3 endpoints)."""

    def delete_all(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/email

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apiemail
        """
        return self._call(
            "DELETE",
            "/api/email",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_test(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/email/test

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiemailtest
        """
        return self._call(
            "POST",
            "/api/email/test",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_all(
        self,
        *,
        email_smtp_host: str | None | Unset = UNSET,
        email_smtp_password: str | None | Unset = UNSET,
        email_smtp_port: int | None | Unset = UNSET,
        email_smtp_security: str | None | Unset = UNSET,
        email_smtp_username: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/email

        Args:
            email_smtp_host: str | None; JSON body; optional; None sends null; sent as 'email-smtp-host'.
            email_smtp_password: str | None; JSON body; optional; None sends null; sent as 'email-smtp-password'.
            email_smtp_port: int | None; JSON body; optional; None sends null; sent as 'email-smtp-port'.
            email_smtp_security: str | None; JSON body; optional; None sends null; sent as 'email-smtp-security'.
            email_smtp_username: str | None; JSON body; optional; None sends null; sent as 'email-smtp-username'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apiemail
        """
        return self._call(
            "PUT",
            "/api/email",
            (),
            body={
                "email-smtp-host": email_smtp_host,
                "email-smtp-password": email_smtp_password,
                "email-smtp-port": email_smtp_port,
                "email-smtp-security": email_smtp_security,
                "email-smtp-username": email_smtp_username,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
