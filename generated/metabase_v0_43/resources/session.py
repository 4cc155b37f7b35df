"""Routes of the 'session' namespace (7 endpoints)."""

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
    SessionResponse,
)

_GET_PASSWORD_RESET_TOKEN_VALID = RequestSpec(
    "GET", "/api/session/password_reset_token_valid", (Place("form", ("token",)),)
)
_GET_PROPERTIES = RequestSpec("GET", "/api/session/properties", ())
_LOGIN = RequestSpec(
    "POST",
    "/api/session/",
    (
        Place("body", ("username",)),
        Place("body", ("password",)),
    ),
)
_LOGOUT = RequestSpec("DELETE", "/api/session/", ())
_POST_FORGOT_PASSWORD = RequestSpec(
    "POST", "/api/session/forgot_password", (Place("body", ("email",)),)
)
_POST_GOOGLE_AUTH = RequestSpec("POST", "/api/session/google_auth", (Place("body", ("token",)),))
_POST_RESET_PASSWORD = RequestSpec(
    "POST",
    "/api/session/reset_password",
    (
        Place("body", ("token",)),
        Place("body", ("password",)),
    ),
)


class SessionResource(Resource):
    """Routes of the 'session' namespace (7 endpoints)."""

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
            token: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisessionpassword_reset_token_valid
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisessionproperties
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
        username: str,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MfaChallengeResponse | SessionResponse:
        """POST /api/session/

        Args:
            username: JSON body; required; must not be blank.
            password: JSON body; required; must not be blank.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisession
        """
        _result: MfaChallengeResponse | SessionResponse = self._call(
            _LOGIN,
            (username, password),
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
        """DELETE /api/session/

        Also reachable as delete_all(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apisession
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessionforgot_password
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
            token: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessiongoogle_auth
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
            token: JSON body; required; must not be blank.
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessionreset_password
        """
        return self._call(
            _POST_RESET_PASSWORD,
            (token, password),
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
            token: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisessionpassword_reset_token_valid
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisessionproperties
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
        username: str,
        password: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> MfaChallengeResponse | SessionResponse:
        """POST /api/session/

        Args:
            username: JSON body; required; must not be blank.
            password: JSON body; required; must not be blank.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisession
        """
        _result: MfaChallengeResponse | SessionResponse = await self._call(
            _LOGIN,
            (username, password),
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
        """DELETE /api/session/

        Also reachable as delete_all(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apisession
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

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessionforgot_password
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
            token: JSON body; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessiongoogle_auth
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

    async def post_reset_password(
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
            token: JSON body; required; must not be blank.
            password: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisessionreset_password
        """
        return await self._call(
            _POST_RESET_PASSWORD,
            (token, password),
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
            username: str,
            password: str,
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
            username: str,
            password: str,
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

        async def post_reset_password(
            self,
            *,
            token: str,
            password: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        create = login
        delete_all = logout
