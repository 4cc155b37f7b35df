"""Routes of the 'slack' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset


class SlackResource(Resource):
    """Routes of the 'slack' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        slack_token: str | None | Unset = UNSET,
        metabot_enabled: bool | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_token: str | None; JSON body; optional; None sends null; sent as 'slack-token'.
            metabot_enabled: bool; JSON body; optional; sent as 'metabot-enabled'.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apislacksettings
        """
        return self._call(
            "PUT",
            "/api/slack/settings",
            (),
            body={
                "slack-token": slack_token,
                "metabot-enabled": metabot_enabled,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
