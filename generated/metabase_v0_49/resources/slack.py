"""Routes of the 'slack' namespace (2 endpoints)."""

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

_GET_MANIFEST = RequestSpec("GET", "/api/slack/manifest", ())
_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/slack/settings",
    (
        Place("body", ("slack-app-token",)),
        Place("body", ("slack-files-channel",)),
    ),
)


class SlackResource(Resource):
    """Routes of the 'slack' namespace (2 endpoints)."""

    def get_manifest(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> str:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#get-apislackmanifest
        """
        _result: str = self._call(
            _GET_MANIFEST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_settings(
        self,
        *,
        slack_app_token: str | None | Unset = UNSET,
        slack_files_channel: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: JSON body; optional; None sends null; must not be blank; sent as 'slack-app-token'.
            slack_files_channel: JSON body; optional; None sends null; must not be blank; sent as 'slack-files-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#put-apislacksettings
        """
        return self._call(
            _UPDATE_SETTINGS,
            (slack_app_token, slack_files_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSlackResource(AsyncResource):
    """Routes of the 'slack' namespace, awaited (AsyncClient's)."""

    async def get_manifest(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> str:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#get-apislackmanifest
        """
        _result: str = await self._call(
            _GET_MANIFEST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_settings(
        self,
        *,
        slack_app_token: str | None | Unset = UNSET,
        slack_files_channel: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: JSON body; optional; None sends null; must not be blank; sent as 'slack-app-token'.
            slack_files_channel: JSON body; optional; None sends null; must not be blank; sent as 'slack-files-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#put-apislacksettings
        """
        return await self._call(
            _UPDATE_SETTINGS,
            (slack_app_token, slack_files_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_manifest(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[str]: ...

        def update_settings(
            self,
            *,
            slack_app_token: str | None | Unset = UNSET,
            slack_files_channel: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_manifest(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[str]: ...

        async def update_settings(
            self,
            *,
            slack_app_token: str | None | Unset = UNSET,
            slack_files_channel: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
