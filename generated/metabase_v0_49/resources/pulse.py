"""Routes of the 'pulse' namespace (11 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset
from .._schemas import (
    MapCollectionIdDescriptionDisplayAnd6,
    MapIdIncludeCsvIncludeXlsAnd1,
    MapIncludeCsvIncludeXlsDashboardCardId,
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
    ) -> Any:
        """POST /api/pulse/

        Args:
            name: str; JSON body; required.
            cards: MapCollectionIdDescriptionDisplayAnd6 | list[MapCollectionIdDescriptionDisplayAnd6] | MapIdIncludeCsvIncludeXlsAnd1 | MapIncludeCsvIncludeXlsDashboardCardId; JSON body; required.
            channels: dict[str, Any] | list[dict[str, Any]]; JSON body; required.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulse
        """
        return self._call(
            "POST",
            "/api/pulse/",
            (),
            body={
                "name": name,
                "cards": cards,
                "channels": channels,
                "skip_if_empty": skip_if_empty,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
                "parameters": parameters,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#delete-apipulseidsubscription
        """
        return self._call(
            "DELETE",
            "/api/pulse/{}/subscription",
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
    ) -> Any:
        """GET /api/pulse/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseid
        """
        return self._call(
            "GET",
            "/api/pulse/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_form_input(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/form_input

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulseform_input
        """
        return self._call(
            "GET",
            "/api/pulse/form_input",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_cardid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card/{}",
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_infoid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card_info/{}",
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
            id: int; path; required.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_card_pngid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card_png/{}",
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
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulsepreview_dashboardid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_dashboard/{}",
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
        archived: bool | None | Unset = UNSET,
        dashboard_id: int | None | Unset = UNSET,
        creator_or_recipient: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/

        Args:
            archived: bool | None; form field or query string; optional; may be None.
            dashboard_id: int | None; form field or query string; optional; may be None.
            creator_or_recipient: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#get-apipulse
        """
        return self._call(
            "GET",
            "/api/pulse/",
            (),
            form={
                "archived": archived,
                "dashboard_id": dashboard_id,
                "creator_or_recipient": creator_or_recipient,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_test(
        self,
        *,
        name: str | Unset = UNSET,
        cards: (
            MapCollectionIdDescriptionDisplayAnd6
            | List[MapCollectionIdDescriptionDisplayAnd6]
            | MapIdIncludeCsvIncludeXlsAnd1
            | MapIncludeCsvIncludeXlsDashboardCardId
            | Unset
        ) = UNSET,
        channels: dict[str, Any] | List[dict[str, Any]] | Unset = UNSET,
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
    ) -> Any:
        """POST /api/pulse/test

        Args:
            name: str; JSON body; optional.
            cards: MapCollectionIdDescriptionDisplayAnd6 | list[MapCollectionIdDescriptionDisplayAnd6] | MapIdIncludeCsvIncludeXlsAnd1 | MapIncludeCsvIncludeXlsDashboardCardId; JSON body; optional.
            channels: dict[str, Any] | list[dict[str, Any]]; JSON body; optional.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.
            dashboard_id: int | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#post-apipulsetest
        """
        return self._call(
            "POST",
            "/api/pulse/test",
            (),
            body={
                "name": name,
                "cards": cards,
                "channels": channels,
                "skip_if_empty": skip_if_empty,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
            },
            raw_body=body,
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
    ) -> Any:
        """PUT /api/pulse/:id

        Args:
            id: int; path; required.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            parameters: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            channels: dict[str, Any] | list[dict[str, Any]] | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            cards: MapCollectionIdDescriptionDisplayAnd6 | list[MapCollectionIdDescriptionDisplayAnd6] | MapIdIncludeCsvIncludeXlsAnd1 | MapIncludeCsvIncludeXlsDashboardCardId | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/pulse#put-apipulseid
        """
        return self._call(
            "PUT",
            "/api/pulse/{}",
            (id,),
            body={
                "skip_if_empty": skip_if_empty,
                "parameters": parameters,
                "archived": archived,
                "channels": channels,
                "collection_id": collection_id,
                "name": name,
                "cards": cards,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
