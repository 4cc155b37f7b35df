"""Routes of the 'slack' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SlackResource(Resource):
    """Routes of the 'slack' namespace (1 endpoints)."""

    def update_settings(
        self,
        *,
        metabot_enabled: bool,
        slack_token: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_token: str | None; JSON body; optional; None sends null; sent as 'slack-token'.
            metabot_enabled: bool; JSON body; required; sent as 'metabot-enabled'.

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
        )
