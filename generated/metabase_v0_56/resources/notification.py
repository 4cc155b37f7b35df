"""Routes of the 'notification' namespace (9 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class NotificationResource(Resource):
    """Routes of the 'notification' namespace (9 endpoints)."""

    def create(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/notification/

        Args:
            body: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotification
        """
        return self._call(
            "POST",
            "/api/notification/",
            (),
            raw_body=body,
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/notification/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apinotificationid
        """
        return self._call(
            "GET",
            "/api/notification/{}",
            (id,),
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
            | Unset
        ) = UNSET,
    ) -> Any:
        """GET /api/notification/

        Args:
            creator_id: int; query string; optional.
            recipient_id: int; query string; optional.
            creator_or_recipient_id: int; query string; optional.
            card_id: int; query string; optional.
            include_inactive: bool; query string; optional.
            payload_type: Literal['notification/dashboard', 'notification/system-event', 'notification/testing', 'notification/card']; query string; optional; one of 'notification/dashboard', 'notification/system-event', 'notification/testing', 'notification/card'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apinotification
        """
        return self._call(
            "GET",
            "/api/notification/",
            (),
            query={
                "creator_id": creator_id,
                "recipient_id": recipient_id,
                "creator_or_recipient_id": creator_or_recipient_id,
                "card_id": card_id,
                "include_inactive": include_inactive,
                "payload_type": payload_type,
            },
        )

    def post_send(
        self,
        *,
        body: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """POST /api/notification/send

        Args:
            body: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotificationsend
        """
        return self._call(
            "POST",
            "/api/notification/send",
            (),
            raw_body=body,
        )

    def post_send_for_id(
        self,
        id: int,
        *,
        handler_ids: List[int] | Unset = UNSET,
    ) -> Any:
        """POST /api/notification/{id}/send

        Args:
            id: int; path; required.
            handler_ids: list[int]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotificationidsend
        """
        return self._call(
            "POST",
            "/api/notification/{}/send",
            (id,),
            body={
                "handler_ids": handler_ids,
            },
        )

    def post_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        notification_handler_id: int,
    ) -> Any:
        """POST /api/notification/unsubscribe/

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            notification_handler_id: int; JSON body; required; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotificationunsubscribe
        """
        return self._call(
            "POST",
            "/api/notification/unsubscribe/",
            (),
            body={
                "email": email,
                "hash": hash,
                "notification-handler-id": notification_handler_id,
            },
        )

    def post_unsubscribe_for_id(
        self,
        id: int,
    ) -> Any:
        """POST /api/notification/{id}/unsubscribe

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotificationidunsubscribe
        """
        return self._call(
            "POST",
            "/api/notification/{}/unsubscribe",
            (id,),
        )

    def post_unsubscribe_undo(
        self,
        *,
        email: str,
        hash: str,
        notification_handler_id: int,
    ) -> Any:
        """POST /api/notification/unsubscribe/undo

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            notification_handler_id: int; JSON body; required; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apinotificationunsubscribeundo
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
        )

    def update(
        self,
        id: int,
        *,
        body: dict[str, Any] | Unset = UNSET,
    ) -> Any:
        """PUT /api/notification/{id}

        Args:
            id: int; path; required.
            body: dict[str, Any]; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apinotificationid
        """
        return self._call(
            "PUT",
            "/api/notification/{}",
            (id,),
            raw_body=body,
        )
