"""Routes of the 'slack' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SlackResource(Resource):
    """Routes of the 'slack' namespace (3 endpoints)."""

    def get_manifest(self) -> Any:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apislackmanifest
        """
        return self._call(
            "GET",
            "/api/slack/manifest",
            (),
        )

    def post_bug_report(
        self,
        *,
        diagnostic_info: dict[str, Any],
    ) -> Any:
        """POST /api/slack/bug-report

        Args:
            diagnostic_info: dict[str, Any]; JSON body; required; sent as 'diagnosticInfo'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apislackbug-report
        """
        return self._call(
            "POST",
            "/api/slack/bug-report",
            (),
            body={
                "diagnosticInfo": diagnostic_info,
            },
        )

    def update_settings(
        self,
        *,
        slack_app_token: str | Unset = UNSET,
        slack_bug_report_channel: str | Unset = UNSET,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: str; JSON body; optional; sent as 'slack-app-token'.
            slack_bug_report_channel: str; JSON body; optional; sent as 'slack-bug-report-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apislacksettings
        """
        return self._call(
            "PUT",
            "/api/slack/settings",
            (),
            body={
                "slack-app-token": slack_app_token,
                "slack-bug-report-channel": slack_bug_report_channel,
            },
        )
