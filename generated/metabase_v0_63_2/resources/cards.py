"""Routes of the 'cards' namespace (2 endpoints)."""

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
from .._schemas import AnswerItem2

_POST_DASHBOARDS = RequestSpec("POST", "/api/cards/dashboards", (Place("body", ("card_ids",)),))
_POST_MOVE = RequestSpec(
    "POST",
    "/api/cards/move",
    (
        Place("body", ("card_ids",)),
        Place("body", ("collection_id",)),
        Place("body", ("dashboard_id",)),
    ),
)


class CardsResource(Resource):
    """Routes of the 'cards' namespace (2 endpoints)."""

    def post_dashboards(
        self,
        *,
        card_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[AnswerItem2]:
        """POST /api/cards/dashboards

        Args:
            card_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsdashboards
        """
        _result: List[AnswerItem2] = self._call(
            _POST_DASHBOARDS,
            (card_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_move(
        self,
        *,
        card_ids: List[int],
        collection_id: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/cards/move

        Args:
            card_ids: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsmove
        """
        return self._call(
            _POST_MOVE,
            (card_ids, collection_id, dashboard_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncCardsResource(AsyncResource):
    """Routes of the 'cards' namespace, awaited (AsyncClient's)."""

    async def post_dashboards(
        self,
        *,
        card_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[AnswerItem2]:
        """POST /api/cards/dashboards

        Args:
            card_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsdashboards
        """
        _result: List[AnswerItem2] = await self._call(
            _POST_DASHBOARDS,
            (card_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_move(
        self,
        *,
        card_ids: List[int],
        collection_id: int | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/cards/move

        Args:
            card_ids: JSON body; required.
            collection_id: JSON body; optional; None sends null; must be >= 1.
            dashboard_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsmove
        """
        return await self._call(
            _POST_MOVE,
            (card_ids, collection_id, dashboard_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawCardsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def post_dashboards(
            self,
            *,
            card_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[AnswerItem2]]: ...

        def post_move(
            self,
            *,
            card_ids: List[int],
            collection_id: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawCardsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def post_dashboards(
            self,
            *,
            card_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[AnswerItem2]]: ...

        async def post_move(
            self,
            *,
            card_ids: List[int],
            collection_id: int | None | Unset = UNSET,
            dashboard_id: int | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
