"""Routes of the 'slack' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SlackResource(Resource):
    """Routes of the 'slack' namespace (2 endpoints)."""

    def get_manifest(self) -> Any:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#get-apislackmanifest
        """
        return self._call(
            "GET",
            "/api/slack/manifest",
            (),
        )

    def update_settings(
        self,
        *,
        slack_app_token: str | None | Unset = UNSET,
        slack_files_channel: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: str | None; JSON body; optional; None sends null; sent as 'slack-app-token'.
            slack_files_channel: str | None; JSON body; optional; None sends null; sent as 'slack-files-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/slack#put-apislacksettings
        """
        return self._call(
            "PUT",
            "/api/slack/settings",
            (),
            body={
                "slack-app-token": slack_app_token,
                "slack-files-channel": slack_files_channel,
            },
        )
