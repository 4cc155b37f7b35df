"""Routes of the 'session' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
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
from .._schemas import MfaChallengeResponse, SessionResponse

_LOGIN = RequestSpec(
    "POST",
    "/api/session/",
    (
        Place("body", ("username",)),
        Place("body", ("password",)),
    ),
)


class SessionResource(Resource):
    """Routes of the 'session' namespace (1 endpoints)."""

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

        Logs in.

        Args:
            username: JSON body; required; must not be blank.
            password: JSON body; required; must not be blank.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apisession
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

    # The naming rule's names of methods the override table renames (docs/naming.md).
    create = login


class AsyncSessionResource(AsyncResource):
    """Routes of the 'session' namespace, awaited (AsyncClient's)."""

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

        Logs in.

        Args:
            username: JSON body; required; must not be blank.
            password: JSON body; required; must not be blank.

        Also reachable as create(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#post-apisession
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

    # The naming rule's names of methods the override table renames (docs/naming.md).
    create = login


if TYPE_CHECKING:

    class RawSessionResource:
        """with_raw_response's view: each method returns the RawResponse."""

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

        # The naming rule's names of methods the override table renames (docs/naming.md).
        create = login

    class AsyncRawSessionResource:
        """with_raw_response's view: each method returns the RawResponse."""

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

        # The naming rule's names of methods the override table renames (docs/naming.md).
        create = login
