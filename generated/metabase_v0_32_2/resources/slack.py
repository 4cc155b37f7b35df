"""Routes of the 'slack' namespace (1 endpoints)."""

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

_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/slack/settings",
    (
        Place("body", ("metabot-enabled",)),
        Place("body", ("slack-token",)),
        Place("body", whole=True),
    ),
)


class SlackResource(Resource):
    """Routes of the 'slack' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        metabot_enabled: bool,
        slack_token: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            metabot_enabled: JSON body; required; sent as 'metabot-enabled'.
            slack_token: JSON body; optional; None sends null; must not be blank; sent as 'slack-token'.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apislacksettings
        """
        return self._call(
            _UPDATE_SETTINGS,
            (metabot_enabled, slack_token, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSlackResource(AsyncResource):
    """Routes of the 'slack' namespace, awaited (AsyncClient's)."""

    async def update_settings(
        self,
        *,
        metabot_enabled: bool,
        slack_token: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            metabot_enabled: JSON body; required; sent as 'metabot-enabled'.
            slack_token: JSON body; optional; None sends null; must not be blank; sent as 'slack-token'.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apislacksettings
        """
        return await self._call(
            _UPDATE_SETTINGS,
            (metabot_enabled, slack_token, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def update_settings(
            self,
            *,
            metabot_enabled: bool,
            slack_token: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def update_settings(
            self,
            *,
            metabot_enabled: bool,
            slack_token: str | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
