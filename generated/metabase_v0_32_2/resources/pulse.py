"""Routes of the 'pulse' namespace (10 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class PulseResource(Resource):
    """Routes of the 'pulse' namespace (10 endpoints)."""

    def create(
        self,
        *,
        name: str,
        cards: List[dict[str, Any]],
        channels: List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
    ) -> Any:
        """POST /api/pulse/

        Args:
            name: str; JSON body; required.
            cards: list[dict[str, Any]]; JSON body; required.
            channels: list[dict[str, Any]]; JSON body; required.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipulse
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
            },
        )

    def delete(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/pulse/:id

        Args:
            id: int; path; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#delete-apipulseid
        """
        return self._call(
            "DELETE",
            "/api/pulse/{}",
            (id,),
            deprecated="DELETE /api/pulse/:id is deprecated by Metabase",
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/pulse/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulseid
        """
        return self._call(
            "GET",
            "/api/pulse/{}",
            (id,),
        )

    def get_form_input(self) -> Any:
        """GET /api/pulse/form_input

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulseform_input
        """
        return self._call(
            "GET",
            "/api/pulse/form_input",
            (),
        )

    def get_preview_card_by_id(
        self,
        id: int,
    ) -> Any:
        """GET /api/pulse/preview_card/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulsepreview_cardid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card/{}",
            (id,),
        )

    def get_preview_card_info_by_id(
        self,
        id: int,
    ) -> Any:
        """GET /api/pulse/preview_card_info/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulsepreview_card_infoid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card_info/{}",
            (id,),
        )

    def get_preview_card_png_by_id(
        self,
        id: int,
    ) -> Any:
        """GET /api/pulse/preview_card_png/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulsepreview_card_pngid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card_png/{}",
            (id,),
        )

    def list(
        self,
        *,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/pulse/

        Args:
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apipulse
        """
        return self._call(
            "GET",
            "/api/pulse/",
            (),
            query={
                "archived": archived,
            },
        )

    def post_test(
        self,
        *,
        name: str,
        cards: List[dict[str, Any]],
        channels: List[dict[str, Any]],
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        collection_position: int | None | Unset = UNSET,
    ) -> Any:
        """POST /api/pulse/test

        Args:
            name: str; JSON body; required.
            cards: list[dict[str, Any]]; JSON body; required.
            channels: list[dict[str, Any]]; JSON body; required.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            collection_position: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#post-apipulsetest
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
            },
        )

    def update(
        self,
        id: int,
        *,
        name: str | None | Unset = UNSET,
        cards: List[dict[str, Any]] | None | Unset = UNSET,
        channels: List[dict[str, Any]] | None | Unset = UNSET,
        skip_if_empty: bool | None | Unset = UNSET,
        collection_id: int | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/pulse/:id

        Args:
            id: int; path; required.
            name: str | None; JSON body; optional; None sends null.
            cards: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            channels: list[dict[str, Any]] | None; JSON body; optional; None sends null.
            skip_if_empty: bool | None; JSON body; optional; None sends null.
            collection_id: int | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#put-apipulseid
        """
        return self._call(
            "PUT",
            "/api/pulse/{}",
            (id,),
            body={
                "name": name,
                "cards": cards,
                "channels": channels,
                "skip_if_empty": skip_if_empty,
                "collection_id": collection_id,
                "archived": archived,
            },
        )
