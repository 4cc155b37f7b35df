"""Routes of the 'email' namespace (3 endpoints)."""

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

_DELETE_ALL = RequestSpec("DELETE", "/api/email", ())
_POST_TEST = RequestSpec("POST", "/api/email/test", ())
_UPDATE_ALL = RequestSpec(
    "PUT",
    "/api/email",
    (
        Place("body", ("email-smtp-host",)),
        Place("body", ("email-smtp-password",)),
        Place("body", ("email-smtp-port",)),
        Place("body", ("email-smtp-security",)),
        Place("body", ("email-smtp-username",)),
    ),
)


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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiemail
        """
        return self._call(
            _DELETE_ALL,
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiemailtest
        """
        return self._call(
            _POST_TEST,
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
            email_smtp_host: JSON body; optional; None sends null; sent as 'email-smtp-host'.
            email_smtp_password: JSON body; optional; None sends null; sent as 'email-smtp-password'.
            email_smtp_port: JSON body; optional; None sends null; sent as 'email-smtp-port'.
            email_smtp_security: JSON body; optional; None sends null; sent as 'email-smtp-security'.
            email_smtp_username: JSON body; optional; None sends null; sent as 'email-smtp-username'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiemail
        """
        return self._call(
            _UPDATE_ALL,
            (
                email_smtp_host,
                email_smtp_password,
                email_smtp_port,
                email_smtp_security,
                email_smtp_username,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEmailResource(AsyncResource):
    """Routes of the 'email' namespace, awaited (AsyncClient's)."""

    async def delete_all(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/email

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apiemail
        """
        return await self._call(
            _DELETE_ALL,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_test(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/email/test

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiemailtest
        """
        return await self._call(
            _POST_TEST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_all(
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
            email_smtp_host: JSON body; optional; None sends null; sent as 'email-smtp-host'.
            email_smtp_password: JSON body; optional; None sends null; sent as 'email-smtp-password'.
            email_smtp_port: JSON body; optional; None sends null; sent as 'email-smtp-port'.
            email_smtp_security: JSON body; optional; None sends null; sent as 'email-smtp-security'.
            email_smtp_username: JSON body; optional; None sends null; sent as 'email-smtp-username'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apiemail
        """
        return await self._call(
            _UPDATE_ALL,
            (
                email_smtp_host,
                email_smtp_password,
                email_smtp_port,
                email_smtp_security,
                email_smtp_username,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEmailResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_all(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_test(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

    class AsyncRawEmailResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_all(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_test(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update_all(
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
        ) -> RawResponse[Any]: ...
