"""Routes of the 'email' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EmailResource(Resource):
    """Routes of the 'email' namespace (3 endpoints)."""

    def delete_all(self) -> Any:
        """DELETE /api/email/

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apiemail
        """
        return self._call(
            "DELETE",
            "/api/email/",
            (),
        )

    def post_test(self) -> Any:
        """POST /api/email/test

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apiemailtest
        """
        return self._call(
            "POST",
            "/api/email/test",
            (),
        )

    def update_all(
        self,
        *,
        email_smtp_host: str | None | Unset = UNSET,
        email_smtp_password: str | None | Unset = UNSET,
        email_smtp_port: int | None | Unset = UNSET,
        email_smtp_security: str | None | Unset = UNSET,
        email_smtp_username: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/email/

        Args:
            email_smtp_host: str | None; JSON body; optional; None sends null; sent as 'email-smtp-host'.
            email_smtp_password: str | None; JSON body; optional; None sends null; sent as 'email-smtp-password'.
            email_smtp_port: int | None; JSON body; optional; None sends null; sent as 'email-smtp-port'.
            email_smtp_security: str | None; JSON body; optional; None sends null; sent as 'email-smtp-security'.
            email_smtp_username: str | None; JSON body; optional; None sends null; sent as 'email-smtp-username'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apiemail
        """
        return self._call(
            "PUT",
            "/api/email/",
            (),
            body={
                "email-smtp-host": email_smtp_host,
                "email-smtp-password": email_smtp_password,
                "email-smtp-port": email_smtp_port,
                "email-smtp-security": email_smtp_security,
                "email-smtp-username": email_smtp_username,
            },
        )
