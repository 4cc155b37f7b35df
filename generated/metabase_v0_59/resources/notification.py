"""Routes of the 'notification' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    FullyHydratedNotificationOption1Option1,
    FullyHydratedNotificationOption1Option2,
    FullyHydratedNotificationOption2Option1,
    FullyHydratedNotificationOption2Option2,
    FullyHydratedNotificationOption3Option1,
    FullyHydratedNotificationOption3Option2,
)


class NotificationResource(Resource):
    """Routes of the 'notification' namespace (9 endpoints)."""

    def create(
        self,
        *,
        body: (
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification

        Args:
            body: FullyHydratedNotificationOption1Option1 | FullyHydratedNotificationOption1Option2 | FullyHydratedNotificationOption2Option1 | FullyHydratedNotificationOption2Option2 | FullyHydratedNotificationOption3Option1 | FullyHydratedNotificationOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotification
        """
        return self._call(
            "POST",
            "/api/notification",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/notification/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinotificationid
        """
        return self._call(
            "GET",
            "/api/notification/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        creator_id: int | Unset = UNSET,
        recipient_id: int | Unset = UNSET,
        creator_or_recipient_id: int | Unset = UNSET,
        card_id: int | Unset = UNSET,
        include_inactive: bool | Unset = UNSET,
        payload_type: (
            Literal[
                "notification/dashboard",
                "notification/system-event",
                "notification/testing",
                "notification/card",
            ]
            | None
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/notification

        Args:
            creator_id: int; query string; optional.
            recipient_id: int; query string; optional.
            creator_or_recipient_id: int; query string; optional.
            card_id: int; query string; optional.
            include_inactive: bool; query string; optional.
            payload_type: Literal['notification/dashboard', 'notification/system-event', 'notification/testing', 'notification/card'] | None; query string; optional; may be None; one of 'notification/dashboard', 'notification/system-event', 'notification/testing', 'notification/card'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apinotification
        """
        return self._call(
            "GET",
            "/api/notification",
            (),
            query={
                "creator_id": creator_id,
                "recipient_id": recipient_id,
                "creator_or_recipient_id": creator_or_recipient_id,
                "card_id": card_id,
                "include_inactive": include_inactive,
                "payload_type": payload_type,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_send(
        self,
        *,
        body: (
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification/send

        Args:
            body: FullyHydratedNotificationOption1Option1 | FullyHydratedNotificationOption1Option2 | FullyHydratedNotificationOption2Option1 | FullyHydratedNotificationOption2Option2 | FullyHydratedNotificationOption3Option1 | FullyHydratedNotificationOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotificationsend
        """
        return self._call(
            "POST",
            "/api/notification/send",
            (),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_send_for_id(
        self,
        id: int,
        *,
        handler_ids: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification/{id}/send

        Args:
            id: int; path; required.
            handler_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotificationidsend
        """
        return self._call(
            "POST",
            "/api/notification/{}/send",
            (id,),
            body={
                "handler_ids": handler_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        notification_handler_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification/unsubscribe

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            notification_handler_id: int; JSON body; required; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotificationunsubscribe
        """
        return self._call(
            "POST",
            "/api/notification/unsubscribe",
            (),
            body={
                "email": email,
                "hash": hash,
                "notification-handler-id": notification_handler_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unsubscribe_for_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification/{id}/unsubscribe

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotificationidunsubscribe
        """
        return self._call(
            "POST",
            "/api/notification/{}/unsubscribe",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_unsubscribe_undo(
        self,
        *,
        email: str,
        hash: str,
        notification_handler_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/notification/unsubscribe/undo

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            notification_handler_id: int; JSON body; required; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apinotificationunsubscribeundo
        """
        return self._call(
            "POST",
            "/api/notification/unsubscribe/undo",
            (),
            body={
                "email": email,
                "hash": hash,
                "notification-handler-id": notification_handler_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        body: (
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/notification/{id}

        Args:
            id: int; path; required.
            body: FullyHydratedNotificationOption1Option1 | FullyHydratedNotificationOption1Option2 | FullyHydratedNotificationOption2Option1 | FullyHydratedNotificationOption2Option2 | FullyHydratedNotificationOption3Option1 | FullyHydratedNotificationOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apinotificationid
        """
        return self._call(
            "PUT",
            "/api/notification/{}",
            (id,),
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
