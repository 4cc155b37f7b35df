"""Routes of the 'ee-security-center' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
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
from .._schemas import (
    GetEeSecurityCenterResponse,
    NotificationRecipientOption1,
    NotificationRecipientOption2,
    NotificationRecipientOption3,
    NotificationRecipientOption4,
    PostEeAcknowledgeResponse,
    PostEeAcknowledgeResponseItem,
    PostEeSecurityCenterSyncResponse,
    PostEeTestNotificationResponse,
)

_LIST = RequestSpec("GET", "/api/ee/security-center", ())
_POST_ACKNOWLEDGE = RequestSpec(
    "POST", "/api/ee/security-center/acknowledge", (Place("body", ("advisory_ids",)),)
)
_POST_ACKNOWLEDGE_FOR_ADVISORY_ID = RequestSpec(
    "POST", "/api/ee/security-center/{}/acknowledge", (Place("path"),)
)
_POST_SYNC = RequestSpec("POST", "/api/ee/security-center/sync", ())
_POST_TEST_NOTIFICATION = RequestSpec(
    "POST",
    "/api/ee/security-center/test-notification",
    (
        Place("body", ("email_recipients",)),
        Place("body", ("slack_channel",)),
    ),
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
            _LIST,
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
    ) -> List[PostEeAcknowledgeResponseItem]:
        """POST /api/ee/security-center/acknowledge

        Args:
            advisory_ids: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeracknowledge
        """
        _result: List[PostEeAcknowledgeResponseItem] = self._call(
            _POST_ACKNOWLEDGE,
            (advisory_ids,),
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
    ) -> PostEeAcknowledgeResponse:
        """POST /api/ee/security-center/{advisory-id}/acknowledge

        Args:
            advisory_id: path; required; at least 1 character; sent as 'advisory-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeradvisory-idacknowledge
        """
        _result: PostEeAcknowledgeResponse = self._call(
            _POST_ACKNOWLEDGE_FOR_ADVISORY_ID,
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
            _POST_SYNC,
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
    ) -> PostEeTestNotificationResponse:
        """POST /api/ee/security-center/test-notification

        Args:
            email_recipients: JSON body; optional; None sends null.
            slack_channel: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centertest-notification
        """
        _result: PostEeTestNotificationResponse = self._call(
            _POST_TEST_NOTIFICATION,
            (email_recipients, slack_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeSecurityCenterResource(AsyncResource):
    """Routes of the 'ee-security-center' namespace, awaited (AsyncClient's)."""

    async def list(
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
        _result: GetEeSecurityCenterResponse = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_acknowledge(
        self,
        *,
        advisory_ids: List[str],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[PostEeAcknowledgeResponseItem]:
        """POST /api/ee/security-center/acknowledge

        Args:
            advisory_ids: JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeracknowledge
        """
        _result: List[PostEeAcknowledgeResponseItem] = await self._call(
            _POST_ACKNOWLEDGE,
            (advisory_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_acknowledge_for_advisory_id(
        self,
        advisory_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostEeAcknowledgeResponse:
        """POST /api/ee/security-center/{advisory-id}/acknowledge

        Args:
            advisory_id: path; required; at least 1 character; sent as 'advisory-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centeradvisory-idacknowledge
        """
        _result: PostEeAcknowledgeResponse = await self._call(
            _POST_ACKNOWLEDGE_FOR_ADVISORY_ID,
            (advisory_id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_sync(
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
        _result: PostEeSecurityCenterSyncResponse = await self._call(
            _POST_SYNC,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_test_notification(
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
    ) -> PostEeTestNotificationResponse:
        """POST /api/ee/security-center/test-notification

        Args:
            email_recipients: JSON body; optional; None sends null.
            slack_channel: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieesecurity-centertest-notification
        """
        _result: PostEeTestNotificationResponse = await self._call(
            _POST_TEST_NOTIFICATION,
            (email_recipients, slack_channel),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeSecurityCenterResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeSecurityCenterResponse]: ...

        def post_acknowledge(
            self,
            *,
            advisory_ids: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[PostEeAcknowledgeResponseItem]]: ...

        def post_acknowledge_for_advisory_id(
            self,
            advisory_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeAcknowledgeResponse]: ...

        def post_sync(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeSecurityCenterSyncResponse]: ...

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
        ) -> RawResponse[PostEeTestNotificationResponse]: ...

    class AsyncRawEeSecurityCenterResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeSecurityCenterResponse]: ...

        async def post_acknowledge(
            self,
            *,
            advisory_ids: List[str],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[PostEeAcknowledgeResponseItem]]: ...

        async def post_acknowledge_for_advisory_id(
            self,
            advisory_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeAcknowledgeResponse]: ...

        async def post_sync(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostEeSecurityCenterSyncResponse]: ...

        async def post_test_notification(
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
        ) -> RawResponse[PostEeTestNotificationResponse]: ...
