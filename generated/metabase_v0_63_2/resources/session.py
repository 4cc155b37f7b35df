"""Routes of the 'session' namespace (10 endpoints)."""

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
from .._schemas import (
    EnterpriseSettings,
    MfaChallengeResponse,
    PasswordResetTokenStatus,
    PostSessionSendEmailOtpResponse,
    SessionResponse,
)

_GET_PASSWORD_RESET_TOKEN_VALID = RequestSpec(
    "GET", "/api/session/password_reset_token_valid", (Place("query", ("token",)),)
)
_GET_PROPERTIES = RequestSpec("GET", "/api/session/properties", ())
_LOGIN = RequestSpec(
    "POST",
    "/api/session",
    (
        Place("body", ("password",)),
        Place("body", ("username",)),
    ),
)
_LOGOUT = RequestSpec("DELETE", "/api/session", ())
_POST_FORGOT_PASSWORD = RequestSpec(
    "POST", "/api/session/forgot_password", (Place("body", ("email",)),)
)
_POST_GOOGLE_AUTH = RequestSpec("POST", "/api/session/google_auth", (Place("body", ("token",)),))
_POST_MFA_SEND_EMAIL_OTP = RequestSpec(
    "POST", "/api/session/mfa/send-email-otp", (Place("body", ("challenge_token",)),)
)
_POST_MFA_VERIFY = RequestSpec(
    "POST",
    "/api/session/mfa/verify",
    (
        Place("body", ("challenge_token",)),
        Place("body", ("code",)),
        Place("body", ("remember",)),
    ),
)
_POST_PASSWORD_CHECK = RequestSpec(
    "POST", "/api/session/password-check", (Place("body", ("password",)),)
)
_POST_RESET_PASSWORD = RequestSpec(
    "POST",
    "/api/session/reset_password",
    (
        Place("body", ("password",)),
        Place("body", ("token",)),
    ),
)


class SessionResource(Resource):
    """Routes of the 'session' namespace (10 endpoints)."""

    def get_password_reset_token_valid(
        self,
        *,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PasswordResetTokenStatus:
        """GET /api/session/password_reset_token_valid

        Args:
            token: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionpassword_reset_token_valid
        """
        _result: PasswordResetTokenStatus = self._call(
            _GET_PASSWORD_RESET_TOKEN_VALID,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_properties(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EnterpriseSettings:
        """GET /api/session/properties

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionproperties
        """
        _result: EnterpriseSettings = self._call(
            _GET_PROPERTIES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def login(
        self,
        *,
        password: str,
        username: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MfaChallengeResponse | SessionResponse:
        """POST /api/session

        Args:
            password: JSON body; required; at least 1 character.
            username: JSON body; required; at least 1 character.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisession
        """
        _result: MfaChallengeResponse | SessionResponse = self._call(
            _LOGIN,
            (password, username),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def logout(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/session

        Also reachable as delete_all(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apisession
        """
        return self._call(
            _LOGOUT,
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
            email: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionforgot_password
        """
        return self._call(
            _POST_FORGOT_PASSWORD,
            (email,),
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
    ) -> SessionResponse:
        """POST /api/session/google_auth

        Args:
            token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessiongoogle_auth
        """
        _result: SessionResponse = self._call(
            _POST_GOOGLE_AUTH,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_mfa_send_email_otp(
        self,
        *,
        challenge_token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostSessionSendEmailOtpResponse:
        """POST /api/session/mfa/send-email-otp

        Args:
            challenge_token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfasend-email-otp
        """
        _result: PostSessionSendEmailOtpResponse = self._call(
            _POST_MFA_SEND_EMAIL_OTP,
            (challenge_token,),
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
            challenge_token: JSON body; required; at least 1 character.
            code: JSON body; required; at least 1 character.
            remember: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfaverify
        """
        return self._call(
            _POST_MFA_VERIFY,
            (challenge_token, code, remember),
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
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionpassword-check
        """
        return self._call(
            _POST_PASSWORD_CHECK,
            (password,),
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
            password: JSON body; required.
            token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionreset_password
        """
        return self._call(
            _POST_RESET_PASSWORD,
            (password, token),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    # The naming rule's names of methods the override table renames (docs/naming.md).
    create = login
    delete_all = logout


class AsyncSessionResource(AsyncResource):
    """Routes of the 'session' namespace, awaited (AsyncClient's)."""

    async def get_password_reset_token_valid(
        self,
        *,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PasswordResetTokenStatus:
        """GET /api/session/password_reset_token_valid

        Args:
            token: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionpassword_reset_token_valid
        """
        _result: PasswordResetTokenStatus = await self._call(
            _GET_PASSWORD_RESET_TOKEN_VALID,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_properties(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> EnterpriseSettings:
        """GET /api/session/properties

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisessionproperties
        """
        _result: EnterpriseSettings = await self._call(
            _GET_PROPERTIES,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def login(
        self,
        *,
        password: str,
        username: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MfaChallengeResponse | SessionResponse:
        """POST /api/session

        Args:
            password: JSON body; required; at least 1 character.
            username: JSON body; required; at least 1 character.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisession
        """
        _result: MfaChallengeResponse | SessionResponse = await self._call(
            _LOGIN,
            (password, username),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def logout(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/session

        Also reachable as delete_all(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apisession
        """
        return await self._call(
            _LOGOUT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_forgot_password(
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
            email: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionforgot_password
        """
        return await self._call(
            _POST_FORGOT_PASSWORD,
            (email,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_google_auth(
        self,
        *,
        token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SessionResponse:
        """POST /api/session/google_auth

        Args:
            token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessiongoogle_auth
        """
        _result: SessionResponse = await self._call(
            _POST_GOOGLE_AUTH,
            (token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_mfa_send_email_otp(
        self,
        *,
        challenge_token: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostSessionSendEmailOtpResponse:
        """POST /api/session/mfa/send-email-otp

        Args:
            challenge_token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfasend-email-otp
        """
        _result: PostSessionSendEmailOtpResponse = await self._call(
            _POST_MFA_SEND_EMAIL_OTP,
            (challenge_token,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_mfa_verify(
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
            challenge_token: JSON body; required; at least 1 character.
            code: JSON body; required; at least 1 character.
            remember: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionmfaverify
        """
        return await self._call(
            _POST_MFA_VERIFY,
            (challenge_token, code, remember),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_password_check(
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
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionpassword-check
        """
        return await self._call(
            _POST_PASSWORD_CHECK,
            (password,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_reset_password(
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
            password: JSON body; required.
            token: JSON body; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisessionreset_password
        """
        return await self._call(
            _POST_RESET_PASSWORD,
            (password, token),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    # The naming rule's names of methods the override table renames (docs/naming.md).
    create = login
    delete_all = logout


if TYPE_CHECKING:

    class RawSessionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_password_reset_token_valid(
            self,
            *,
            token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PasswordResetTokenStatus]: ...

        def get_properties(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EnterpriseSettings]: ...

        def login(
            self,
            *,
            password: str,
            username: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MfaChallengeResponse | SessionResponse]: ...

        def logout(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_forgot_password(
            self,
            *,
            email: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_google_auth(
            self,
            *,
            token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SessionResponse]: ...

        def post_mfa_send_email_otp(
            self,
            *,
            challenge_token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostSessionSendEmailOtpResponse]: ...

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
        ) -> RawResponse[Any]: ...

        def post_password_check(
            self,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        create = login
        delete_all = logout

    class AsyncRawSessionResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_password_reset_token_valid(
            self,
            *,
            token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PasswordResetTokenStatus]: ...

        async def get_properties(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[EnterpriseSettings]: ...

        async def login(
            self,
            *,
            password: str,
            username: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[MfaChallengeResponse | SessionResponse]: ...

        async def logout(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_forgot_password(
            self,
            *,
            email: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_google_auth(
            self,
            *,
            token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SessionResponse]: ...

        async def post_mfa_send_email_otp(
            self,
            *,
            challenge_token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostSessionSendEmailOtpResponse]: ...

        async def post_mfa_verify(
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
        ) -> RawResponse[Any]: ...

        async def post_password_check(
            self,
            *,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_reset_password(
            self,
            *,
            password: str,
            token: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        create = login
        delete_all = logout
