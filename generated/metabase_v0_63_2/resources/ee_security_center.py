"""Routes of the 'ee-security-center' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    GetEeSecurityCenterResponse,
    NotificationRecipientOption1,
    NotificationRecipientOption2,
    NotificationRecipientOption3,
    NotificationRecipientOption4,
    PostEeSecurityCenterAcknowledgeResponseItem,
    PostEeSecurityCenterByAdvisoryIdAcknowledgeResponse,
    PostEeSecurityCenterSyncResponse,
    PostEeSecurityCenterTestNotificationResponse,
)


class EeSecurityCenterResource(Resource):
    """Routes of the 'ee-security-center' namespace (5 endpoints)."""

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeSecurityCenterResponse:
        """GET /api/ee/security-center

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieesecurity-center
        """
        _result: GetEeSecurityCenterResponse = self._call(
            "GET",
            "/api/ee/security-center",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_acknowledge(
        self,
        *,
        advisory_ids: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[PostEeSecurityCenterAcknowledgeResponseItem]:
        """POST /api/ee/security-center/acknowledge

        Args:
            advisory_ids: list[str]; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeracknowledge
        """
        _result: List[PostEeSecurityCenterAcknowledgeResponseItem] = self._call(
            "POST",
            "/api/ee/security-center/acknowledge",
            (),
            body={
                "advisory_ids": advisory_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_acknowledge_for_advisory_id(
        self,
        advisory_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeSecurityCenterByAdvisoryIdAcknowledgeResponse:
        """POST /api/ee/security-center/{advisory-id}/acknowledge

        Args:
            advisory_id: str; path; required; sent as 'advisory-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeradvisory-idacknowledge
        """
        _result: PostEeSecurityCenterByAdvisoryIdAcknowledgeResponse = self._call(
            "POST",
            "/api/ee/security-center/{}/acknowledge",
            (advisory_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_sync(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeSecurityCenterSyncResponse:
        """POST /api/ee/security-center/sync

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centersync
        """
        _result: PostEeSecurityCenterSyncResponse = self._call(
            "POST",
            "/api/ee/security-center/sync",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_test_notification(
        self,
        *,
        email_recipients: (
            List[
                NotificationRecipientOption1
                | NotificationRecipientOption2
                | NotificationRecipientOption3
                | NotificationRecipientOption4
            ]
            | None
            | Unset
        ) = UNSET,
        slack_channel: str | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeSecurityCenterTestNotificationResponse:
        """POST /api/ee/security-center/test-notification

        Args:
            email_recipients: list[NotificationRecipientOption1 | NotificationRecipientOption2 | NotificationRecipientOption3 | NotificationRecipientOption4] | None; JSON body; optional; None sends null.
            slack_channel: str | None; JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centertest-notification
        """
        _result: PostEeSecurityCenterTestNotificationResponse = self._call(
            "POST",
            "/api/ee/security-center/test-notification",
            (),
            body={
                "email_recipients": email_recipients,
                "slack_channel": slack_channel,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
