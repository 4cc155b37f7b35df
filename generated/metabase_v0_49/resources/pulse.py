"""Routes of the 'pulse' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    AnswerValue11,
    ChannelApiResponse,
    DashboardSubscription,
    MapCollectionIdDescriptionDisplayAnd6,
    MapIdIncludeCsvIncludeXlsAnd1,
    MapIncludeCsvIncludeXlsDashboardCardId,
)

_CREATE = RequestSpec(
    "POST",
    "/api/pulse/",
    (
        Place("body", ("name",)),
        Place("body", ("cards",)),
        Place("body", ("channels",)),
        Place("body", ("skip_if_empty",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("dashboard_id",)),
        Place("body", ("parameters",)),
    ),
)
_DELETE_SUBSCRIPTION = RequestSpec("DELETE", "/api/pulse/{}/subscription", (Place("path"),))
_GET = RequestSpec("GET", "/api/pulse/{}", (Place("path"),))
_GET_FORM_INPUT = RequestSpec("GET", "/api/pulse/form_input", ())
_GET_PREVIEW_CARD_BY_ID = RequestSpec("GET", "/api/pulse/preview_card/{}", (Place("path"),))
_GET_PREVIEW_CARD_INFO_BY_ID = RequestSpec(
    "GET", "/api/pulse/preview_card_info/{}", (Place("path"),)
)
_GET_PREVIEW_CARD_PNG_BY_ID = RequestSpec("GET", "/api/pulse/preview_card_png/{}", (Place("path"),))
_GET_PREVIEW_DASHBOARD_BY_ID = RequestSpec(
    "GET", "/api/pulse/preview_dashboard/{}", (Place("path"),)
)
_LIST = RequestSpec(
    "GET",
    "/api/pulse/",
    (
        Place("form", ("archived",)),
        Place("form", ("dashboard_id",)),
        Place("form", ("creator_or_recipient",)),
    ),
)
_POST_TEST = RequestSpec(
    "POST",
    "/api/pulse/test",
    (
        Place("body", ("name",)),
        Place("body", ("cards",)),
        Place("body", ("channels",)),
        Place("body", ("skip_if_empty",)),
        Place("body", ("collection_id",)),
        Place("body", ("collection_position",)),
        Place("body", ("dashboard_id",)),
        Place("body", whole=True),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/pulse/{}",
    (
        Place("path"),
        Place("body", ("skip_if_empty",)),
        Place("body", ("parameters",)),
        Place("body", ("archived",)),
        Place("body", ("channels",)),
        Place("body", ("collection_id",)),
        Place("body", ("name",)),
        Place("body", ("cards",)),
        Place("body", whole=True),
    ),
)


class PulseResource(Resource):
    """Routes of the 'pulse' namespace (11 endpoints)."""

    def create(
        self,
        *,
        name: str,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
        ),
        channels: dict[str, Any] | List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """POST /api/pulse/

        Args:
            name: JSON body; required; must not be blank.
            cards: JSON body; required.
            channels: JSON body; required.
            skip_if_empty: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            parameters: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulse
        """
        _result: DashboardSubscription = self._call(
            _CREATE,
            (
                name,
                cards,
                channels,
                skip_if_empty,
                collection_id,
                collection_position,
                dashboard_id,
                parameters,
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
        """DELETE /api/pulse/:id/subscription

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#delete-apipulseidsubscription
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
        """GET /api/pulse/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseid
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseform_input
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

    def get_preview_card_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_cardid
        """
        return self._call(
            _GET_PREVIEW_CARD_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_preview_card_info_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card_info/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_infoid
        """
        return self._call(
            _GET_PREVIEW_CARD_INFO_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_preview_card_png_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card_png/:id

        Args:
            id: path; required; must be > 0.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_pngid
        """
        return self._call(
            _GET_PREVIEW_CARD_PNG_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_preview_dashboard_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_dashboard/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_dashboardid
        """
        return self._call(
            _GET_PREVIEW_DASHBOARD_BY_ID,
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
        archived: bool | None = None,
        dashboard_id: int | None = None,
        creator_or_recipient: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[DashboardSubscription]:
        """GET /api/pulse/

        Args:
            archived: form field or query string; optional.
            dashboard_id: form field or query string; optional; must be > 0.
            creator_or_recipient: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulse
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
        name: str,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
        ),
        channels: dict[str, Any] | List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue11:
        """POST /api/pulse/test

        Args:
            name: JSON body; required; must not be blank.
            cards: JSON body; required.
            channels: JSON body; required.
            skip_if_empty: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulsetest
        """
        _result: AnswerValue11 = self._call(
            _POST_TEST,
            (
                name,
                cards,
                channels,
                skip_if_empty,
                collection_id,
                collection_position,
                dashboard_id,
                body,
            ),
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
        skip_if_empty: bool | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        channels: dict[str, Any] | List[dict[str, Any]] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
            | None
            | Unset
        ) = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """PUT /api/pulse/:id

        Args:
            id: path; required; must be > 0.
            skip_if_empty: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            cards: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#put-apipulseid
        """
        _result: DashboardSubscription = self._call(
            _UPDATE,
            (id, skip_if_empty, parameters, archived, channels, collection_id, name, cards, body),
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
        name: str,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
        ),
        channels: dict[str, Any] | List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """POST /api/pulse/

        Args:
            name: JSON body; required; must not be blank.
            cards: JSON body; required.
            channels: JSON body; required.
            skip_if_empty: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            parameters: JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulse
        """
        _result: DashboardSubscription = await self._call(
            _CREATE,
            (
                name,
                cards,
                channels,
                skip_if_empty,
                collection_id,
                collection_position,
                dashboard_id,
                parameters,
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
        """DELETE /api/pulse/:id/subscription

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#delete-apipulseidsubscription
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
        """GET /api/pulse/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseid
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

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseform_input
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

    async def get_preview_card_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_cardid
        """
        return await self._call(
            _GET_PREVIEW_CARD_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_preview_card_info_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card_info/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_infoid
        """
        return await self._call(
            _GET_PREVIEW_CARD_INFO_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_preview_card_png_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card_png/:id

        Args:
            id: path; required; must be > 0.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_pngid
        """
        return await self._call(
            _GET_PREVIEW_CARD_PNG_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_preview_dashboard_by_id(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/preview_dashboard/:id

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_dashboardid
        """
        return await self._call(
            _GET_PREVIEW_DASHBOARD_BY_ID,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """GET /api/pulse/

        Args:
            archived: form field or query string; optional.
            dashboard_id: form field or query string; optional; must be > 0.
            creator_or_recipient: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulse
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
        name: str,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
        ),
        channels: dict[str, Any] | List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AnswerValue11:
        """POST /api/pulse/test

        Args:
            name: JSON body; required; must not be blank.
            cards: JSON body; required.
            channels: JSON body; required.
            skip_if_empty: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            collection_position: JSON body; optional; None sends null; must be > 0.
            dashboard_id: JSON body; optional; None sends null; must be > 0.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulsetest
        """
        _result: AnswerValue11 = await self._call(
            _POST_TEST,
            (
                name,
                cards,
                channels,
                skip_if_empty,
                collection_id,
                collection_position,
                dashboard_id,
                body,
            ),
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
        skip_if_empty: bool | None | Unset = UNSET,
        parameters: List[dict[str, Any]] | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        channels: dict[str, Any] | List[dict[str, Any]] | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
            | None
            | Unset
        ) = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DashboardSubscription:
        """PUT /api/pulse/:id

        Args:
            id: path; required; must be > 0.
            skip_if_empty: JSON body; optional; None sends null.
            parameters: JSON body; optional; None sends null.
            archived: JSON body; optional; None sends null.
            channels: JSON body; optional; None sends null.
            collection_id: JSON body; optional; None sends null; must be > 0.
            name: JSON body; optional; None sends null; must not be blank.
            cards: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#put-apipulseid
        """
        _result: DashboardSubscription = await self._call(
            _UPDATE,
            (id, skip_if_empty, parameters, archived, channels, collection_id, name, cards, body),
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
            name: str,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
            ),
            channels: dict[str, Any] | List[dict[str, Any]],
            skip_if_empty: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
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

        def get_preview_card_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_preview_card_info_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_preview_card_png_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_preview_dashboard_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
            name: str,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
            ),
            channels: dict[str, Any] | List[dict[str, Any]],
            skip_if_empty: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue11]: ...

        def update(
            self,
            id: int,
            *,
            skip_if_empty: bool | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            channels: dict[str, Any] | List[dict[str, Any]] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
                | None
                | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
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
            name: str,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
            ),
            channels: dict[str, Any] | List[dict[str, Any]],
            skip_if_empty: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
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

        async def get_preview_card_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_preview_card_info_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_preview_card_png_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_preview_dashboard_by_id(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
            name: str,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
            ),
            channels: dict[str, Any] | List[dict[str, Any]],
            skip_if_empty: bool | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            collection_position: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[AnswerValue11]: ...

        async def update(
            self,
            id: int,
            *,
            skip_if_empty: bool | None | Unset = UNSET,
            parameters: List[dict[str, Any]] | None | Unset = UNSET,
            archived: bool | None | Unset = UNSET,
            channels: dict[str, Any] | List[dict[str, Any]] | None | Unset = UNSET,
            collection_id: int | None | Unset = UNSET,
            name: str | None | Unset = UNSET,
            cards: (
                MapCollectionIdDescriptionDisplayAnd6
                | List[MapCollectionIdDescriptionDisplayAnd6]
                | MapIdIncludeCsvIncludeXlsAnd1
                | MapIncludeCsvIncludeXlsDashboardCardId
                | None
                | Unset
            ) = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DashboardSubscription]: ...
