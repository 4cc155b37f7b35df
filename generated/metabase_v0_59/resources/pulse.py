"""Routes of the 'pulse' namespace (9 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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
from .._schemas import AnswerValue11, ChannelApiResponse, DashboardSubscription, UnsubscribeResponse

_CREATE = RequestSpec(
    "POST",
    "/api/pulse",
    (
        Place("body", ("cards",)),
        Place("body", ("channels",)),
        Place("body", ("name",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("dashboard_id",)),
        Place("body", ("parameters",)),
        Place("body", ("skip_if_empty",)),
    ),
)
_DELETE_SUBSCRIPTION = RequestSpec("DELETE", "/api/pulse/{}/subscription", (Place("path"),))
_GET = RequestSpec("GET", "/api/pulse/{}", (Place("path"),))
_GET_FORM_INPUT = RequestSpec("GET", "/api/pulse/form_input", ())
_LIST = RequestSpec(
    "GET",
    "/api/pulse",
    (
        Place("query", ("archived",)),
        Place("query", ("dashboard_id",)),
        Place("query", ("creator_or_recipient",)),
    ),
)
_POST_TEST = RequestSpec(
    "POST",
    "/api/pulse/test",
    (
        Place("body", ("cards",)),
        Place("body", ("channels",)),
        Place("body", ("name",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("dashboard_id",)),
        Place("body", ("disable_links",)),
        Place("body", ("skip_if_empty",)),
    ),
)
_POST_UNSUBSCRIBE = RequestSpec(
    "POST",
    "/api/pulse/unsubscribe",
    (
        Place("body", ("email",)),
        Place("body", ("hash",)),
        Place("body", ("pulse-id",)),
    ),
)
_POST_UNSUBSCRIBE_UNDO = RequestSpec(
    "POST",
    "/api/pulse/unsubscribe/undo",
    (
        Place("body", ("email",)),
        Place("body", ("hash",)),
        Place("body", ("pulse-id",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/pulse/{}",
    (
        Place("path"),
        Place("body", ("archived",)),
        Place("body", ("cards",)),
        Place("body", ("channels",)),
        Place("body", ("collection_id",)),
        Place("body", ("name",)),
        Place("body", ("parameters",)),
        Place("body", ("skip_if_empty",)),
    ),
)


class PulseResource(Resource):
    """Routes of the 'pulse' namespace (9 endpoints)."""

    def create(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """POST /api/pulse

        Args:
            cards: JSON body; required.
            channels: JSON body; required.
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            parameters: JSON body; optional; None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulse
        """
        _result: DashboardSubscription = self._call(
            _CREATE,
            (
                cards,
                channels,
                name,
                collection_id,
                collection_position,
                dashboard_id,
                parameters,
                skip_if_empty,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def delete_subscription(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/pulse/{id}/subscription

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apipulseidsubscription
        """
        return self._call(
            _DELETE_SUBSCRIPTION,
            (id,),
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
    ) -> DashboardSubscription:
        """GET /api/pulse/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulseid
        """
        _result: DashboardSubscription = self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_form_input(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ChannelApiResponse:
        """GET /api/pulse/form_input

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulseform_input
        """
        _result: ChannelApiResponse = self._call(
            _GET_FORM_INPUT,
            (),
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
        archived: bool | None = None,
        dashboard_id: int | None = None,
        creator_or_recipient: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[DashboardSubscription]:
        """GET /api/pulse

        Args:
            archived: query string; optional; not sent by default (the server assumes false).
            dashboard_id: query string; optional; must be >= 1.
            creator_or_recipient: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulse
        """
        _result: List[DashboardSubscription] = self._call(
            _LIST,
            (archived, dashboard_id, creator_or_recipient),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_test(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        disable_links: bool | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue11:
        """POST /api/pulse/test

        Args:
            cards: JSON body; required.
            channels: JSON body; required.
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            disable_links: JSON body; optional; not sent by default (the server assumes false); None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulsetest
        """
        _result: AnswerValue11 = self._call(
            _POST_TEST,
            (
                cards,
                channels,
                name,
                collection_id,
                collection_position,
                dashboard_id,
                disable_links,
                skip_if_empty,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UnsubscribeResponse:
        """POST /api/pulse/unsubscribe

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            pulse_id: JSON body; required; must be >= 1; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulseunsubscribe
        """
        _result: UnsubscribeResponse = self._call(
            _POST_UNSUBSCRIBE,
            (email, hash, pulse_id),
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
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UnsubscribeResponse:
        """POST /api/pulse/unsubscribe/undo

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            pulse_id: JSON body; required; must be >= 1; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulseunsubscribeundo
        """
        _result: UnsubscribeResponse = self._call(
            _POST_UNSUBSCRIBE_UNDO,
            (email, hash, pulse_id),
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
        archived: bool | None | Unset = UNSET,
        cards: Any | None | Unset = UNSET,
        channels: Any | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """PUT /api/pulse/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; not sent by default (the server assumes false); None sends null.
            cards: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.
            parameters: JSON body; optional; None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apipulseid
        """
        _result: DashboardSubscription = self._call(
            _UPDATE,
            (id, archived, cards, channels, collection_id, name, parameters, skip_if_empty),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncPulseResource(AsyncResource):
    """Routes of the 'pulse' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """POST /api/pulse

        Args:
            cards: JSON body; required.
            channels: JSON body; required.
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            parameters: JSON body; optional; None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulse
        """
        _result: DashboardSubscription = await self._call(
            _CREATE,
            (
                cards,
                channels,
                name,
                collection_id,
                collection_position,
                dashboard_id,
                parameters,
                skip_if_empty,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def delete_subscription(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """DELETE /api/pulse/{id}/subscription

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#delete-apipulseidsubscription
        """
        return await self._call(
            _DELETE_SUBSCRIPTION,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """GET /api/pulse/{id}

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulseid
        """
        _result: DashboardSubscription = await self._call(
            _GET,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_form_input(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ChannelApiResponse:
        """GET /api/pulse/form_input

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulseform_input
        """
        _result: ChannelApiResponse = await self._call(
            _GET_FORM_INPUT,
            (),
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
        archived: bool | None = None,
        dashboard_id: int | None = None,
        creator_or_recipient: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[DashboardSubscription]:
        """GET /api/pulse

        Args:
            archived: query string; optional; not sent by default (the server assumes false).
            dashboard_id: query string; optional; must be >= 1.
            creator_or_recipient: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apipulse
        """
        _result: List[DashboardSubscription] = await self._call(
            _LIST,
            (archived, dashboard_id, creator_or_recipient),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_test(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        disable_links: bool | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue11:
        """POST /api/pulse/test

        Args:
            cards: JSON body; required.
            channels: JSON body; required.
            name: JSON body; required; at least 1 character.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            collection_position: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.
            disable_links: JSON body; optional; not sent by default (the server assumes false); None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulsetest
        """
        _result: AnswerValue11 = await self._call(
            _POST_TEST,
            (
                cards,
                channels,
                name,
                collection_id,
                collection_position,
                dashboard_id,
                disable_links,
                skip_if_empty,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_unsubscribe(
        self,
        *,
        email: str,
        hash: str,
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UnsubscribeResponse:
        """POST /api/pulse/unsubscribe

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            pulse_id: JSON body; required; must be >= 1; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulseunsubscribe
        """
        _result: UnsubscribeResponse = await self._call(
            _POST_UNSUBSCRIBE,
            (email, hash, pulse_id),
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
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UnsubscribeResponse:
        """POST /api/pulse/unsubscribe/undo

        Args:
            email: JSON body; required.
            hash: JSON body; required.
            pulse_id: JSON body; required; must be >= 1; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apipulseunsubscribeundo
        """
        _result: UnsubscribeResponse = await self._call(
            _POST_UNSUBSCRIBE_UNDO,
            (email, hash, pulse_id),
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
        archived: bool | None | Unset = UNSET,
        cards: Any | None | Unset = UNSET,
        channels: Any | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """PUT /api/pulse/{id}

        Args:
            id: path; required; must be >= 1.
            archived: JSON body; optional; not sent by default (the server assumes false); None sends null.
            cards: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            name: JSON body; optional; None sends null; at least 1 character.
            parameters: JSON body; optional; None sends null.
            skip_if_empty: JSON body; optional; not sent by default (the server assumes false); None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apipulseid
        """
        _result: DashboardSubscription = await self._call(
            _UPDATE,
            (id, archived, cards, channels, collection_id, name, parameters, skip_if_empty),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawPulseResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            cards: Any,
            channels: Any,
            name: str,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...

        def delete_subscription(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...

        def get_form_input(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ChannelApiResponse]: ...

        def list(
            self,
            *,
            archived: bool | None = None,
            dashboard_id: int | None = None,
            creator_or_recipient: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[DashboardSubscription]]: ...

        def post_test(
            self,
            *,
            cards: Any,
            channels: Any,
            name: str,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            disable_links: bool | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue11]: ...

        def post_unsubscribe(
            self,
            *,
            email: str,
            hash: str,
            pulse_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[UnsubscribeResponse]: ...

        def post_unsubscribe_undo(
            self,
            *,
            email: str,
            hash: str,
            pulse_id: int,
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
            archived: bool | None | Unset = UNSET,
            cards: Any | None | Unset = UNSET,
            channels: Any | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...

    class AsyncRawPulseResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            cards: Any,
            channels: Any,
            name: str,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...

        async def delete_subscription(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...

        async def get_form_input(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[ChannelApiResponse]: ...

        async def list(
            self,
            *,
            archived: bool | None = None,
            dashboard_id: int | None = None,
            creator_or_recipient: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[DashboardSubscription]]: ...

        async def post_test(
            self,
            *,
            cards: Any,
            channels: Any,
            name: str,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            disable_links: bool | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue11]: ...

        async def post_unsubscribe(
            self,
            *,
            email: str,
            hash: str,
            pulse_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[UnsubscribeResponse]: ...

        async def post_unsubscribe_undo(
            self,
            *,
            email: str,
            hash: str,
            pulse_id: int,
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
            archived: bool | None | Unset = UNSET,
            cards: Any | None | Unset = UNSET,
            channels: Any | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            skip_if_empty: bool | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...
