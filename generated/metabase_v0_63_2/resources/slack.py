"""Routes of the 'slack' namespace (4 endpoints)."""

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
from .._schemas import BugReportResponse, GetSlackAppInfoResponse, GetSlackManifestResponse

_GET_APP_INFO = RequestSpec("GET", "/api/slack/app-info", ())
_GET_MANIFEST = RequestSpec("GET", "/api/slack/manifest", ())
_POST_BUG_REPORT = RequestSpec(
    "POST", "/api/slack/bug-report", (Place("body", ("diagnosticInfo",)),)
)
_UPDATE_SETTINGS = RequestSpec(
    "PUT",
    "/api/slack/settings",
    (
        Place("body", ("slack-app-token",)),
        Place("body", ("slack-bug-report-channel",)),
    ),
)


class SlackResource(Resource):
    """Routes of the 'slack' namespace (4 endpoints)."""

    def get_app_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetSlackAppInfoResponse:
        """GET /api/slack/app-info

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apislackapp-info
        """
        _result: GetSlackAppInfoResponse = self._call(
            _GET_APP_INFO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_manifest(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetSlackManifestResponse:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apislackmanifest
        """
        _result: GetSlackManifestResponse = self._call(
            _GET_MANIFEST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_bug_report(
        self,
        *,
        diagnostic_info: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BugReportResponse:
        """POST /api/slack/bug-report

        Args:
            diagnostic_info: JSON body; required; sent as 'diagnosticInfo'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apislackbug-report
        """
        _result: BugReportResponse = self._call(
            _POST_BUG_REPORT,
            (diagnostic_info,),
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
        slack_bug_report_channel: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: JSON body; optional; None sends null; at least 1 character; sent as 'slack-app-token'.
            slack_bug_report_channel: JSON body; optional; None sends null; sent as 'slack-bug-report-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apislacksettings
        """
        return self._call(
            _UPDATE_SETTINGS,
            (slack_app_token, slack_bug_report_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncSlackResource(AsyncResource):
    """Routes of the 'slack' namespace, awaited (AsyncClient's)."""

    async def get_app_info(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetSlackAppInfoResponse:
        """GET /api/slack/app-info

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apislackapp-info
        """
        _result: GetSlackAppInfoResponse = await self._call(
            _GET_APP_INFO,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_manifest(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetSlackManifestResponse:
        """GET /api/slack/manifest

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apislackmanifest
        """
        _result: GetSlackManifestResponse = await self._call(
            _GET_MANIFEST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_bug_report(
        self,
        *,
        diagnostic_info: dict[str, Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BugReportResponse:
        """POST /api/slack/bug-report

        Args:
            diagnostic_info: JSON body; required; sent as 'diagnosticInfo'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apislackbug-report
        """
        _result: BugReportResponse = await self._call(
            _POST_BUG_REPORT,
            (diagnostic_info,),
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
        slack_bug_report_channel: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/slack/settings

        Args:
            slack_app_token: JSON body; optional; None sends null; at least 1 character; sent as 'slack-app-token'.
            slack_bug_report_channel: JSON body; optional; None sends null; sent as 'slack-bug-report-channel'.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apislacksettings
        """
        return await self._call(
            _UPDATE_SETTINGS,
            (slack_app_token, slack_bug_report_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_app_info(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetSlackAppInfoResponse]: ...

        def get_manifest(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetSlackManifestResponse]: ...

        def post_bug_report(
            self,
            *,
            diagnostic_info: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BugReportResponse]: ...

        def update_settings(
            self,
            *,
            slack_app_token: str | None | Unset = UNSET,
            slack_bug_report_channel: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawSlackResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_app_info(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetSlackAppInfoResponse]: ...

        async def get_manifest(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetSlackManifestResponse]: ...

        async def post_bug_report(
            self,
            *,
            diagnostic_info: dict[str, Any],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[BugReportResponse]: ...

        async def update_settings(
            self,
            *,
            slack_app_token: str | None | Unset = UNSET,
            slack_bug_report_channel: str | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
