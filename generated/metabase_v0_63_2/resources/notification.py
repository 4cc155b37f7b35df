"""Routes of the 'notification' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
    BulkResponse,
    DetailResponse,
    FullyHydratedNotificationOption1Option1,
    FullyHydratedNotificationOption1Option2,
    FullyHydratedNotificationOption2Option1,
    FullyHydratedNotificationOption2Option2,
    FullyHydratedNotificationOption3Option1,
    FullyHydratedNotificationOption3Option2,
    ListResponse,
    Notification,
    NotificationApiInputOption1Option1,
    NotificationApiInputOption1Option2,
    NotificationApiInputOption2Option1,
    NotificationApiInputOption2Option2,
    NotificationApiInputOption3Option1,
    NotificationApiInputOption3Option2,
    UnsubscribeResponse,
)

_CREATE = RequestSpec("POST", "/api/notification", (Place("body", whole=True),))
_GET = RequestSpec("GET", "/api/notification/{}", (Place("path"),))
_GET_ADMIN = RequestSpec(
    "GET",
    "/api/notification/admin",
    (
        Place("query", ("active",)),
        Place("query", ("creator_id",)),
        Place("query", ("creator_active",)),
        Place("query", ("creatorless",)),
        Place("query", ("card_id",)),
        Place("query", ("recipient_email",)),
        Place("query", ("channel",)),
        Place("query", ("last_send_status",)),
        Place("query", ("last_check_status",)),
        Place("query", ("query",)),
        Place("query", ("sort_column",)),
        Place("query", ("sort_direction",)),
    ),
)
_GET_ADMIN_BY_ID = RequestSpec("GET", "/api/notification/admin/{}", (Place("path"),))
_LIST = RequestSpec(
    "GET",
    "/api/notification",
    (
        Place("query", ("creator_id",)),
        Place("query", ("recipient_id",)),
        Place("query", ("creator_or_recipient_id",)),
        Place("query", ("card_id",)),
        Place("query", ("include_inactive",)),
        Place("query", ("payload_type",)),
    ),
)
_POST_ADMIN_BULK = RequestSpec(
    "POST",
    "/api/notification/admin/bulk",
    (
        Place("body", ("action",)),
        Place("body", ("notification_ids",)),
        Place("body", ("creator_id",)),
    ),
)
_POST_SEND = RequestSpec("POST", "/api/notification/send", (Place("body", whole=True),))
_POST_SEND_FOR_ID = RequestSpec(
    "POST",
    "/api/notification/{}/send",
    (
        Place("path"),
        Place("body", ("handler_ids",)),
    ),
)
_POST_UNSUBSCRIBE = RequestSpec(
    "POST",
    "/api/notification/unsubscribe",
    (
        Place("body", ("email",)),
        Place("body", ("hash",)),
        Place("body", ("notification-handler-id",)),
    ),
)
_POST_UNSUBSCRIBE_FOR_ID = RequestSpec("POST", "/api/notification/{}/unsubscribe", (Place("path"),))
_POST_UNSUBSCRIBE_UNDO = RequestSpec(
    "POST",
    "/api/notification/unsubscribe/undo",
    (
        Place("body", ("email",)),
        Place("body", ("hash",)),
        Place("body", ("notification-handler-id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/notification/{}",
    (
        Place("path"),
        Place("body", whole=True),
    ),
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

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
            _CREATE,
            (body,),
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
    ) -> Notification:
        """GET /api/notification/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationid
        """
        _result: Notification = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_admin(
        self,
        *,
        active: bool | None = None,
        creator_id: int | None = None,
        creator_active: bool | None = None,
        creatorless: bool | None = None,
        card_id: int | None = None,
        recipient_email: str | None = None,
        channel: str | List[str] | None = None,
        last_send_status: Literal["failing", "successful"] | None = None,
        last_check_status: Literal["failing", "successful"] | None = None,
        query: str | None = None,
        sort_column: (
            Literal["id", "last_send", "last_check", "card_name", "creator_name", "updated_at"]
            | None
        ) = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListResponse:
        """GET /api/notification/admin

        Args:
            active: query string; optional.
            creator_id: query string; optional; must be >= 1.
            creator_active: query string; optional.
            creatorless: query string; optional.
            card_id: query string; optional; must be >= 1.
            recipient_email: query string; optional; at least 1 character.
            channel: query string; optional.
            last_send_status: query string; optional.
            last_check_status: query string; optional.
            query: query string; optional; at least 1 character.
            sort_column: query string; optional; not sent by default (the server assumes "last_send").
            sort_direction: query string; optional; not sent by default (the server assumes "desc").

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadmin
        """
        _result: ListResponse = self._call(
            _GET_ADMIN,
            (
                active,
                creator_id,
                creator_active,
                creatorless,
                card_id,
                recipient_email,
                channel,
                last_send_status,
                last_check_status,
                query,
                sort_column,
                sort_direction,
            ),
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadminid
        """
        _result: DetailResponse = self._call(
            _GET_ADMIN_BY_ID,
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
        creator_id: int | None = None,
        recipient_id: int | None = None,
        creator_or_recipient_id: int | None = None,
        card_id: int | None = None,
        include_inactive: bool | None = None,
        payload_type: (
            Literal[
                "notification/dashboard",
                "notification/system-event",
                "notification/testing",
                "notification/card",
            ]
            | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Notification]:
        """GET /api/notification

        Args:
            creator_id: query string; optional; must be >= 1.
            recipient_id: query string; optional; must be >= 1.
            creator_or_recipient_id: query string; optional; must be >= 1.
            card_id: query string; optional; must be >= 1.
            include_inactive: query string; optional.
            payload_type: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotification
        """
        _result: List[Notification] = self._call(
            _LIST,
            (
                creator_id,
                recipient_id,
                creator_or_recipient_id,
                card_id,
                include_inactive,
                payload_type,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            action: JSON body; required.
            notification_ids: JSON body; required; at least 1 item.
            creator_id: JSON body; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationadminbulk
        """
        _result: BulkResponse = self._call(
            _POST_ADMIN_BULK,
            (action, notification_ids, creator_id),
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationsend
        """
        return self._call(
            _POST_SEND,
            (body,),
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
            id: path; required; must be >= 1.
            handler_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidsend
        """
        return self._call(
            _POST_SEND_FOR_ID,
            (id, handler_ids),
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
    ) -> UnsubscribeResponse:
        """POST /api/notification/unsubscribe

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            notification_handler_id: JSON body; required; must be >= 1; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribe
        """
        _result: UnsubscribeResponse = self._call(
            _POST_UNSUBSCRIBE,
            (email, hash, notification_handler_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_unsubscribe_for_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Notification:
        """POST /api/notification/{id}/unsubscribe

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidunsubscribe
        """
        _result: Notification = self._call(
            _POST_UNSUBSCRIBE_FOR_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> UnsubscribeResponse:
        """POST /api/notification/unsubscribe/undo

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            notification_handler_id: JSON body; required; must be >= 1; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribeundo
        """
        _result: UnsubscribeResponse = self._call(
            _POST_UNSUBSCRIBE_UNDO,
            (email, hash, notification_handler_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> Notification:
        """PUT /api/notification/{id}

        Args:
            id: path; required; must be >= 1.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apinotificationid
        """
        _result: Notification = self._call(
            _UPDATE,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncNotificationResource(AsyncResource):
    """Routes of the 'notification' namespace, awaited (AsyncClient's)."""

    async def create(
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotification
        """
        _result: (
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
        ) = await self._call(
            _CREATE,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Notification:
        """GET /api/notification/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationid
        """
        _result: Notification = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_admin(
        self,
        *,
        active: bool | None = None,
        creator_id: int | None = None,
        creator_active: bool | None = None,
        creatorless: bool | None = None,
        card_id: int | None = None,
        recipient_email: str | None = None,
        channel: str | List[str] | None = None,
        last_send_status: Literal["failing", "successful"] | None = None,
        last_check_status: Literal["failing", "successful"] | None = None,
        query: str | None = None,
        sort_column: (
            Literal["id", "last_send", "last_check", "card_name", "creator_name", "updated_at"]
            | None
        ) = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ListResponse:
        """GET /api/notification/admin

        Args:
            active: query string; optional.
            creator_id: query string; optional; must be >= 1.
            creator_active: query string; optional.
            creatorless: query string; optional.
            card_id: query string; optional; must be >= 1.
            recipient_email: query string; optional; at least 1 character.
            channel: query string; optional.
            last_send_status: query string; optional.
            last_check_status: query string; optional.
            query: query string; optional; at least 1 character.
            sort_column: query string; optional; not sent by default (the server assumes "last_send").
            sort_direction: query string; optional; not sent by default (the server assumes "desc").

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadmin
        """
        _result: ListResponse = await self._call(
            _GET_ADMIN,
            (
                active,
                creator_id,
                creator_active,
                creatorless,
                card_id,
                recipient_email,
                channel,
                last_send_status,
                last_check_status,
                query,
                sort_column,
                sort_direction,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_admin_by_id(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotificationadminid
        """
        _result: DetailResponse = await self._call(
            _GET_ADMIN_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        creator_id: int | None = None,
        recipient_id: int | None = None,
        creator_or_recipient_id: int | None = None,
        card_id: int | None = None,
        include_inactive: bool | None = None,
        payload_type: (
            Literal[
                "notification/dashboard",
                "notification/system-event",
                "notification/testing",
                "notification/card",
            ]
            | None
        ) = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Notification]:
        """GET /api/notification

        Args:
            creator_id: query string; optional; must be >= 1.
            recipient_id: query string; optional; must be >= 1.
            creator_or_recipient_id: query string; optional; must be >= 1.
            card_id: query string; optional; must be >= 1.
            include_inactive: query string; optional.
            payload_type: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apinotification
        """
        _result: List[Notification] = await self._call(
            _LIST,
            (
                creator_id,
                recipient_id,
                creator_or_recipient_id,
                card_id,
                include_inactive,
                payload_type,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_admin_bulk(
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
            action: JSON body; required.
            notification_ids: JSON body; required; at least 1 item.
            creator_id: JSON body; optional; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationadminbulk
        """
        _result: BulkResponse = await self._call(
            _POST_ADMIN_BULK,
            (action, notification_ids, creator_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_send(
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
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationsend
        """
        return await self._call(
            _POST_SEND,
            (body,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_send_for_id(
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
            id: path; required; must be >= 1.
            handler_ids: JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidsend
        """
        return await self._call(
            _POST_SEND_FOR_ID,
            (id, handler_ids),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_unsubscribe(
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
    ) -> UnsubscribeResponse:
        """POST /api/notification/unsubscribe

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            notification_handler_id: JSON body; required; must be >= 1; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribe
        """
        _result: UnsubscribeResponse = await self._call(
            _POST_UNSUBSCRIBE,
            (email, hash, notification_handler_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_unsubscribe_for_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Notification:
        """POST /api/notification/{id}/unsubscribe

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationidunsubscribe
        """
        _result: Notification = await self._call(
            _POST_UNSUBSCRIBE_FOR_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_unsubscribe_undo(
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
    ) -> UnsubscribeResponse:
        """POST /api/notification/unsubscribe/undo

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            notification_handler_id: JSON body; required; must be >= 1; sent as 'notification-handler-id'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apinotificationunsubscribeundo
        """
        _result: UnsubscribeResponse = await self._call(
            _POST_UNSUBSCRIBE_UNDO,
            (email, hash, notification_handler_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update(
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
    ) -> Notification:
        """PUT /api/notification/{id}

        Args:
            id: path; required; must be >= 1.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apinotificationid
        """
        _result: Notification = await self._call(
            _UPDATE,
            (id, body),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawNotificationResource:
        """with_raw_response's view: each method returns the RawResponse."""

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
        ) -> RawResponse[
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
        ]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Notification]: ...

        def get_admin(
            self,
            *,
            active: bool | None = None,
            creator_id: int | None = None,
            creator_active: bool | None = None,
            creatorless: bool | None = None,
            card_id: int | None = None,
            recipient_email: str | None = None,
            channel: str | List[str] | None = None,
            last_send_status: Literal["failing", "successful"] | None = None,
            last_check_status: Literal["failing", "successful"] | None = None,
            query: str | None = None,
            sort_column: (
                Literal["id", "last_send", "last_check", "card_name", "creator_name", "updated_at"]
                | None
            ) = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListResponse]: ...

        def get_admin_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DetailResponse]: ...

        def list(
            self,
            *,
            creator_id: int | None = None,
            recipient_id: int | None = None,
            creator_or_recipient_id: int | None = None,
            card_id: int | None = None,
            include_inactive: bool | None = None,
            payload_type: (
                Literal[
                    "notification/dashboard",
                    "notification/system-event",
                    "notification/testing",
                    "notification/card",
                ]
                | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Notification]]: ...

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
        ) -> RawResponse[BulkResponse]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[UnsubscribeResponse]: ...

        def post_unsubscribe_for_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Notification]: ...

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
        ) -> RawResponse[UnsubscribeResponse]: ...

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
        ) -> RawResponse[Notification]: ...

    class AsyncRawNotificationResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
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
        ) -> RawResponse[
            FullyHydratedNotificationOption1Option1
            | FullyHydratedNotificationOption1Option2
            | FullyHydratedNotificationOption2Option1
            | FullyHydratedNotificationOption2Option2
            | FullyHydratedNotificationOption3Option1
            | FullyHydratedNotificationOption3Option2
        ]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Notification]: ...

        async def get_admin(
            self,
            *,
            active: bool | None = None,
            creator_id: int | None = None,
            creator_active: bool | None = None,
            creatorless: bool | None = None,
            card_id: int | None = None,
            recipient_email: str | None = None,
            channel: str | List[str] | None = None,
            last_send_status: Literal["failing", "successful"] | None = None,
            last_check_status: Literal["failing", "successful"] | None = None,
            query: str | None = None,
            sort_column: (
                Literal["id", "last_send", "last_check", "card_name", "creator_name", "updated_at"]
                | None
            ) = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ListResponse]: ...

        async def get_admin_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DetailResponse]: ...

        async def list(
            self,
            *,
            creator_id: int | None = None,
            recipient_id: int | None = None,
            creator_or_recipient_id: int | None = None,
            card_id: int | None = None,
            include_inactive: bool | None = None,
            payload_type: (
                Literal[
                    "notification/dashboard",
                    "notification/system-event",
                    "notification/testing",
                    "notification/card",
                ]
                | None
            ) = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Notification]]: ...

        async def post_admin_bulk(
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
        ) -> RawResponse[BulkResponse]: ...

        async def post_send(
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
        ) -> RawResponse[Any]: ...

        async def post_send_for_id(
            self,
            id: int,
            *,
            handler_ids: List[int] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_unsubscribe(
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
        ) -> RawResponse[UnsubscribeResponse]: ...

        async def post_unsubscribe_for_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Notification]: ...

        async def post_unsubscribe_undo(
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
        ) -> RawResponse[UnsubscribeResponse]: ...

        async def update(
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
        ) -> RawResponse[Notification]: ...
