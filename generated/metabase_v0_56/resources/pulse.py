"""Routes of the 'pulse' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import FileTarget, Resource, Timeout, UNSET, Unset


class PulseResource(Resource):
    """Routes of the 'pulse' namespace (13 endpoints)."""

    def create(
        self,
        *,
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        dashboard_id: int | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        skip_if_empty: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/

        Args:
            cards: Any; JSON body; required.
            channels: Any; JSON body; required.
            collection_id: int; JSON body; optional.
            collection_position: int; JSON body; optional.
            dashboard_id: int; JSON body; optional.
            name: str; JSON body; required.
            parameters: list[dict[str, Any]]; JSON body; optional.
            skip_if_empty: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipulse
        """
        return self._call(
            "POST",
            "/api/pulse/",
            (),
            body={
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
                "name": name,
                "parameters": parameters,
                "skip_if_empty": skip_if_empty,
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
        """DELETE /api/pulse/{id}/subscription

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apipulseidsubscription
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
        """GET /api/pulse/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulseid
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

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulseform_input
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
        """GET /api/pulse/preview_card/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulsepreview_cardid
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
        """GET /api/pulse/preview_card_info/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulsepreview_card_infoid
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
        width: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/pulse/preview_card_png/{id}

        Args:
            id: int; path; required.
            width: int; query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulsepreview_card_pngid
        """
        return self._call(
            "GET",
            "/api/pulse/preview_card_png/{}",
            (id,),
            query={
                "width": width,
            },
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
        """GET /api/pulse/preview_dashboard/{id}

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulsepreview_dashboardid
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
        archived: bool = False,
        dashboard_id: int | Unset = UNSET,
        creator_or_recipient: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/pulse/

        Args:
            archived: bool; query string; optional; default false.
            dashboard_id: int; query string; optional.
            creator_or_recipient: bool; query string; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apipulse
        """
        return self._call(
            "GET",
            "/api/pulse/",
            (),
            query={
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
        cards: Any,
        channels: Any,
        name: str,
        collection_id: int | Unset = UNSET,
        collection_position: int | Unset = UNSET,
        dashboard_id: int | Unset = UNSET,
        skip_if_empty: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/test

        Args:
            cards: Any; JSON body; required.
            channels: Any; JSON body; required.
            collection_id: int; JSON body; optional.
            collection_position: int; JSON body; optional.
            dashboard_id: int; JSON body; optional.
            name: str; JSON body; required.
            skip_if_empty: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipulsetest
        """
        return self._call(
            "POST",
            "/api/pulse/test",
            (),
            body={
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "collection_position": collection_position,
                "dashboard_id": dashboard_id,
                "name": name,
                "skip_if_empty": skip_if_empty,
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
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/unsubscribe/

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipulseunsubscribe
        """
        return self._call(
            "POST",
            "/api/pulse/unsubscribe/",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
            },
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
        pulse_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/pulse/unsubscribe/undo

        Args:
            email: str; JSON body; required.
            hash: str; JSON body; required.
            pulse_id: int; JSON body; required; sent as 'pulse-id'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apipulseunsubscribeundo
        """
        return self._call(
            "POST",
            "/api/pulse/unsubscribe/undo",
            (),
            body={
                "email": email,
                "hash": hash,
                "pulse-id": pulse_id,
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
        archived: bool = False,
        cards: Any | Unset = UNSET,
        channels: Any | Unset = UNSET,
        collection_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        parameters: List[dict[str, Any]] | Unset = UNSET,
        skip_if_empty: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/pulse/{id}

        Args:
            id: int; path; required.
            archived: bool; JSON body; optional; default false.
            cards: Any; JSON body; optional.
            channels: Any; JSON body; optional.
            collection_id: int; JSON body; optional.
            name: str; JSON body; optional.
            parameters: list[dict[str, Any]]; JSON body; optional.
            skip_if_empty: bool; JSON body; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apipulseid
        """
        return self._call(
            "PUT",
            "/api/pulse/{}",
            (id,),
            body={
                "archived": archived,
                "cards": cards,
                "channels": channels,
                "collection_id": collection_id,
                "name": name,
                "parameters": parameters,
                "skip_if_empty": skip_if_empty,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
