"""Routes of the 'cards' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset


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
    ) -> Any:
        """POST /api/cards/dashboards

        Args:
            card_ids: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsdashboards
        """
        return self._call(
            "POST",
            "/api/cards/dashboards",
            (),
            body={
                "card_ids": card_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            card_ids: list[int]; JSON body; required.
            collection_id: int | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicardsmove
        """
        return self._call(
            "POST",
            "/api/cards/move",
            (),
            body={
                "card_ids": card_ids,
                "collection_id": collection_id,
                "dashboard_id": dashboard_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
