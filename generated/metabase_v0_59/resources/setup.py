"""Routes of the 'setup' namespace (1 endpoints)."""

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
from .._schemas import PostSetupPrefs, PostSetupUser

_CREATE = RequestSpec(
    "POST",
    "/api/setup",
    (
        Place("body", ("prefs",)),
        Place("body", ("token",)),
        Place("body", ("user",)),
    ),
)


class SetupResource(Resource):
    """Routes of the 'setup' namespace (1 endpoints)."""

    def create(
        self,
        *,
        prefs: PostSetupPrefs,
        token: str,
        user: PostSetupUser,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/setup

        Args:
            prefs: JSON body; required.
            token: JSON body; required; at least 1 character.
            user: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisetup
        """
        return self._call(
            _CREATE,
            (prefs, token, user),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSetupResource(AsyncResource):
    """Routes of the 'setup' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        prefs: PostSetupPrefs,
        token: str,
        user: PostSetupUser,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/setup

        Args:
            prefs: JSON body; required.
            token: JSON body; required; at least 1 character.
            user: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisetup
        """
        return await self._call(
            _CREATE,
            (prefs, token, user),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSetupResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            prefs: PostSetupPrefs,
            token: str,
            user: PostSetupUser,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSetupResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            prefs: PostSetupPrefs,
            token: str,
            user: PostSetupUser,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
