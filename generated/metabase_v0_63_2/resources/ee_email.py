"""Routes of the 'ee-email' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)

_DELETE_OVERRIDE = RequestSpec("DELETE", "/api/ee/email/override", ())
_UPDATE_OVERRIDE = RequestSpec(
    "PUT",
    "/api/ee/email/override",
    (
        Place("body", ("email-smtp-host-override",)),
        Place("body", ("email-smtp-password-override",)),
        Place("body", ("email-smtp-port-override",)),
        Place("body", ("email-smtp-security-override",)),
        Place("body", ("email-smtp-username-override",)),
    ),
)


class EeEmailResource(Resource):
    """Routes of the 'ee-email' namespace (2 endpoints)."""

    def delete_override(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/email/override

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeemailoverride
        """
        return self._call(
            _DELETE_OVERRIDE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_override(
        self,
        *,
        email_smtp_host_override: str | None | Unset = UNSET,
        email_smtp_password_override: str | None | Unset = UNSET,
        email_smtp_port_override: int | None | Unset = UNSET,
        email_smtp_security_override: str | None | Unset = UNSET,
        email_smtp_username_override: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/email/override

        Args:
            email_smtp_host_override: JSON body; optional; None sends null; sent as 'email-smtp-host-override'.
            email_smtp_password_override: JSON body; optional; None sends null; sent as 'email-smtp-password-override'.
            email_smtp_port_override: JSON body; optional; None sends null; sent as 'email-smtp-port-override'.
            email_smtp_security_override: JSON body; optional; None sends null; sent as 'email-smtp-security-override'.
            email_smtp_username_override: JSON body; optional; None sends null; sent as 'email-smtp-username-override'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeemailoverride
        """
        return self._call(
            _UPDATE_OVERRIDE,
            (
                email_smtp_host_override,
                email_smtp_password_override,
                email_smtp_port_override,
                email_smtp_security_override,
                email_smtp_username_override,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeEmailResource(AsyncResource):
    """Routes of the 'ee-email' namespace, awaited (AsyncClient's)."""

    async def delete_override(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/ee/email/override

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apieeemailoverride
        """
        return await self._call(
            _DELETE_OVERRIDE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_override(
        self,
        *,
        email_smtp_host_override: str | None | Unset = UNSET,
        email_smtp_password_override: str | None | Unset = UNSET,
        email_smtp_port_override: int | None | Unset = UNSET,
        email_smtp_security_override: str | None | Unset = UNSET,
        email_smtp_username_override: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/ee/email/override

        Args:
            email_smtp_host_override: JSON body; optional; None sends null; sent as 'email-smtp-host-override'.
            email_smtp_password_override: JSON body; optional; None sends null; sent as 'email-smtp-password-override'.
            email_smtp_port_override: JSON body; optional; None sends null; sent as 'email-smtp-port-override'.
            email_smtp_security_override: JSON body; optional; None sends null; sent as 'email-smtp-security-override'.
            email_smtp_username_override: JSON body; optional; None sends null; sent as 'email-smtp-username-override'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apieeemailoverride
        """
        return await self._call(
            _UPDATE_OVERRIDE,
            (
                email_smtp_host_override,
                email_smtp_password_override,
                email_smtp_port_override,
                email_smtp_security_override,
                email_smtp_username_override,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeEmailResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_override(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def update_override(
            self,
            *,
            email_smtp_host_override: str | None | Unset = UNSET,
            email_smtp_password_override: str | None | Unset = UNSET,
            email_smtp_port_override: int | None | Unset = UNSET,
            email_smtp_security_override: str | None | Unset = UNSET,
            email_smtp_username_override: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeEmailResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_override(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_override(
            self,
            *,
            email_smtp_host_override: str | None | Unset = UNSET,
            email_smtp_password_override: str | None | Unset = UNSET,
            email_smtp_port_override: int | None | Unset = UNSET,
            email_smtp_security_override: str | None | Unset = UNSET,
            email_smtp_username_override: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
