"""Routes of the 'notification' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    BulkResponse,
    DetailResponse,
    FullyHydratedNotificationOption1Option1,
    FullyHydratedNotificationOption1Option2,
    FullyHydratedNotificationOption2Option1,
    FullyHydratedNotificationOption2Option2,
    FullyHydratedNotificationOption3Option1,
    FullyHydratedNotificationOption3Option2,
    ListResponse,
    NotificationApiInputOption1Option1,
    NotificationApiInputOption1Option2,
    NotificationApiInputOption2Option1,
    NotificationApiInputOption2Option2,
    NotificationApiInputOption3Option1,
    NotificationApiInputOption3Option2,
)


class NotificationResource(Resource):
    """Routes of the 'notification' namespace (12 endpoints)."""

    def create(
        self,
        *,
        body: (
            NotificationApiInputOption1Option1
            | NotificationApiInputOption1Option2
            | NotificationApiInputOption2Option1
            | NotificationApiInputOption2Option2
            | NotificationApiInputOption3Option1
            | NotificationApiInputOption3Option2
            | Unset
        ) = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        FullyHydratedNotificationOption1Option1
        | FullyHydratedNotificationOption1Option2
        | FullyHydratedNotificationOption2Option1
        | FullyHydratedNotificationOption2Option2
        | FullyHydratedNotificationOption3Option1
        | FullyHydratedNotificationOption3Option2
    ):
        """POST /api/notification

        Args:
            body: NotificationApiInputOption1Option1 | NotificationApiInputOption1Option2 | NotificationApiInputOption2Option1 | NotificationApiInputOption2Option2 | NotificationApiInputOption3Option1 | NotificationApiInputOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotification
        """
        _result: (
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
        ) = self._call(
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
        return _result

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationid
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

    def get_admin(
        self,
        *,
        active: bool | None | Unset = UNSET,
        creator_id: int | Unset = UNSET,
        creator_active: bool | None | Unset = UNSET,
        creatorless: bool | None | Unset = UNSET,
        card_id: int | Unset = UNSET,
        recipient_email: str | Unset = UNSET,
        channel: str | List[str] | None | Unset = UNSET,
        last_send_status: Literal["failing", "successful"] | Unset = UNSET,
        last_check_status: Literal["failing", "successful"] | Unset = UNSET,
        query: str | Unset = UNSET,
        sort_column: Literal[
            "id", "last_send", "last_check", "card_name", "creator_name", "updated_at"
        ] = "last_send",
        sort_direction: Literal["asc", "desc"] = "desc",
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListResponse:
        """GET /api/notification/admin

        Args:
            active: bool | None; query string; optional; may be None.
            creator_id: int; query string; optional.
            creator_active: bool | None; query string; optional; may be None.
            creatorless: bool | None; query string; optional; may be None.
            card_id: int; query string; optional.
            recipient_email: str; query string; optional.
            channel: str | list[str] | None; query string; optional; may be None.
            last_send_status: Literal['failing', 'successful']; query string; optional; one of 'failing', 'successful'.
            last_check_status: Literal['failing', 'successful']; query string; optional; one of 'failing', 'successful'.
            query: str; query string; optional.
            sort_column: Literal['id', 'last_send', 'last_check', 'card_name', 'creator_name', 'updated_at']; query string; optional; default "last_send"; one of 'id', 'last_send', 'last_check', 'card_name', 'creator_name', 'updated_at'.
            sort_direction: Literal['asc', 'desc']; query string; optional; default "desc"; one of 'asc', 'desc'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadmin
        """
        _result: ListResponse = self._call(
            "GET",
            "/api/notification/admin",
            (),
            query={
                "active": active,
                "creator_id": creator_id,
                "creator_active": creator_active,
                "creatorless": creatorless,
                "card_id": card_id,
                "recipient_email": recipient_email,
                "channel": channel,
                "last_send_status": last_send_status,
                "last_check_status": last_check_status,
                "query": query,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_admin_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DetailResponse:
        """GET /api/notification/admin/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadminid
        """
        _result: DetailResponse = self._call(
            "GET",
            "/api/notification/admin/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotification
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

    def post_admin_bulk(
        self,
        *,
        action: Literal["archive", "change-creator"],
        notification_ids: List[int],
        creator_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> BulkResponse:
        """POST /api/notification/admin/bulk

        Args:
            action: Literal['archive', 'change-creator']; JSON body; required; one of 'archive', 'change-creator'.
            creator_id: int; JSON body; optional.
            notification_ids: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationadminbulk
        """
        _result: BulkResponse = self._call(
            "POST",
            "/api/notification/admin/bulk",
            (),
            body={
                "action": action,
                "creator_id": creator_id,
                "notification_ids": notification_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_send(
        self,
        *,
        body: (
            NotificationApiInputOption1Option1
            | NotificationApiInputOption1Option2
            | NotificationApiInputOption2Option1
            | NotificationApiInputOption2Option2
            | NotificationApiInputOption3Option1
            | NotificationApiInputOption3Option2
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
            body: NotificationApiInputOption1Option1 | NotificationApiInputOption1Option2 | NotificationApiInputOption2Option1 | NotificationApiInputOption2Option2 | NotificationApiInputOption3Option1 | NotificationApiInputOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationsend
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidsend
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribe
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidunsubscribe
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribeundo
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
            NotificationApiInputOption1Option1
            | NotificationApiInputOption1Option2
            | NotificationApiInputOption2Option1
            | NotificationApiInputOption2Option2
            | NotificationApiInputOption3Option1
            | NotificationApiInputOption3Option2
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
            body: NotificationApiInputOption1Option1 | NotificationApiInputOption1Option2 | NotificationApiInputOption2Option1 | NotificationApiInputOption2Option2 | NotificationApiInputOption3Option1 | NotificationApiInputOption3Option2; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apinotificationid
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
